package dev.vigil.engine.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
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

    private final SbomInput input;

    CycloneDxXmlReader(SbomInput input) {
        this.input = input;
    }

    Sbom read() throws IOException {
        String specVersion = screen();
        List<String> problems = validate(specVersion);
        if (!problems.isEmpty()) {
            String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "";
            throw new SbomException(
                    input.file(), "not valid CycloneDX " + specVersion + " XML: " + problems.get(0) + more);
        }
        Bom bom;
        try {
            bom = new XmlParser().parse(input.file().toFile());
        } catch (ParseException e) {
            throw new SbomException(input.file(), "cannot read CycloneDX XML: " + Problems.describe(e), e);
        }
        // The library knows no 1.7; its 1.6 writer keeps every field Vigil reads.
        Version writeAs = LIBRARY_VERSIONS.getOrDefault(specVersion, Version.VERSION_16);
        JsonNode json = BomGeneratorFactory.createJson(writeAs, bom).toJsonNode();
        SbomBuilder builder = new SbomBuilder();
        CycloneDxJsonMapping mapping = new CycloneDxJsonMapping(builder);
        mapping.metadata(json.get("metadata"));
        int index = 0;
        for (JsonNode component : json.path("components")) {
            mapping.component(component, "components[" + index++ + "]");
        }
        json.path("dependencies").forEach(mapping::dependency);
        return builder.build(mapping.metadata(SbomFormat.CYCLONEDX_XML, specVersion, bom.getSerialNumber()));
    }

    private List<String> validate(String specVersion) throws IOException {
        if (CycloneDxXsd.VERSIONS.contains(specVersion)) {
            return CycloneDxXsd.validate(input.file(), specVersion);
        }
        return new XmlParser()
                .validate(input.file().toFile(), LIBRARY_VERSIONS.get(specVersion)).stream()
                        .map(e -> Problems.describe(e))
                        .toList();
    }

    /** Checks the whole document with DTDs refused; returns the spec version from the namespace. */
    private String screen() throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        String namespace = null;
        String root = null;
        int depth = 0;
        try (InputStream in = Files.newInputStream(input.file())) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
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
