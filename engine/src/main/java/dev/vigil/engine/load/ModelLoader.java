package dev.vigil.engine.load;

import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.Location;
import dev.vigil.engine.source.Node;
import dev.vigil.engine.source.Node.ListNode;
import dev.vigil.engine.source.Node.MapNode;
import dev.vigil.engine.source.Node.ScalarNode;
import dev.vigil.engine.source.SourceException;
import dev.vigil.engine.source.SourceLimits;
import dev.vigil.engine.source.SourceReader;
import dev.vigil.engine.source.SourceResolver;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads a system model (YAML or JSON, with its includes) into a {@link dev.vigil.engine.model.SystemModel},
 * reporting every problem of every file in one run. Never throws for bad input.
 */
public final class ModelLoader {

    private final SourceReader reader;

    public ModelLoader(SourceLimits limits) {
        this.reader = new SourceReader(limits);
    }

    public ModelLoader() {
        this(SourceLimits.DEFAULT);
    }

    /**
     * Loads the model in {@code file}, its includes and SBOM references read from the file system within
     * the model's folder: a name that leaves it is an error ({@code outside-model-folder}), never read.
     */
    public LoadResult load(Path file) {
        return load(file, false);
    }

    /** As {@link #load(Path)}; {@code allowOutsidePaths} lets the model name files anywhere (a user's choice). */
    public LoadResult load(Path file, boolean allowOutsidePaths) {
        return load(file, sources(file, allowOutsidePaths));
    }

