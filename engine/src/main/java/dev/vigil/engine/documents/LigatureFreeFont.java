package dev.vigil.engine.documents;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A TrueType font file rewritten without its OpenType layout tables. PDFBox applies a font's GSUB
 * ligatures when it writes text, so "fi" in an id such as {@code firmware-update} became the single glyph
 * U+FB01 and a reader searching the PDF found nothing. Dropping the tables keeps every glyph, metric and
 * mapping as it was. Why not PDFBox's TTFSubsetter: it rebuilds the glyph tables and takes over a second
 * of CPU for the DejaVu family on every run; copying the other tables takes microseconds.
 */
final class LigatureFreeFont {

    /** Substitution, positioning and their definitions; {@code kern} is not applied by PDFBox and stays. */
    private static final Set<String> DROPPED = Set.of("GSUB", "GPOS", "GDEF", "JSTF", "BASE", "morx", "mort");

    private static final int HEADER = 12;
    private static final int RECORD = 16;

    private LigatureFreeFont() {}

    static byte[] of(byte[] font) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int version = in.getInt(0);
        int count = Short.toUnsignedInt(in.getShort(4));
        if (version != 0x00010000 && version != 0x74727565 /* 'true' */) {
            throw new IllegalArgumentException("not a TrueType font (version " + Integer.toHexString(version) + ")");
        }
        List<int[]> kept = new ArrayList<>(); // tag, checksum, offset, length
        for (int i = 0; i < count; i++) {
            int at = HEADER + i * RECORD;
            int tag = in.getInt(at);
            if (!DROPPED.contains(tag(tag))) {
                kept.add(new int[] {tag, in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12)});
            }
        }
        int size = HEADER + kept.size() * RECORD;
        for (int[] table : kept) {
            size += padded(table[3]);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(kept.size());
        out.putInt(version)
                .putShort((short) kept.size())
                .putShort((short) (power * RECORD))
                .putShort((short) Integer.numberOfTrailingZeros(power))
                .putShort((short) (kept.size() * RECORD - power * RECORD));
        int data = HEADER + kept.size() * RECORD;
        int head = -1;
        for (int[] table : kept) { // the records stay in tag order, as the input has them
            out.putInt(table[0]).putInt(table[1]).putInt(data).putInt(table[3]);
            out.put(data, font, table[2], table[3]);
            if (tag(table[0]).equals("head")) {
                head = data;
            }
            data += padded(table[3]);
        }
        if (head >= 0) {
            // The file's checksum adjustment (head offset 8) is recomputed over the new file.
            out.putInt(head + 8, 0);
            out.putInt(head + 8, (int) (0xB1B0AFBAL - checksum(out)));
        }
        return out.array();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private static long checksum(ByteBuffer file) {
        long sum = 0;
        for (int i = 0; i + 4 <= file.capacity(); i += 4) {
            sum = (sum + Integer.toUnsignedLong(file.getInt(i))) & 0xFFFFFFFFL;
        }
        return sum;
    }

    private static String tag(int tag) {
        return new String(
                new byte[] {(byte) (tag >>> 24), (byte) (tag >>> 16), (byte) (tag >>> 8), (byte) tag},
                java.nio.charset.StandardCharsets.US_ASCII);
    }
}
