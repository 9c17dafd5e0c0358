package dev.vigil.engine.load;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The scalar values of generated models: texts (plain, unicode of every direction, combining marks, emoji,
 * markup, YAML look-alikes, very long, empty), ids (short, long, numeric, YAML keywords) and dates (edges of
 * the calendar included). Every value is one the format accepts; none holds a control character.
 */
final class GeneratedValues {

    /** Texts that broke renderers and parsers elsewhere: markup, quotes, YAML and CSV look-alikes, bidi. */
    private static final List<String> TRICKY = List.of(
            "",
            " ",
            "Infusion pump",
            "<script>alert('x')</script> & \"quoted\"",
            "yes",
            "no",
            "null",
            "~",
            "1.0",
            "0x1F",
            "2026-02-30",
            "2026-01-01",
            "# not a comment",
            "key: value",
            "- dash",
            "{braces}",
            "[brackets]",
            "=cmd|' /C calc'!A0",
            "@at",
            "line one\nline two",
            "trailing space ",
            "  leading",
            "100%",
            "$(whoami)",
            "../../etc/passwd",
            "C:\\Windows\\system32",
            "https://example.org/a?b=c&d=<e>",
            "\u05de\u05e9\u05d0\u05d1\u05ea \u05e2\u05d9\u05e8\u05d5\u05d9", // Hebrew
            "\u0645\u0636\u062e\u0629 \u0627\u0644\u062a\u0633\u0631\u064a\u0628", // Arabic
            "mixed \u05e2\u05d1\u05e8\u05d9\u05ea and English 123",
            "\u202eevil\u202c override",
            "e\u0301\u0301\u0301 Z\u0351\u0352\u0353\u0354 combining",
            "\ud83e\ude7a\ud83d\udc89 \ud83d\udc69\u200d\u2695\ufe0f", // stethoscope, syringe, health worker (ZWJ)
            "\ud83c\uddea\ud83c\uddfa flag",
            "\u8f93\u6db2\u6cf5", // CJK
            "\u0418\u043d\u0444\u0443\u0437\u0438\u043e\u043d\u043d\u044b\u0439 \u043d\u0430\u0441\u043e\u0441",
            "\u0915\u094d\u0937\u093f", // Devanagari conjunct
            "zero\u200bwidth",
            "\ufeffbom-led",
            "\u00a0non-breaking\u00a0space",
            "\ud800\udc00 supplementary");

    private static final String[] WORDS = {
        "pump", "gateway", "cloud", "sensor", "clinic", "ward", "key", "update", "record", "alarm", "dose", "patient"
    };

    private final SplittableRandom random;
    private final Set<String> usedIds = new HashSet<>();
    private int serial;

    GeneratedValues(SplittableRandom random) {
        this.random = random;
    }

    SplittableRandom random() {
        return random;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int min, int maxInclusive) {
        return min + random.nextInt(maxInclusive - min + 1);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    String text() {
        int kind = random.nextInt(10);
        return switch (kind) {
            case 0, 1, 2 -> pick(TRICKY);
            case 3 -> pick(TRICKY) + " " + pick(TRICKY);
            case 4 -> longText(between(200, 5000));
            default -> WORDS[random.nextInt(WORDS.length)] + " " + between(1, 999);
        };
    }

    private String longText(int length) {
        StringBuilder text = new StringBuilder(length + 64);
        while (text.length() < length) {
            // Long tokens without spaces as well: they must wrap, not break, a report's layout.
            text.append(chance(0.3) ? "x".repeat(between(50, 400)) : pick(TRICKY))
                    .append(chance(0.5) ? " " : "");
        }
        return text.toString();
    }

    /** A fresh id, unique in this model: the model has one id space across kinds. */
    String freshId(String kind) {
        while (true) {
            String id = candidateId(kind);
            if (usedIds.add(id)) {
                return id;
            }
        }
    }

    private String candidateId(String kind) {
        String stem = kind.replace(' ', '-');
        return switch (random.nextInt(12)) {
            case 0 -> String.valueOf(between(0, 99_999)); // plain numbers read as integers in YAML
            case 1 -> pick(List.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "nan", "inf"));
            case 2 -> (stem + "-").repeat(between(10, 40)) + (++serial);
            case 3 -> "a";
            case 4 -> "0-0-" + (++serial);
            default -> stem + "-" + (++serial);
        };
    }

    /** A kebab-case word that is not an element id (a document kind, a rule id). */
    String kebab() {
        return chance(0.1) ? "x" : WORDS[random.nextInt(WORDS.length)] + "-" + between(0, 99);
    }

    LocalDate date() {
        return switch (random.nextInt(8)) {
            case 0 -> pick(List.of(
                    LocalDate.of(1, 1, 1),
                    LocalDate.of(1970, 1, 1),
                    LocalDate.of(2000, 2, 29),
                    LocalDate.of(9999, 12, 31)));
            case 1 -> LocalDate.of(2026, 11, 24).plusDays(between(-200, 200));
            default -> LocalDate.of(between(1990, 2040), between(1, 12), between(1, 28));
        };
    }

    int integer(int min, int max) {
        return switch (random.nextInt(6)) {
            case 0 -> min;
            case 1 -> max;
            default -> max - min <= 1000 ? between(min, max) : min + random.nextInt(1000);
        };
    }
}
