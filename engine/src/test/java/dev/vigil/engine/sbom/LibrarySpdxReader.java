package dev.vigil.engine.sbom;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.jacksonstore.MultiFormatStore;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v2.Annotation;
import org.spdx.library.model.v2.Checksum;
import org.spdx.library.model.v2.ExternalRef;
import org.spdx.library.model.v2.Relationship;
import org.spdx.library.model.v2.SpdxConstantsCompatV2;
import org.spdx.library.model.v2.SpdxCreatorInformation;
import org.spdx.library.model.v2.SpdxDocument;
import org.spdx.library.model.v2.SpdxElement;
import org.spdx.library.model.v2.SpdxPackage;
import org.spdx.library.model.v2.license.AnyLicenseInfo;
import org.spdx.storage.ISerializableModelStore;
import org.spdx.storage.simple.InMemSpdxStore;
import org.spdx.tagvaluestore.TagValueStore;

/**
 * The SPDX reader Vigil used before it streamed SPDX (java-spdx-library and its two store modules, an
 * in-memory model of the whole document), kept in the tests as the reference the streaming readers are
 * compared with over every public SPDX example ({@code SpdxDifferentialTest}).
 *
 * <p>SPDX 2.2/2.3 JSON and tag-value through java-spdx-library and its two store modules. Packages are the
 * components; files and snippets are not. DEPENDS_ON, CONTAINS, the linking relations and their
 * reverse forms make the dependency graph; DESCRIBES names the subject.
 */
final class LibrarySpdxReader {
    static {
        // Never fetch the license list from spdx.org: Vigil runs offline (libraries.md, section 2).
        if (System.getProperty("org.spdx.useJARLicenseInfoOnly") == null) {
            System.setProperty("org.spdx.useJARLicenseInfoOnly", "true");
        }
        SpdxModelFactory.init();
    }

    /** "A DEPENDS_ON B": A depends on B. */
    private static final Set<String> FORWARD =
            Set.of("DEPENDS_ON", "CONTAINS", "STATIC_LINK", "DYNAMIC_LINK", "HAS_PREREQUISITE");
    /** "A DEPENDENCY_OF B": B depends on A. */
    private static final Set<String> REVERSE = Set.of(
            "DEPENDENCY_OF",
            "CONTAINED_BY",
            "BUILD_DEPENDENCY_OF",
            "DEV_DEPENDENCY_OF",
            "OPTIONAL_DEPENDENCY_OF",
            "PROVIDED_DEPENDENCY_OF",
            "TEST_DEPENDENCY_OF",
            "RUNTIME_DEPENDENCY_OF",
            "PREREQUISITE_FOR");

    private final SbomInput input;
    private final SbomBuilder builder = new SbomBuilder();

    LibrarySpdxReader(SbomInput input) {
        this.input = input;
    }

    Sbom read() throws IOException {
        try {
            return map(deserialize());
        } catch (InvalidSPDXAnalysisException e) {
            throw new SbomException(input.file(), "not valid " + input.format() + ": " + Problems.describe(e), e);
        }
    }

    /**
     * The SPDX library's own JSON reading lets a repeated key replace the first silently; one streaming
     * pass with Vigil's JSON set-up refuses duplicates (with line and column) before it reads the file.
     */
    private void refuseDuplicateKeys() throws IOException {
        try (com.fasterxml.jackson.core.JsonParser parser = SafeJson.parser(input.content())) {
            while (parser.nextToken() != null) {
                // Reading every token is what makes the parser check each object's keys.
            }
        }
    }

    private SpdxDocument deserialize() throws IOException, InvalidSPDXAnalysisException {
        if (input.format() == SbomFormat.SPDX_JSON) {
            refuseDuplicateKeys();
        }
        ISerializableModelStore store = input.format() == SbomFormat.SPDX_JSON
                ? new MultiFormatStore(new InMemSpdxStore(), MultiFormatStore.Format.JSON)
                : new TagValueStore(new InMemSpdxStore());
        try (InputStream in = input.content().open()) {
            Object document = store.deSerialize(in, false);
            if (!(document instanceof SpdxDocument spdx)) {
                throw new SbomException(input.file(), "no SPDX 2 document found");
            }
            return spdx;
        }
    }

    private Sbom map(SpdxDocument document) throws InvalidSPDXAnalysisException {
        List<SpdxPackage> packages = new ArrayList<>();
        try (var all = SpdxModelFactory.getSpdxObjects(
                document.getModelStore(), null, SpdxConstantsCompatV2.CLASS_SPDX_PACKAGE, null, null)) {
            all.forEach(p -> packages.add((SpdxPackage) p));
        }
        Set<String> packageIds = new LinkedHashSet<>();
        for (SpdxPackage pkg : packages) {
            packageIds.add(pkg.getId());
            builder.add(component(pkg));
        }
        String subjectRef = null;
        for (SpdxElement described : document.getDocumentDescribes()) {
            if (packageIds.contains(described.getId())) {
                subjectRef = described.getId();
                break;
            }
        }
        for (SpdxPackage pkg : packages) {
            relationships(pkg, packageIds);
        }
        relationships(document, packageIds);
        SpdxCreatorInformation creation = document.getCreationInfo();
        List<String> tools = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        if (creation != null) {
            for (String creator : creation.getCreators()) {
                String who = creator.strip();
                if (who.startsWith("Tool:")) {
                    tools.add(who.substring(5).strip());
                } else {
                    authors.add(party(who));
                }
            }
        }
        String uri = document.getObjectUri();
        String namespace = uri.contains("#") ? uri.substring(0, uri.indexOf('#')) : uri;
        return builder.build(new SbomMetadata(
                input.format(),
                input.specVersion().substring("SPDX-".length()),
                namespace,
                document.getName().orElse(null),
                subjectRef,
                creation == null ? null : builder.timestamp(creation.getCreated()),
                tools,
                authors));
    }

