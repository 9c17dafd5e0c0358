package dev.vigil.engine.load;

import static dev.vigil.engine.load.Shapes.bool;
import static dev.vigil.engine.load.Shapes.date;
import static dev.vigil.engine.load.Shapes.enumOf;
import static dev.vigil.engine.load.Shapes.evidence;
import static dev.vigil.engine.load.Shapes.evidenceObject;
import static dev.vigil.engine.load.Shapes.id;
import static dev.vigil.engine.load.Shapes.list;
import static dev.vigil.engine.load.Shapes.object;
import static dev.vigil.engine.load.Shapes.opt;
import static dev.vigil.engine.load.Shapes.refs;
import static dev.vigil.engine.load.Shapes.req;
import static dev.vigil.engine.load.Shapes.text;

import dev.vigil.engine.load.Shape.ChoiceShape;
import dev.vigil.engine.load.Shape.IntShape;
import dev.vigil.engine.load.Shape.ObjectShape;
import dev.vigil.engine.model.SecurityTest;

/**
 * The evidence sections of format 1: lifecycle practices phase by phase, security tests and documents.
 * These keys are the only home of the evidence the catalog may ask for (catalog/evidence.yaml adds meanings).
 */
final class EvidenceFormat {

    static final ObjectShape TEST_SHAPE = object(
            "test",
            FormatOne.TEST,
            "A security test that was run: verification evidence",
            id(),
            req("kind", enumOf(SecurityTest.Kind.class), "Kind of test"),
            opt("independent", bool(), "Done by testers independent of the developers"),
            opt("date", date(), "When it was done"),
            opt("report", text(), "Path of the report relative to the model, a URL or a document id"),
            opt("covers", refs(), "Elements it exercised (components, interfaces, flows, controls)"),
            opt("result", enumOf(SecurityTest.Result.class), "How it ended"),
            opt("findings", list(text()), "Finding ids (<rule-id>@<element-id>) it confirmed"));

    static final ObjectShape DOCUMENT_SHAPE = object(
            "document",
            FormatOne.DOCUMENT,
            "A document that is evidence: plan, report, procedure",
            id(),
            req("title", text(), "Title"),
            req("kind", new Shape.IdShape(), "Kind of document in kebab-case, e.g. security-risk-management-plan"),
            opt("version", text(), "Version of the document"),
            opt("date", date(), "Date of this version"),
            opt("path", text(), "Path relative to the model, or a URL"));

    static final ObjectShape LIFECYCLE_SHAPE = object(
            "lifecycle",
            null,
            "Evidence of lifecycle practices, phase by phase; a text value may name a document id",
            opt(
                    "design",
                    evidenceObject(
                            "design",
                            "securityRiskManagementPlan",
                            "threatModelReviewed",
                            "securityRequirements",
                            "securityArchitecture",
                            "benefitRiskAnalysis",
                            "riskAssessmentApproval"),
                    "Design phase"),
            opt("development", development(), "Development phase"),
            opt(
                    "firstUse",
                    evidenceObject(
                            "firstUse", "secureDefaults", "uniqueCredentialsAtSetup", "customerSecurityDocumentation"),
                    "First use"),
            opt("monitoring", monitoring(), "Postmarket monitoring"),
            opt(
                    "endOfLife",
                    object(
                            "endOfLife",
                            null,
                            "End of life",
                            opt("endOfGuaranteedSupport", date(), "End of guaranteed support (IMDRF N70)"),
                            opt("endOfSupport", date(), "End of support (IMDRF N70)"),
                            opt("decommissioningGuidance", evidence(), "Decommissioning guidance"),
                            opt("dataSanitization", evidence(), "Data sanitization support")),
                    "End of life"));

    private EvidenceFormat() {}

    private static ObjectShape development() {
        ObjectShape penetrationTest = object(
                "penetrationTest",
                null,
                "A penetration test",
                opt("date", date(), "When it was done"),
                opt("independent", bool(), "Done by testers independent of the developers"),
                opt("report", text(), "Path or URL of the report"));
        return object(
                "development",
                null,
                "Development phase",
                opt("secureCodingStandard", evidence(), "Secure coding standard"),
                opt("staticAnalysis", evidence(), "Static analysis"),
                opt("softwareCompositionAnalysis", evidence(), "Software composition analysis"),
                opt("fuzzing", evidence(), "Fuzz testing"),
                opt("securityTesting", evidence(), "Security testing"),
                opt(
                        "penetrationTest",
                        new ChoiceShape(evidence(), penetrationTest),
                        "Penetration test: evidence or {date, independent, report}"),
                opt("securityTestReport", evidence(), "Security requirement and threat-mitigation test results"),
                opt("unresolvedAnomalies", evidence(), "Known unresolved anomalies assessed for security impact"),
                opt(
                        "secureDevelopmentEnvironment",
                        evidence(),
                        "The development, build and signing environment is secured"));
    }

    private static ObjectShape monitoring() {
        return object(
                "monitoring",
                null,
                "Postmarket monitoring",
                opt("vulnerabilityMonitoring", evidence(), "Vulnerabilities are monitored"),
                opt("cvdPolicy", evidence(), "Coordinated vulnerability disclosure policy"),
                opt(
                        "isao",
                        new ChoiceShape(
                                evidence(),
                                object(
                                        "isao",
                                        null,
                                        "Participation in an ISAO",
                                        req("name", text(), "The ISAO, e.g. H-ISAC"),
                                        opt("memberSince", date(), "Date membership began"),
                                        opt(
                                                "agreement",
                                                text(),
                                                "Membership or information-sharing agreement: path, URL or document id"),
                                        opt("sharesInformation", bool(), "Vulnerability information is shared"))),
                        "ISAO: its name, or {name, memberSince?, agreement?, sharesInformation?}"),
                opt("psirtContact", evidence(), "Product security contact"),
                opt("patchCadenceDays", new IntShape(0, Integer.MAX_VALUE), "Routine patch cadence in days"),
                opt("incidentResponsePlan", evidence(), "Incident response plan"),
                opt("cybersecurityManagementPlan", evidence(), "Postmarket cybersecurity management plan"),
                opt("tplcMetrics", evidence(), "Lifecycle security metrics are tracked"),
                opt("regulatoryReporting", evidence(), "Procedure for regulatory reports of security issues"));
    }
}
