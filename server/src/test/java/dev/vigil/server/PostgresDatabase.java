package dev.vigil.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away database on the PostgreSQL server named by PGHOST, PGPORT, PGUSER, PGPASSWORD (default
 * postgres on 127.0.0.1:5432). Where none answers, the test is skipped with a printed reason.
 */
public final class PostgresDatabase implements AutoCloseable {

    public static final String HOST = env("PGHOST", "127.0.0.1");
    public static final String PORT = env("PGPORT", "5432");
    public static final String USER = env("PGUSER", "postgres");
    public static final String PASSWORD = env("PGPASSWORD", "");

    public final String name =
            "vigil_test_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);

    private PostgresDatabase() {}

    /** Creates the database, or skips the calling test when PostgreSQL is not reachable. */
    public static PostgresDatabase createOrSkip(String test) {
        PostgresDatabase db = new PostgresDatabase();
        try (Connection admin = DriverManager.getConnection(url("postgres") + "?connectTimeout=3", USER, PASSWORD);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + db.name);
        } catch (SQLException e) {
            String reason = "PostgreSQL not usable at " + HOST + ":" + PORT + " as " + USER + " (" + e.getMessage()
                    + "): skipping " + test;
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        return db;
    }

    public String url() {
        return url(name);
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE " + name + " WITH (FORCE)");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
