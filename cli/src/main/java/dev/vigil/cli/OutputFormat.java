package dev.vigil.cli;

/** The {@code --format} values of commands that print reports. */
enum OutputFormat {
    text,
    json
}
