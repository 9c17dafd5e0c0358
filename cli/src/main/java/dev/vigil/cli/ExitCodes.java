package dev.vigil.cli;

/** The exit codes every command keeps (README.md, "Exit codes"). */
public final class ExitCodes {
    /** Everything went well. */
    public static final int OK = 0;
    /** A policy gate (such as {@code --fail-on}) failed. */
    public static final int POLICY_FAILED = 1;
    /** Bad input or bad usage. */
    public static final int BAD_INPUT = 2;
    /** A fault of Vigil itself (a bug, or the JVM out of memory or stack): never the user's input. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {}
}
