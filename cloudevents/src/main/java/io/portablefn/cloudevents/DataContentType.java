package io.portablefn.cloudevents;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guesses the media type of a message body, which no cloud reliably carries. The guess must
 * never call something JSON that is not: a CloudEvents JSON writer embeds JSON data as it is,
 * so a wrong guess would produce a broken document. Hence a full parse, not a look at the first
 * character.
 */
final class DataContentType {

    static final String JSON = "application/json";
    static final String TEXT = "text/plain; charset=utf-8";
    static final String BINARY = "application/octet-stream";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private DataContentType() {
    }

    /** JSON for exactly one JSON value, text for other UTF-8 without control characters, else binary. */
    static String guess(byte[] body) {
        if (isJson(body)) {
            return JSON;
        }
        return isText(body) ? TEXT : BINARY;
    }

    private static boolean isJson(byte[] body) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() == null) {
                return false;
            }
            parser.skipChildren();
            // One value and nothing after it: "1 2" or "{} x" is not a JSON document.
            return parser.nextToken() == null;
        } catch (IOException notJson) {
            return false;
        }
    }

    private static boolean isText(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
