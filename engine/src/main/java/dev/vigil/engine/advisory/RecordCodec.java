package dev.vigil.engine.advisory;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * How one advisory is kept on disk: compact JSON of the {@link Advisory} record, raw-deflated at the
 * fastest level (JSON of advisories shrinks about 3-4 times; inflating one record takes microseconds).
 * JSON rather than a hand-written binary layout so that a record stays readable with standard tools
 * and new fields do not break old stores.
 */
final class RecordCodec {
    private final ObjectMapper mapper = new ObjectMapper();
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private final byte[] buffer = new byte[64 * 1024];

    RecordCodec() {
        SimpleModule time = new SimpleModule("vigil-time");
        time.addSerializer(Instant.class, new ToText<>());
        time.addSerializer(LocalDate.class, new ToText<>());
        time.addDeserializer(Instant.class, new FromText<>(Instant::parse));
        time.addDeserializer(LocalDate.class, new FromText<>(LocalDate::parse));
        mapper.registerModule(time);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
        // isWithdrawn() and friends are conveniences, not stored properties.
        mapper.setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    ObjectMapper mapper() {
        return mapper;
    }

    byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T fromJson(byte[] json, Class<T> type) throws IOException {
        return mapper.readValue(json, type);
    }

    /** Not thread-safe: one codec per importing thread. */
    byte[] deflate(byte[] json) {
        deflater.reset();
        deflater.setInput(json);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 3 + 64);
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    Advisory decode(byte[] deflated) throws IOException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 4);
            byte[] chunk = new byte[16 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("truncated record");
                }
                out.write(chunk, 0, n);
            }
            return mapper.readValue(out.toByteArray(), Advisory.class);
        } catch (DataFormatException e) {
            throw new IOException("corrupt record: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    /** 64 bits of SHA-256: decides "unchanged" on re-import, where a collision would only skip an update. */
    static long hash(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            long hash = 0;
            for (int i = 0; i < 8; i++) {
                hash = hash << 8 | (digest[i] & 0xff);
            }
            return hash;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static final class ToText<T> extends JsonSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class FromText<T> extends JsonDeserializer<T> {
        private final java.util.function.Function<String, T> parse;

        FromText(java.util.function.Function<String, T> parse) {
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return parse.apply(p.getValueAsString());
        }
    }
}
