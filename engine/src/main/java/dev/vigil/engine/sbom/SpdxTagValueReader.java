package dev.vigil.engine.sbom;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SPDX 2.2/2.3 tag-value, read line by line in one pass: each character is looked at once, a multi-line
 * {@code <text>...</text>} value is collected in one buffer (linear, however many lines it has), and a
 * line or a text value longer than {@link #MAX_VALUE} characters is refused rather than buffered.
 *
 * <p>A package's lines run from its {@code PackageName} to the next element ({@code PackageName},
 * {@code FileName}, {@code SnippetSPDXID}, {@code LicenseID}); annotations name their element with
 * {@code SPDXREF} and may come anywhere, so packages are built when the document has been read.
 */
final class SpdxTagValueReader {
    /** The longest line or text value: as for a JSON string (16 Mi characters). */
    static final int MAX_VALUE = 16 * 1024 * 1024;

    private enum Element {
        DOCUMENT,
        PACKAGE,
        OTHER
    }

    private final SbomInput input;
    private final SpdxMapping mapping;
    private final List<SpdxPackageDraft> packages = new ArrayList<>();
    private final Map<String, List<String>> annotations = new HashMap<>();
    private Element element = Element.DOCUMENT;
    private SpdxPackageDraft current;
    private String annotationComment;
    private String annotationTarget;
    private int lineNumber;

    SpdxTagValueReader(SbomInput input) {
        this.input = input;
        this.mapping = new SpdxMapping(input);
    }

    Sbom read() throws IOException {
        try (InputStream in = input.content().open();
                Reader reader = new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            Lines lines = new Lines(reader);
            String line;
            while ((line = lines.next()) != null) {
                int at = lines.number();
                String text = at == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
                String stripped = text.strip();
                if (stripped.isEmpty() || stripped.startsWith("#")) {
                    continue;
                }
                int colon = stripped.indexOf(':');
                if (colon <= 0) {
                    throw new SbomException(input.file(), at, 1, "not a \"Tag: value\" line");
                }
                lineNumber = at;
                String tag = stripped.substring(0, colon).strip();
                String value = stripped.substring(colon + 1).strip();
                if (value.startsWith("<text>")) {
                    value = text(lines, value.substring("<text>".length()));
                }
                tag(tag, value);
            }
        }
        finishPackage();
        for (SpdxPackageDraft pkg : packages) {
            annotations.getOrDefault(pkg.draft.ref, List.of()).forEach(pkg::annotation);
            mapping.add(pkg);
        }
        return mapping.build();
    }

    /** The rest of a {@code <text>} value, up to its {@code </text>}, however many lines it spans. */
    private String text(Lines lines, String first) throws IOException {
        int end = first.indexOf("</text>");
        if (end >= 0) {
            return first.substring(0, end);
        }
        int start = lines.number();
        StringBuilder value = new StringBuilder(first);
        String line;
        while ((line = lines.next()) != null) {
            end = line.indexOf("</text>");
            value.append('\n').append(end >= 0 ? line.substring(0, end) : line);
            if (value.length() > MAX_VALUE) {
                throw new SbomException(
                        input.file(), start, 1, "a <text> value longer than " + MAX_VALUE + " characters");
            }
            if (end >= 0) {
                return value.toString();
            }
        }
        throw new SbomException(input.file(), start, 1, "<text> without its closing </text>");
    }

    private void tag(String tag, String value) {
        switch (tag) {
            case "PackageName" -> {
                finishPackage();
                element = Element.PACKAGE;
                current = new SpdxPackageDraft();
                current.name(value);
            }
            case "FileName", "SnippetSPDXID", "LicenseID" -> {
                finishPackage();
                element = Element.OTHER;
            }
            case "SPDXID" -> {
                if (element == Element.DOCUMENT) {
                    mapping.documentId = value;
                } else if (element == Element.PACKAGE && current.draft.ref == null) {
                    current.id(value);
                }
            }
            case "DocumentName" -> mapping.name = value;
            case "DocumentNamespace" -> mapping.namespace = value;
            case "Creator" -> mapping.creator(value);
            case "Created" -> mapping.created = value;
            case "Relationship" -> relationship(value);
            case "Annotator" -> {
                annotationComment = null;
                annotationTarget = null;
            }
            case "AnnotationComment" -> {
                annotationComment = value;
                annotation();
            }
            case "SPDXREF" -> {
                annotationTarget = value;
                annotation();
            }
            default -> {
                if (element == Element.PACKAGE) {
                    packageTag(tag, value);
                }
            }
        }
    }

