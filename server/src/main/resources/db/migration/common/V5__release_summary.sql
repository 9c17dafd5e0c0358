-- A stored summary per release (issue 12, performance): what the portfolio shows of a release, computed
-- from its report.json, its stated end-of-support dates and the decisions in force, so the portfolio reads
-- one row per product instead of parsing every latest report. Same rules as V2: one script for H2 and
-- PostgreSQL. It is derived data, never the record: written at upload, its open_* counts rewritten in place
-- (under a row lock) whenever a decision changes a finding's status. Releases stored before V5 get their
-- row computed from the stored report and decisions the first time the portfolio reads them: nothing is
-- lost, report.json stays the source.
CREATE TABLE release_summary (
    release_id        BIGINT PRIMARY KEY REFERENCES product_release (id),
    findings          INT NOT NULL,
    -- every finding by severity, as the report states them
    critical_findings INT NOT NULL,
    high_findings     INT NOT NULL,
    medium_findings   INT NOT NULL,
    low_findings      INT NOT NULL,
    info_findings     INT NOT NULL,
    -- findings still open after the decisions in force
    open_critical     INT NOT NULL,
    open_high         INT NOT NULL,
    open_medium       INT NOT NULL,
    open_low          INT NOT NULL,
    open_info         INT NOT NULL,
    uncontrolled      INT NOT NULL,
    -- null: compliance was not judged
    compliance_gaps   INT,
    vulns_checked     BOOLEAN NOT NULL,
    -- null when vulnerabilities were not checked
    vulnerabilities   INT,
    -- the end-of-support dates the release states: how many, and the earliest with what it concerns
    -- (which of them have ended or end soon depends on the date asked about: release_support_end)
    support_stated    INT NOT NULL,
    support_earliest  DATE,
    support_subject   VARCHAR(1000)
);

-- The latest release of each product is MAX(id) per product_id: answered from this index.
CREATE INDEX product_release_product ON product_release (product_id, id);
