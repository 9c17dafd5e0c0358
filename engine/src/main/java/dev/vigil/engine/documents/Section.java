package dev.vigil.engine.documents;

import java.util.List;

/** A numbered section of a document; {@code anchor} is its stable id for links and the table of contents. */
public record Section(String anchor, String number, String title, List<Block> blocks) {
    public Section {
        blocks = List.copyOf(blocks);
    }

    Section numbered(int n) {
        return new Section(anchor, String.valueOf(n), title, blocks);
    }
}
