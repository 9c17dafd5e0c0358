package dev.vigil.server.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the PostgreSQL migrations on a real server, in a database made for this test and dropped
 * after it. Skipped, with a message, on machines without PostgreSQL. The server is found through the
 * usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD), defaulting to postgres on 127.0.0.1:5432.
 */
class PostgresMigrationTest {

    private static final String HOST = env("PGHOST", "127.0.0.1");
    private static final String PORT = env("PGPORT", "5432");
    private static final String USER = env("PGUSER", "postgres");
    private static final String PASSWORD = env("PGPASSWORD", "");

    private final String database =
            "vigil_test_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);

    private boolean created;

    @BeforeEach
    void createThrowAwayDatabase() {
        try (Connection admin = connect("postgres");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
            created = true;
        } catch (SQLException e) {
            String reason = "PostgreSQL not usable at " + HOST + ":" + PORT + " as " + USER + " (" + e.getMessage()
                    + "): skipping the PostgreSQL migration test";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
    }

    @AfterEach
    void dropThrowAwayDatabase() throws SQLException {
        if (!created) {
            return;
        }
        try (Connection admin = connect("postgres");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE " + database + " WITH (FORCE)");
        }
    }

    @Test
    void migrationsBuildAModelUploadTableThatStoresAndGuardsUploads() throws Exception {
        MigrateResult result = Flyway.configure()
                .dataSource(url(database), USER, PASSWORD)
                .locations("classpath:db/migration/postgresql", "classpath:db/migration/common")
                .load()
                .migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted)
                .isEqualTo(MigrationScriptsTest.scripts("postgresql").size()
                        + MigrationScriptsTest.scripts("common").size());

        try (Connection connection = connect(database)) {
            OffsetDateTime uploadedAt = OffsetDateTime.of(2026, 11, 24, 3, 30, 0, 123_456_000, ZoneOffset.UTC);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO model_upload (name, uploaded_at, content) VALUES (?, ?, ?)")) {
                insert.setString(1, "glucoflow.yaml");
                insert.setObject(2, uploadedAt);
                insert.setString(3, "vigil: 1\nsystem:\n  name: µ-Pumpe\n");
                insert.executeUpdate();
            }
            try (Statement query = connection.createStatement();
                    ResultSet row = query.executeQuery("SELECT id, name, uploaded_at, content FROM model_upload")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getLong("id")).isPositive();
                assertThat(row.getObject("uploaded_at", OffsetDateTime.class)).isEqualTo(uploadedAt);
                assertThat(row.getString("content")).isEqualTo("vigil: 1\nsystem:\n  name: µ-Pumpe\n");
            }
            try (Statement blank = connection.createStatement()) {
                assertThatThrownBy(() -> blank.executeUpdate(
                                "INSERT INTO model_upload (name, uploaded_at, content) VALUES ('  ', now(), 'x')"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("check constraint");
            }
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database) + "?connectTimeout=3", USER, PASSWORD);
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
