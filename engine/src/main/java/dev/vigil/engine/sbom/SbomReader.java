package dev.vigil.engine.sbom;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.SourceException;
import dev.vigil.engine.source.SourceResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads CycloneDX (JSON and XML, 1.2–1.7) and SPDX (2.2/2.3, JSON and tag-value) SBOMs into one
 * {@link Sbom}. The format is detected from the content, not the file name. Every failure is an
 * {@link SbomException} whose message is one line naming the file; a returned {@code Sbom} is always
 * the complete document.
 *
 * <p>Immutable and thread-safe; configure with the {@code with...} methods.
 */
public final class SbomReader {
    /** Files above this are refused before any parsing (512 MiB). */
    public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

    private final long maxBytes;
    private final boolean validate;
    private final boolean lenient;

    private SbomReader(long maxBytes, boolean validate, boolean lenient) {
        this.maxBytes = maxBytes;
        this.validate = validate;
        this.lenient = lenient;
    }

    /**
     * A strict reader with the default limits: CycloneDX is schema-validated whatever its size (streamed,
     * one element at a time, see docs/adr/0003-sbom-import.md) and a schema violation rejects the document.
     */
    public static SbomReader withDefaults() {
        return new SbomReader(DEFAULT_MAX_BYTES, true, false);
    }

    /**
     * The same reader importing CycloneDX documents that violate their schema but can still be read
     * (a URL with {@code ${...}} in it, elements out of order); each violation becomes a warning.
     * Malformed, hostile or unsupported input is still refused.
     */
    public SbomReader lenient() {
        return new SbomReader(maxBytes, validate, true);
    }

    /** The same reader refusing files larger than {@code bytes}. */
    public SbomReader withMaxBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("max bytes must be positive: " + bytes);
        }
        return new SbomReader(bytes, validate, lenient);
    }

    /**
     * The same reader without CycloneDX schema validation, for callers that only need the components of
     * an SBOM already checked elsewhere (benchmarks, document generation); each SBOM read says so in a
     * warning. Never chosen by size.
     */
    public SbomReader withoutSchemaValidation() {
        return new SbomReader(maxBytes, false, lenient);
    }

    /**
     * Reads the SBOM {@code name} through {@code sources}: a file on disk is streamed as {@link #read(Path)}
     * does; bytes held in memory get the same checks, limits, messages and result.
     */
    public Sbom read(Path name, SourceResolver sources) {
        Optional<Path> file = sources.localFile(name);
        if (file.isPresent()) {
            return read(file.get());
        }
        byte[] bytes;
        try {
            bytes = sources.read(name, maxBytes);
        } catch (SourceException e) {
            Diagnostic problem = e.diagnostic();
            throw new SbomException(
                    name, problem.code().equals("file-not-found") ? "no such file" : problem.message(), e);
        }
        return read(name, () -> SbomInput.open(name, bytes, maxBytes));
    }

    /** Reads one SBOM file completely. */
    public Sbom read(Path file) {
        return read(file, () -> SbomInput.open(file, maxBytes));
    }

    /** Opening checks and sniffs the content; whatever fails on the way is one line naming {@code name}. */
    private interface Opening {
        SbomInput open() throws IOException;
    }

    private Sbom read(Path file, Opening opening) {
        try {
            SbomInput input = opening.open();
            return switch (input.format()) {
                case CYCLONEDX_JSON -> new CycloneDxJsonReader(input, validate, lenient).read();
                case CYCLONEDX_XML -> new CycloneDxXmlReader(input, validate, lenient).read();
                case SPDX_JSON -> new SpdxJsonReader(input).read();
                case SPDX_TAG_VALUE -> new SpdxTagValueReader(input).read();
            };
        } catch (SbomException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw new SbomException(file, Problems.json(e), e);
        } catch (IOException | UncheckedIOException e) {
            throw new SbomException(file, "cannot read: " + Problems.describe(e), e);
        } catch (StackOverflowError e) {
            // A last line of defence; the parsers limit nesting long before this.
            throw new SbomException(file, "nested too deeply to read", e);
        } catch (RuntimeException e) {
            // A library failing on input it did not expect still gets one line, never a trace.
            throw new SbomException(file, "cannot read: " + Problems.describe(e), e);
        }
    }
}
