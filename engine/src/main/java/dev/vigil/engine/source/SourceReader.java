package dev.vigil.engine.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a YAML or JSON source into a {@link Node} tree, refusing anything that is not a reasonably sized
 * UTF-8 text document before a parser sees it.
 */
public final class SourceReader {

    private final SourceLimits limits;

    public SourceReader(SourceLimits limits) {
        this.limits = java.util.Objects.requireNonNull(limits, "limits == null");
    }

    public SourceReader() {
        this(SourceLimits.DEFAULT);
    }

    /** Reads and parses a file; JSON when its name ends in {@code .json}, YAML otherwise. */
    public Node read(Path file) throws SourceException {
        return read(file, SourceResolver.fileSystem());
    }

    /** Reads the source {@code name} through {@code sources} and parses it as {@link #parse} does. */
    public Node read(Path name, SourceResolver sources) throws SourceException {
        return parse(name, readText(name, sources));
    }

    /**
     * Parses text already read or held in memory; JSON when {@code name} ends in {@code .json}, YAML
     * otherwise. {@code name} is what locations name in messages.
     */
    public Node parse(Path name, String text) throws SourceException {
        if (text.isBlank()) {
            throw fail(Location.ofFile(name), "empty-file", "the file is empty; a model starts with 'vigil: 1'");
        }
        if (text.length() > limits.maxBytes()) {
            throw fail(Location.ofFile(name), "file-too-large", tooLarge(text.length(), limits.maxBytes()));
        }
        checkText(name, text);
        boolean json = name.getFileName() != null
                && name.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        return json ? new JsonTreeReader(name, limits).parse(text) : new YamlTreeReader(name, limits).parse(text);
    }

    /**
     * Parses YAML text that is already in memory (a bundled resource, say); {@code origin} is what
     * locations name in messages.
     */
    public Node parseYaml(Path origin, String text) throws SourceException {
        return new YamlTreeReader(origin, limits).parse(text);
    }

    /** The file's text, checked to be UTF-8 without NUL characters and within the size limit. */
    public String readText(Path file) throws SourceException {
        return readText(file, SourceResolver.fileSystem());
    }

    /** The source's text, checked to be UTF-8 without NUL characters and within the size limit. */
    public String readText(Path name, SourceResolver sources) throws SourceException {
        return decode(name, sources.read(name, limits.maxBytes()));
    }

    static String tooLarge(long size, long maxBytes) {
        return String.format(Locale.ROOT, "the file is too large (%,d bytes; the limit is %,d bytes)", size, maxBytes);
    }

    private static String decode(Path file, byte[] bytes) throws SourceException {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            Location at = positionAfter(file, out);
            throw fail(
                    at,
                    "not-utf8",
                    String.format(
                            Locale.ROOT,
                            "the file is not UTF-8 text (byte 0x%02X cannot be decoded); save it as UTF-8",
                            bytes[in.position()] & 0xFF));
        }
        String text = out.toString();
        checkText(file, text);
        return text;
    }

    /** Text is refused when it holds a NUL character: it is binary data, not a model. */
    private static void checkText(Path file, String text) throws SourceException {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw fail(
                    positionAfter(file, CharBuffer.wrap(text, 0, nul)),
                    "binary-file",
                    "the file contains binary data (a NUL character); a model is a YAML or JSON text file");
        }
    }

    /** The line and column just after the given decoded text. */
    private static Location positionAfter(Path file, CharSequence before) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(file, line, column);
    }

    static SourceException fail(Location location, String code, String message) {
        return new SourceException(Diagnostic.error(location, code, message));
    }
}
