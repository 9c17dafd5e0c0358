package dev.vigil.engine.advisory.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
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
import dev.vigil.engine.advisory.Advisory;
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
 * How one advisory is kept on disk: its {@link AdvisoryBinary} form, deflated when large (see
 * {@link #deflate}). Also the JSON mapper for the store's small side files (statistics, KEV).
 */
final class RecordCodec {
    private ObjectMapper mapper;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private final byte[] buffer = new byte[64 * 1024];

    /** Built on first use: creating a Jackson mapper costs a cold JVM a few hundred milliseconds. */
    ObjectMapper mapper() {
        if (mapper == null) {
            mapper = newMapper();
        }
        return mapper;
    }

    private static ObjectMapper newMapper() {
        ObjectMapper mapper = new ObjectMapper();
        SimpleModule time = new SimpleModule("vigil-time");
        time.addSerializer(Instant.class, new ToText<>());
        time.addSerializer(LocalDate.class, new ToText<>());
        time.addDeserializer(Instant.class, new FromText<>(Instant::parse));
        time.addDeserializer(LocalDate.class, new FromText<>(LocalDate::parse));
        mapper.registerModule(time);
        // isWithdrawn() and friends are conveniences, not stored properties.
        mapper.setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return mapper;
    }

    byte[] json(Object value) {
        try {
            return mapper().writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records up to this size are stored as they are: inflating them would cost more than reading more. */
    static final int COMPRESS_ABOVE = 4096;

    /**
     * The blob: a flag byte (0 stored, 1 deflated), the raw length as 4 bytes, then the bytes. Typical
     * OSV and NVD records (1-3 KB) are stored as they are, because a scan reads thousands of them and
     * inflating was measured as the largest part of a candidate read; large records (CSAF documents,
     * NVD records with big configurations) are raw-deflated at the fastest level. Not thread-safe: one
     * codec per importing thread.
     */
    byte[] deflate(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length + 5);
        boolean compress = raw.length > COMPRESS_ABOVE;
        out.write(compress ? 1 : 0);
        out.write(raw.length >>> 24);
        out.write(raw.length >>> 16);
        out.write(raw.length >>> 8);
        out.write(raw.length);
        if (!compress) {
            out.write(raw, 0, raw.length);
            return out.toByteArray();
        }
        deflater.reset();
        deflater.setInput(raw);
        deflater.finish();
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Thread-safe: each reading thread keeps its own inflater, which is costly to create. */
    Advisory decode(byte[] blob) throws IOException {
        return AdvisoryBinary.decode(raw(blob));
    }

    /** The encoded record a blob holds (inflated when compressed): what {@link #hash} was taken of. */
    byte[] raw(byte[] blob) throws IOException {
        if (blob.length < 5) {
            throw new IOException("truncated record");
        }
        int length = (blob[1] & 0xff) << 24 | (blob[2] & 0xff) << 16 | (blob[3] & 0xff) << 8 | (blob[4] & 0xff);
        if (length < 0 || length > (64 << 20)) {
            throw new IOException("corrupt record length " + length);
        }
        if (blob[0] == 0) {
            if (length != blob.length - 5) {
                throw new IOException("truncated record");
            }
            return java.util.Arrays.copyOfRange(blob, 5, blob.length);
        }
        Inflater inflater = INFLATERS.get();
        inflater.reset();
        inflater.setInput(blob, 5, blob.length - 5);
        byte[] raw = new byte[length];
        try {
            int done = 0;
            while (done < length) {
                int n = inflater.inflate(raw, done, length - done);
                if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("truncated record");
                }
                done += n;
            }
        } catch (DataFormatException e) {
            throw new IOException("corrupt record: " + e.getMessage(), e);
        }
        return raw;
    }

    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(() -> new Inflater(true));

    byte[] encode(Advisory advisory) {
        return AdvisoryBinary.encode(advisory);
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
