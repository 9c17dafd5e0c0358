package dev.vigil.engine.advisory;

import java.nio.charset.StandardCharsets;

/**
 * FIRST EPSS CSV: an optional {@code #model_version:...,score_date:...} line, the header
 * {@code cve,epss,percentile}, then one row per CVE.
 */
final class EpssCsv {
    private EpssCsv() {}

    static void read(String where, byte[] content, FeedSink sink) {
        String text = new String(content, StandardCharsets.UTF_8);
        String scoreDate = null;
        boolean header = false;
        int lineNumber = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            lineNumber++;
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                scoreDate = scoreDate(line);
                continue;
            }
            if (!header) {
                if (!line.toLowerCase(java.util.Locale.ROOT).startsWith("cve,epss,percentile")) {
                    sink.skipped(where, "not an EPSS CSV (expected header 'cve,epss,percentile')");
                    return;
                }
                header = true;
                continue;
            }
            String[] cells = line.split(",", -1);
            String at = where + ":" + lineNumber;
            try {
                if (cells.length < 3 || !cells[0].startsWith("CVE-")) {
                    throw new NumberFormatException("expected 'CVE-id,epss,percentile'");
                }
                double epss = Double.parseDouble(cells[1]);
                double percentile = Double.parseDouble(cells[2]);
                if (epss < 0 || epss > 1 || percentile < 0 || percentile > 1) {
                    throw new NumberFormatException("epss and percentile must be between 0 and 1");
                }
                sink.epss(at, new EpssScore(cells[0], epss, percentile), scoreDate);
            } catch (NumberFormatException e) {
                sink.skipped(at, "bad EPSS row '" + line + "': " + e.getMessage());
            }
        }
    }

    /** {@code #model_version:v2023.03.01,score_date:2023-06-01T00:00:00+0000} gives 2023-06-01. */
    private static String scoreDate(String line) {
        for (String part : line.substring(1).split(",")) {
            if (part.startsWith("score_date:") && part.length() >= 21) {
                return part.substring(11, 21);
            }
        }
        return null;
    }
}
