package dev.vigil.cli;

import dev.vigil.engine.catalog.Catalog;
import dev.vigil.engine.catalog.CatalogDocument;
import dev.vigil.engine.catalog.CatalogSelection;
import dev.vigil.engine.catalog.Framework;
import dev.vigil.engine.catalog.Requirement;
import dev.vigil.engine.catalog.Theme;
import dev.vigil.engine.render.JsonDocuments;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        checkChoice("listing", listing, LISTINGS);
        checkChoice("format", format, FORMATS);
        CatalogSelection selection = CatalogSelection.of(
                Catalog.load(), Optional.ofNullable(framework), Optional.ofNullable(theme), Optional.ofNullable(phase));
        PrintWriter out = spec.commandLine().getOut();
        switch (listing) {
            case "frameworks" -> frameworks(out, selection);
            case "requirements" -> requirements(out, selection);
            default -> themes(out, selection);
        }
        out.flush();
    }

    private void frameworks(PrintWriter out, CatalogSelection selection) {
        Catalog catalog = selection.catalog();
        if (json()) {
            print(out, CatalogDocument.frameworks(catalog, selection.frameworks(), selection.requirements()));
            return;
        }
        TextTable table = new TextTable("ID", "VERSION", "REQS", "UNVERIFIED", "TITLE");
        for (Framework f : selection.frameworks()) {
            List<Requirement> own = selection.requirementsOf(f.id());
            table.row(
                    f.id(),
                    f.version(),
                    String.valueOf(own.size()),
                    String.valueOf(own.stream().filter(r -> !r.verified()).count()),
                    f.title() + (f.verified() ? "" : " (unverified)"));
        }
        table.print(out);
        out.println(selection.frameworks().size() + " frameworks, "
                + selection.requirements().size() + " requirements; catalog " + catalog.version());
    }

    private void requirements(PrintWriter out, CatalogSelection selection) {
        if (json()) {
            print(out, CatalogDocument.requirements(selection.catalog(), selection.requirements()));
            return;
        }
        TextTable table = new TextTable("ID", "SECTION", "PHASE", "VERIFIED", "THEMES", "TITLE");
        for (Requirement r : selection.requirements()) {
            table.row(
                    r.id(),
                    r.section(),
                    r.phase(),
                    r.verified() ? "yes" : "no",
                    String.join(",", r.themes()),
                    r.title());
        }
        table.print(out);
        out.println(selection.requirements().size() + " requirements");
    }

    private void themes(PrintWriter out, CatalogSelection selection) {
        if (json()) {
            print(out, CatalogDocument.themes(selection.catalog(), selection.themes(), selection.requirements()));
            return;
        }
        TextTable table = new TextTable("THEME", "FRAMEWORK", "REQUIREMENTS");
        for (Theme t : selection.themes()) {
            boolean first = true;
            for (Map.Entry<String, List<String>> row :
                    selection.crosswalk(t.id()).entrySet()) {
                table.row(first ? t.id() : "", row.getKey(), String.join(", ", row.getValue()));
                first = false;
            }
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
}
