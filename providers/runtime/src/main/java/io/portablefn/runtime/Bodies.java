package io.portablefn.runtime;

import io.portablefn.api.HttpException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Decoding rules providers share for what arrives in native events. */
public final class Bodies {

    private Bodies() {
    }

    /**
     * Undoes the base64 of a body a cloud marked as base64-encoded.
     *
     * @throws HttpException a 400 when the body is not base64, as the contract requires
     */
    public static byte[] fromBase64(String body) {
        try {
            return Base64.getMimeDecoder().decode(strict(body));
        } catch (IllegalArgumentException notBase64) {
            throw HttpException.badRequest("The request is marked base64-encoded (isBase64Encoded: true)"
                    + " but its body is not valid base64.");
        }
    }

    /** Percent-decodes a raw URL path as UTF-8; unlike a query, {@code +} stays {@code +}. */
    public static String decodePath(String rawPath) {
        if (rawPath == null || rawPath.indexOf('%') < 0) {
            return rawPath;
        }
        try {
            return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return rawPath;
        }
    }

    // The MIME decoder skips characters outside the alphabet; reject them so that text such as
    // "Hello from Lambda!" is a 400 rather than silently becoming garbage bytes.
    private static String strict(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '+' || c == '/' || c == '=' || c == '\r' || c == '\n';
            if (!alphabet) {
                throw new IllegalArgumentException("not base64");
            }
        }
        return body;
    }
}
