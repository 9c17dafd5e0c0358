package dev.vigil.engine.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Test support: the same model text with its components and flows listed in reverse order. */
public final class AssessmentOrder {

    private AssessmentOrder() {}

    /** Reverses the items of the block-style {@code components:} and {@code flows:} sections. */
    public static String reverse(String text) {
        String reversed = text;
        for (String section : List.of("components", "flows")) {
            int start = reversed.indexOf("\n" + section + ":\n") + section.length() + 3;
            int end = reversed.indexOf("\n\n", start);
            List<String> items =
                    new ArrayList<>(List.of(reversed.substring(start, end).split("\n(?=  - )")));
            Collections.reverse(items);
            reversed = reversed.substring(0, start) + String.join("\n", items) + reversed.substring(end);
        }
        return reversed;
    }
}
