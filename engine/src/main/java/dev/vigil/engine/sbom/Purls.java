package dev.vigil.engine.sbom;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * The canonical form of a package URL (purl specification: lower-case type, percent-decoded components
 * re-encoded with only the unreserved characters {@code A-Z a-z 0-9 . - _ ~} left as they are, qualifiers
 * sorted by key, empty values and {@code .}/{@code ..} subpath segments dropped, the type rules for
 * case and PyPI's {@code _}).
 *
 * <p>A purl of ASCII characters only is canonicalised by packageurl-java, which Vigil has always used. That
 * library (1.5.0, the newest reachable here) decodes {@code %C3%A9} byte by byte into two Latin-1
 * characters and encodes non-ASCII characters with sign-extended bytes ({@code %FFFFFFC3}), so a name like
 * {@code éclair} came back garbled; a purl with any non-ASCII character, literal or percent-encoded, is
 * therefore canonicalised here, with the same rules (PurlsTest checks both paths agree on ASCII).
 */
public final class Purls {
    /** Types whose namespace compares without case (purl specification, type definitions). */
    private static final Set<String> LOWER_NAMESPACE = Set.of("bitbucket", "deb", "github", "golang", "rpm");
    /** Types whose name compares without case. */
    private static final Set<String> LOWER_NAME = Set.of("bitbucket", "deb", "github", "golang", "pypi");

    private Purls() {}

    /** The canonical form of {@code purl}; an {@link IllegalArgumentException} says why it is not one. */
    public static String canonical(String purl) {
        if (isAscii(purl)) {
            try {
                return new PackageURL(purl).canonicalize();
            } catch (MalformedPackageURLException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        return canonicalHere(purl);
    }

    /** The canonical form computed without packageurl-java; package-private so tests can compare the two. */
    static String canonicalHere(String purl) {
        if (!purl.startsWith("pkg:")) {
            throw new IllegalArgumentException("The PackageURL scheme is invalid");
        }
        for (int i = 0; i < purl.length(); i++) {
            char c = purl.charAt(i);
            // What java.net.URI refuses, and so packageurl-java: a purl is a URI.
            if (c <= ' ' || c == 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
                throw new IllegalArgumentException("Invalid purl: illegal character at index " + i);
            }
        }
        String rest = purl.substring(4);
        String subpath = null;
        int hash = rest.lastIndexOf('#');
        if (hash >= 0) {
            subpath = subpath(rest.substring(hash + 1));
            rest = rest.substring(0, hash);
        }
        TreeMap<String, String> qualifiers = new TreeMap<>();
        int question = rest.lastIndexOf('?');
        if (question >= 0) {
            qualifiers(rest.substring(question + 1), qualifiers);
            rest = rest.substring(0, question);
        }
        int start = 0;
        while (start < rest.length() && rest.charAt(start) == '/') {
            start++;
        }
        rest = rest.substring(start);
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            throw new IllegalArgumentException("The PackageURL type or name is missing");
        }
        String type = type(rest.substring(0, slash));
        rest = rest.substring(slash + 1);
        String version = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            version = decode(rest.substring(at + 1));
            rest = rest.substring(0, at);
        }
        List<String> segments = new ArrayList<>();
        for (String segment : rest.split("/", -1)) {
            if (!segment.isEmpty()) {
                segments.add(decode(segment));
            }
        }
        for (int i = 0; i < segments.size() - 1; i++) {
            if (segments.get(i).indexOf('/') >= 0) {
                throw new IllegalArgumentException("The PackageURL namespace contains an invalid segment");
            }
        }
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("The PackageURL name specified is invalid");
        }
        String name = segments.remove(segments.size() - 1);
        if (LOWER_NAME.contains(type)) {
            name = name.toLowerCase(Locale.ROOT);
        }
        if (type.equals("pypi")) {
            name = name.replace('_', '-');
        }
        if (type.equals("maven") && segments.isEmpty()) {
            throw new IllegalArgumentException(
                    "The PackageURL specified is invalid. Maven requires both a namespace and name.");
        }
        StringBuilder out = new StringBuilder("pkg:").append(type).append('/');
        for (String segment : segments) {
            out.append(encode(LOWER_NAMESPACE.contains(type) ? segment.toLowerCase(Locale.ROOT) : segment))
                    .append('/');
        }
        out.append(encode(name));
        if (version != null) {
            out.append('@').append(encode(version));
        }
        String separator = "?";
        for (var q : qualifiers.entrySet()) {
            out.append(separator).append(q.getKey()).append('=').append(encode(q.getValue()));
            separator = "&";
        }
        if (subpath != null) {
            out.append('#').append(subpath);
        }
        return out.toString();
    }

    private static String type(String text) {
        String type = text.toLowerCase(Locale.ROOT);
        if (Character.isDigit(type.charAt(0))) {
            throw new IllegalArgumentException("The PackageURL type cannot start with a number");
        }
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '+' || c == '-')) {
                throw new IllegalArgumentException("The PackageURL type contains an invalid character");
            }
        }
        return type;
    }

    private static void qualifiers(String text, TreeMap<String, String> into) {
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = (equals < 0 ? pair : pair.substring(0, equals)).toLowerCase(Locale.ROOT);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (key.isEmpty()
                    || Character.isDigit(key.charAt(0))
                    || !key.chars().allMatch(Purls::isKeyChar)) {
                throw new IllegalArgumentException("Qualifier key is invalid: " + key);
            }
            if (!value.isEmpty() && into.put(key, value) != null) {
                throw new IllegalArgumentException("Duplicate package qualifier encountered: " + key);
            }
        }
    }

    private static boolean isKeyChar(int c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_';
    }

    /** Segments without empty, "." and ".." ones, each re-encoded; null when none are left. */
    private static String subpath(String text) {
        List<String> kept = new ArrayList<>();
        for (String segment : text.split("/")) {
            String decoded = decode(segment);
            if (!decoded.isEmpty() && !decoded.equals(".") && !decoded.equals("..")) {
                kept.add(encode(decoded));
            }
        }
        return kept.isEmpty() ? null : String.join("/", kept);
    }

    /** Percent-decoding into UTF-8 bytes, then text; a bad escape or bytes that are not UTF-8 are refused. */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new IllegalArgumentException("Incomplete percent encoding at offset " + i);
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("Invalid percent encoding at offset " + i);
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    utf8 = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(utf8);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("percent-encoded bytes that are not UTF-8", e);
        }
    }

    /** Every byte of the UTF-8 form that is not unreserved becomes {@code %XX} (upper-case hex). */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'A' && c <= 'Z'
                    || c >= 'a' && c <= 'z'
                    || c >= '0' && c <= '9'
                    || c == '.'
                    || c == '-'
                    || c == '_'
                    || c == '~') {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** True when neither a character nor a percent-escape is outside ASCII. */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7f) {
                return false;
            }
            if (c == '%' && i + 1 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 8) {
                return false;
            }
        }
        return true;
    }
}
