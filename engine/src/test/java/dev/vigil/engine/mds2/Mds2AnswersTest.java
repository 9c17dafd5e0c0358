package dev.vigil.engine.mds2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.mds2.Mds2Answer.Value;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.InputException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Mds2AnswersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    private static Mds2Answer answer(SystemModel model, String id) {
        return Mds2Disclosure.of(model, DAY).row(id).answer();
    }

    @Test
    void everyQuestionIsAnsweredAndEveryAnswerButNotStatedNamesAFact() {
        Mds2Disclosure d = Mds2Disclosure.of(Mds2Models.load(Mds2Models.GLUCOFLOW), DAY);
        assertThat(d.rows()).hasSize(Mds2Catalog.standard().questions().size());
        assertThat(d.rows())
                .filteredOn(r -> r.answer().value() != Value.NOT_STATED)
                .allSatisfy(r -> assertThat(r.answer().facts()).isNotEmpty());
        assertThat(d.rows())
                .filteredOn(r -> r.answer().value() == Value.NOT_STATED)
                .allSatisfy(r -> assertThat(r.answer().note()).startsWith("not stated in the model"));
    }

    @Test
    void aModelWithoutComponentsLeavesTheSbomQuestionsNotStatedInsteadOfFailing() {
        SystemModel model = Mds2Models.yaml(
                """
                vigil: 1
                system: {id: empty, name: Empty, kind: product}
                zones: []
                components: []
                data: []
                flows: []
                """);
        for (String question : new String[] {"SBOM-1", "SBOM-2", "SBOM-2.1"}) {
            assertThat(answer(model, question).value()).as(question).isEqualTo(Value.NOT_STATED);
            assertThat(answer(model, question).note()).as(question).contains("components");
        }
    }

    @Test
    void aDefaultPasswordMakesTheDefaultAccountQuestionSayYesAndNameTheAccount() {
        SystemModel model =
                Mds2Models.pump("accounts: [{role: service, authentication: default-password, shared: true}]", "");
        assertThat(answer(model, "PAUT-4").value()).isEqualTo(Value.YES);
        assertThat(answer(model, "PAUT-4").facts())
                .anyMatch(f -> f.contains("service") && f.contains("default-password"));
        assertThat(answer(model, "PAUT-1").value()).isEqualTo(Value.NO);
    }

    @Test
    void withoutDefaultPasswordsTheDefaultAccountQuestionIsNotApplicable() {
        SystemModel model =
                Mds2Models.pump("accounts: [{role: clinician, authentication: certificate, shared: false}]", "");
        assertThat(answer(model, "PAUT-4").value()).isEqualTo(Value.NOT_APPLICABLE);
        assertThat(answer(model, "PAUT-1").value()).isEqualTo(Value.YES);
    }

    @Test
    void noEncryptionAtRestMakesTheStorageConfidentialityQuestionSayNo() {
        SystemModel model = Mds2Models.pump("encryptedAtRest: false", "encryptedAtRest: true");
        assertThat(answer(model, "STCF-1").value()).isEqualTo(Value.NO);
        assertThat(answer(model, "STCF-1").facts()).containsExactly("component pump encryptedAtRest: no");
    }

    @Test
    void encryptionAtRestEverywhereMakesItYesAndSilenceMakesItNotStated() {
        assertThat(answer(Mds2Models.pump("encryptedAtRest: true", "encryptedAtRest: true"), "STCF-1")
                        .value())
                .isEqualTo(Value.YES);
        assertThat(answer(Mds2Models.pump("", "encryptedAtRest: true"), "STCF-1")
                        .value())
                .isEqualTo(Value.NOT_STATED);
    }

    @Test
    void unencryptedPersonalDataFlowsMakeTheTransmissionQuestionsSayNo() {
        SystemModel model = Mds2Models.pump("", "");
        assertThat(answer(model, "TXCF-2").value()).isEqualTo(Value.NO);
        assertThat(answer(model, "TXCF-4").value()).isEqualTo(Value.NO);
        assertThat(answer(model, "MPII-3.7").value()).isEqualTo(Value.NO);
        assertThat(answer(model, "CONN-3").value()).isEqualTo(Value.YES);
    }

    @Test
    void anEnabledDebugPortMakesThePortsQuestionSayNo() {
        SystemModel model = Mds2Models.pump("interfaces: [{id: jtag, type: jtag, enabledInField: true}]", "");
        assertThat(answer(model, "SAHD-8").value()).isEqualTo(Value.NO);
        assertThat(answer(model, "CONN-1.2.4").value()).isEqualTo(Value.YES);
        assertThat(answer(model, "CONN-1.1.1").value()).isEqualTo(Value.NO);
    }

    @Test
    void capabilitiesAnswerLogoffAndEmergencyAccess() {
        SystemModel model = Mds2Models.pump(
                "capabilities: {autoLogoffMinutes: 5, emergencyAccess: false}",
                "capabilities: {autoLogoffMinutes: 0, emergencyAccess: false}");
        assertThat(answer(model, "ALOF-1").value()).isEqualTo(Value.YES);
        assertThat(answer(model, "EMRG-1").value()).isEqualTo(Value.NO);
        assertThat(answer(Mds2Models.pump("", ""), "ALOF-1").value()).isEqualTo(Value.NOT_STATED);
    }

    @Test
    void questionsFormatOneCannotAnswerSayNotStated() {
        Mds2Answer a = answer(Mds2Models.load(Mds2Models.GLUCOFLOW), "PAUT-6");
        assertThat(a.value()).isEqualTo(Value.NOT_STATED);
        assertThat(a.facts()).isEmpty();
    }

    @Test
    void aManufacturingSiteHasNoMds2FormAndIsToldSo() {
        SystemModel site = Mds2Models.load(Path.of("../examples/manufacturing-site.yaml"));
        assertThatThrownBy(() -> Mds2Disclosure.of(site, LocalDate.of(2026, 12, 4)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("is a manufacturing site")
                .hasMessageContaining("product model");
    }
}
