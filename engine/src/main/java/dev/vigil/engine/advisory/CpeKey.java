package dev.vigil.engine.advisory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * CPE vendor and product, unescaped and in lower case: the part of a CPE name the store indexes.
 * Versions are left to the matcher, which compares them with the criterion's bounds.
 */
public record CpeKey(String vendor, String product) {

    public CpeKey {
        if (vendor == null || vendor.isBlank() || product == null || product.isBlank()) {
            throw new IllegalArgumentException("CPE vendor and product must not be blank");
        }
    }

    public static CpeKey of(String vendor, String product) {
        return new CpeKey(vendor.toLowerCase(Locale.ROOT), product.toLowerCase(Locale.ROOT));
    }

    /**
     * Reads vendor and product from a CPE 2.3 formatted string ({@code cpe:2.3:a:apache:log4j:...}) or
     * a CPE 2.2 URI ({@code cpe:/a:apache:log4j}); empty when malformed or when vendor or product is
     * a wildcard ({@code *}, {@code -}), which cannot be indexed.
     */
    public static Optional<CpeKey> fromCpe(String cpe) {
        if (cpe == null) {
            return Optional.empty();
        }
        List<String> parts;
        int vendorAt;
        if (cpe.startsWith("cpe:2.3:")) {
            parts = splitFormatted(cpe);
            vendorAt = 3;
        } else if (cpe.startsWith("cpe:/")) {
            parts = List.of(cpe.substring(5).split(":", -1));
            vendorAt = 1;
        } else {
            return Optional.empty();
        }
        if (parts.size() <= vendorAt + 1) {
            return Optional.empty();
        }
        String vendor = unescape(parts.get(vendorAt));
        String product = unescape(parts.get(vendorAt + 1));
        if (!indexable(vendor) || !indexable(product)) {
            return Optional.empty();
        }
        return Optional.of(of(vendor, product));
    }

    private static boolean indexable(String value) {
        return !value.isEmpty() && !value.equals("*") && !value.equals("-") && !value.contains("*");
    }

    /** Splits on colons that a backslash does not escape (CPE 2.3 formatted string binding). */
    public static List<String> splitFormatted(String cpe) {
        List<String> parts = new ArrayList<>(13);
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < cpe.length(); i++) {
            char c = cpe.charAt(i);
            if (c == '\\' && i + 1 < cpe.length()) {
                current.append(c).append(cpe.charAt(++i));
            } else if (c == ':') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unescape(String value) {
        if (value.indexOf('\\') < 0 && value.indexOf('%') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                out.append(value.charAt(++i));
            } else if (c == '%' && i + 2 < value.length() && isHex(value, i + 1)) {
                out.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16)); // 2.2 URI escape
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String value, int at) {
        return Character.digit(value.charAt(at), 16) >= 0 && Character.digit(value.charAt(at + 1), 16) >= 0;
    }

    public String indexKey() {
        return "cpe:" + vendor + ":" + product;
    }
}
