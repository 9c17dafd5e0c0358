package dev.vigil.engine.vex;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a VEX statement names a product or component, and how a caller names the component it asks about:
 * a package URL, a CPE, a CycloneDX bom-ref, or a name with an optional version or version range.
 */
public sealed interface ComponentRef {

    /** The reference as a person reads it: the purl or CPE, {@code name@version}, {@code bom-ref:ref}. */
    String display();

    /** A package URL, kept in canonical form so that equal purls compare equal as text. */
    record Purl(String purl) implements ComponentRef {
        public Purl {
            Objects.requireNonNull(purl, "purl == null");
        }

        /** Parses and canonicalises {@code text}; says what is wrong when it is not a purl. */
        public static Purl parse(String text) {
            return new Purl(packageUrl(text).canonicalize());
        }

        /** The parsed form; always succeeds for a {@code Purl} made by {@link #parse}. */
        public PackageURL packageUrl() {
            return packageUrl(purl);
        }

        private static PackageURL packageUrl(String text) {
            try {
                return new PackageURL(
                        Objects.requireNonNull(text, "purl == null").strip());
            } catch (MalformedPackageURLException e) {
                throw new IllegalArgumentException("not a valid package URL '" + text + "': " + e.getMessage(), e);
            }
        }

        @Override
        public String display() {
            return purl;
        }
    }

    /** A CPE 2.2 URI or 2.3 formatted string, compared ignoring case. */
    record Cpe(String cpe) implements ComponentRef {
        public Cpe {
            Objects.requireNonNull(cpe, "cpe == null");
            if (!cpe.toLowerCase(Locale.ROOT).startsWith("cpe:")) {
                throw new IllegalArgumentException("not a CPE: " + cpe);
            }
        }

        @Override
        public String display() {
            return cpe;
        }
    }

    /**
     * A CycloneDX bom-ref that the document did not resolve to a component of its own, often a BOM-Link
     * ({@code urn:cdx:serial/version#ref}) into the SBOM the VEX accompanies.
     */
    record BomRef(String ref) implements ComponentRef {
        public BomRef {
            Objects.requireNonNull(ref, "ref == null");
            if (ref.isBlank()) {
                throw new IllegalArgumentException("bom-ref is blank");
            }
        }

        /** The ref inside a BOM-Link ({@code urn:cdx:...#ref}), or the ref itself. */
        public String localRef() {
            int hash = ref.indexOf('#');
            return ref.startsWith("urn:cdx:") && hash >= 0 ? ref.substring(hash + 1) : ref;
        }

        @Override
        public String display() {
            return "bom-ref:" + ref;
        }
    }

    /** A product or component by name; without a version it stands for every version. */
    record Named(String name, Optional<String> version) implements ComponentRef {
        public Named {
            Objects.requireNonNull(name, "name == null");
            Objects.requireNonNull(version, "version == null");
            if (name.isBlank()) {
                throw new IllegalArgumentException("name is blank");
            }
        }

        public static Named of(String name, String version) {
            return new Named(name, Optional.ofNullable(version).filter(v -> !v.isBlank()));
        }

        @Override
        public String display() {
            return version.map(v -> name + "@" + v).orElse(name);
        }
    }

    /** A product by name over a version range as CSAF writes it, e.g. {@code vers:generic/>=2.9|<=4.1}. */
    record NamedRange(String name, String range) implements ComponentRef {
        public NamedRange {
            Objects.requireNonNull(name, "name == null");
            Objects.requireNonNull(range, "range == null");
        }

        @Override
        public String display() {
            return name + " " + range;
        }
    }

    /**
     * Reads a reference as a person types it: {@code pkg:...} is a purl, {@code cpe:...} a CPE,
     * {@code bom-ref:X} a bom-ref, anything else {@code name} or {@code name@version}.
     */
    static ComponentRef parse(String text) {
        Objects.requireNonNull(text, "text == null");
        String t = text.strip();
        if (t.startsWith("pkg:")) {
            return Purl.parse(t);
        }
        if (t.toLowerCase(Locale.ROOT).startsWith("cpe:")) {
            return new Cpe(t);
        }
        if (t.startsWith("bom-ref:")) {
            return new BomRef(t.substring("bom-ref:".length()));
        }
        int at = t.lastIndexOf('@');
        return at > 0 ? Named.of(t.substring(0, at), t.substring(at + 1)) : Named.of(t, null);
    }
}