    private void packageTag(String tag, String value) {
        switch (tag) {
            case "PackageVersion" -> current.version(value);
            case "PackageSupplier" -> current.supplier(value);
            case "PackageOriginator" -> current.originator(value);
            case "PrimaryPackagePurpose" -> current.purpose(value);
            case "ValidUntilDate" -> current.validUntil(value);
            case "PackageLicenseConcluded" -> current.licenseConcluded(value);
            case "PackageLicenseDeclared" -> current.licenseDeclared(value);
            case "PackageChecksum" -> {
                int colon = value.indexOf(':');
                if (colon <= 0) {
                    throw new SbomException(input.file(), lineNumber, 1, "PackageChecksum is not \"ALGORITHM: value\"");
                }
                current.checksum(value.substring(0, colon), value.substring(colon + 1));
            }
            case "ExternalRef" -> {
                String[] parts = value.split("\\s+", 3);
                if (parts.length < 3) {
                    throw new SbomException(
                            input.file(), lineNumber, 1, "ExternalRef is not \"CATEGORY TYPE LOCATOR\"");
                }
                current.externalRef(parts[1], parts[2]);
            }
            default -> {
                // Fields Vigil does not list (download location, copyright, ...).
            }
        }
    }

    private void relationship(String value) {
        String[] parts = value.split("\\s+");
        if (parts.length != 3) {
            throw new SbomException(input.file(), lineNumber, 1, "Relationship is not \"ID TYPE ID\"");
        }
        mapping.relationship(parts[0], parts[1], parts[2]);
    }

    /** An annotation is complete once its comment and its target are both known, in either order. */
    private void annotation() {
        if (annotationComment != null && annotationTarget != null) {
            annotations
                    .computeIfAbsent(annotationTarget, t -> new ArrayList<>())
                    .add(annotationComment);
            annotationComment = null;
            annotationTarget = null;
        }
    }

    private void finishPackage() {
        if (current != null) {
            if (current.draft.ref == null) {
                throw new SbomException(
                        input.file(),
                        lineNumber,
                        1,
                        "package \"" + current.draft.name + "\" has no SPDXID before the next element");
            }
            packages.add(current);
            current = null;
        }
    }

    /** Lines of any length up to {@link #MAX_VALUE}, split at LF, CR LF or CR, counted from 1. */
    private final class Lines {
        private final Reader reader;
        private final char[] buffer = new char[1 << 16];
        private final StringBuilder line = new StringBuilder();
        private int position;
        private int limit;
        private int number;
        private boolean afterCarriageReturn;

        Lines(Reader reader) {
            this.reader = reader;
        }

        int number() {
            return number;
        }

        String next() throws IOException {
            line.setLength(0);
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = reader.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        if (!any) {
                            return null;
                        }
                        number++;
                        return line.toString();
                    }
                }
                char c = buffer[position++];
                if (afterCarriageReturn) {
                    afterCarriageReturn = false;
                    if (c == '\n') {
                        continue;
                    }
                }
                any = true;
                if (c == '\n' || c == '\r') {
                    afterCarriageReturn = c == '\r';
                    number++;
                    return line.toString();
                }
                if (line.length() >= MAX_VALUE) {
                    throw new SbomException(
                            input.file(), (number + 1), 1, "a line longer than " + MAX_VALUE + " characters");
                }
                line.append(c);
            }
        }
    }
}
