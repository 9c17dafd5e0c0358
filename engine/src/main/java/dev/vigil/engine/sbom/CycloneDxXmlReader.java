package dev.vigil.engine.sbom;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * CycloneDX XML in two streaming passes. The first, with a hardened StAX parser, refuses any DOCTYPE
 * (external entities, entity expansion) and nesting deeper than {@link SafeJson#MAX_NESTING}, reads
 * the version from the root namespace and maps the document ({@link CycloneDxXmlMapping}). Only then
 * does the second pass, the official XSD of that version, see the bytes, whatever their size. Neither
 * pass holds the document in memory.
 */
final class CycloneDxXmlReader {
    private static final String NAMESPACE_PREFIX = "http://cyclonedx.org/schema/bom/";
    private static final Set<String> VERSIONS = Set.of("1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7");

    /** Configured once, then only used to create readers, which is thread-safe. */
    private static final XMLInputFactory STAX = hardenedStax();

    private final SbomInput input;
    private final boolean validate;
    private final boolean lenient;

    CycloneDxXmlReader(SbomInput input, boolean validate, boolean lenient) {
        this.input = input;
        this.validate = validate;
        this.lenient = lenient;
    }

    Sbom read() throws IOException {
        SbomBuilder builder = new SbomBuilder();
        String specVersion;
        CycloneDxXmlMapping mapping;
        try (InputStream in = input.content().open()) {
            XMLStreamReader reader = STAX.createXMLStreamReader(in);
            try {
                specVersion = root(reader);
                mapping = new CycloneDxXmlMapping(builder, reader);
                mapping.document();
                while (reader.hasNext()) {
                    // The rest must still be well-formed: comments and white space only.
                    reader.next();
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNumber() + ", column "
                            + e.getLocation().getColumnNumber();
            throw new SbomException(input.file(), "malformed XML" + where + ": " + xmlMessage(e), e);
        }
        SbomInput versioned = new SbomInput(input.content(), input.size(), input.format(), specVersion);
        if (validate) {
            // The XSD validator reads a stream of events, so it is run whatever the size.
            CycloneDxSchemas.reject(versioned, CycloneDxXsd.validate(input.content(), specVersion), lenient, builder);
        } else {
            builder.warn("not schema-validated: the reader was asked to skip validation");
        }
        return builder.build(mapping.metadata(SbomFormat.CYCLONEDX_XML, specVersion));
    }

    /** Moves to the root element, refusing a DOCTYPE on the way; returns the spec version. */
    private String root(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw new SbomException(
                        input.file(),
                        "line " + reader.getLocation().getLineNumber()
                                + ": DOCTYPE declarations are not allowed (they enable external entities and entity expansion)");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String root = reader.getLocalName();
                String namespace = reader.getNamespaceURI();
                if (!"bom".equals(root) || namespace == null || !namespace.startsWith(NAMESPACE_PREFIX)) {
                    throw new SbomException(
                            input.file(),
                            "XML root <" + root + "> in namespace \"" + (namespace == null ? "" : namespace)
                                    + "\" is not a CycloneDX BOM (SPDX RDF/XML and SPDX XML are not supported)");
                }
                String version = namespace.substring(NAMESPACE_PREFIX.length());
                if (!VERSIONS.contains(version)) {
                    throw new SbomException(
                            input.file(),
                            "unsupported CycloneDX XML namespace \"" + namespace + "\" (Vigil reads 1.0 to 1.7)");
                }
                return version;
            }
        }
        throw new SbomException(input.file(), "XML without a root element");
    }

    /** No DTD, no external entities, bounded depth: for every StAX read of someone else's XML here. */
    static XMLInputFactory hardenedStax() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        if (factory.isPropertySupported("com.ctc.wstx.maxElementDepth")) {
            // Woodstox (on the class path through Jackson XML) enforces the depth while it parses.
            factory.setProperty("com.ctc.wstx.maxElementDepth", SafeJson.MAX_NESTING);
        }
        return factory;
    }

    /** StAX messages repeat the location over several lines; the first line after it says what is wrong. */
    private static String xmlMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        return message.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("at [") && !line.startsWith("ParseError at"))
                .findFirst()
                .orElse(Problems.firstLine(message));
    }
}
