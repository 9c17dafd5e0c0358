package dev.vigil.engine.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.parsers.XmlParser;

/**
 * CycloneDX XML through cyclonedx-core-java, after a hardened streaming pass of our own: it refuses
 * any DOCTYPE (external entities, entity expansion) and deep nesting before a DOM or schema parser sees
 * the bytes, and reads the version from the root element's namespace.
 */
final class CycloneDxXmlReader {
    private static final String NAMESPACE_PREFIX = "http://cyclonedx.org/schema/bom/";
    private static final Map<String, Version> LIBRARY_VERSIONS = Map.of(
            "1.0", Version.VERSION_10,
            "1.1", Version.VERSION_11,
            "1.2", Version.VERSION_12,
            "1.3", Version.VERSION_13,
            "1.4", Version.VERSION_14,
            "1.5", Version.VERSION_15,
            "1.6", Version.VERSION_16);

    /** Configured once, then only used to create readers, which is thread-safe. */
    private static final XMLInputFactory STAX = hardenedStax();

    /** Building the parser's XmlMapper costs more than parsing a small document; it is thread-safe. */
    private static final XmlParser PARSER = new XmlParser();

    private final SbomInput input;
    private final boolean lenient;

    CycloneDxXmlReader(SbomInput input, boolean lenient) {
        this.input = input;
        this.lenient = lenient;
    }

    Sbom read() throws IOException {
        String specVersion = screen();
        SbomInput versioned = new SbomInput(input.file(), input.size(), input.format(), specVersion);
        SbomBuilder builder = new SbomBuilder();
        CycloneDxSchemas.reject(versioned, CycloneDxXsd.validate(input.file(), specVersion), lenient, builder);
        Bom bom;
        try {
            bom = PARSER.parse(input.file().toFile());
        } catch (ParseException e) {
            throw new SbomException(input.file(), "cannot read CycloneDX XML: " + Problems.describe(e), e);
        }
        // The library writes no JSON before 1.2 and knows no 1.7; its 1.2 and 1.6 writers keep every
        // field Vigil reads from those documents.
        Version writeAs =
                switch (specVersion) {
                    case "1.0", "1.1" -> Version.VERSION_12;
                    case "1.7" -> Version.VERSION_16;
                    default -> LIBRARY_VERSIONS.get(specVersion);
                };
        JsonNode json = BomGeneratorFactory.createJson(writeAs, bom).toJsonNode();
        CycloneDxJsonMapping mapping = new CycloneDxJsonMapping(builder);
        try (var tokens = json.traverse()) {
            mapping.document(tokens);
        }
        return builder.build(mapping.metadata(SbomFormat.CYCLONEDX_XML, specVersion));
    }

    /** Checks the whole document with DTDs refused; returns the spec version from the namespace. */
    private String screen() throws IOException {
        String namespace = null;
        String root = null;
        int depth = 0;
        try (InputStream in = Files.newInputStream(input.file())) {
            XMLStreamReader reader = STAX.createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new SbomException(
                                input.file(),
                                "line " + reader.getLocation().getLineNumber()
                                        + ": DOCTYPE declarations are not allowed (they enable external entities and entity expansion)");
                    } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                        throw new SbomException(
                                input.file(),
                                "line " + reader.getLocation().getLineNumber() + ": undeclared entity &"
                                        + reader.getLocalName() + ";");
                    } else if (event == XMLStreamConstants.START_ELEMENT) {
                        if (++depth > SafeJson.MAX_NESTING) {
                            throw new SbomException(
                                    input.file(),
                                    "line " + reader.getLocation().getLineNumber() + ": elements nested deeper than "
                                            + SafeJson.MAX_NESTING);
                        }
                        if (root == null) {
                            root = reader.getLocalName();
                            namespace = reader.getNamespaceURI();
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
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
        if (root == null) {
            throw new SbomException(input.file(), "XML without a root element");
        }
        if (!"bom".equals(root) || namespace == null || !namespace.startsWith(NAMESPACE_PREFIX)) {
            throw new SbomException(
                    input.file(),
                    "XML root <" + root + "> in namespace \"" + (namespace == null ? "" : namespace)
                            + "\" is not a CycloneDX BOM (SPDX RDF/XML and SPDX XML are not supported)");
        }
        String version = namespace.substring(NAMESPACE_PREFIX.length());
        if (!LIBRARY_VERSIONS.containsKey(version) && !version.equals("1.7")) {
            throw new SbomException(
                    input.file(), "unsupported CycloneDX XML namespace \"" + namespace + "\" (Vigil reads 1.0 to 1.7)");
        }
        return version;
    }

    private static XMLInputFactory hardenedStax() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
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
