package dev.vigil.engine.postmarket;

import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.postmarket.casefile.CaseFile;
import dev.vigil.engine.postmarket.casefile.CaseReader;
import java.nio.file.Path;
import java.time.LocalDate;

/** The reference model and small cases about it, written in the tests. */
final class CaseFixtures {
    static final Path MODEL = Path.of("src/test/resources/models/reference-model.yaml");
    static final Path REFERENCE_CASE = Path.of("src/test/resources/postmarket/reference-case.yaml");

    private CaseFixtures() {}

    static SystemModel model() {
        return new ModelLoader().load(MODEL).orThrow();
    }

    /** A one-vulnerability case aware on 2026-11-02; {@code vulnerability} and {@code rest} are YAML lines. */
    static CaseFile caseOf(String vulnerability, String rest) {
        String text = "vigil-case: 1\nid: c1\ntitle: t\nproduct: glucoflow\naware: 2026-11-02\nsource: researcher\n"
                + "vulnerabilities:\n  - id: V1\n    title: v\n    affected: \"< 2.4.1\"\n"
                + vulnerability.lines().map(l -> "    " + l + "\n").reduce("", String::concat)
                + rest;
        return new CaseReader().parse(Path.of("case.yaml"), text);
    }

    static CaseReport check(CaseFile c, String date) {
        return new CaseCheck().check(c, model(), LocalDate.parse(date));
    }
}