    private SbomComponent component(SpdxPackage pkg) throws InvalidSPDXAnalysisException {
        String ref = pkg.getId();
        String name = pkg.getName().orElse(null);
        String label = "package \"" + (name == null ? ref : name) + "\"";
        String purl = null;
        String cpe = null;
        for (ExternalRef external : pkg.getExternalRefs()) {
            String type = external.getReferenceType().getIndividualURI();
            String locator = external.getReferenceLocator();
            if (type.endsWith("purl") && purl == null) {
                purl = builder.purl(locator, label);
            } else if ((type.endsWith("cpe23Type") || type.endsWith("cpe22Type")) && cpe == null) {
                cpe = locator;
            }
        }
        List<Hash> hashes = new ArrayList<>();
        for (Checksum checksum : pkg.getChecksums()) {
            hashes.add(new Hash(
                    algorithm(checksum.getAlgorithm().name()),
                    checksum.getValue().toLowerCase(Locale.ROOT)));
        }
        List<String> licenses = new ArrayList<>();
        license(pkg.getLicenseConcluded(), licenses);
        license(pkg.getLicenseDeclared(), licenses);
        String supportLevel = null;
        String endOfSupport = pkg.getValidUntilDate().orElse(null);
        for (Annotation annotation : pkg.getAnnotations()) {
            for (String line : annotation.getComment().split("\\R|;")) {
                int separator = separator(line);
                if (separator < 0) {
                    continue;
                }
                String value = line.substring(separator + 1).strip();
                SupportFields.Field field =
                        SupportFields.fieldOf(line.substring(0, separator)).orElse(null);
                if (field == SupportFields.Field.LEVEL && supportLevel == null) {
                    supportLevel = value;
                } else if (field == SupportFields.Field.END && endOfSupport == null) {
                    endOfSupport = value;
                }
            }
        }
        return new SbomComponent(
                ref,
                pkg.getPrimaryPurpose()
                        .map(p -> p.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .orElse(null),
                null,
                name,
                pkg.getVersionInfo().orElse(null),
                purl,
                cpe,
                assertion(pkg.getSupplier()).map(LibrarySpdxReader::party).orElse(null),
                assertion(pkg.getOriginator()).map(LibrarySpdxReader::party).orElse(null),
                hashes,
                licenses,
                null,
                supportLevel,
                builder.endOfSupport(endOfSupport, label));
    }

    private void relationships(SpdxElement element, Set<String> packageIds) throws InvalidSPDXAnalysisException {
        String from = element.getId();
        for (Relationship relationship : element.getRelationships()) {
            Optional<SpdxElement> related = relationship.getRelatedSpdxElement();
            if (related.isEmpty()) {
                continue;
            }
            String to = related.get().getId();
            String type = relationship.getRelationshipType().name();
            if (FORWARD.contains(type) && packageIds.contains(from) && packageIds.contains(to)) {
                builder.dependsOn(from, List.of(to));
            } else if (REVERSE.contains(type) && packageIds.contains(from) && packageIds.contains(to)) {
                builder.dependsOn(to, List.of(from));
            }
        }
    }

    /** The key of a {@code key: value} or {@code key=value} annotation line; -1 when none. */
    private static int separator(String line) {
        // "vigil:support:level=active" has colons in the key and "eos: 2030-01-01T00:00:00Z" in the
        // value, so "=" wins, then the first ": ".
        int equals = line.indexOf('=');
        if (equals > 0) {
            return equals;
        }
        int colon = line.indexOf(": ");
        return colon > 0 ? colon : -1;
    }

    private static void license(AnyLicenseInfo license, List<String> into) {
        if (license == null) {
            return;
        }
        String text = license.toString();
        if (text != null
                && !text.isBlank()
                && !text.equals("NOASSERTION")
                && !text.equals("NONE")
                && !into.contains(text)) {
            into.add(text);
        }
    }

    private static Optional<String> assertion(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty() && !v.equals("NOASSERTION"));
    }

    /** "Organization: ACME (mail)" becomes "ACME (mail)". */
    private static String party(String value) {
        for (String prefix : List.of("Organization:", "Person:", "Tool:")) {
            if (value.startsWith(prefix)) {
                return value.substring(prefix.length()).strip();
            }
        }
        return value;
    }

    private static String algorithm(String spdxName) {
        if (spdxName.matches("SHA\\d+")) {
            return "SHA-" + spdxName.substring(3);
        }
        return spdxName.replace('_', '-');
    }
}
