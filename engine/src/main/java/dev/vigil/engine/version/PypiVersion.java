package dev.vigil.engine.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEP 440 ordering as the {@code packaging} library implements it (epoch, release, pre, post, dev,
 * local). Strings that are not PEP 440 are read as setuptools' legacy versions, which sort below
 * every PEP 440 version, because older PyPI releases and advisories still carry them.
 *
 * @param pre {@code null}, or the phase (0 a, 1 b, 2 rc) and number
 * @param legacy {@code null} for a PEP 440 version, else setuptools' comparable key
 */
record PypiVersion(
        String text,
        String legacy,
        String epoch,
        List<String> release,
        Phase pre,
        String post,
        String dev,
        List<String> local)
        implements Version {

    /**
     * PEP 440, Appendix B, matched case-insensitively after stripping whitespace. The repeated groups
     * are possessive: Java matches a greedy group repetition by recursion, so thousands of release
     * segments overflowed the stack; nothing after them can start with a dot and a digit, so the
     * language is unchanged.
     */
    private static final Pattern PEP440 = Pattern.compile(
            "v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*+)"
                    + "(?<pre>[-_.]?(?<prel>a|b|c|rc|alpha|beta|pre|preview)[-_.]?(?<pren>[0-9]+)?)?"
                    + "(?<post>(?:-(?<postn1>[0-9]+))|(?:[-_.]?(?<postl>post|rev|r)[-_.]?(?<postn2>[0-9]+)?))?"
                    + "(?<dev>[-_.]?(?<devl>dev)[-_.]?(?<devn>[0-9]+)?)?)"
                    + "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*+))?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern LEGACY_PART = Pattern.compile("\\d+|[a-z]+|\\.|-");
    private static final Pattern LOCAL_SEPARATOR = Pattern.compile("[-_.]");

    record Phase(int rank, String number) {}

    static PypiVersion parse(String text) throws InvalidVersionException {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            throw new InvalidVersionException("PyPI", text, "empty");
        }
        Matcher m = PEP440.matcher(s);
        if (!m.matches()) {
            return new PypiVersion(text, legacyKey(s), "0", List.of(), null, null, null, List.of());
        }
        String epoch = m.group("epoch") == null ? "0" : Decimal.normalize(m.group("epoch"));
        List<String> release = new ArrayList<>();
        for (String part : m.group("release").split("\\.")) {
            release.add(Decimal.normalize(part));
        }
        while (release.size() > 1 && release.get(release.size() - 1).equals("0")) {
            release.remove(release.size() - 1);
        }
        Phase pre = null;
        if (m.group("prel") != null) {
            String l = m.group("prel");
            int rank = l.startsWith("a") ? 0 : l.startsWith("b") ? 1 : 2;
            pre = new Phase(rank, number(m.group("pren")));
        }
        String post = null;
        if (m.group("postn1") != null) {
            post = Decimal.normalize(m.group("postn1"));
        } else if (m.group("postl") != null) {
            post = number(m.group("postn2"));
        }
        String dev = m.group("devl") == null ? null : number(m.group("devn"));
        List<String> local = new ArrayList<>();
        if (m.group("local") != null) {
            for (String part : LOCAL_SEPARATOR.split(m.group("local"))) {
                local.add(Decimal.isDigits(part) ? Decimal.normalize(part) : part);
            }
        }
        return new PypiVersion(text, null, epoch, List.copyOf(release), pre, post, dev, List.copyOf(local));
    }

    private static String number(String digits) {
        return digits == null ? "0" : Decimal.normalize(digits);
    }

    /** setuptools' legacy key: padded numbers, {@code *}-prefixed words, pre-release words folded. */
    private static String legacyKey(String s) {
        List<String> parts = new ArrayList<>();
        Matcher m = LEGACY_PART.matcher(s);
        List<String> raw = new ArrayList<>();
        while (m.find()) {
            raw.add(m.group());
        }
        raw.add("final");
        for (String part : raw) {
            if (part.equals(".")) {
                continue;
            }
            String p = legacyPart(part);
            if (p.startsWith("*")) {
                if (p.compareTo("*final") < 0) {
                    while (!parts.isEmpty() && parts.get(parts.size() - 1).equals("*final-")) {
                        parts.remove(parts.size() - 1);
                    }
                }
                while (!parts.isEmpty() && parts.get(parts.size() - 1).equals("00000000")) {
                    parts.remove(parts.size() - 1);
                }
            }
            parts.add(p);
        }
        return String.join("", parts);
    }

    private static String legacyPart(String part) {
        String p =
                switch (part) {
                    case "pre", "preview", "rc" -> "c";
                    case "-" -> "final-";
                    case "dev" -> "@";
                    default -> part;
                };
        if (Decimal.isDigit(p.charAt(0))) {
            return p.length() >= 8 ? p : "0".repeat(8 - p.length()) + p;
        }
        return "*" + p;
    }

    @Override
    public int compareTo(Version other) {
        if (!(other instanceof PypiVersion o)) {
            throw VersionSchemes.mismatch(this, other);
        }
        if (legacy != null || o.legacy != null) {
            if (legacy == null || o.legacy == null) {
                return legacy == null ? 1 : -1;
            }
            return Integer.signum(legacy.compareTo(o.legacy));
        }
        int c = Decimal.compare(epoch, o.epoch);
        if (c == 0) {
            c = SemVerVersion.compareNumbers(release, o.release);
        }
        if (c == 0) {
            c = comparePre(o);
        }
        if (c == 0) {
            c = compareOptional(post, o.post, -1);
        }
        if (c == 0) {
            c = compareOptional(dev, o.dev, 1);
        }
        if (c == 0) {
            c = compareLocal(local, o.local);
        }
        return c;
    }

    /** A dev release without pre or post sorts before every pre-release of its release. */
    private boolean devOnly() {
        return pre == null && post == null && dev != null;
    }

    private int comparePre(PypiVersion o) {
        if (devOnly() || o.devOnly()) {
            return devOnly() == o.devOnly() ? 0 : devOnly() ? -1 : 1;
        }
        if (pre == null || o.pre == null) {
            return pre == o.pre ? 0 : pre == null ? 1 : -1;
        }
        int c = Integer.compare(pre.rank(), o.pre.rank());
        return c != 0 ? c : Decimal.compare(pre.number(), o.pre.number());
    }

    /** Compares optional numbers; {@code missing} is the sign of an absent one against a present one. */
    private static int compareOptional(String a, String b, int missing) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? missing : -missing;
        }
        return Decimal.compare(a, b);
    }

    /** Local labels: numbers above words, words in order, a longer label above its prefix. */
    private static int compareLocal(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            boolean an = Decimal.isDigits(a.get(i));
            boolean bn = Decimal.isDigits(b.get(i));
            int c = an && bn
                    ? Decimal.compare(a.get(i), b.get(i))
                    : an != bn ? (an ? 1 : -1) : Integer.signum(a.get(i).compareTo(b.get(i)));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
