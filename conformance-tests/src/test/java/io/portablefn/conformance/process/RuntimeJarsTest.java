package io.portablefn.conformance.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.conformance.TargetCannotRun;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real runtimes reach their child JVMs from their own artifacts, never from the test
 * classpath, and a run without the artifact cannot run, naming the dependency to add.
 */
class RuntimeJarsTest {

    private static final String INVOKER_MAIN = "com.google.cloud.functions.invoker.runner.Invoker";
    private static final String RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    @TempDir
    Path work;

    @Test
    void theRuntimesAreNotOnTheTestClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(INVOKER_MAIN));
        assertThrows(ClassNotFoundException.class, () -> Class.forName(RIC_MAIN));
    }

    @Test
    void eachRuntimeComesFromItsArtifactAndStaysOffTheFunctionPath() throws Exception {
        RuntimeJars invoker = RuntimeJars.find("gcp-invoker", INVOKER_MAIN);
        assertTrue(invoker.jars().stream().anyMatch(jar -> jar.contains("java-function-invoker-")), invoker.jars()::toString);
        assertTrue(loads(invoker.jars(), INVOKER_MAIN));

        RuntimeJars ric = RuntimeJars.find("aws-ric", RIC_MAIN);
        assertTrue(loads(ric.jars(), RIC_MAIN), ric.jars()::toString);
        Path jni = work.resolve("jni.so");
        assertTrue(ric.copyResource("jni/libaws-lambda-jni.linux-x86_64.so", jni));
        assertTrue(Files.size(jni) > 0);

        String classPath = String.join(File.pathSeparator, List.of("/app/classes", invoker.jars().get(0), "/lib/x.jar"));
        assertEquals(List.of("/app/classes", "/lib/x.jar"), invoker.functionPath(classPath));
    }

    @Test
    void withoutItsArtifactARuntimeCannotRunAndTheReasonNamesTheDependency() {
        TargetCannotRun missing = assertThrows(TargetCannotRun.class,
                () -> RuntimeJars.locate("gcp-invoker", INVOKER_MAIN, new URLClassLoader(new URL[0], null)));
        assertTrue(missing.getMessage().contains("add the test dependency io.portablefn:portablefn-conformance-gcp-invoker"),
                missing.getMessage());
        assertTrue(missing.getMessage().contains("-Dportablefn.targets"), missing.getMessage());
    }

    @Test
    void anArtifactJarIsUnpackedAndLeftOffTheFunctionPath() throws Exception {
        Path carrier = work.resolve("portablefn-conformance-demo.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(carrier))) {
            put(zip, "META-INF/portablefn/runtimes/demo.properties", "artifact=demo".getBytes(StandardCharsets.UTF_8));
            put(zip, "META-INF/portablefn/runtimes/demo/b.jar", jarWith("b.txt"));
            put(zip, "META-INF/portablefn/runtimes/demo/a.jar", jarWith("a.txt"));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {carrier.toUri().toURL()}, null)) {
            RuntimeJars demo = RuntimeJars.locate("demo", "demo.Main", loader);
            assertEquals(List.of("a.jar", "b.jar"), demo.jars().stream().map(jar -> Path.of(jar).getFileName().toString()).toList());
            assertFalse(demo.jars().get(0).startsWith(work.toString()), "unpacked into a folder of its own");
            assertTrue(demo.copyResource("b.txt", work.resolve("b.txt")));
            assertFalse(demo.copyResource("c.txt", work.resolve("c.txt")));
            assertEquals(List.of("/app/classes"), demo.functionPath(carrier + File.pathSeparator + "/app/classes"));
        }
    }

    @Test
    void anArtifactFolderOfClassesIsUsedInPlace() throws Exception {
        Path classes = work.resolve("classes");
        Path folder = Files.createDirectories(classes.resolve("META-INF/portablefn/runtimes/demo"));
        Files.writeString(folder.resolveSibling("demo.properties"), "artifact=demo");
        Files.write(folder.resolve("a.jar"), jarWith("a.txt"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            RuntimeJars demo = RuntimeJars.locate("demo", "demo.Main", loader);
            assertEquals(List.of(folder.resolve("a.jar").toString()), demo.jars());
            assertEquals(List.of(), demo.functionPath(classes.toString()));
        }
    }

    @Test
    void anEmptyArtifactCannotRunAndSaysWhy() throws Exception {
        Path classes = work.resolve("classes");
        Files.createDirectories(classes.resolve("META-INF/portablefn/runtimes/demo"));
        Files.writeString(classes.resolve("META-INF/portablefn/runtimes/demo.properties"), "artifact=demo");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            TargetCannotRun empty = assertThrows(TargetCannotRun.class, () -> RuntimeJars.locate("demo", "demo.Main", loader));
            assertTrue(empty.getMessage().contains("no jar in"), empty.getMessage());
        }
    }

    @Test
    void aRuntimePutOnTheClasspathDirectlyIsUsedAsItIs() throws Exception {
        RuntimeJars direct = RuntimeJars.locate("junit", Test.class.getName(), RuntimeJarsTest.class.getClassLoader());
        assertEquals(1, direct.jars().size());
        assertTrue(direct.jars().get(0).contains("junit-jupiter-api"), direct.jars()::toString);
    }

    private static boolean loads(List<String> jars, String className) throws IOException {
        URL[] urls = jars.stream().map(jar -> {
            try {
                return Path.of(jar).toUri().toURL();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(URL[]::new);
        try (URLClassLoader loader = new URLClassLoader(urls, null)) {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static byte[] jarWith(String entry) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, entry, entry.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
