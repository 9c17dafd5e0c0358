package dev.vigil.engine.sbom;

import java.util.ArrayList;
import java.util.List;

/**
 * A CycloneDX component while its JSON or XML is being read: the two streaming mappings fill the same
 * fields, and this one place turns them into {@link SbomComponent}s (itself first, then its children).
 */
final class ComponentDraft {
    String ref;
    String type;
    String group;
    String name;
    String version;
    String purl;
    String cpe;
    String supplier;
    String author;
    String scope;
    String supportLevel;
    String endOfSupport;
    final List<String> authorNames = new ArrayList<>();
    final List<Hash> hashes = new ArrayList<>();
    final List<String> licenses = new ArrayList<>();
    final List<List<SbomComponent>> children = new ArrayList<>();

    /** A property that may carry an FDA support field; the first value of each field wins. */
    void property(String key, String value) {
        SupportFields.Field field = SupportFields.fieldOf(key).orElse(null);
        if (field == SupportFields.Field.LEVEL && supportLevel == null) {
            supportLevel = value;
        } else if (field == SupportFields.Field.END && endOfSupport == null) {
            endOfSupport = value;
        }
    }

    List<SbomComponent> build(SbomBuilder builder, String where) {
        String label = where + " \"" + (name == null ? (ref == null ? "unnamed" : ref) : name) + "\"";
        List<SbomComponent> result = new ArrayList<>();
        result.add(new SbomComponent(
                ref == null ? builder.generatedRef() : ref,
                type,
                group,
                name,
                version,
                builder.purl(purl, label),
                cpe,
                supplier,
                author != null ? author : authorNames.isEmpty() ? null : String.join(", ", authorNames),
                hashes,
                licenses,
                scope,
                supportLevel,
                builder.endOfSupport(endOfSupport, label)));
        children.forEach(result::addAll);
        return result;
    }
}
