package dev.vigil.cli;

import dev.vigil.engine.render.JsonDocuments;
import dev.vigil.engine.vex.ComponentRef;
import dev.vigil.engine.vex.Justification;
import dev.vigil.engine.vex.VexDocument;
import dev.vigil.engine.vex.VexException;
import dev.vigil.engine.vex.VexListing;
import dev.vigil.engine.vex.VexReader;
import dev.vigil.engine.vex.VexStatement;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil vex read FILE...}: the statements Vigil understood, one line each or as JSON. */
@Command(
        name = "read",
        footerHeading = "%nExamples:%n",
        footer = {
            "  vigil vex read vendor.vex.json advisory.csaf.json",
            "  vigil vex read --format json vendor.openvex.json"
        },
        mixinStandardHelpOptions = true,
        description = {
            "Reads VEX files (format recognised by content) and lists their statements as Vigil understood them:",
            "vulnerability, aliases, status, components, justification (CISA label, with the format's own in"
                    + " parentheses) and where in the file the statement is."
        })
final class VexReadCommand implements Runnable {

    private static final List<String> FORMATS = List.of("text", "json");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CycloneDX, OpenVEX or CSAF VEX JSON files.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json")
    String format;

    @Override
    public void run() {
        if (!FORMATS.contains(format)) {
            throw new BadInputException("unknown format '" + format + "' (valid: text, json)");
        }
        List<VexDocument> documents = new ArrayList<>();
        for (Path file : files) {
            documents.add(read(file));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(JsonDocuments.write(VexListing.of(documents)));
        } else {
            documents.forEach(d -> text(out, d));
        }
        out.flush();
    }

    static VexDocument read(Path file) {
        try {
            return VexReader.read(file);
        } catch (VexException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static void text(PrintWriter out, VexDocument d) {
        out.println(d.origin() + ": " + d.format().label()
                + d.id().map(id -> " " + id).orElse("")
                + d.author().map(a -> " by " + a).orElse("")
                + d.timestamp().map(t -> " at " + t).orElse("")
                + ", " + d.statements().size() + " statement(s)");
        TextTable table = new TextTable("VULNERABILITY", "ALIASES", "STATUS", "COMPONENTS", "JUSTIFICATION", "AT");
        for (VexStatement s : d.statements()) {
            table.row(
                    s.vulnerabilityId(),
                    s.aliases().isEmpty() ? "-" : String.join(",", s.sortedAliases()),
                    s.status().id(),
                    s.subjects().isEmpty() ? "-" : components(s.subjects()),
                    s.justification().map(Justification::describe).orElse("-"),
                    s.source().pointer());
        }
        table.print(out);
    }

    private static String components(List<ComponentRef> refs) {
        return refs.stream().map(ComponentRef::display).collect(Collectors.joining(" "));
    }
}
