package dev.vigil.engine.advisory.feed;

import dev.vigil.engine.advisory.EpssScore;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * FIRST EPSS CSV: an optional {@code #model_version:...,score_date:...} line, the header
 * {@code cve,epss,percentile}, then one row per CVE.
 *
 * <p>A snapshot is taken whole or not at all: its score date must be a real date no later than tomorrow
 * (a date in the far future would otherwise win over every later real snapshot), and a file with more
 * than {@link #MAX_BAD_SHARE} of bad rows is refused rather than replacing the stored scores with a
 * fragment.
 */
final class EpssCsv {
    /** One row in a hundred may be bad (listed and left out); more means the file is not an EPSS snapshot. */
    static final double MAX_BAD_SHARE = 0.01;

    private EpssCsv() {}

    private record Row(String where, EpssScore score) {}

    static void read(String where, byte[] content, FeedSink sink) {
        String text = new String(content, StandardCharsets.UTF_8);
        String scoreDate = null;
        boolean header = false;
        int lineNumber = 0;
        List<Row> rows = new ArrayList<>();
        List<String[]> bad = new ArrayList<>();
        for (String line : (Iterable<String>) text.lines()::iterator) {
            lineNumber++;
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                String date = scoreDate(line);
                if (date != null) {
                    String problem = dateProblem(date);
                    if (problem != null) {
                        sink.skipped(where + ":" + lineNumber, problem + "; no score of this file is taken");
                        return;
                    }
                    scoreDate = date;
                }
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
                if (!(epss >= 0 && epss <= 1 && percentile >= 0 && percentile <= 1)) {
                    throw new NumberFormatException("epss and percentile must be between 0 and 1");
                }
                rows.add(new Row(at, new EpssScore(cells[0], epss, percentile)));
            } catch (NumberFormatException e) {
                bad.add(new String[] {at, "bad EPSS row '" + cut(line) + "': " + e.getMessage()});
            }
        }
        int total = rows.size() + bad.size();
        if (total > 0 && bad.size() > total * MAX_BAD_SHARE) {
            sink.skipped(
                    where,
                    bad.size() + " of " + total + " rows are bad (more than " + Math.round(MAX_BAD_SHARE * 100)
                            + "%), first at " + bad.get(0)[0] + ": " + bad.get(0)[1]
                            + "; no score of this file is taken");
            return;
        }
        for (String[] problem : bad) {
            sink.problem(problem[0], problem[1]);
        }
        for (Row row : rows) {
            sink.epss(row.where(), row.score(), scoreDate);
        }
    }

    private static String cut(String line) {
        return line.length() > 80 ? line.substring(0, 80) + "..." : line;
    }

    /** Null for a real date no later than tomorrow (UTC; FIRST publishes early in the day), else why not. */
    static String dateProblem(String date) {
        LocalDate parsed;
        try {
            parsed = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return "score_date '" + date + "' is not a real date";
        }
        if (parsed.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            return "score_date " + date + " is in the future";
        }
        return null;
    }

    /** {@code #model_version:v2023.03.01,score_date:2023-06-01T00:00:00+0000} gives 2023-06-01. */
    private static String scoreDate(String line) {
        for (String part : line.substring(1).split(",")) {
            part = part.strip();
            if (part.startsWith("score_date:")) {
                String value = part.substring(11).strip();
                return value.length() >= 10 ? value.substring(0, 10) : value;
            }
        }
        return null;
    }
}
