package dev.vigil.engine.documents;

import java.util.List;

/**
 * One piece of a document section. The template switches on {@link #kind()}; every text is escaped
 * there. A fact the model does not state is written as {@link #NOT_STATED}, never left out.
 */
public sealed interface Block {

    /** The words every document uses where the model is silent. */
    String NOT_STATED = "not stated in the model";

    String kind();

    record Paragraph(String text) implements Block {
        @Override
        public String kind() {
            return "paragraph";
        }
    }

    /** A two-column table of labelled facts; an empty value is written as not stated. */
    record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }

        @Override
        public String kind() {
            return "facts";
        }
    }

    record Fact(String label, String value) {
        public Fact {
            value = value == null || value.isBlank() ? NOT_STATED : value;
        }

        public boolean stated() {
            return !value.equals(NOT_STATED);
        }
    }

    /** A table; an empty list of rows is written as one "none" line so a reader sees it was looked at. */
    record Table(String caption, List<String> header, List<List<String>> rows, String empty) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream()
                    .map(r -> r.stream()
                            .map(c -> c == null || c.isBlank() ? NOT_STATED : c)
                            .toList())
                    .toList();
        }

        @Override
        public String kind() {
            return "table";
        }
    }

    /**
     * A diagram as a PNG data URI, with its title and the size to show it at in CSS pixels (the image
     * has more pixels than that, so that it prints sharp; the PDF renderer needs both sides).
     */
    record Figure(String title, String dataUri, int width, int height) implements Block {
        @Override
        public String kind() {
            return "figure";
        }
    }

    /** An explicit statement that the model does not say something the document needs. */
    record NotStated(String what) implements Block {
        @Override
        public String kind() {
            return "not-stated";
        }

        public String text() {
            return "Not stated in the model: " + what;
        }
    }

    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "bullets";
        }
    }
}
