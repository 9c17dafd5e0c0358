/**
 * The MDS2 form (ANSI/NEMA HN 1-2019) answered from a system model: the question catalog is data
 * ({@code mds2/questions.yaml}), each answer names the model facts behind it, and the form is written as
 * JSON or as an xlsx workbook in the form's layout.
 */
package dev.vigil.engine.mds2;
