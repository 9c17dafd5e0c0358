package dev.vigil.engine.version;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A {@code vers} range (package-url/vers-spec): {@code vers:<scheme>/<constraint>|<constraint>...}.
 * {@link #parse} accepts only canonical text, as the spec's required parse tests demand; {@link
 * #parseLenient} also accepts constraints in any order and sorts them, which is how ranges
 * converted from native syntax arrive.
 */
public final class VersRange {

    /** A vers comparator; {@code *} matches every version and stands alone. */
    public enum Operator {
        EQ("="),
        NE("!="),
        LT("<"),
        LE("<="),
        GT(">"),
        GE(">="),
        ANY("*");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean test(int cmp) {
            return switch (this) {
                case EQ -> cmp == 0;
                case NE -> cmp != 0;
                case LT -> cmp < 0;
                case LE -> cmp <= 0;
                case GT -> cmp > 0;
                case GE -> cmp >= 0;
                case ANY -> true;
            };
        }
    }

    /** One constraint: a comparator and the decoded version text (empty for {@code *}). */
    public record Constraint(Operator operator, String version) {
        @Override
        public String toString() {
            return operator == Operator.EQ ? version : operator.symbol() + version;
        }
    }

    private record Parsed(Constraint constraint, Version version) {}

    private final String scheme;
    private final VersionScheme ordering;
    private final List<Parsed> constraints;

    private VersRange(String scheme, VersionScheme ordering, List<Parsed> constraints) {
        this.scheme = scheme;
        this.ordering = ordering;
        this.constraints = constraints;
    }

    /** Parses a canonical vers string. */
    public static VersRange parse(String vers) throws InvalidRangeException {
        return parse(vers, true);
    }

    /** Parses a vers string whose constraints may be in any order. */
    public static VersRange parseLenient(String vers) throws InvalidRangeException {
        return parse(vers, false);
    }

    private static VersRange parse(String vers, boolean canonical) throws InvalidRangeException {
        if (vers == null || !vers.startsWith("vers:")) {
            throw new InvalidRangeException("not a vers range (must start with 'vers:'): " + vers);
        }
        for (int i = 0; i < vers.length(); i++) {
            if (Character.isWhitespace(vers.charAt(i))) {
                throw new InvalidRangeException("whitespace is not permitted in a vers range: '" + vers + "'");
            }
        }
        int slash = vers.indexOf('/');
        if (slash < 0) {
            throw new InvalidRangeException("vers range has no '/' after the scheme: '" + vers + "'");
        }
        String scheme = vers.substring(5, slash);
        VersionScheme ordering = VersionSchemes.forVersScheme(scheme)
                .orElseThrow(() -> new InvalidRangeException("unsupported vers scheme '" + scheme + "'"));
        String body = vers.substring(slash + 1);
        if (body.isEmpty()) {
            throw new InvalidRangeException("vers range has no constraints: '" + vers + "'");
        }
        if (body.startsWith("|") || body.endsWith("|") || body.contains("||")) {
            throw new InvalidRangeException("empty constraint (stray '|') in vers range: '" + vers + "'");
        }
        if (scheme.equals("datetime") && body.contains("%3A")) {
            throw new InvalidRangeException("datetime colons must not be percent-encoded: '" + vers + "'");
        }
        List<Parsed> parsed = new ArrayList<>();
        for (String text : body.split("\\|")) {
            Constraint c = constraint(text);
            Version v = null;
            if (c.operator() != Operator.ANY) {
                try {
                    v = ordering.parse(c.version());
                } catch (InvalidVersionException e) {
                    throw new InvalidRangeException("vers range '" + vers + "': " + e.getMessage(), e);
                }
            }
            parsed.add(new Parsed(c, v));
        }
        boolean any = parsed.stream().anyMatch(p -> p.version() == null);
        if (any && parsed.size() > 1) {
            throw new InvalidRangeException("'*' must be the only constraint: '" + vers + "'");
        }
        if (!any && canonical) {
            for (int i = 1; i < parsed.size(); i++) {
                if (parsed.get(i - 1).version().compareTo(parsed.get(i).version()) > 0) {
                    throw new InvalidRangeException("vers constraints are not sorted by version: '" + vers + "'");
                }
            }
        } else if (!any) {
            parsed.sort(Comparator.comparing(Parsed::version));
        }
        return new VersRange(scheme.toLowerCase(Locale.ROOT), ordering, List.copyOf(parsed));
    }

    private static Constraint constraint(String text) throws InvalidRangeException {
        for (String symbol : List.of(">=", "<=", "!=", "<", ">", "=")) {
            if (text.startsWith(symbol)) {
                Operator operator =
                        switch (symbol) {
                            case ">=" -> Operator.GE;
                            case "<=" -> Operator.LE;
                            case "!=" -> Operator.NE;
                            case "<" -> Operator.LT;
                            case ">" -> Operator.GT;
                            default -> Operator.EQ;
                        };
                return new Constraint(operator, decode(text.substring(symbol.length())));
            }
        }
        if (text.equals("*")) {
            return new Constraint(Operator.ANY, "");
        }
        return new Constraint(Operator.EQ, decode(text));
    }

    /** Percent-decodes a version; the spec wants upper-case hex digits. */
    private static String decode(String text) throws InvalidRangeException {
        if (text.isEmpty()) {
            throw new InvalidRangeException("empty version in vers constraint");
        }
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%') {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int hi = hex(text, i + 1);
            int lo = hex(text, i + 2);
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(String text, int i) throws InvalidRangeException {
        char c = i < text.length() ? text.charAt(i) : 'x';
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            throw new InvalidRangeException("percent-encoding must use upper-case hex digits: '" + text + "'");
        }
        throw new InvalidRangeException("invalid percent-encoding in version '" + text + "'");
    }

    /** The vers scheme name, lower case. */
    public String scheme() {
        return scheme;
    }

    /** The ordering of this range's scheme. */
    public VersionScheme ordering() {
        return ordering;
    }

    /** The constraints, sorted by version. */
    public List<Constraint> constraints() {
        return constraints.stream().map(Parsed::constraint).toList();
    }

    /** Whether {@code version} is in the range. */
    public boolean contains(String version) throws InvalidVersionException {
        return contains(ordering.parse(version));
    }

    /**
     * The spec's containment check: {@code *} contains all; an equal {@code =} bound contains and an
     * equal {@code !=} excludes; the remaining bounds, sorted, contain the version below a leading
     * {@code <}/{@code <=}, above a trailing {@code >}/{@code >=}, or between a {@code >}/{@code >=}
     * and the following {@code <}/{@code <=}.
     */
    public boolean contains(Version version) {
        if (constraints.size() == 1 && constraints.get(0).constraint().operator() == Operator.ANY) {
            return true;
        }
        List<Parsed> bounds = new ArrayList<>(constraints.size());
        boolean excludesOnly = true;
        for (Parsed p : constraints) {
            Operator op = p.constraint().operator();
            int c = version.compareTo(p.version());
            if (op == Operator.EQ) {
                excludesOnly = false;
                if (c == 0) {
                    return true;
                }
            } else if (op == Operator.NE) {
                if (c == 0) {
                    return false;
                }
            } else {
                excludesOnly = false;
                bounds.add(p);
            }
        }
        if (bounds.isEmpty()) {
            // Only "!=" bounds: everything else is in. Only "=" bounds: nothing else is.
            return excludesOnly;
        }
        if (bounds.size() == 1) {
            Parsed only = bounds.get(0);
            return only.constraint().operator().test(version.compareTo(only.version()));
        }
        Parsed first = bounds.get(0);
        if (isUpper(first) && test(first, version)) {
            return true;
        }
        Parsed last = bounds.get(bounds.size() - 1);
        if (isLower(last) && test(last, version)) {
            return true;
        }
        for (int i = 0; i + 1 < bounds.size(); i++) {
            Parsed lo = bounds.get(i);
            Parsed hi = bounds.get(i + 1);
            if (isLower(lo) && isUpper(hi) && test(lo, version) && test(hi, version)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUpper(Parsed p) {
        return p.constraint().operator() == Operator.LT || p.constraint().operator() == Operator.LE;
    }

    private static boolean isLower(Parsed p) {
        return p.constraint().operator() == Operator.GT || p.constraint().operator() == Operator.GE;
    }

    private static boolean test(Parsed p, Version v) {
        return p.constraint().operator().test(v.compareTo(p.version()));
    }

    /** The canonical text: scheme, then constraints in version order, versions percent-encoded. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("vers:").append(scheme).append('/');
        for (int i = 0; i < constraints.size(); i++) {
            Constraint c = constraints.get(i).constraint();
            sb.append(i == 0 ? "" : "|")
                    .append(c.operator() == Operator.EQ ? "" : c.operator().symbol())
                    .append(encode(c.version()));
        }
        return sb.toString();
    }

    private static String encode(String version) {
        StringBuilder sb = new StringBuilder();
        for (byte b : version.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c == '%' || c == '|' || c < 0x21 || c > 0x7e) {
                sb.append('%').append(String.format("%02X", b & 0xff));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
