package dev.vigil.engine.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A SHA-256 over a JSON value in a canonical form (object keys sorted), so that two elements of a
 * streamed array can be compared for JSON equality ({@code uniqueItems}) without keeping either.
 */
record ElementDigest(byte[] sha256) {

    static ElementDigest of(JsonNode node) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, node);
            return new ElementDigest(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void update(MessageDigest digest, JsonNode node) {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            keys.sort(null);
            digest.update((byte) '{');
            for (String key : keys) {
                text(digest, key);
                update(digest, node.get(key));
            }
            digest.update((byte) '}');
        } else if (node.isArray()) {
            digest.update((byte) '[');
            for (JsonNode element : node) {
                update(digest, element);
            }
            digest.update((byte) ']');
        } else if (node.isNumber()) {
            digest.update((byte) '#');
            text(digest, node.decimalValue().stripTrailingZeros().toPlainString());
        } else {
            digest.update((byte) node.getNodeType().ordinal());
            text(digest, node.asText());
        }
    }

    /** Length first, so that no two different sequences of texts give the same bytes. */
    private static void text(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ElementDigest d && Arrays.equals(sha256, d.sha256);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
        return "ElementDigest[" + java.util.HexFormat.of().formatHex(sha256) + "]";
    }
}