    /**
     * The files a model in {@code file} may name, by the rule its loading follows: within the model's folder,
     * or anywhere when {@code allowOutsidePaths}. Whatever reads or checks those files later (evidence files,
     * SBOMs, site models) goes through the same resolver, so the rule does not end with loading.
     */
    public static SourceResolver sources(Path file, boolean allowOutsidePaths) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return allowOutsidePaths || folder == null
                ? SourceResolver.fileSystem()
                : SourceResolver.fileSystemWithin(folder);
    }

    /** Loads the model named {@code name}, reading it and every file it names through {@code sources}. */
    public LoadResult load(Path name, SourceResolver sources) {
        Path root = name.normalize();
        Node node;
        try {
            node = reader.read(root, sources);
        } catch (SourceException e) {
            return new LoadResult(Optional.empty(), List.of(e.diagnostic()), List.of(root));
        }
        return new Run(root, sources).load(node);
    }

    /**
     * Loads a model whose text the caller holds (a server's database, an editor buffer); {@code name} places
     * its diagnostics and is what its {@code include:} and {@code sbom:} references are relative to, read
     * through {@code sources}.
     */
    public LoadResult load(Path name, String text, SourceResolver sources) {
        Path root = name.normalize();
        Node node;
        try {
            node = reader.parse(root, text);
        } catch (SourceException e) {
            return new LoadResult(Optional.empty(), List.of(e.diagnostic()), List.of(root));
        }
        return new Run(root, sources).load(node);
    }

    /** The state of loading one model: its files, ids and diagnostics. */
    private final class Run {
        private final Path rootFile;
        private final SourceResolver sources;
        private final List<Diagnostic> out = new ArrayList<>();
        private final IdSpace ids = new IdSpace();
        private final Map<Path, MapNode> loaded = new LinkedHashMap<>();
        private final Map<Path, Location> includedAt = new HashMap<>();
        private final Deque<Path> stack = new ArrayDeque<>();

        Run(Path rootFile, SourceResolver sources) {
            this.rootFile = rootFile;
            this.sources = sources;
        }

        LoadResult load(Node root) {
            boolean includes = root instanceof MapNode m && m.get("include").isPresent();
            Set<String> deferred = includes ? Set.copyOf(FormatOne.REQUIRED_SECTIONS) : Set.of();
            new ShapeChecker(ids, out).checkRoot(root, FormatOne.ROOT, deferred, "the model");
            if (!(root instanceof MapNode rootMap)) {
                return result();
            }
            loaded.put(key(rootFile), rootMap);
            stack.push(key(rootFile));
            followIncludes(rootFile, rootMap);
            stack.pop();
            if (includes) {
                checkSectionsPresent(rootMap);
            }
            checkSingleLifecycle();
            ids.resolve(out);
            if (out.stream().noneMatch(Diagnostic::isError)) {
                ModelBinder.Bound bound = new ModelBinder(List.copyOf(loaded.values())).bind(rootFile);
                new ModelRules(bound, sources, out).check();
                if (out.stream().noneMatch(Diagnostic::isError)) {
                    return new LoadResult(Optional.of(bound.model()), out, files());
                }
            }
            return result();
        }

        private void followIncludes(Path file, MapNode map) {
            Optional<Node> include = map.get("include");
            if (include.isEmpty() || !(include.get() instanceof ListNode list)) {
                return;
            }
            for (Node item : list.items()) {
                if (item instanceof ScalarNode scalar) {
                    include(file, scalar);
                }
            }
        }

        private void include(Path from, ScalarNode entry) {
            Path target = SourceResolver.sibling(from, entry.text());
            Path key = key(target);
            if (stack.contains(key)) {
                List<Path> cycle = new ArrayList<>(stack);
                java.util.Collections.reverse(cycle);
                cycle.add(key);
                int start = cycle.indexOf(key);
                out.add(Diagnostic.error(
                        entry.location(),
                        "include-cycle",
                        "include cycle: "
                                + cycle.subList(start, cycle.size()).stream()
                                        .map(p -> p.getFileName().toString())
                                        .collect(Collectors.joining(" -> "))));
                return;
            }
            if (loaded.containsKey(key)) {
                out.add(Diagnostic.error(
                        entry.location(),
                        "include-repeated",
                        "'" + entry.text()
                                + "' is already part of the model (included at "
                                + includedAt.getOrDefault(key, Location.ofFile(rootFile))
                                + "); include each file once"));
                return;
            }
            Node node;
            try {
                node = reader.read(target, sources);
            } catch (SourceException e) {
                Diagnostic d = e.diagnostic();
                if (d.code().equals("outside-model-folder")) {
                    out.add(Diagnostic.error(
                            entry.location(), d.code(), "included file '" + entry.text() + "' " + d.message()));
                    return;
                }
                boolean missing = d.code().equals("file-not-found") || d.code().equals("not-a-file");
                out.add(
                        missing
                                ? Diagnostic.error(
                                        entry.location(),
                                        "include-not-found",
                                        "included file '" + entry.text()
                                                + "' "
                                                + (d.code().equals("not-a-file") ? "is a directory" : "does not exist")
                                                + " (resolved to " + target + ")")
                                : d);
                return;
            }
            if (node instanceof MapNode map && map.get("system").isPresent()) {
                out.add(Diagnostic.error(
                        map.entry("system").orElseThrow().keyLocation(),
                        "include-system",
                        "an included file cannot define 'system'; it belongs to the root model " + rootFile));
            }
            if (node instanceof MapNode map
                    && !map.entries().isEmpty()
                    && map.entries().stream()
                            .noneMatch(e -> FormatOne.INCLUDED.field(e.key()).isPresent())) {
                // Not a model at all (a key file, a config, notes): its keys are its content, and the
                // content of a file a model merely names must not reach a terminal or a CI log.
                out.add(Diagnostic.error(
                        entry.location(),
                        "include-not-a-model",
                        "included file '" + entry.text() + "' is not a model file: none of its "
                                + map.entries().size() + " top-level keys is a model section (first at "
                                + map.entries().get(0).keyLocation() + ")"));
                return;
            }
            new ShapeChecker(ids, out).checkRoot(node, FormatOne.INCLUDED, Set.of(), "the included file");
            if (node instanceof MapNode map) {
                loaded.put(key, map);
                includedAt.put(key, entry.location());
                stack.push(key);
                followIncludes(target, map);
                stack.pop();
            }
        }

        private void checkSectionsPresent(MapNode rootMap) {
            for (String section : FormatOne.REQUIRED_SECTIONS) {
                boolean present =
                        loaded.values().stream().anyMatch(m -> m.get(section).isPresent());
                if (!present) {
                    out.add(Diagnostic.error(
                            rootMap.location(),
                            "missing-key",
                            "the model is missing the required key '" + section
                                    + "' (in this file or a file it includes)"));
                }
            }
        }

        private void checkSingleLifecycle() {
            Location first = null;
            for (MapNode map : loaded.values()) {
                Optional<Node.Entry> lifecycle = map.entry("lifecycle");
                if (lifecycle.isPresent()) {
                    if (first != null) {
                        out.add(Diagnostic.error(
                                lifecycle.get().keyLocation(),
                                "lifecycle-repeated",
                                "'lifecycle' is already defined at " + first + "; state it in one file"));
                    } else {
                        first = lifecycle.get().keyLocation();
                    }
                }
            }
        }

        private LoadResult result() {
            return new LoadResult(Optional.empty(), out, files());
        }

        private List<Path> files() {
            List<Path> files = new ArrayList<>(List.of(rootFile));
            Set<Path> seen = new HashSet<>(List.of(key(rootFile)));
            for (Path p : loaded.keySet()) {
                if (seen.add(p)) {
                    files.add(p);
                }
            }
            return files;
        }

        /** One key per source: a file by its absolute path, a source in memory by its normalised name. */
        private Path key(Path file) {
            return sources.localFile(file)
                    .map(p -> p.toAbsolutePath().normalize())
                    .orElse(file.normalize());
        }
    }
}
