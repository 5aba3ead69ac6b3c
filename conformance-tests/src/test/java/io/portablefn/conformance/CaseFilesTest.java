package io.portablefn.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.conformance.fixtures.Echo;
import io.portablefn.conformance.suite.CaseFileException;
import io.portablefn.conformance.suite.CaseFiles;
import io.portablefn.conformance.suite.HttpCase;
import io.portablefn.conformance.suite.Suite;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case files read from a jar as from a folder, and a wrong file is an error naming the file and the field. */
class CaseFilesTest {

    private static final String CASE = """
            {"id": "%s", "function": "Echo", "request": {"method": "get", "path": "/echo/1?a=b",
             "headers": ["X-T-A: 1", "X-T-A:2"], "bodyBase64": "AP8="}, "expect": {"status": 200%s}}
            """;

    @TempDir
    Path work;

    @Test
    void readsCasesFromInsideAJarAsTheBuiltInCatalogueIsReadByUsers() throws IOException {
        Path jar = work.resolve("cases.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("my/cases/"));
            out.putNextEntry(new JarEntry("my/cases/echoes.json"));
            out.write(CASE.formatted("echoes", "").getBytes(StandardCharsets.UTF_8));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            HttpCase read = CaseFiles.fromClasspath("my/cases", loader, Suite.FIXTURES).get(0);
            assertEquals(Echo.class, read.function());
            assertEquals("GET", read.request().method());
            assertEquals("a=b", read.request().rawQuery());
            assertEquals(List.of("1", "2"), read.request().headerValues("x-t-a"));
            assertEquals(2, read.request().body().length);
        }
    }

    @Test
    void anUnknownFieldIsAnErrorNamingTheFileAndWhatIsAllowed() throws IOException {
        Files.writeString(work.resolve("typo.json"), CASE.formatted("typo", ", \"stauts\": 201"));
        CaseFileException error = assertThrows(CaseFileException.class,
                () -> CaseFiles.fromDirectory(work, Suite.FIXTURES));
        assertTrue(error.getMessage().contains("typo.json: expect has an unknown field \"stauts\"; allowed: [base64,"),
                error.getMessage());
    }

    @Test
    void aFileIsNamedAfterItsCase() throws IOException {
        Files.writeString(work.resolve("other-name.json"), CASE.formatted("echoes", ""));
        CaseFileException error = assertThrows(CaseFileException.class,
                () -> CaseFiles.fromDirectory(work, Suite.FIXTURES));
        assertTrue(error.getMessage().endsWith("rename it echoes.json"), error.getMessage());
    }
}
