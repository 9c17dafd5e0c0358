package dev.vigil.engine.catalog;

import java.io.InputStream;

/** Opens a catalog file by its name relative to the catalog root; null when there is no such file. */
@FunctionalInterface
interface CatalogFiles {
    InputStream open(String name);

    /** The files under a class-path folder, e.g. {@code "catalog"}. */
    static CatalogFiles classpath(String root) {
        return name -> Catalog.class.getClassLoader().getResourceAsStream(root + "/" + name);
    }
}
