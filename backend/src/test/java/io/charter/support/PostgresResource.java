package io.charter.support;

import io.charter.stack.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;

/**
 * Starts a real PostgreSQL for the test run and generates the RSA key pair tokens are signed with.
 * The server connects as the application role and migrates as the owner, exactly as in production.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String JDBC_URL_PROPERTY = "charter.test.jdbc-url";
    public static final String PRIVATE_KEY_PROPERTY = "charter.test.private-key-file";

    private EmbeddedDatabase db;

    @Override
    public Map<String, String> start() {
        try {
            db = EmbeddedDatabase.start(null, 0);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Path privateKey = Files.createTempFile("charter-test-key", ".der");
            privateKey.toFile().deleteOnExit();
            Files.write(privateKey, keys.getPrivate().getEncoded());
            System.setProperty(JDBC_URL_PROPERTY, db.jdbcUrl());
            System.setProperty(PRIVATE_KEY_PROPERTY, privateKey.toString());
            return Map.of(
                    "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                    "quarkus.datasource.username", EmbeddedDatabase.APP_USER,
                    "quarkus.datasource.password", EmbeddedDatabase.APP_PASSWORD,
                    "quarkus.flyway.username", EmbeddedDatabase.OWNER_USER,
                    "quarkus.flyway.password", EmbeddedDatabase.OWNER_PASSWORD,
                    "quarkus.flyway.placeholders.app_role", EmbeddedDatabase.APP_USER,
                    "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test database: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        try {
            if (db != null) {
                db.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
