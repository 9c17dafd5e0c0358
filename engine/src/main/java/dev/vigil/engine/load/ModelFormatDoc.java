package dev.vigil.engine.load;

import dev.vigil.engine.load.Shape.BoolShape;
import dev.vigil.engine.load.Shape.ChoiceShape;
import dev.vigil.engine.load.Shape.ConstShape;
import dev.vigil.engine.load.Shape.DateShape;
import dev.vigil.engine.load.Shape.EnumShape;
import dev.vigil.engine.load.Shape.EvidenceShape;
import dev.vigil.engine.load.Shape.Field;
import dev.vigil.engine.load.Shape.IdShape;
import dev.vigil.engine.load.Shape.IntShape;
import dev.vigil.engine.load.Shape.ListShape;
import dev.vigil.engine.load.Shape.ObjectShape;
import dev.vigil.engine.load.Shape.RefShape;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field tables of docs/model-format.md, generated from the format declaration. The page keeps its
 * prose; each table sits between {@code <!-- fields: SECTION -->} and {@code <!-- end fields -->} and is
 * rewritten from {@link FormatOne}, so the page cannot drift from what the loader accepts.
 */
public final class ModelFormatDoc {

    private static final Pattern BLOCK =
            Pattern.compile("(<!-- fields: ([a-zA-Z0-9.]+) -->\n)(.*?)(<!-- end fields -->)", Pattern.DOTALL);

    private ModelFormatDoc() {}

    /** The page with every generated block rewritten from the declaration. */
    public static String regenerate(String page) {
        Matcher m = BLOCK.matcher(page);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String table = table(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + table + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The sections (top-level keys, or {@code lifecycle.PHASE}) a page may hold a table for. */
    public static List<String> sections() {
        List<String> names = new ArrayList<>();
        for (Field f : FormatOne.ROOT.fields()) {
            names.add(f.name());
        }
        for (Field f : EvidenceFormat.LIFECYCLE_SHAPE.fields()) {
            names.add("lifecycle." + f.name());
        }
        return names;
    }

    /** The table of one section: {@code model} for the top level, a top-level key, or {@code lifecycle.PHASE}. */
    static String table(String section) {
        ObjectShape shape = section.equals("model") ? FormatOne.ROOT : object(section);
        StringBuilder out = new StringBuilder("| field | required | values / meaning |\n|---|---|---|\n");
        rows(shape, "", out);
        return out.toString();
    }

    /** Every key and enumeration value the declaration accepts, for checks against older descriptions. */
    public static TreeSet<String> words() {
        TreeSet<String> words = new TreeSet<>();
        collect(FormatOne.ROOT, words);
        return words;
    }

    private static void collect(Shape shape, TreeSet<String> words) {
        if (shape instanceof ObjectShape o) {
            for (Field f : o.fields()) {
                words.add(f.name());
                collect(f.shape(), words);
            }
        } else if (shape instanceof ListShape l) {
            collect(l.item(), words);
        } else if (shape instanceof ChoiceShape c) {
            collect(c.scalar(), words);
            collect(c.object(), words);
        } else if (shape instanceof EnumShape e) {
            words.addAll(e.values());
        }
    }

    private static ObjectShape object(String path) {
        Shape shape = FormatOne.ROOT;
        for (String part : path.split("\\.")) {
            Field field = ((ObjectShape) shape)
                    .field(part)
                    .orElseThrow(() -> new IllegalArgumentException("the format has no section '" + path + "'"));
            shape = field.shape();
            if (shape instanceof ListShape list) {
                shape = list.item();
            }
        }
        if (!(shape instanceof ObjectShape object)) {
            throw new IllegalArgumentException("'" + path + "' is not a section with fields");
        }
        return object;
    }

    private static void rows(ObjectShape shape, String prefix, StringBuilder out) {
        for (Field f : shape.fields()) {
            String name = prefix + f.name();
            out.append("| `")
                    .append(name)
                    .append("` | ")
                    .append(f.required() ? "yes" : "no")
                    .append(" | ")
                    .append(describe(f))
                    .append(" |\n");
            Shape inner = f.shape() instanceof ListShape list ? list.item() : f.shape();
            if (inner instanceof ChoiceShape choice) {
                inner = choice.object();
            }
            // sections get their own table; nested records are listed below their field
            if (inner instanceof ObjectShape object && !isSection(shape)) {
                rows(object, name + (f.shape() instanceof ListShape ? "[]." : "."), out);
            }
        }
    }

    private static boolean isSection(ObjectShape shape) {
        return shape == FormatOne.ROOT || shape == FormatOne.INCLUDED;
    }

    private static String describe(Field f) {
        String values = values(f.shape());
        return f.description() + (values.isEmpty() ? "" : ": " + values);
    }

    private static String values(Shape shape) {
        if (shape instanceof EnumShape e) {
            return "`" + String.join("`, `", e.values()) + "`";
        } else if (shape instanceof ListShape l) {
            String item = values(l.item());
            String size = l.exactSize() >= 0 ? " of exactly " + l.exactSize() : "";
            return "a list" + size + (item.isEmpty() ? "" : " of " + item);
        } else if (shape instanceof RefShape r) {
            return r.kinds().isEmpty()
                    ? "id of any element"
                    : "id of a " + String.join(" or ", new TreeSet<>(r.kinds()));
        } else if (shape instanceof IntShape i) {
            return i.expected();
        } else if (shape instanceof BoolShape
                || shape instanceof DateShape
                || shape instanceof EvidenceShape
                || shape instanceof ConstShape
                || shape instanceof IdShape) {
            return shape.expected();
        } else if (shape instanceof ChoiceShape c) {
            return values(c.scalar()) + ", or a map with the fields below";
        }
        return "";
    }
}
