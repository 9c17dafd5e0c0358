package dev.vigil.cli;

import dev.vigil.engine.catalog.Catalog;
import dev.vigil.engine.catalog.CatalogDocument;
import dev.vigil.engine.catalog.Framework;
import dev.vigil.engine.catalog.Phase;
import dev.vigil.engine.catalog.Requirement;
import dev.vigil.engine.catalog.Theme;
import dev.vigil.engine.render.JsonDocuments;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil catalog frameworks|requirements|themes}: browse the regulatory catalog and its crosswalk. */
@Command(
        name = "catalog",
        footerHeading = "%nExamples:%n",
        footer = {"  vigil catalog frameworks", "  vigil catalog requirements --framework fda-premarket --phase design"
        },
        description = {
            "Lists the regulatory frameworks, their requirements, or the themes that cross-walk them.",
            "Filters combine: --theme and --phase narrow the requirements counted or listed."
        })
final class CatalogCommand implements Runnable {
    private static final List<String> LISTINGS = List.of("frameworks", "requirements", "themes");
    private static final List<String> FORMATS = List.of("text", "json");

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Parameters(index = "0", paramLabel = "LISTING", description = "frameworks, requirements or themes")
    String listing;

    @Option(names = "--framework", paramLabel = "ID", description = "Only this framework's requirements.")
    String framework;

    @Option(names = "--theme", paramLabel = "ID", description = "Only requirements mapped to this theme.")
    String theme;

    @Option(names = "--phase", paramLabel = "PHASE", description = "Only requirements of this lifecycle phase.")
    String phase;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json")
    String format;

    @Override
    public void run() {
        Catalog catalog = Catalog.load();
        checkChoice("listing", listing, LISTINGS);
        checkChoice("format", format, FORMATS);
        checkId("framework", framework, catalog.frameworks(), Framework::id);
        checkId("theme", theme, catalog.themes(), Theme::id);
        checkId("phase", phase, catalog.phases(), Phase::id);
        List<Requirement> selected = catalog.requirements().stream()
                .filter(r -> framework == null || r.framework().equals(framework))
                .filter(r -> theme == null || r.themes().contains(theme))
                .filter(r -> phase == null || r.phase().equals(phase))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        switch (listing) {
            case "frameworks" -> frameworks(out, catalog, selected);
            case "requirements" -> requirements(out, catalog, selected);
            default -> themes(out, catalog, selected);
        }
        out.flush();
    }

    private void frameworks(PrintWriter out, Catalog catalog, List<Requirement> selected) {
        Map<String, Long> counts =
                selected.stream().collect(Collectors.groupingBy(Requirement::framework, Collectors.counting()));
        // a theme or phase filter hides frameworks with nothing in it; --framework alone shows it
        List<Framework> shown = catalog.frameworks().stream()
                .filter(f -> framework == null || f.id().equals(framework))
                .filter(f -> (theme == null && phase == null) || counts.containsKey(f.id()))
                .toList();
        if (json()) {
            print(out, CatalogDocument.frameworks(catalog, shown, selected));
            return;
        }
        TextTable table = new TextTable("ID", "VERSION", "REQS", "UNVERIFIED", "TITLE");
        for (Framework f : shown) {
            List<Requirement> own =
                    selected.stream().filter(r -> r.framework().equals(f.id())).toList();
            table.row(
                    f.id(),
                    f.version(),
                    String.valueOf(own.size()),
                    String.valueOf(own.stream().filter(r -> !r.verified()).count()),
                    f.title() + (f.verified() ? "" : " (unverified)"));
        }
        table.print(out);
        out.println(shown.size() + " frameworks, " + selected.size() + " requirements; catalog " + catalog.version());
    }

    private void requirements(PrintWriter out, Catalog catalog, List<Requirement> selected) {
        if (json()) {
            print(out, CatalogDocument.requirements(catalog, selected));
            return;
        }
        TextTable table = new TextTable("ID", "SECTION", "PHASE", "VERIFIED", "THEMES", "TITLE");
        for (Requirement r : selected) {
            table.row(
                    r.id(),
                    r.section(),
                    r.phase(),
                    r.verified() ? "yes" : "no",
                    String.join(",", r.themes()),
                    r.title());
        }
        table.print(out);
        out.println(selected.size() + " requirements");
    }

    private void themes(PrintWriter out, Catalog catalog, List<Requirement> selected) {
        List<Theme> shown = catalog.themes().stream()
                .filter(t -> theme == null || t.id().equals(theme))
                .toList();
        if (json()) {
            print(out, CatalogDocument.themes(catalog, shown, selected));
            return;
        }
        java.util.Set<Requirement> included = java.util.Set.copyOf(selected);
        TextTable table = new TextTable("THEME", "FRAMEWORK", "REQUIREMENTS");
        for (Theme t : shown) {
            List<String[]> rows = new ArrayList<>();
            catalog.crosswalk(t.id()).forEach((fw, reqs) -> {
                List<String> ids = reqs.stream()
                        .filter(included::contains)
                        .map(Requirement::id)
                        .toList();
                if (!ids.isEmpty()) {
                    rows.add(new String[] {rows.isEmpty() ? t.id() : "", fw, String.join(", ", ids)});
                }
            });
            rows.forEach(table::row);
        }
        table.print(out);
    }

    private boolean json() {
        return format.equals("json");
    }

    private static void print(PrintWriter out, Object document) {
        out.println(JsonDocuments.write(document));
    }

    private static void checkChoice(String what, String value, List<String> valid) {
        if (!valid.contains(value)) {
            throw new BadInputException(
                    "unknown " + what + " '" + value + "' (valid: " + String.join(", ", valid) + ")");
        }
    }

    private static <T> void checkId(String what, String value, List<T> items, Function<T, String> id) {
        if (value != null) {
            checkChoice(what, value, items.stream().map(id).toList());
        }
    }
}
