package io.portablefn.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fast path reads and writes records without loading a single jackson-databind class: the
 * point of it is the cold start. The runtime, Jackson and the test records are loaded afresh by a
 * loader of their own, which has databind on its class path (so a reference to it would link)
 * and remembers every class it was asked for.
 */
class RecordJsonIsolationTest {

    private static final String DATABIND = "com.fasterxml.jackson.databind.";

    record Item(String sku, int count, Double weight) {
    }

    record Order(String id, boolean gift, Boolean express, int quantity, Integer discount, long total, Long reference,
            double price, Double tax, Item first, List<Item> items, List<String> tags, List<List<Long>> codes) {
    }

    private static final String ORDER = "{\"id\":\"o-1 \\u00e9\",\"gift\":true,\"express\":null,\"quantity\":3,"
            + "\"discount\":null,\"total\":9007199254740993,\"reference\":-1,\"price\":12.5,\"tax\":-0.0,"
            + "\"first\":{\"sku\":\"a\",\"count\":1,\"weight\":null},\"unknown\":{\"x\":[1,2,{\"y\":null}]},"
            + "\"items\":[{\"sku\":\"b\",\"count\":2,\"weight\":1e-3}],\"tags\":[\"t\",\"\"],\"codes\":[[1],[]]}";

    @Test
    void readingAndWritingARecordLoadsNoDatabindClass() throws Exception {
        try (IsolatedLoader loader = new IsolatedLoader()) {
            Class<?> recordJson = loader.loadClass(RecordJson.class.getName());
            assertSame(loader, recordJson.getClassLoader(), "RecordJson must come from the isolated loader");
            Object declined = field(recordJson, "DECLINED");
            Class<?> order = loader.loadClass(Order.class.getName());

            Object read = method(recordJson, "read", byte[].class, Type.class)
                    .invoke(null, ORDER.getBytes(StandardCharsets.UTF_8), order);
            assertNotSame(declined, read, "RecordJson declined the order");
            assertSame(order, read.getClass());
            Order expected = Json.mapper().readValue(ORDER, Order.class);
            assertEquals(expected.toString(), read.toString());

            byte[] written = (byte[]) method(recordJson, "write", Object.class).invoke(null, read);
            assertEquals(new String(Json.mapper().writeValueAsBytes(expected), StandardCharsets.UTF_8),
                    written == null ? "declined" : new String(written, StandardCharsets.UTF_8));

            assertEquals(List.of(), loader.asked(DATABIND), "databind classes were asked for");
            for (String name : List.of("ObjectMapper", "json.JsonMapper", "JavaType", "type.TypeFactory",
                    "DeserializationFeature", "JsonMappingException", "JsonNode")) {
                assertTrue(!loader.loaded(DATABIND + name), DATABIND + name + " was loaded");
            }
        }
    }

    /** POJOs and maps take the same fast path: no databind class either. */
    @Test
    void readingAndWritingAPojoAndAMapLoadsNoDatabindClass() throws Exception {
        String member = "{\"name\":\"ada\",\"age\":36,\"active\":true,\"since\":null,\"size\":\"SMALL\",\"tags\":[\"a\"],"
                + "\"address\":{\"street\":\"s\",\"at\":{\"x\":1,\"y\":2},\"extra\":{\"k\":[1,2.5,null,{}]}},"
                + "\"scores\":{\"q\":1}}";
        Type map = new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Object>>() { }.getType();
        try (IsolatedLoader loader = new IsolatedLoader()) {
            Class<?> recordJson = loader.loadClass(RecordJson.class.getName());
            Object declined = field(recordJson, "DECLINED");
            Method read = method(recordJson, "read", byte[].class, Type.class);
            Method write = method(recordJson, "write", Object.class);
            Class<?> pojo = loader.loadClass(SamplePojos.Member.class.getName());
            for (Object[] body : new Object[][] {{member, pojo}, {"{\"a\":{\"b\":[true,\"c\",-1]}}", map}}) {
                Object value = read.invoke(null, ((String) body[0]).getBytes(StandardCharsets.UTF_8), body[1]);
                assertNotSame(declined, value, "the fast path declined " + body[0]);
                byte[] written = (byte[]) write.invoke(null, value);
                assertEquals(body[0], written == null ? "declined" : new String(written, StandardCharsets.UTF_8));
            }
            assertEquals(List.of(), loader.asked(DATABIND), "databind classes were asked for");
        }
    }

    /** The whole typed invocation: request body bound, handler called, result encoded. */
    @Test
    void aTypedFunctionWithRecordBodyAndResultLoadsNoDatabindClass() throws Exception {
        try (IsolatedLoader loader = new IsolatedLoader()) {
            Object response = method(loader.loadClass(IsolatedInvocation.class.getName()), "run").invoke(null);
            assertEquals("200 {\"orderId\":\"o-1\",\"total\":750,\"gift\":true}", response);
            assertEquals(List.of(), loader.asked(DATABIND), "databind classes were asked for");
        }
    }

    /** The control: the same loader does see databind being loaded when the mapper is used. */
    @Test
    void theLoaderNoticesDatabindWhenTheMapperIsUsed() throws Exception {
        try (IsolatedLoader loader = new IsolatedLoader()) {
            method(loader.loadClass(Json.class.getName()), "mapper").invoke(null);
            assertTrue(loader.asked(DATABIND).contains(DATABIND + "ObjectMapper"), () -> "asked: " + loader.asked(DATABIND));
            assertTrue(loader.loaded(DATABIND + "ObjectMapper"));
        }
    }

    private static Method method(Class<?> owner, String name, Class<?>... parameters) throws NoSuchMethodException {
        Method method = owner.getDeclaredMethod(name, parameters);
        method.setAccessible(true);
        return method;
    }

    private static Object field(Class<?> owner, String name) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(null);
    }

    /**
     * Loads the project's and Jackson's classes itself (child first) from the test class path;
     * everything else, the JDK and JUnit, comes from the test's own loader.
     */
    private static final class IsolatedLoader extends URLClassLoader {
        private final List<String> asked = Collections.synchronizedList(new ArrayList<>());

        IsolatedLoader() throws MalformedURLException {
            super("isolated-runtime", classPath(), RecordJsonIsolationTest.class.getClassLoader());
        }

        private static URL[] classPath() throws MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(new File(entry).toURI().toURL());
            }
            assertTrue(urls.size() > 2, "the test class path is only " + urls);
            return urls.toArray(URL[]::new);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name);
            if (!name.startsWith("io.portablefn.") && !name.startsWith("com.fasterxml.jackson.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }

        List<String> asked(String prefix) {
            synchronized (asked) {
                return asked.stream().filter(name -> name.startsWith(prefix)).distinct().toList();
            }
        }
    }
}
