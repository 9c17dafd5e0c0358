package dev.vigil.engine.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Renders a document's XHTML to PDF/A-2u with openhtmltopdf: the DejaVu fonts shipped under
 * {@code fonts/dejavu} are embedded (subset), and the sRGB output intent is Java's own profile.
 */
public final class DocumentPdf {

    private record Font(String file, String family, int weight, boolean italic) {}

    private static final List<Font> FONTS = List.of(
            new Font("DejaVuSans.ttf", "DejaVu Sans", 400, false),
            new Font("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, false),
            new Font("DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, true),
            new Font("DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, true),
            new Font("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, false));

    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf logs every load and parse through java.util.logging; a command prints its own lines.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private DocumentPdf() {}

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useColorProfile(SRGB);
        for (Font f : FONTS) {
            builder.useFont(
                    () -> open(f.file()),
                    f.family(),
                    f.weight(),
                    f.italic() ? PdfRendererBuilder.FontStyle.ITALIC : PdfRendererBuilder.FontStyle.NORMAL,
                    true);
        }
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream open(String file) {
        return new ByteArrayInputStream(WITHOUT_LIGATURES.computeIfAbsent(file, DocumentPdf::withoutLigatures));
    }

    private static final Map<String, byte[]> WITHOUT_LIGATURES = new ConcurrentHashMap<>();

    /**
     * The tables the rewritten font keeps: the subsetter renumbers glyphs, so a table it copies as is and
     * that names glyph ids (GSUB, GPOS, GDEF, kern) would point at the wrong glyphs; leave them all out.
     */
    private static final List<String> KEPT_TABLES = List.of(
            "head", "hhea", "maxp", "name", "OS/2", "glyf", "loca", "cmap", "hmtx", "post", "cvt ", "fpgm", "prep",
            "gasp");

    /**
     * The font rewritten without its glyph substitution table (and the other layout tables). PDFBox applies the font's GSUB
     * ligatures when it writes text, so "fi" in "firmware-update" became the single glyph U+FB01 and
     * a reader searching the PDF for the id found nothing. Every code point of the Basic Multilingual Plane is kept.
     */
    private static byte[] withoutLigatures(String file) {
        try (InputStream in = DocumentPdf.class.getClassLoader().getResourceAsStream("fonts/dejavu/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font fonts/dejavu/" + file + " is missing from the class path");
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                TTFSubsetter everyGlyph = new TTFSubsetter(font, KEPT_TABLES);
                CmapLookup unicode = font.getUnicodeCmapLookup();
                Set<Integer> codePoints = new HashSet<>();
                for (int gid = 0; gid < font.getNumberOfGlyphs(); gid++) {
                    List<Integer> codes = unicode.getCharCodes(gid);
                    if (codes != null) {
                        // The subsetter writes a BMP cmap only; DejaVu's few glyphs beyond it are unused.
                        codes.stream().filter(c -> c <= 0xFFFF).forEach(codePoints::add);
                    }
                }
                everyGlyph.addAll(codePoints);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                everyGlyph.writeToStream(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
