package dev.vigil.cli;

import dev.vigil.engine.advisory.store.Advisories;
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
        long records = Advisories.verify(store.given());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Advisory store: %s%nverified: index, %d records, KEV and EPSS tables%n", directory, records);
        out.flush();
    }
}
