package dev.vigil.server.products;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A release's generated documents, every revision kept: rows are inserted, never updated or deleted. */
@Repository
class DocumentStore {

    private final JdbcClient db;

    DocumentStore(JdbcClient db) {
        this.db = db;
    }

    /** One stored revision of one document, without its bytes (a list does not need them). */
    record StoredDocument(
            long releaseId,
            String setId,
            String name,
            String documentId,
            String title,
            String format,
            int revision,
            LocalDate date,
            int size,
            String sha256,
            String sourceSha256,
            int approvalCount,
            String signedHash,
            String generatedBy,
            Instant generatedAt) {}

    private static final String COLUMNS = "release_id, set_id, name, document_id, title, format, revision,"
            + " document_date, sha256, source_sha256, approval_count, signed_hash, generated_by, generated_at";

    void insert(StoredDocument d, byte[] content) {
        db.sql("INSERT INTO release_document (" + COLUMNS + ", content)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        d.releaseId(),
                        d.setId(),
                        d.name(),
                        d.documentId(),
                        d.title(),
                        d.format(),
                        d.revision(),
                        d.date(),
                        d.sha256(),
                        d.sourceSha256(),
                        d.approvalCount(),
                        d.signedHash(),
                        d.generatedBy(),
                        ReleaseStore.utc(d.generatedAt()),
                        content)
                .update();
    }

    /** Every revision of every document of the release: by name and format, newest revision first. */
    List<StoredDocument> list(long releaseId) {
        return db.sql("SELECT " + COLUMNS + ", OCTET_LENGTH(content) AS size FROM release_document WHERE release_id = ?"
                        + " ORDER BY set_id, name, format, revision DESC")
                .param(releaseId)
                .query(DocumentStore::document)
                .list();
    }

    Optional<StoredDocument> latest(long releaseId, String name, String format) {
        return db.sql("SELECT " + COLUMNS + ", OCTET_LENGTH(content) AS size FROM release_document"
                        + " WHERE release_id = ? AND name = ? AND format = ? ORDER BY revision DESC LIMIT 1")
                .params(releaseId, name, format)
                .query(DocumentStore::document)
                .optional();
    }

    Optional<byte[]> content(long releaseId, String name, String format, int revision) {
        return db.sql("SELECT content FROM release_document"
                        + " WHERE release_id = ? AND name = ? AND format = ? AND revision = ?")
                .params(releaseId, name, format, revision)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    private static StoredDocument document(ResultSet rs, int row) throws SQLException {
        return new StoredDocument(
                rs.getLong("release_id"),
                rs.getString("set_id"),
                rs.getString("name"),
                rs.getString("document_id"),
                rs.getString("title"),
                rs.getString("format"),
                rs.getInt("revision"),
                rs.getObject("document_date", LocalDate.class),
                rs.getInt("size"),
                rs.getString("sha256"),
                rs.getString("source_sha256"),
                rs.getInt("approval_count"),
                rs.getString("signed_hash"),
                rs.getString("generated_by"),
                rs.getObject("generated_at", OffsetDateTime.class).toInstant());
    }
}
