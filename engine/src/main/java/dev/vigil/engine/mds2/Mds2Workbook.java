package dev.vigil.engine.mds2;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The filled form as an xlsx workbook in the form's layout: a heading with the device, then one row per
 * question id (section, question, answer, detail, the model facts behind it, note), filterable, the
 * header row frozen.
 */
public final class Mds2Workbook {

    static final String SHEET = "MDS2";
    static final List<String> HEADER =
            List.of("Question ID", "Section", "Question (summary)", "Answer", "Detail", "Model facts", "Note");
    /** Column widths in characters. */
    private static final int[] WIDTHS = {12, 8, 50, 11, 30, 60, 45};
    /** The tallest row a spreadsheet allows (409 points). */
    private static final float MAX_ROW_POINTS = 409f;

    /** The row of the column header; the question rows follow it. */
    static final int HEADER_ROW = 4;

    private Mds2Workbook() {}

    public static void write(Mds2Disclosure disclosure, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(SHEET);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle head = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setBorderBottom(BorderStyle.THIN);
            CellStyle title = book.createCellStyle();
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);

            var system = disclosure.system();
            cell(
                            sheet,
                            0,
                            0,
                            "Manufacturer Disclosure Statement for Medical Device Security ("
                                    + disclosure.catalog().form() + ")")
                    .setCellStyle(title);
            cell(
                    sheet,
                    1,
                    0,
                    "Device: " + system.name() + " (" + system.id()
                            + system.version().map(v -> ", version " + v).orElse("") + ")"
                            + system.manufacturer().map(m -> ", " + m).orElse(""));
            cell(
                    sheet,
                    2,
                    0,
                    "Answered from the system model on " + disclosure.date()
                            + " by Vigil; 'not stated' means the model holds no fact to answer the question.");

            Row header = sheet.createRow(HEADER_ROW);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
                header.getCell(i).setCellStyle(head);
            }
            int r = HEADER_ROW + 1;
            for (Mds2Disclosure.Row row : disclosure.rows()) {
                Row line = sheet.createRow(r++);
                List<String> values = List.of(
                        row.question().id(),
                        row.question().section(),
                        row.question().ask(),
                        row.answer().value().text(),
                        row.answer().detail(),
                        String.join("\n", row.answer().facts()),
                        row.answer().note());
                int lines = 1;
                for (int i = 0; i < values.size(); i++) {
                    line.createCell(i).setCellValue(fitted(values.get(i)));
                    line.getCell(i).setCellStyle(wrap);
                    lines = Math.max(lines, wrappedLines(fitted(values.get(i)), WIDTHS[i]));
                }
                // Spreadsheet readers do not all grow a row to its wrapped text (LibreOffice keeps the default
                // height, so the lines overprint the next row): the row is given the height its text needs.
                line.setHeightInPoints(Math.min(MAX_ROW_POINTS, lines * sheet.getDefaultRowHeightInPoints()));
            }
            int[] widths = WIDTHS;
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            // Printed (or converted to PDF), every column stays on the page and the header repeats: a row
            // split over two pages would separate a question id from its answer.
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, HEADER.size() - 1));
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, HEADER.size() - 1));
            book.write(out);
        }
    }

    private static org.apache.poi.ss.usermodel.Cell cell(Sheet sheet, int row, int column, String text) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        var cell = r.createCell(column);
        cell.setCellValue(fitted(text));
        return cell;
    }

    /** How many lines the text takes wrapped in a column this many characters wide (the default font is narrower than the width unit, so a little more than the width fits). */
    static int wrappedLines(String text, int width) {
        int perLine = Math.max(1, width * 11 / 10);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
        }
        return lines;
    }

    /** A spreadsheet cell holds at most 32,767 characters; longer text is cut and says where it is whole. */
    static String fitted(String text) {
        int limit = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        if (text.length() <= limit) {
            return text;
        }
        String marker = " [cut at the cell limit: the whole text is in `vigil mds2 --format json`]";
        return text.substring(0, limit - marker.length()) + marker;
    }
}
