package dev.vigil.engine.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Where the documents' lines may break. Readers and their tools search a PDF for ids such as {@code
 * no-login-lockout@cloud-api}; an id broken at a hyphen comes out of text extraction as two words, or
 * with its hyphen dropped, and is not found. So a word holding a hyphen or a slash is kept whole (lines
 * break at spaces), and a table whose columns cannot hold their widest words side by side prints its
 * first column on a row of its own, or one small table per row ({@link #tableLayout}). Widths are measured with the embedded font's own advance
 * widths, at the sizes the stylesheet sets.
 */
public final class PrintLayout {

    /** A run of text; {@code whole} marks a word that must not break across lines. */
    public record Piece(String text, boolean whole) {}

    // The stylesheet's sizes (documents/style.html): body 9pt, list tables 7.5pt, their headers 7pt bold.
    private static final double BODY_PT = 9;
    private static final double LIST_PT = 7.5;
    private static final double LIST_HEADER_PT = 7;
    private static final double MM_PER_PT = 25.4 / 72;
    /** A4 less the 15 mm side margins. */
    private static final double PAGE_MM = 180;
    /** A list cell's padding (1 mm each side) and its border. */
    private static final double CELL_EXTRA_MM = 2.5;
    /**
     * The widest a word may be and still be kept whole: the value column of a two-column facts table
     * at body size. A longer word (a very long id or address) would run out of its cell, so it may break.
     */
    private static final double WHOLE_WORD_MM = 125;

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern INNER_DOT = Pattern.compile("\\p{L}\\.\\p{L}");
    private static final Font REGULAR = Font.load("DejaVuSans.ttf");
    private static final Font BOLD = Font.load("DejaVuSans-Bold.ttf");

    /** The text as runs, with each word that has a break opportunity inside it (a hyphen, a slash, a dot) whole. */
    public List<Piece> pieces(String text) {
        if (Block.NOT_STATED.equals(text)) {
            // On one line: a narrow column would print it a word per line.
            return List.of(new Piece(text, true));
        }
        if (text == null || !breaksInside(text)) {
            return List.of(new Piece(text == null ? "" : text, false));
        }
        List<Piece> pieces = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        int plainFrom = 0;
        while (word.find()) {
            if (breaksInside(word.group()) && printsWhole(word.group())) {
                if (word.start() > plainFrom) {
                    pieces.add(new Piece(text.substring(plainFrom, word.start()), false));
                }
                pieces.add(new Piece(word.group(), true));
                plainFrom = word.end();
            }
        }
        if (plainFrom < text.length()) {
            pieces.add(new Piece(text.substring(plainFrom), false));
        }
        return pieces;
    }

    /** Whether a word prints on one line wherever it stands; a longer one may break (see WHOLE_WORD_MM). */
    static boolean printsWhole(String word) {
        return REGULAR.widthMm(word, BODY_PT) <= WHOLE_WORD_MM;
    }

    /** How a list table prints: {@code columns}, {@code lead-rows} or {@code cards}. */
    public String tableLayout(Block.Table table) {
        double first = columnMm(table, 0);
        double rest = 0;
        for (int column = 1; column < table.header().size(); column++) {
            rest += columnMm(table, column);
        }
        // A margin for what the estimate leaves out (the table's own borders, rounding in the renderer).
        double page = PAGE_MM * 0.95;
        if (first + rest <= page) {
            return "columns";
        }
        // The first column (the id) on a row of its own above the others, which then share the page.
        return rest <= page && table.header().size() > 1 ? "lead-rows" : "cards";
    }

    /** The widest word of a column (its header in bold) with the cell's padding. */
    private static double columnMm(Block.Table table, int column) {
        double widest = BOLD.widestWordMm(table.header().get(column), LIST_HEADER_PT);
        for (List<String> row : table.rows()) {
            if (column < row.size()) {
                widest = Math.max(widest, REGULAR.widestWordMm(row.get(column), LIST_PT));
            }
        }
        return widest + CELL_EXTRA_MM;
    }

    /** A hyphen, a slash, an en dash or a dot between letters (a key path such as {@code lifecycle.design.x}). */
    private static boolean breaksInside(String text) {
        return text.indexOf('-') >= 0
                || text.indexOf('/') >= 0
                || text.indexOf('\u2013') >= 0
                || INNER_DOT.matcher(text).find();
    }

    /** The advance widths of one embedded font over the Basic Multilingual Plane, read once. */
    private record Font(float[] widthsEm) {

        static Font load(String file) {
            try (TrueTypeFont font =
                    new TTFParser().parse(new RandomAccessReadBuffer(DocumentPdf.embeddedFont(file)))) {
                CmapLookup unicode = font.getUnicodeCmapLookup();
                float unitsPerEm = font.getUnitsPerEm();
                float[] widths = new float[0x10000];
                for (int codePoint = 0; codePoint < widths.length; codePoint++) {
                    widths[codePoint] = font.getAdvanceWidth(unicode.getGlyphId(codePoint)) / unitsPerEm;
                }
                return new Font(widths);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        double widestWordMm(String text, double sizePt) {
            if (Block.NOT_STATED.equals(text)) {
                return widthMm(text, sizePt);
            }
            double widest = 0;
            Matcher word = WORD.matcher(text == null ? "" : text);
            while (word.find()) {
                widest = Math.max(widest, widthMm(word.group(), sizePt));
            }
            return widest;
        }

        double widthMm(String word, double sizePt) {
            double em = 0;
            for (int i = 0; i < word.length(); i++) {
                // Beyond the plane (surrogate halves): as wide as an "M", which is wider than most glyphs.
                char c = word.charAt(i);
                em += Character.isSurrogate(c) ? widthsEm['M'] : widthsEm[c];
            }
            return em * sizePt * MM_PER_PT;
        }
    }
}
