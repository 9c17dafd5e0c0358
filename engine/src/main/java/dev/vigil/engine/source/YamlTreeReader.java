package dev.vigil.engine.source;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** YAML through SnakeYAML's composer (node level: no object construction, no custom tags). */
final class YamlTreeReader {

    private final Path file;
    private final SourceLimits limits;
    private int nodes;

    YamlTreeReader(Path file, SourceLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    Node parse(String text) throws SourceException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxCollectionAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        options.setAllowDuplicateKeys(true); // reported by the model checker with both locations
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        Yaml yaml = new Yaml(
                new SafeConstructor(options),
                new org.yaml.snakeyaml.representer.Representer(new org.yaml.snakeyaml.DumperOptions()),
                new org.yaml.snakeyaml.DumperOptions(),
                options);
        try {
            Iterator<org.yaml.snakeyaml.nodes.Node> documents =
                    yaml.composeAll(new StringReader(text)).iterator();
            if (!documents.hasNext()) {
                throw SourceReader.fail(Location.ofFile(file), "empty-file", "the file holds no YAML document");
            }
            org.yaml.snakeyaml.nodes.Node root = documents.next();
            if (documents.hasNext()) {
                org.yaml.snakeyaml.nodes.Node second = documents.next();
                throw SourceReader.fail(
                        at(second == null ? null : second.getStartMark()),
                        "multiple-documents",
                        "the file holds more than one YAML document; use 'include:' to combine files");
            }
            return convert(root, 0);
        } catch (MarkedYAMLException e) {
            throw SourceReader.fail(at(e.getProblemMark()), "yaml-syntax", syntaxMessage(e));
        } catch (YAMLException e) {
            throw SourceReader.fail(Location.ofFile(file), limitCode(e), limitMessage(e));
        } catch (StackOverflowError e) {
            throw SourceReader.fail(Location.ofFile(file), "too-deep", "the document is nested too deeply");
        }
    }

    private Node convert(org.yaml.snakeyaml.nodes.Node node, int depth) throws SourceException {
        if (++nodes > limits.maxNodes()) {
            throw SourceReader.fail(
                    at(node.getStartMark()),
                    "too-many-values",
                    "the document expands to more than " + limits.maxNodes()
                            + " values (YAML aliases used as a 'billion laughs' attack?)");
        }
        if (depth > limits.maxDepth()) {
            throw SourceReader.fail(
                    at(node.getStartMark()),
                    "too-deep",
                    "the document is nested more than " + limits.maxDepth() + " levels deep");
        }
        Location location = at(node.getStartMark());
        if (node instanceof MappingNode map) {
            List<Node.Entry> entries = new ArrayList<>();
            for (NodeTuple tuple : map.getValue()) {
                org.yaml.snakeyaml.nodes.Node key = tuple.getKeyNode();
                if (!(key instanceof ScalarNode scalarKey)) {
                    throw SourceReader.fail(at(key.getStartMark()), "bad-key", "a key must be a plain name");
                }
                entries.add(new Node.Entry(
                        scalarKey.getValue(), at(key.getStartMark()), convert(tuple.getValueNode(), depth + 1)));
            }
            return new Node.MapNode(location, entries);
        }
        if (node instanceof SequenceNode seq) {
            List<Node> items = new ArrayList<>();
            for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) {
                items.add(convert(item, depth + 1));
            }
            return new Node.ListNode(location, items);
        }
        ScalarNode scalar = (ScalarNode) node;
        return new Node.ScalarNode(location, scalar.getValue(), typeOf(scalar));
    }

    private static Node.ScalarType typeOf(ScalarNode scalar) {
        Tag tag = scalar.getTag();
        if (Tag.INT.equals(tag)) {
            return Node.ScalarType.INTEGER;
        }
        if (Tag.FLOAT.equals(tag)) {
            return Node.ScalarType.FLOAT;
        }
        if (Tag.BOOL.equals(tag)) {
            return Node.ScalarType.BOOLEAN;
        }
        if (Tag.NULL.equals(tag)) {
            return Node.ScalarType.NULL;
        }
        if (Tag.TIMESTAMP.equals(tag)) {
            return Node.ScalarType.TIMESTAMP;
        }
        return Node.ScalarType.STRING;
    }

    private Location at(Mark mark) {
        return mark == null ? Location.ofFile(file) : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String syntaxMessage(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        String context = e.getContext();
        String message = "YAML syntax error: " + problem + (context == null ? "" : " (" + context + ")");
        return message.replaceAll("\\s+", " ").trim();
    }

    private static String limitCode(YAMLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("aliases")) {
            return "too-many-aliases";
        }
        if (m.contains("Nesting Depth")) {
            return "too-deep";
        }
        if (m.contains("code points")) {
            return "file-too-large";
        }
        return "yaml-syntax";
    }

    private String limitMessage(YAMLException e) {
        return switch (limitCode(e)) {
            case "too-many-aliases" -> "the document uses more than " + limits.maxCollectionAliases()
                    + " aliases to lists or maps (a 'billion laughs' attack?)";
            case "too-deep" -> "the document is nested more than " + limits.maxDepth() + " levels deep";
            case "file-too-large" -> "the document is too large";
            default -> "YAML error: "
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").trim();
        };
    }
}
