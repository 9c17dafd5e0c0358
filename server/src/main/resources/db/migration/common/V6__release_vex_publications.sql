-- Issue 13 item 7: a release's CSAF VEX is published in the same provider directory as the case advisories.
-- A VEX belongs to a release, not to a case: a publication names one or the other.
ALTER TABLE case_publication ALTER COLUMN case_ref DROP NOT NULL;
ALTER TABLE case_publication ADD COLUMN release_id BIGINT REFERENCES product_release (id);
