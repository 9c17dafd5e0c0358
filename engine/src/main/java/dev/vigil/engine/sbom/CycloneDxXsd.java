package dev.vigil.engine.sbom;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.XmlParser;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The CycloneDX XML schemas, compiled once per version. 1.0–1.4 come from cyclonedx-core-java; 1.5–1.7
 * Vigil bundles from the specification: the library has no 1.7, and its 1.5/1.6 XSDs predate the fix
 * that allows several {@code <user>} elements in a model card (the official valid-machine-learning
 * documents fail against them). External access is switched off: the schemas are local sources and
 * the SPDX import is resolved by namespace.
 */
final class CycloneDxXsd {
    private static final Set<String> BUNDLED = Set.of("1.5", "1.6", "1.7");
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private CycloneDxXsd() {}

    static List<String> validate(SbomContent content, String specVersion) throws IOException {
        List<String> problems = new ArrayList<>();
        try {
            Validator validator = schema(specVersion).newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {}

                @Override
                public void error(SAXParseException e) {
                    problems.add("line " + e.getLineNumber() + ": " + Problems.firstLine(e.getMessage()));
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            try (java.io.InputStream in = content.open()) {
                validator.validate(new StreamSource(in, content.name().toUri().toString()));
            }
        } catch (SAXParseException e) {
            problems.add("line " + e.getLineNumber() + ": " + Problems.firstLine(e.getMessage()));
        } catch (SAXException e) {
            problems.add(Problems.describe(e));
        }
        return problems;
    }

    private static Schema schema(String specVersion) throws SAXException {
        Schema cached = SCHEMAS.get(specVersion);
        if (cached != null) {
            return cached;
        }
        if (!BUNDLED.contains(specVersion)) {
            Schema library = new XmlParser().getXmlSchema(Version.fromVersionString(specVersion));
            SCHEMAS.put(specVersion, library);
            return library;
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        URL spdx = CycloneDxXsd.class.getResource("/vigil/cyclonedx/spdx.xsd");
        URL bom = CycloneDxXsd.class.getResource("/vigil/cyclonedx/bom-" + specVersion + ".xsd");
        Schema schema = factory.newSchema(
                new StreamSource[] {new StreamSource(spdx.toExternalForm()), new StreamSource(bom.toExternalForm())});
        SCHEMAS.put(specVersion, schema);
        return schema;
    }
}
