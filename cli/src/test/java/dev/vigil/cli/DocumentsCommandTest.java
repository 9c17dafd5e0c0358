package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsCommandTest {

    static final Path GLUCOFLOW = Path.of("../examples/glucoflow.yaml");

    @TempDir
    Path dir;

    @Test
    void writesOneHtmlFilePerDocumentOfTheSetAndListsTheirIds() throws IOException {
        CommandRun run = CommandRun.of(
                "documents", GLUCOFLOW.toString(), "--out", dir.toString(), "--set", "customer", "--format", "html");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("customer-security.html");
        }
        assertThat(run.out()).contains("GLUCOFLOW-CUSTOMER-SECURITY");
        assertThat(Files.readString(dir.resolve("customer-security.html")))
                .contains("Document control", "Executive summary", "pump-swd");
    }

    @Test
    void theSbomDocumentListsStoreVulnerabilitiesWithTheirVexStatusAndJustificationInWords() throws IOException {
        Path store = dir.resolve("store");
        CommandRun imported = CommandRun.of(
                "advisories",
                "import",
                "../engine/src/test/resources/advisory/osv/GHSA-jfh8-c2jp-5v3q.json",
                "--store",
                store.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Path vex = Files.writeString(
                dir.resolve("vex.json"),
                """
                {"@context": "https://openvex.dev/ns/v0.2.0", "@id": "https://example.com/v", "author": "t",
                 "timestamp": "2024-01-10T00:00:00Z", "version": 1,
                 "statements": [{"vulnerability": {"name": "CVE-2021-44228"},
                   "products": [{"@id": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}],
                   "status": "not_affected", "justification": "vulnerable_code_not_in_execute_path",
                   "impact_statement": "JNDI lookups are disabled in the service."}]}
                """);
        Path out = dir.resolve("docs");
        CommandRun run = CommandRun.of(
                "documents",
                AssessVulnerabilitiesTest.MODEL.toString(),
                "--out",
                out.toString(),
                "--set",
                "fda",
                "--format",
                "html",
                "--store",
                store.toString(),
                "--vex",
                vex.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String sbom = Files.readString(out.resolve("fda-sbom.html"));
        assertThat(sbom)
                .contains("CVE-2021-44228", "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", "not_affected")
                .contains("vulnerable_code_not_in_execute_path; JNDI lookups are disabled in the service.");
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                // Values are written in words, never as a Java object's toString.
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("Optional[", "[category=");
            }
        }
    }

    @Test
    void anUnknownSetIsBadInput() {
        CommandRun run = CommandRun.of("documents", GLUCOFLOW.toString(), "--out", dir.toString(), "--set", "fdaa");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("unknown document set 'fdaa'");
    }

    @Test
    void existingDocumentsAreNotOverwrittenWithoutForce() throws IOException {
        Path mine = Files.writeString(dir.resolve("customer-security.html"), "edited by hand");
        CommandRun run = CommandRun.of(
                "documents", GLUCOFLOW.toString(), "--out", dir.toString(), "--set", "customer", "--format", "html");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Files.readString(mine)).isEqualTo("edited by hand");
    }

    @Test
    void sinceAnOlderModelTheFirstDocumentSummarisesWhatChanged() throws IOException {
        String older = Files.readString(GLUCOFLOW)
                .replace("debugPortsLocked: false", "debugPortsLocked: true")
                .replace("version: 2.4.0", "version: 2.3.0");
        Path old = Files.writeString(dir.resolve("old.yaml"), older);
        Path out = dir.resolve("docs");
        CommandRun run = customerHtmlSince(old, out);
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out.resolve("customer-security.html"));
        assertThat(html)
                .contains("Changes since the previous release", "version 2.3.0", "Findings added")
                .contains("debug-port-enabled@pump")
                .contains("hardening");
    }

    @Test
    void sinceAModelOfAnotherSystemIsRefusedInOneLine() throws IOException {
        String other = Files.readString(GLUCOFLOW).replace("id: glucoflow", "id: other-pump");
        Path old = Files.writeString(dir.resolve("other.yaml"), other);
        CommandRun run = customerHtmlSince(old, dir.resolve("docs"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("'other-pump'", "'glucoflow'", "same system");
        assertThat(dir.resolve("docs")).doesNotExist();
    }

    @Test
    void sinceAModelThatCannotBeReadIsOneLineAndExitTwo() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "vigil: 1\nsystem: [\n");
        for (Path old : new Path[] {dir.resolve("missing.yaml"), broken, dir}) {
            CommandRun run = customerHtmlSince(old, dir.resolve("docs"));
            assertThat(run.exitCode()).as(old.toString()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
            assertThat(run.err()).as(old.toString()).doesNotContain("Exception", "\tat ");
        }
        assertThat(dir.resolve("docs")).doesNotExist();
    }

    /** The customer set of GlucoFlow as HTML into {@code out}, with the change summary since {@code old}. */
    private static CommandRun customerHtmlSince(Path old, Path out) {
        return CommandRun.of(
                "documents",
                GLUCOFLOW.toString(),
                "--out",
                out.toString(),
                "--set",
                "customer",
                "--format",
                "html",
                "--since",
                old.toString());
    }
}
