package io.charter.support;

import io.charter.stack.EmbeddedDatabase;
import io.charter.stack.Ports;
import io.charter.stack.S3Server;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;

/**
 * Starts a real PostgreSQL and a real S3 server for the test run, and generates the RSA key pair
 * tokens are signed with. The server connects to the database as the application role and
 * migrates as the owner, exactly as in production.
 */
public class TestServices implements QuarkusTestResourceLifecycleManager {

    public static final String JDBC_URL_PROPERTY = "charter.test.jdbc-url";
    public static final String PRIVATE_KEY_PROPERTY = "charter.test.private-key-file";
    public static final String S3_DIR_PROPERTY = "charter.test.s3-dir";
    public static final String S3_ACCESS_KEY = "charter-test";
    public static final String S3_SECRET_KEY = "charter-test-secret";
    public static final String S3_BUCKET = "charter-test";

    private EmbeddedDatabase db;
    private S3Server s3;

    @Override
    public Map<String, String> start() {
        try {
            db = EmbeddedDatabase.start(null, 0);
            Path s3Dir = Files.createTempDirectory("charter-test-s3");
            s3 = S3Server.start(s3Dir, Ports.free(), S3_ACCESS_KEY, S3_SECRET_KEY);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Path privateKey = Files.createTempFile("charter-test-key", ".der");
            privateKey.toFile().deleteOnExit();
            Files.write(privateKey, keys.getPrivate().getEncoded());
            System.setProperty(JDBC_URL_PROPERTY, db.jdbcUrl());
            System.setProperty(PRIVATE_KEY_PROPERTY, privateKey.toString());
            System.setProperty(S3_DIR_PROPERTY, s3Dir.toString());
            return Map.ofEntries(
                    Map.entry("quarkus.datasource.jdbc.url", db.jdbcUrl()),
                    Map.entry("quarkus.datasource.username", EmbeddedDatabase.APP_USER),
                    Map.entry("quarkus.datasource.password", EmbeddedDatabase.APP_PASSWORD),
                    Map.entry("quarkus.flyway.username", EmbeddedDatabase.OWNER_USER),
                    Map.entry("quarkus.flyway.password", EmbeddedDatabase.OWNER_PASSWORD),
                    Map.entry("quarkus.flyway.placeholders.app_role", EmbeddedDatabase.APP_USER),
                    Map.entry("quarkus.oidc.public-key",
                            Base64.getEncoder().encodeToString(keys.getPublic().getEncoded())),
                    Map.entry("charter.s3.endpoint", s3.endpoint()),
                    Map.entry("charter.s3.access-key", S3_ACCESS_KEY),
                    Map.entry("charter.s3.secret-key", S3_SECRET_KEY),
                    Map.entry("charter.s3.bucket", S3_BUCKET));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test services: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        if (s3 != null) {
            s3.close();
        }
        try {
            if (db != null) {
                db.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
