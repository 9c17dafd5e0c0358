package dev.vigil.engine.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /** The fonts without their ligatures (LigatureFreeFont), read once per file. */
    private static final Map<String, byte[]> WITHOUT_LIGATURES = new ConcurrentHashMap<>();

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
        return new ByteArrayInputStream(embeddedFont(file));
    }

    /** The font file as the PDFs embed it (without ligatures); PrintLayout measures widths on the same bytes. */
    static byte[] embeddedFont(String file) {
        return WITHOUT_LIGATURES.computeIfAbsent(file, DocumentPdf::withoutLigatures);
    }

    private static byte[] withoutLigatures(String file) {
        try (InputStream in = DocumentPdf.class.getClassLoader().getResourceAsStream("fonts/dejavu/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font fonts/dejavu/" + file + " is missing from the class path");
            }
            return LigatureFreeFont.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
