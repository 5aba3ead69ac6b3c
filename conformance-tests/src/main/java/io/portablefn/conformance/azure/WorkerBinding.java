package io.portablefn.conformance.azure;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The worker binding the host's body to the declared {@code HttpRequestMessage<T>} body type
 * (binding/RpcHttpRequestDataSource, RpcStringDataSource, RpcByteArrayDataSource,
 * DataOperations in Azure/azure-functions-java-worker). {@code Optional<X>} is unwrapped first.
 * A failed binding throws ClassCastException, which fails the invocation (500).
 */
final class WorkerBinding {

    private WorkerBinding() {
    }

    static Object bind(Object hostBody, Type declared) {
        boolean optional = declared instanceof ParameterizedType p && p.getRawType() == Optional.class;
        Type target = optional ? ((ParameterizedType) declared).getActualTypeArguments()[0] : declared;
        Object value = hostBody == null ? null : convert(hostBody, target);
        return optional ? Optional.ofNullable(value) : value;
    }

    private static Object convert(Object body, Type target) {
        if (body instanceof byte[] bytes) {
            if (target == byte[].class) {
                return bytes.clone();
            }
            if (target == String.class) {
                // new String(bytes): the worker JVM's default charset, UTF-8 here; invalid bytes -> U+FFFD.
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } else if (body instanceof String text) {
            if (target == String.class) {
                return text;
            }
            if (target == byte[].class) {
                return GsonBytes.parse(text);
            }
        }
        throw new UnsupportedOperationException("The Azure model binds bodies to String or byte[]"
                + " (optionally in Optional), not " + target.getTypeName());
    }

    /** gson reading a string body as {@code byte[]}: a JSON array of small integers, nothing else. */
    static final class GsonBytes {

        private GsonBytes() {
        }

        static byte[] parse(String json) {
            String text = json.strip();
            if (!text.startsWith("[") || !text.endsWith("]")) {
                throw new ClassCastException("gson cannot read " + abbreviate(text) + " as byte[]");
            }
            String inner = text.substring(1, text.length() - 1).strip();
            if (inner.isEmpty()) {
                return new byte[0];
            }
            String[] items = inner.split(",");
            byte[] bytes = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                try {
                    int value = Integer.parseInt(items[i].strip());
                    if (value < Byte.MIN_VALUE || value > 255) {
                        throw new NumberFormatException("out of range");
                    }
                    bytes[i] = (byte) value;
                } catch (NumberFormatException notAByte) {
                    throw new ClassCastException("gson cannot read " + abbreviate(text) + " as byte[]");
                }
            }
            return bytes;
        }

        private static String abbreviate(String text) {
            return text.length() > 40 ? text.substring(0, 40) + "..." : text;
        }
    }
}
