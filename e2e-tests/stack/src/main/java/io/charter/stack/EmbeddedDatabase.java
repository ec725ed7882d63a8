package io.charter.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL (zonky embedded binaries) with Charter's two roles and database.
 *
 * <p>Charter runs migrations as {@link #OWNER_USER} (owner of every table) and the server as
 * {@link #APP_USER}, which the migrations grant only SELECT/INSERT on the audit table: the owner
 * could disable the append-only triggers, the application role cannot.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "charter";
    public static final String OWNER_USER = "charter_owner";
    public static final String OWNER_PASSWORD = "charter_owner";
    public static final String APP_USER = "charter_app";
    public static final String APP_PASSWORD = "charter_app";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL and creates the roles and the database if they are missing.
     *
     * @param dataDir persistent data directory (kept across restarts, fsync on), or {@code null}
     *                for a throw-away one (fsync off, deleted on close)
     * @param port    TCP port on 127.0.0.1, or 0 for a free one
     */
    public static EmbeddedDatabase start(Path dataDir, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port == 0 ? Ports.free() : port)
                .setServerConfig("listen_addresses", "127.0.0.1");
        if (dataDir != null) {
            Files.createDirectories(dataDir);
            builder.setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on");
        }
        EmbeddedDatabase db = new EmbeddedDatabase(builder.start());
        db.createRolesAndDatabase();
        return db;
    }

    private void createRolesAndDatabase() throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement st = c.createStatement()) {
            st.execute(createRoleIfMissing(OWNER_USER, OWNER_PASSWORD));
            st.execute(createRoleIfMissing(APP_USER, APP_PASSWORD));
            var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!rs.next()) {
                st.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_USER);
            }
        } catch (SQLException e) {
            throw new IOException("Could not create Charter's roles and database: " + e.getMessage(), e);
        }
    }

    private static String createRoleIfMissing(String role, String password) {
        return "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                + "CREATE ROLE " + role + " LOGIN NOSUPERUSER PASSWORD '" + password + "'; END IF; END $$";
    }

    public int port() {
        return postgres.getPort();
    }

    /** JDBC URL of the Charter database (log in as {@link #APP_USER} or {@link #OWNER_USER}). */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
