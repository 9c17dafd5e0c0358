package dev.vigil.engine.sbom;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import javax.xml.transform.stax.StAXSource;
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
 *
 * <p>Every version from 1.1 declares {@code bom-ref} unique over {@code .//*}. The JDK's validator checks
 * such an identity constraint in time quadratic in the number of values (20,000 components took 2.6 s
 * with it, 0.17 s without; 100,000 about a minute), so a large SBOM could stall a scan. The constraint is
 * taken out of the compiled schema and checked here instead, in one pass with a hash set, while the
 * validator reads the same events.
 */
final class CycloneDxXsd {
    private static final Set<String> BUNDLED = Set.of("1.5", "1.6", "1.7");
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Pattern BOM_REF_UNIQUE =
            Pattern.compile("\\s*<xs:unique name=\"bom-ref\">.*?</xs:unique>", Pattern.DOTALL);
    private static final XMLInputFactory STAX = coalescing(CycloneDxXmlReader.hardenedStax());

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
                XMLStreamReader events =
                        STAX.createXMLStreamReader(content.name().toUri().toString(), in);
                try {
                    validator.validate(new StAXSource(new UniqueBomRefs(events, problems)));
                } finally {
                    events.close();
                }
            }
        } catch (SAXParseException e) {
            problems.add("line " + e.getLineNumber() + ": " + Problems.firstLine(e.getMessage()));
        } catch (SAXException e) {
            problems.add(Problems.describe(e));
        } catch (XMLStreamException e) {
            problems.add(
                    (e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber() + ": ")
                            + Problems.firstLine(e.getMessage()));
        }
        return problems;
    }

    /** Passes the events on and notes every {@code bom-ref} attribute used a second time, with both lines. */
    private static final class UniqueBomRefs extends StreamReaderDelegate {
        private final Map<String, Integer> seen = new HashMap<>();
        private final List<String> problems;

        UniqueBomRefs(XMLStreamReader reader, List<String> problems) {
            super(reader);
            this.problems = problems;
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String ref = getAttributeValue(null, "bom-ref");
                if (ref != null) {
                    int line = getLocation().getLineNumber();
                    Integer first = seen.putIfAbsent(ref, line);
                    if (first != null) {
                        problems.add("line " + line + ": bom-ref \"" + ref + "\" is used twice (first at line " + first
                                + "); the schema's identity constraint 'bom-ref' wants each unique within the BOM");
                    }
                }
            }
            return event;
        }
    }

    private static Schema schema(String specVersion) throws SAXException, IOException {
        Schema cached = SCHEMAS.get(specVersion);
        if (cached != null) {
            return cached;
        }
        boolean bundled = BUNDLED.contains(specVersion);
        if (!bundled) {
            Version.fromVersionString(specVersion); // refuses a version the library does not know
        }
        Class<?> owner = bundled ? CycloneDxXsd.class : XmlParser.class;
        String folder = bundled ? "/vigil/cyclonedx/" : "/";
        URL spdx = owner.getResource(folder + "spdx.xsd");
        URL bom = owner.getResource(folder + "bom-" + specVersion + ".xsd");
        if (spdx == null || bom == null) {
            throw new SAXException("no XML schema for CycloneDX " + specVersion);
        }
        String text;
        try (java.io.InputStream in = bom.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Schema schema = factory.newSchema(new StreamSource[] {
            new StreamSource(spdx.toExternalForm()),
            new StreamSource(new StringReader(BOM_REF_UNIQUE.matcher(text).replaceAll("")), bom.toExternalForm())
        });
        SCHEMAS.put(specVersion, schema);
        return schema;
    }

    /** The JDK validator's StAX path drops CDATA events: text arrives as one characters event instead. */
    private static XMLInputFactory coalescing(XMLInputFactory factory) {
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
