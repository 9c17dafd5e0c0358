package dev.vigil.engine.sbom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Maps CycloneDX XML (1.0–1.7) onto Vigil's records in one streaming pass, element by element, with
 * the same rules as {@link CycloneDxJsonMapping}: memory grows with the result, not the document.
 * Only elements in the document's CycloneDX namespace count; anything else (extensions, pedigree,
 * services, vulnerabilities) is skipped.
 */
final class CycloneDxXmlMapping {
    private final SbomBuilder builder;
    private final XMLStreamReader r;
    private final String namespace;
    private final List<String> tools = new ArrayList<>();
    private final List<String> authors = new ArrayList<>();
    private String subjectRef;
    private String subjectName;
    private String created;
    private String serialNumber;

    /** The reader stands on the root {@code <bom>} element. */
    CycloneDxXmlMapping(SbomBuilder builder, XMLStreamReader reader) {
        this.builder = builder;
        this.r = reader;
        this.namespace = reader.getNamespaceURI();
    }

    void document() throws XMLStreamException {
        serialNumber = attribute("serialNumber");
        while (nextChild()) {
            switch (r.getLocalName()) {
                case "metadata" -> metadata();
                case "components" -> {
                    int index = 0;
                    while (nextChild()) {
                        if (is("component")) {
                            component("components[" + index++ + "]").forEach(builder::add);
                        } else {
                            skip();
                        }
                    }
                }
                case "dependencies" -> {
                    while (nextChild()) {
                        if (is("dependency")) {
                            dependency();
                        } else {
                            skip();
                        }
                    }
                }
                default -> skip();
            }
        }
    }

    SbomMetadata metadata(SbomFormat format, String specVersion) {
        return new SbomMetadata(
                format, specVersion, serialNumber, subjectName, subjectRef, builder.timestamp(created), tools, authors);
    }

    private void metadata() throws XMLStreamException {
        while (nextChild()) {
            switch (r.getLocalName()) {
                case "timestamp" -> created = text();
                case "tools" -> {
                    // 1.2–1.4: <tool> elements; 1.5+: <components> and <services>.
                    while (nextChild()) {
                        if (is("tool")) {
                            tool();
                        } else if (is("components") || is("services")) {
                            while (nextChild()) {
                                tool();
                            }
                        } else {
                            skip();
                        }
                    }
                }
                case "authors" -> {
                    while (nextChild()) {
                        addIfPresent(authors, contact());
                    }
                }
                case "manufacture", "manufacturer" -> addIfPresent(authors, contact());
                case "component" -> {
                    List<SbomComponent> subject = component("metadata.component");
                    subjectRef = subject.get(0).ref();
                    subjectName = subject.get(0).name();
                    subject.forEach(builder::add);
                }
                default -> skip();
            }
        }
    }

    private void tool() throws XMLStreamException {
        String vendor = null;
        String group = null;
        String name = null;
        String version = null;
        while (nextChild()) {
            switch (r.getLocalName()) {
                case "vendor" -> vendor = text();
                case "group" -> group = text();
                case "name" -> name = text();
                case "version" -> version = text();
                default -> skip();
            }
        }
        String full = join(vendor, join(group, name, "/"), " ");
        if (full != null) {
            tools.add(join(full, version, " "));
        }
    }

    /** A component, then its nested components in document order; pedigree is not nesting. */
    private List<SbomComponent> component(String where) throws XMLStreamException {
        ComponentDraft c = new ComponentDraft();
        c.ref = attribute("bom-ref");
        c.type = attribute("type");
        int childIndex = 0;
        while (nextChild()) {
            switch (r.getLocalName()) {
                case "group" -> c.group = text();
                case "name" -> c.name = text();
                case "version" -> c.version = text();
                case "purl" -> c.purl = text();
                case "cpe" -> c.cpe = text();
                case "scope" -> c.scope = text();
                case "author" -> c.author = text();
                case "supplier" -> c.supplier = contact();
                case "authors" -> {
                    while (nextChild()) {
                        addIfPresent(c.authorNames, contact());
                    }
                }
                case "hashes" -> {
                    while (nextChild()) {
                        String alg = attribute("alg");
                        String content = text();
                        if (alg != null && content != null) {
                            c.hashes.add(new Hash(alg, content.toLowerCase(Locale.ROOT)));
                        }
                    }
                }
                case "licenses" -> {
                    while (nextChild()) {
                        addIfPresent(c.licenses, is("expression") ? text() : license());
                    }
                }
                case "properties" -> {
                    while (nextChild()) {
                        String key = attribute("name");
                        String value = text();
                        c.property(key, value);
                    }
                }
                case "components" -> {
                    while (nextChild()) {
                        if (is("component")) {
                            c.children.add(component(where + " > components[" + childIndex++ + "]"));
                        } else {
                            skip();
                        }
                    }
                }
                default -> skip();
            }
        }
        return c.build(builder, where);
    }

    private void dependency() throws XMLStreamException {
        String ref = attribute("ref");
        List<String> on = new ArrayList<>();
        while (nextChild()) {
            if (is("dependency")) {
                addIfPresent(on, attribute("ref"));
            }
            skip();
        }
        if (ref != null) {
            builder.dependsOn(ref, on);
        }
    }

    /** {@code <license><id>} or {@code <name>}. */
    private String license() throws XMLStreamException {
        String id = null;
        String name = null;
        while (nextChild()) {
            switch (r.getLocalName()) {
                case "id" -> id = text();
                case "name" -> name = text();
                default -> skip();
            }
        }
        return id != null ? id : name;
    }

    /** An organisation or contact: its {@code <name>}, else its {@code <email>}. */
    private String contact() throws XMLStreamException {
        String name = null;
        String email = null;
        while (nextChild()) {
            switch (r.getLocalName()) {
                case "name" -> name = text();
                case "email" -> email = text();
                default -> skip();
            }
        }
        return name != null ? name : email;
    }

    /**
     * Moves to the next child element in the CycloneDX namespace; false at the end of the current
     * element. Elements of other namespaces are skipped.
     */
    private boolean nextChild() throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (namespace == null ? r.getNamespaceURI() == null : namespace.equals(r.getNamespaceURI())) {
                    return true;
                }
                skip();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    private boolean is(String localName) {
        return localName.equals(r.getLocalName());
    }

    /** Skips the current element with everything in it; the reader ends on its end tag. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The element's own text (nested elements are skipped), stripped; null when blank. */
    private String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(r.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                skip();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        String value = text.toString().strip();
        return value.isEmpty() ? null : value;
    }

    private String attribute(String name) {
        String value = r.getAttributeValue(null, name);
        return value == null || value.isBlank() ? null : value.strip();
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
