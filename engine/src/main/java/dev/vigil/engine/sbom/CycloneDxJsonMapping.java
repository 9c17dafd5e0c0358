package dev.vigil.engine.sbom;

import static dev.vigil.engine.sbom.JsonTokens.array;
import static dev.vigil.engine.sbom.JsonTokens.pair;
import static dev.vigil.engine.sbom.JsonTokens.scalar;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps the JSON shape of CycloneDX (1.2–1.7) onto Vigil's records straight from parser tokens, so one
 * piece of code serves a file streamed from disk, a validated tree ({@code JsonNode.traverse}) and
 * the library's model of an XML document written out as JSON (see {@link CycloneDxXmlReader}).
 * Tokens rather than trees keep the streaming path free of data binding: less memory per component
 * and a faster cold start.
 */
final class CycloneDxJsonMapping {
    private final SbomBuilder builder;
    private final List<String> tools = new ArrayList<>();
    private final List<String> authors = new ArrayList<>();
    private String subjectRef;
    private String subjectName;
    private String created;
    private String serialNumber;

    CycloneDxJsonMapping(SbomBuilder builder) {
        this.builder = builder;
    }

    /** Reads a whole document; the parser stands before its first token. */
    void document(JsonParser p) throws IOException {
        expect(p, p.nextToken(), JsonToken.START_OBJECT, "the document");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (p.nextToken() == JsonToken.START_ARRAY) {
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    element(key, index++, p);
                }
            } else {
                value(key, p);
            }
        }
    }

    /** One top-level value that is not an array; the parser stands on its first token. */
    void value(String key, JsonParser p) throws IOException {
        switch (key) {
            case "serialNumber" -> serialNumber = scalar(p);
            case "metadata" -> metadata(p);
            default -> p.skipChildren();
        }
    }

    /** One element of the top-level array {@code key}; the parser stands on its first token. */
    void element(String key, int index, JsonParser p) throws IOException {
        switch (key) {
            case "components" -> component(p, "components[" + index + "]").forEach(builder::add);
            case "dependencies" -> dependency(p);
            default -> p.skipChildren();
        }
    }

    SbomMetadata metadata(SbomFormat format, String specVersion) {
        return new SbomMetadata(
                format, specVersion, serialNumber, subjectName, subjectRef, builder.timestamp(created), tools, authors);
    }

    private void metadata(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            switch (key) {
                case "timestamp" -> created = scalar(p);
                case "tools" -> tools(p, value);
                case "authors" -> {
                    for (JsonToken t = array(p); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        addIfPresent(authors, contact(p));
                    }
                }
                case "manufacturer", "manufacture" -> addIfPresent(authors, contact(p));
                case "component" -> {
                    List<SbomComponent> subject = component(p, "metadata.component");
                    if (!subject.isEmpty()) {
                        subjectRef = subject.get(0).ref();
                        subjectName = subject.get(0).name();
                        subject.forEach(builder::add);
                    }
                }
                default -> p.skipChildren();
            }
        }
    }

    /** 1.2–1.4: an array of tools; 1.5+: an object of components and services. */
    private void tools(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                tool(p);
            }
        } else if (value == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken list = p.nextToken();
                if ((key.equals("components") || key.equals("services")) && list == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        tool(p);
                    }
                } else {
                    p.skipChildren();
                }
            }
        } else {
            p.skipChildren();
        }
    }

    private void tool(JsonParser p) throws IOException {
        String vendor = null;
        String group = null;
        String name = null;
        String version = null;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case "vendor" -> vendor = scalar(p);
                case "group" -> group = scalar(p);
                case "name" -> name = scalar(p);
                case "version" -> version = scalar(p);
                default -> p.skipChildren();
            }
        }
        String full = join(vendor, join(group, name, "/"), " ");
        if (full != null) {
            tools.add(join(full, version, " "));
        }
    }

    /**
     * Maps a component and its nested components: the component first, then its children in
     * document order. Refs for components without {@code bom-ref} are given when the object ends.
     */
    private List<SbomComponent> component(JsonParser p, String where) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return List.of();
        }
        ComponentDraft c = new ComponentDraft();
        int childIndex = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case "bom-ref" -> c.ref = scalar(p);
                case "type" -> c.type = scalar(p);
                case "group" -> c.group = scalar(p);
                case "name" -> c.name = scalar(p);
                case "version" -> c.version = scalar(p);
                case "purl" -> c.purl = scalar(p);
                case "cpe" -> c.cpe = scalar(p);
                case "scope" -> c.scope = scalar(p);
                case "author" -> c.author = scalar(p);
                case "supplier" -> c.supplier = contact(p);
                case "authors" -> {
                    for (JsonToken t = array(p); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        addIfPresent(c.authorNames, contact(p));
                    }
                }
                case "hashes" -> {
                    for (JsonToken t = array(p); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        String[] hash = pair(p, "alg", "content");
                        if (hash[0] != null && hash[1] != null) {
                            c.hashes.add(new Hash(hash[0], hash[1].toLowerCase(Locale.ROOT)));
                        }
                    }
                }
                case "licenses" -> {
                    for (JsonToken t = array(p); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        addIfPresent(c.licenses, license(p));
                    }
                }
                case "properties" -> {
                    for (JsonToken t = array(p); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        String[] property = pair(p, "name", "value");
                        c.property(property[0], property[1]);
                    }
                }
                case "components" -> {
                    for (JsonToken t = array(p); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        c.children.add(component(p, where + " > components[" + childIndex++ + "]"));
                    }
                }
                default -> p.skipChildren();
            }
        }
        return c.build(builder, where);
    }

    /** {@code {"ref": ..., "dependsOn": [...]}}; the library's XML model nests {@code {"ref": ...}}. */
    private void dependency(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        String ref = null;
        List<String> on = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (key.equals("ref")) {
                ref = scalar(p);
            } else if ((key.equals("dependsOn") || key.equals("dependencies")) && value == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    addIfPresent(on, p.currentToken() == JsonToken.START_OBJECT ? pair(p, "ref", "ref")[0] : scalar(p));
                }
            } else {
                p.skipChildren();
            }
        }
        if (ref != null) {
            builder.dependsOn(ref, on);
        }
    }

    /** {@code {"license": {"id"|"name": ...}}} or {@code {"expression": ...}}. */
    private static String license(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String result = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (key.equals("license") && value == JsonToken.START_OBJECT) {
                String[] idName = pair(p, "id", "name");
                result = idName[0] != null ? idName[0] : idName[1];
            } else if (key.equals("expression")) {
                result = scalar(p);
            } else {
                p.skipChildren();
            }
        }
        return result;
    }

    /** An organisation or contact: its name, else its e-mail. */
    private static String contact(JsonParser p) throws IOException {
        String[] nameEmail = pair(p, "name", "email");
        return nameEmail[0] != null ? nameEmail[0] : nameEmail[1];
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected, String what) throws IOException {
        if (actual != expected) {
            throw new com.fasterxml.jackson.core.JsonParseException(
                    p, what + " is " + (actual == null ? "missing" : actual.name()) + ", expected a JSON object");
        }
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
