package dev.vigil.engine.advisory.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The primitive encodings of {@link AdvisoryBinary}: varints, nullable strings, lists, instants. */
final class RecordBytes {
    private RecordBytes() {}

    /** A growable byte array with the few encodings the format uses. */
    static final class Out {
        private byte[] buf = new byte[1024];
        private int size;

        private void ensure(int more) {
            if (size + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
            }
        }

        void varint(long value) {
            ensure(10);
            while ((value & ~0x7FL) != 0) {
                buf[size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            buf[size++] = (byte) value;
        }

        void fixed64(long value) {
            ensure(8);
            for (int i = 0; i < 8; i++) {
                buf[size++] = (byte) (value >>> (8 * i));
            }
        }

        void bool(boolean value) {
            ensure(1);
            buf[size++] = (byte) (value ? 1 : 0);
        }

        /** Null is length 0, the empty string length 1: a string of n bytes is written as n + 1. */
        void string(String value) {
            if (value == null) {
                varint(0);
                return;
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length + 1L);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, buf, size, utf8.length);
            size += utf8.length;
        }

        void strings(List<String> values) {
            varint(values.size());
            values.forEach(this::string);
        }

        void instant(Instant value) {
            bool(value != null);
            if (value != null) {
                varint(zigzag(value.getEpochSecond()));
                varint(value.getNano());
            }
        }

        private static long zigzag(long value) {
            return (value << 1) ^ (value >> 63);
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, size);
        }
    }

    static final class In {
        private final byte[] buf;
        private int at;

        In(byte[] buf, int at) {
            this.buf = buf;
            this.at = at;
        }

        long varlong() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = buf[at++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("varint too long");
        }

        int varint() {
            long value = varlong();
            if (value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("count too large");
            }
            return (int) value;
        }

        /** A list size, checked against the bytes left so a corrupt count cannot allocate gigabytes. */
        int count() {
            int count = varint();
            if (count > buf.length - at) {
                throw new IllegalArgumentException("list of " + count + " items in " + (buf.length - at) + " bytes");
            }
            return count;
        }

        long fixed64() {
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value |= (long) (buf[at++] & 0xff) << (8 * i);
            }
            return value;
        }

        boolean bool() {
            return buf[at++] != 0;
        }

        String string() {
            int length = varint();
            if (length == 0) {
                return null;
            }
            String value = new String(buf, at, length - 1, StandardCharsets.UTF_8);
            at += length - 1;
            return value;
        }

        List<String> strings() {
            int count = count();
            if (count == 0) {
                return List.of();
            }
            String[] values = new String[count];
            for (int i = 0; i < count; i++) {
                values[i] = string();
            }
            return Arrays.asList(values);
        }

        Instant instant() {
            if (!bool()) {
                return null;
            }
            long zigzag = varlong();
            long seconds = (zigzag >>> 1) ^ -(zigzag & 1);
            return Instant.ofEpochSecond(seconds, varint());
        }
    }
}
