package dev.vigil.engine.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps the JSON shape of CycloneDX (1.2–1.7) onto Vigil's records, one element at a time, so the same
 * code serves a whole tree and a stream of component trees. XML reaches it too: the library's model
 * of an XML document is written out as JSON first (see {@link CycloneDxXmlReader}).
 */
final class CycloneDxJsonMapping {
    private final SbomBuilder builder;
    private final List<String> tools = new ArrayList<>();
    private final List<String> authors = new ArrayList<>();
    private String subjectRef;
    private String subjectName;
    private String created;

    CycloneDxJsonMapping(SbomBuilder builder) {
        this.builder = builder;
    }

    void metadata(JsonNode metadata) {
        if (metadata == null || !metadata.isObject()) {
            return;
        }
        created = text(metadata, "timestamp");
        JsonNode toolNode = metadata.path("tools");
        // 1.2–1.4: an array of tools; 1.5+: an object of components and services.
        List<JsonNode> toolList = new ArrayList<>();
        toolNode.forEach(toolList::add);
        if (toolNode.isObject()) {
            toolList.clear();
            toolNode.path("components").forEach(toolList::add);
            toolNode.path("services").forEach(toolList::add);
        }
        for (JsonNode tool : toolList) {
            String name = join(text(tool, "vendor"), join(text(tool, "group"), text(tool, "name"), "/"), " ");
            if (name != null) {
                tools.add(join(name, text(tool, "version"), " "));
            }
        }
        metadata.path("authors").forEach(author -> addIfPresent(authors, contact(author)));
        addIfPresent(authors, text(metadata.path("manufacturer"), "name"));
        addIfPresent(authors, text(metadata.path("manufacture"), "name"));
        JsonNode subject = metadata.path("component");
        if (subject.isObject()) {
            subjectRef = component(subject, "metadata.component");
            subjectName = text(subject, "name");
        }
    }

    /** Maps a component and its nested components; returns the ref it was given. */
    String component(JsonNode node, String where) {
        String name = text(node, "name");
        String given = text(node, "bom-ref");
        String ref = given == null || given.isBlank() ? builder.generatedRef() : given;
        String label = where + " \"" + (name == null ? ref : name) + "\"";
        String supportLevel = null;
        String endOfSupport = null;
        for (JsonNode property : node.path("properties")) {
            SupportFields.Field field =
                    SupportFields.fieldOf(text(property, "name")).orElse(null);
            String value = text(property, "value");
            if (field == SupportFields.Field.LEVEL && supportLevel == null) {
                supportLevel = value;
            } else if (field == SupportFields.Field.END && endOfSupport == null) {
                endOfSupport = value;
            }
        }
        List<Hash> hashes = new ArrayList<>();
        for (JsonNode hash : node.path("hashes")) {
            String alg = text(hash, "alg");
            String content = text(hash, "content");
            if (alg != null && content != null) {
                hashes.add(new Hash(alg, content.toLowerCase(Locale.ROOT)));
            }
        }
        builder.add(new SbomComponent(
                ref,
                text(node, "type"),
                text(node, "group"),
                name,
                text(node, "version"),
                builder.purl(text(node, "purl"), label),
                text(node, "cpe"),
                text(node.path("supplier"), "name"),
                author(node),
                hashes,
                licenses(node.path("licenses")),
                text(node, "scope"),
                supportLevel,
                builder.endOfSupport(endOfSupport, label)));
        int index = 0;
        for (JsonNode child : node.path("components")) {
            component(child, label + " > components[" + index++ + "]");
        }
        return ref;
    }

    void dependency(JsonNode node) {
        String ref = text(node, "ref");
        if (ref == null) {
            return;
        }
        List<String> on = new ArrayList<>();
        node.path("dependsOn").forEach(target -> {
            // 1.2–1.4 XML written out by the library nests {"ref": ...}; JSON has plain strings.
            String value = target.isTextual() ? target.asText() : text(target, "ref");
            if (value != null) {
                on.add(value);
            }
        });
        node.path("dependencies").forEach(target -> addIfPresent(on, text(target, "ref")));
        builder.dependsOn(ref, on);
    }

    SbomMetadata metadata(SbomFormat format, String specVersion, String serialNumber) {
        return new SbomMetadata(
                format, specVersion, serialNumber, subjectName, subjectRef, builder.timestamp(created), tools, authors);
    }

    private static String author(JsonNode node) {
        String author = text(node, "author");
        if (author != null) {
            return author;
        }
        List<String> names = new ArrayList<>();
        node.path("authors").forEach(contact -> addIfPresent(names, contact(contact)));
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static List<String> licenses(JsonNode licenses) {
        List<String> result = new ArrayList<>();
        for (JsonNode choice : licenses) {
            JsonNode license = choice.path("license");
            String value = license.isObject() ? firstOf(text(license, "id"), text(license, "name")) : null;
            addIfPresent(result, value != null ? value : text(choice, "expression"));
        }
        return result;
    }

    private static String contact(JsonNode contact) {
        return firstOf(text(contact, "name"), text(contact, "email"));
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    private static String firstOf(String a, String b) {
        return a != null ? a : b;
    }

    private static String join(String a, String b, String separator) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + separator + b;
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null && !value.isBlank()) {
            list.add(value);
        }
    }
}
