/**
 * Regulatory documents written from one model and its one assessment: the FDA premarket set, the EU
 * technical documentation's security part, Health Canada's and TGA's sets and the customer security
 * documentation. Which documents a set holds, their sections and the catalog requirements they answer
 * are data ({@code documents/sets.yaml}); each document has a control block, a table of contents and an
 * executive summary, says "not stated in the model" where the model is silent, and is written as PDF/A
 * (embedded DejaVu fonts) or XHTML.
 */
package dev.vigil.engine.documents;
