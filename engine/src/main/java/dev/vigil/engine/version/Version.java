package dev.vigil.engine.version;

/**
 * A version parsed under one {@link VersionScheme}. Parse once, compare many times: the advisory
 * matcher compares one component version against many range bounds.
 *
 * <p>Versions of different schemes do not compare; {@link #compareTo} then throws {@link
 * IllegalArgumentException}.
 */
public sealed interface Version extends Comparable<Version>
        permits AlpineVersion,
                AlpmVersion,
                ConanVersion,
                CranVersion,
                DatetimeVersion,
                DebianVersion,
                GentooVersion,
                LexicographicVersion,
                MavenVersion,
                NpmVersion,
                NuGetVersion,
                OpensslVersion,
                PackagistVersion,
                PypiVersion,
                RpmVersion,
                RubyGemsVersion,
                SemVerVersion {

    /** The text this version was parsed from, unchanged. */
    String text();

    /** Compares with another version of the same scheme: negative, zero or positive. */
    @Override
    int compareTo(Version other);
}
