package dev.vigil.engine.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LigatureFreeFontTest {

    @ParameterizedTest
    @ValueSource(strings = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf"})
    void theFontLosesItsLayoutTablesAndKeepsEveryGlyphAndWidth(String file) throws IOException {
        byte[] original;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("fonts/dejavu/" + file)) {
            original = in.readAllBytes();
        }
        byte[] rewritten = LigatureFreeFont.of(original);
        try (TrueTypeFont before = parse(original);
                TrueTypeFont after = parse(rewritten)) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap()).doesNotContainKeys("GSUB", "GPOS", "GDEF");
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
            for (int codePoint : new int[] {'f', 'i', 'l', 'h', 'W', '@', '-', 0x00E9, 0x2192}) {
                int gid = before.getUnicodeCmapLookup().getGlyphId(codePoint);
                assertThat(after.getUnicodeCmapLookup().getGlyphId(codePoint)).isEqualTo(gid);
                assertThat(after.getAdvanceWidth(gid)).isEqualTo(before.getAdvanceWidth(gid));
            }
            assertThat(after.getName()).isEqualTo(before.getName());
        }
        // The whole-file checksum a font validator checks: the head adjustment makes it 0xB1B0AFBA.
        ByteBuffer b = ByteBuffer.wrap(rewritten);
        long sum = 0;
        for (int i = 0; i + 4 <= rewritten.length; i += 4) {
            sum = (sum + Integer.toUnsignedLong(b.getInt(i))) & 0xFFFFFFFFL;
        }
        assertThat(sum).isEqualTo(0xB1B0AFBAL);
        assertThat(rewritten.length % 4).isZero();
    }

    @Test
    void somethingElseThanATrueTypeFontIsRefused() {
        assertThatThrownBy(() -> LigatureFreeFont.of("OTTO and more bytes".getBytes()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a TrueType font (version 4f54544f)");
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }
}
