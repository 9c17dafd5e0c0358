package dev.vigil.engine.mds2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.engine.render.JsonDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

class Mds2WorkbookTest {

    private final Mds2Disclosure disclosure =
            Mds2Disclosure.of(Mds2Models.load(Mds2Models.GLUCOFLOW), LocalDate.of(2026, 12, 4));

    @Test
    void theWorkbookHasOneRowPerQuestionIdWithItsAnswerAndFacts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Mds2Workbook.write(disclosure, out);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet(Mds2Workbook.SHEET);
            Row header = sheet.getRow(Mds2Workbook.HEADER_ROW);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Question ID");
            List<String> ids = new ArrayList<>();
            for (int r = Mds2Workbook.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                ids.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(ids)
                    .containsExactlyElementsOf(disclosure.rows().stream()
                            .map(x -> x.question().id())
                            .toList());
            Row stcf = sheet.getRow(Mds2Workbook.HEADER_ROW + 1 + ids.indexOf("STCF-1.1"));
            assertThat(stcf.getCell(3).getStringCellValue()).isEqualTo("No");
            assertThat(stcf.getCell(5).getStringCellValue()).contains("component pump encryptedAtRest: no");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("GlucoFlow");
        }
    }

    @Test
    void theJsonListsEveryQuestionWithAnswerFactsAndNote() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonDocuments.write(Mds2Document.of(disclosure)) + "\n");
        assertThat(json.get("form").asText()).isEqualTo("ANSI/NEMA HN 1-2019");
        assertThat(json.get("answers")).hasSize(disclosure.rows().size());
        JsonNode paut4 = null;
        for (JsonNode a : json.get("answers")) {
            if (a.get("id").asText().equals("PAUT-4")) {
                paut4 = a;
            }
        }
        assertThat(paut4).isNotNull();
        assertThat(paut4.get("answer").asText()).isEqualTo("Yes");
        assertThat(paut4.get("facts").get(0).asText()).contains("default-password");
    }

    @Test
    void textLongerThanACellHoldsIsCutAndSaysWhereItIsWhole() {
        String fitted = Mds2Workbook.fitted("x".repeat(40_000));
        assertThat(fitted).hasSize(32_767).endsWith("the whole text is in `vigil mds2 --format json`]");
        assertThat(Mds2Workbook.fitted("short")).isEqualTo("short");
    }
}
