package dev.vigil.engine.version;

/** How one ecosystem orders its versions. Obtain one from {@link VersionSchemes}. */
public interface VersionScheme {

    /** The scheme's name, e.g. {@code Maven}, {@code RPM}, {@code SemVer}. */
    String name();

    /** Parses {@code text}, or says why it is not a version of this scheme. */
    Version parse(String text) throws InvalidVersionException;

    /** Compares two version strings: -1, 0 or 1. */
    default int compare(String a, String b) throws InvalidVersionException {
        return Integer.signum(parse(a).compareTo(parse(b)));
    }

    /** Whether {@code text} parses under this scheme. */
    default boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidVersionException e) {
            return false;
        }
    }
}
