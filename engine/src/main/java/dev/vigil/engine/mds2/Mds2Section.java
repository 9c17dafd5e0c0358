package dev.vigil.engine.mds2;

import java.util.List;

/** A section of the form: its code ({@code PAUT}), our title and its questions in form order. */
public record Mds2Section(String code, String title, List<Mds2Question> questions) {
    public Mds2Section {
        questions = List.copyOf(questions);
    }
}
