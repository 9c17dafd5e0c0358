package dev.vigil.engine.mds2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class Mds2CatalogTest {

    private final Mds2Catalog catalog = Mds2Catalog.standard();

    @Test
    void theCatalogHasEveryHn12019SectionInFormOrder() {
        assertThat(catalog.sections().stream().map(Mds2Section::code))
                .containsExactly(
                        "DOC", "MPII", "ALOF", "AUDT", "AUTH", "CSUP", "DIDT", "DTBK", "EMRG", "IGAU", "MLDP", "NAUT",
                        "CONN", "PAUT", "PLOK", "RDMP", "SBOM", "SAHD", "SGUD", "STCF", "TXCF", "TXIG", "RMOT");
    }

    @Test
    void questionIdsAreTheFormsAndUnique() {
        List<String> ids = catalog.questions().stream().map(Mds2Question::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(230).doesNotHaveDuplicates();
        assertThat(ids).allMatch(id -> id.matches("[A-Z]+-\\d+(\\.\\d+)*"));
        assertThat(ids).contains("DOC-1", "MPII-3.10", "AUDT-2.8.2", "CSUP-11.2", "PAUT-14.1", "SAHD-15", "RMOT-3");
    }

    @Test
    void everyAnswerKeyOfTheCatalogHasAnAnswerAndEveryAnswerIsUsed() {
        Set<String> used = catalog.questions().stream()
                .map(Mds2Question::answerKey)
                .collect(Collectors.toCollection(HashSet::new));
        used.remove(Mds2Facts.UNSTATED);
        assertThat(used).isEqualTo(Mds2Facts.keys());
    }
}
