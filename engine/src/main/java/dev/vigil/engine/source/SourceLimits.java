package dev.vigil.engine.source;

/**
 * Bounds that keep a hostile file from exhausting memory or time: size on disk, nesting depth, YAML
 * aliases to collections and the number of values once aliases are expanded.
 */
public record SourceLimits(long maxBytes, int maxDepth, int maxCollectionAliases, int maxNodes) {

    /** Generous for any real system model (the reference model is 8 KB), tight for an attack. */
    public static final SourceLimits DEFAULT = new SourceLimits(16L * 1024 * 1024, 100, 100, 1_000_000);

    public SourceLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxCollectionAliases < 0 || maxNodes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
