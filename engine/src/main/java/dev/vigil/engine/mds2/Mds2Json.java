package dev.vigil.engine.mds2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** The filled form as JSON: the form and device, then one entry per question id in form order. */
public final class Mds2Json {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Mds2Json() {}

    public static String render(Mds2Disclosure disclosure) {
        ObjectNode root = JSON.createObjectNode();
        root.put("form", disclosure.catalog().form());
        root.put("edition", disclosure.catalog().edition());
        ObjectNode device = root.putObject("device");
        device.put("id", disclosure.system().id());
        device.put("name", disclosure.system().name());
        device.put("manufacturer", disclosure.system().manufacturer().orElse(null));
        device.put("version", disclosure.system().version().orElse(null));
        root.put("date", disclosure.date().toString());
        ObjectNode counts = root.putObject("counts");
        disclosure.counts().forEach((v, n) -> counts.put(v.text(), n));
        ArrayNode answers = root.putArray("answers");
        for (Mds2Disclosure.Row row : disclosure.rows()) {
            ObjectNode a = answers.addObject();
            a.put("id", row.question().id());
            a.put("section", row.question().section());
            a.put("question", row.question().ask());
            a.put("answer", row.answer().value().text());
            if (!row.answer().detail().isEmpty()) {
                a.put("detail", row.answer().detail());
            }
            ArrayNode facts = a.putArray("facts");
            row.answer().facts().forEach(facts::add);
            a.put("note", row.answer().note());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
