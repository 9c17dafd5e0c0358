package dev.vigil.engine.sbom;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Small steps over a streaming JSON parser that the SBOM mappings share. */
final class JsonTokens {
    private JsonTokens() {}

    /** The two named scalar fields of an object; anything else in it is skipped. */
    static String[] pair(JsonParser p, String first, String second) throws IOException {
        String[] values = new String[2];
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return values;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            if (key.equals(first) && values[0] == null) {
                values[0] = scalar(p);
            } else if (key.equals(second)) {
                values[1] = scalar(p);
            } else {
                p.skipChildren();
            }
        }
        return values;
    }

    /** The text of a scalar, null for null, blank or a container (which is skipped). */
    static String scalar(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == null || token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!token.isScalarValue()) {
            p.skipChildren();
            return null;
        }
        String text = p.getText();
        return text.isBlank() ? null : text;
    }

    /** Steps into an array; any other value is skipped and reads as an empty array. */
    static JsonToken array(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return JsonToken.END_ARRAY;
        }
        return p.nextToken();
    }
}
