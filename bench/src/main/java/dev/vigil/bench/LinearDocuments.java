package dev.vigil.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.vigil.bench.LinearCase.Prepared;
import dev.vigil.cli.VigilCommand;
import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.vex.VexReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** Inputs for the model loader (YAML, JSON, whitespace-heavy YAML), OpenVEX and {@code vigil cvss --file}. */
final class LinearDocuments {
    private LinearDocuments() {}

    static List<LinearCase> cases() {
        return List.of(
                new LinearCase("model YAML", (dir, n) -> model(dir, n, "model.yaml")),
                new LinearCase("model JSON", (dir, n) -> model(dir, n, "model.json")),
                new LinearCase("model YAML, whitespace-heavy", (dir, n) -> model(dir, n, "padded.yaml")),
                new LinearCase("OpenVEX", LinearDocuments::openVex),
                new LinearCase("CVSS file (vigil cvss --file)", LinearDocuments::cvssFile));
    }

    /** A generated model of {@code n / 5} components and three flows per component. */
    private static Prepared model(Path dir, int n, String name) throws IOException {
        int components = Math.max(2, n / 5);
        String yaml = BenchModel.yaml(components, components * 3, 11);
        String text;
        if (name.endsWith(".json")) {
            text = new ObjectMapper().writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(yaml));
        } else if (name.startsWith("padded")) {
            // Blank lines of spaces and trailing blanks: insignificant to YAML, work for a scanner.
            String pad = " ".repeat(120);
            text = yaml.replace("\n", pad + "\n" + pad + "\n");
        } else {
            text = yaml;
        }
        Path file = Files.writeString(dir.resolve(name), text);
        return new Prepared(Files.size(file), components, () -> {
            LoadResult result = new ModelLoader().load(file);
            return result.isValid()
                    ? result.orThrow().components().size()
                    : -result.errors().size();
        });
    }

    private static Prepared openVex(Path dir, int n) throws IOException {
        Path file = dir.resolve("statements.openvex.json");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"@context\":\"https://openvex.dev/ns/v0.2.0\",\"@id\":\"https://bench.example/vex/1\","
                    + "\"author\":\"Bench\",\"timestamp\":\"2024-01-08T18:02:03Z\",\"version\":1,\"statements\":[\n");
            for (int i = 0; i < n; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"vulnerability\":{\"name\":\"CVE-2024-" + (10000 + i)
                        + "\"},\"products\":[{\"@id\":\"pkg:npm/pkg-" + i + "@1.0." + (i % 9) + "\"}],"
                        + "\"status\":\"not_affected\",\"justification\":\"vulnerable_code_not_in_execute_path\","
                        + "\"impact_statement\":\"The affected function is never called.\"}");
            }
            out.write("]}\n");
        }
        return new Prepared(Files.size(file), n, () ->
                (long) VexReader.read(file).statements().size());
    }

    /** The CLI's own file reader, run in this JVM: vectors of CVSS 3.1 and 4.0, comments and blank lines. */
    private static Prepared cvssFile(Path dir, int n) throws IOException {
        Path file = dir.resolve("vectors.txt");
        String[] vectors = {
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
            "CVSS:3.1/AV:L/AC:H/PR:L/UI:R/S:C/C:L/I:N/A:N",
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
            "CVSS:4.0/AV:A/AC:H/AT:P/PR:L/UI:A/VC:L/VI:L/VA:N/SC:L/SI:N/SA:N"
        };
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                out.write(i % 10 == 0 ? "# group " + i + "\n" + " ".repeat(80) + "\n" : "");
                out.write(vectors[i % vectors.length] + "\n");
            }
        }
        return new Prepared(Files.size(file), n, () -> {
            LineCounter lines = new LineCounter();
            CommandLine cli = VigilCommand.commandLine();
            cli.setOut(new PrintWriter(lines));
            int code = cli.execute("cvss", "--file", file.toString());
            cli.getOut().flush();
            return code == 0 ? lines.count : -code;
        });
    }

    /** Counts the lines a command prints, keeping none of them. */
    private static final class LineCounter extends Writer {
        long count;

        @Override
        public void write(char[] text, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                count += text[i] == '\n' ? 1 : 0;
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
