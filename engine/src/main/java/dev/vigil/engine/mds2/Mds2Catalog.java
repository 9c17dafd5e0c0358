package dev.vigil.engine.mds2;

import static dev.vigil.engine.load.Shapes.bool;
import static dev.vigil.engine.load.Shapes.list;
import static dev.vigil.engine.load.Shapes.object;
import static dev.vigil.engine.load.Shapes.opt;
import static dev.vigil.engine.load.Shapes.req;
import static dev.vigil.engine.load.Shapes.text;

import dev.vigil.engine.load.ResourceCheck;
import dev.vigil.engine.load.Shape.ObjectShape;
import dev.vigil.engine.source.Fields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The MDS2 question catalog, read once from {@code mds2/questions.yaml}: the form's sections and question
 * ids in form order. The file is ours; a malformed one is a build fault, so reading it fails loudly.
 */
public record Mds2Catalog(String form, String edition, List<Mds2Section> sections) {

    static final String RESOURCE = "mds2/questions.yaml";

    private static final Mds2Catalog STANDARD = read();

    public Mds2Catalog {
        sections = List.copyOf(sections);
    }

    public static Mds2Catalog standard() {
        return STANDARD;
    }

    public List<Mds2Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    private static Mds2Catalog read() {
        ResourceCheck check = new ResourceCheck();
        Optional<Fields> root = check.readResource(RESOURCE, shape(), "the MDS2 questions");
        List<Mds2Section> sections = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields section : root.map(r -> r.objects("sections")).orElse(List.of())) {
            String code = section.text("code");
            List<Mds2Question> questions = new ArrayList<>();
            for (Fields question : section.objects("questions")) {
                String id = question.text("id");
                if (!id.startsWith(code + "-") || !ids.add(id)) {
                    check.error(
                            question.location("id"),
                            "question-id",
                            "question id '" + id + "' is duplicated or outside its section " + code);
                }
                Optional<Mds2Question.Gate> gate =
                        question.optionalText("notApplicableWhen").flatMap(g -> gate(g, ids, check, question));
                questions.add(new Mds2Question(id, code, question.text("ask"), question.text("answer"), gate));
            }
            sections.add(new Mds2Section(code, section.text("title"), questions));
        }
        check.failIfBroken(RESOURCE);
        Fields r = root.orElseThrow();
        return new Mds2Catalog(r.text("form"), r.text("edition"), sections);
    }

    /** "PLOK-1 Yes": an earlier question id and the answer (Yes or No) that makes this one N/A. */
    private static Optional<Mds2Question.Gate> gate(String text, Set<String> earlier, ResourceCheck check, Fields at) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length == 2 && earlier.contains(parts[0]) && (parts[1].equals("Yes") || parts[1].equals("No"))) {
            return Optional.of(new Mds2Question.Gate(
                    parts[0], parts[1].equals("Yes") ? Mds2Answer.Value.YES : Mds2Answer.Value.NO));
        }
        check.error(
                at.location("notApplicableWhen"),
                "question-gate",
                "notApplicableWhen '" + text + "' must name an earlier question id and Yes or No, e.g. 'PLOK-1 Yes'");
        return Optional.empty();
    }

    /** The file's shape (a method: the catalog is read while the class initializes); question ids are the form's own (upper case), so they are text, checked above. */
    private static ObjectShape shape() {
        return object(
                "question catalog",
                null,
                "The MDS2 form's sections and questions (mds2/questions.yaml)",
                req("form", text(), "The form and its edition"),
                req("edition", text(), "The form's edition"),
                opt("verified", bool(), "True when the ids were checked against the form"),
                req(
                        "sections",
                        list(object(
                                "section",
                                null,
                                "One section of the form",
                                req("code", text(), "The section's code"),
                                req("title", text(), "Title"),
                                req(
                                        "questions",
                                        list(
                                                object(
                                                        "question",
                                                        null,
                                                        "One question",
                                                        req("id", text(), "The form's question id"),
                                                        req("ask", text(), "The question in our words"),
                                                        req("answer", text(), "The model fact that answers it"),
                                                        opt(
                                                                "notApplicableWhen",
                                                                text(),
                                                                "An earlier question and answer that make it N/A, e.g. 'PLOK-1 Yes'"))),
                                        "The questions"))),
                        "The sections in form order"));
    }
}
