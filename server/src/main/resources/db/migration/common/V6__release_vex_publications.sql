-- Issue 13 item 7: a release's CSAF VEX is published in the same provider directory as the case advisories.
-- A VEX belongs to a release, not to a case: a publication names one or the other.
ALTER TABLE case_publication ALTER COLUMN case_ref DROP NOT NULL;
ALTER TABLE case_publication ADD COLUMN release_id BIGINT REFERENCES product_release (id);

-- A feed case names the monitor's components it concerns; the releases holding them are read through the
-- monitor's index (release_component), so an import that touches 100 releases per case stores one row per case
-- and component instead of one per release (the monitoring benchmark: 12,600 rows instead of 252,000).
CREATE TABLE case_component (
    case_ref     BIGINT NOT NULL REFERENCES vuln_case (id),
    component_id BIGINT NOT NULL REFERENCES monitored_component (id),
    component    VARCHAR(1000) NOT NULL,
    PRIMARY KEY (case_ref, component_id)
);
