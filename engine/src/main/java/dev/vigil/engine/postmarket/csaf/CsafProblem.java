package dev.vigil.engine.postmarket.csaf;

/**
 * One failure of a CSAF document: the test ({@code schema} or a CSAF 2.0 test id such as {@code 6.1.1}), the
 * JSON pointer of the offending value, and what is wrong.
 */
public record CsafProblem(String test, String path, String message) {

    /** {@code test path: message}, as {@code vigil csaf validate} prints it after the file name. */
    @Override
    public String toString() {
        return test + " " + (path.isEmpty() ? "/" : path) + ": " + message;
    }
}
