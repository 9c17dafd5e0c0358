package dev.vigil.engine.catalog;

import java.io.InputStream;
import java.nio.file.Path;

/** Opens a catalog file by its name relative to the catalog root; null when there is no such file. */
@FunctionalInterface
interface CatalogFiles {
    InputStream open(String name);

    /** How messages name the file: its path under the catalog root. */
    default Path path(String name) {
        return Path.of(name);
    }

    /** The files under a class-path folder, e.g. {@code "catalog"}; messages name them as {@code catalog/...}. */
    static CatalogFiles classpath(String root) {
        return new CatalogFiles() {
            @Override
            public InputStream open(String name) {
                return Catalog.class.getClassLoader().getResourceAsStream(root + "/" + name);
            }

            @Override
            public Path path(String name) {
                return Path.of(root, name);
            }
        };
    }
}
