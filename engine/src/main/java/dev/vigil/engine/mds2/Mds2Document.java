package dev.vigil.engine.mds2;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filled form as JSON ({@code vigil mds2 --format json}): the form and device, the count per answer value,
 * then one entry per question id in form order. Written by {@link dev.vigil.engine.render.JsonDocuments}.
 */
public record Mds2Document(
        String form, String edition, Device device, LocalDate date, Map<String, Long> counts, List<Answer> answers) {

    public static Mds2Document of(Mds2Disclosure disclosure) {
        Map<String, Long> counts = new LinkedHashMap<>();
        disclosure.counts().forEach((v, n) -> counts.put(v.text(), n));
        return new Mds2Document(
                disclosure.catalog().form(),
                disclosure.catalog().edition(),
                new Device(
                        disclosure.system().id(),
                        disclosure.system().name(),
                        disclosure.system().manufacturer().orElse(null),
                        disclosure.system().version().orElse(null)),
                disclosure.date(),
                counts,
                disclosure.rows().stream()
                        .map(row -> new Answer(
                                row.question().id(),
                                row.question().section(),
                                row.question().ask(),
                                row.answer().value().text(),
                                row.answer().detail(),
                                row.answer().facts(),
                                row.answer().note()))
                        .toList());
    }

    /** The device as the model states it; what it does not state is null. */
    public record Device(String id, String name, String manufacturer, String version) {}

    /** One question's answer with the model facts behind it; {@code detail} only when there is one. */
    public record Answer(
            String id,
            String section,
            String question,
            String answer,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) String detail,
            List<String> facts,
            String note) {}
}
