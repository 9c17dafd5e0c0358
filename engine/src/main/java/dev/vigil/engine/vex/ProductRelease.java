package dev.vigil.engine.vex;

import java.util.Objects;
import java.util.Optional;

/** The product release a written VEX document speaks for (its version when known), and who speaks. */
public record ProductRelease(String name, Optional<String> version, Optional<String> purl, String author) {

    public ProductRelease {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(version, "version == null");
        Objects.requireNonNull(purl, "purl == null");
        Objects.requireNonNull(author, "author == null");
        if (name.isBlank() || author.isBlank()) {
            throw new IllegalArgumentException("a product release needs a name and an author");
        }
        version = version.filter(v -> !v.isBlank());
        purl = purl.map(p -> ComponentRef.Purl.parse(p).purl());
    }

    /** The release as a reference: its purl when it has one, else name@version. */
    public ComponentRef ref() {
        return purl.<ComponentRef>map(ComponentRef.Purl::new).orElseGet(() -> new ComponentRef.Named(name, version));
    }
}
