package dev.vigil.cli;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigil advisories verify [--store DIR]}: reads the whole store and checks every checksum. */
@Command(
        footerHeading = "%nExamples:%n",
        footer = {"  vigil advisories verify", "  vigil advisories verify --store advisories"},
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Check the store end to end: index and record checksums, KEV and EPSS tables.")
final class AdvisoriesVerifyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public void run() {
        Path directory = store.directory();
        if (!AdvisoryStore.exists(directory)) {
            throw new BadInputException("no advisory store at " + directory + "; run 'vigil advisories import' first");
        }
        long records;
        try (AdvisoryStore opened = AdvisoryStore.open(directory)) {
            records = opened.verify();
        } catch (IOException e) {
            throw new BadInputException("cannot read the advisory store " + directory + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Advisory store: %s%nverified: index, %d records, KEV and EPSS tables%n", directory, records);
        out.flush();
    }
}
