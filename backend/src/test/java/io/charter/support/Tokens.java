package io.charter.support;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;
import java.util.Map;

/** Signs bearer tokens shaped like Keycloak's (tenant claim, realm roles, audience) for slice tests. */
public final class Tokens {

    public static final String ISSUER = "https://issuer.test.charter";

    private Tokens() {
    }

    public static String alice() {
        return of("alice", "acme", "data-scientist", "ml-engineer");
    }

    public static String carol() {
        return of("carol", "acme", "tenant-admin");
    }

    public static String colin() {
        return of("colin", "acme", "compliance-officer");
    }

    public static String connie() {
        return of("connie", "acme", "compliance-officer");
    }

    public static String victor() {
        return of("victor", "acme", "viewer");
    }

    public static String bob() {
        return of("bob", "globex", "data-scientist", "ml-engineer");
    }

    public static String of(String user, String tenant, String... roles) {
        JwtClaims claims = baseClaims(user, roles);
        if (tenant != null) {
            claims.setClaim("tenant", tenant);
        }
        return sign(claims, key());
    }

    /** A token whose expiry lies in the past. */
    public static String expired(String user, String tenant, String... roles) {
        JwtClaims claims = baseClaims(user, roles);
        claims.setClaim("tenant", tenant);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(-10);
        return sign(claims, key());
    }

    /** A well-formed token signed by a key the server does not trust. */
    public static String forged(String user, String tenant, String... roles) {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            JwtClaims claims = baseClaims(user, roles);
            claims.setClaim("tenant", tenant);
            return sign(claims, generator.generateKeyPair().getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid signature, but issued for another audience. */
    public static String wrongAudience(String user, String tenant, String... roles) {
        JwtClaims claims = baseClaims(user, roles);
        claims.setClaim("tenant", tenant);
        claims.setAudience("some-other-service");
        return sign(claims, key());
    }

    private static JwtClaims baseClaims(String user, String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience("charter-server");
        claims.setSubject("sub-" + user);
        claims.setClaim("preferred_username", user);
        claims.setClaim("realm_access", Map.of("roles", List.of(roles)));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
        claims.setGeneratedJwtId();
        return claims;
    }

    private static String sign(JwtClaims claims, PrivateKey key) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey key() {
        try {
            byte[] der = Files.readAllBytes(Path.of(System.getProperty(TestServices.PRIVATE_KEY_PROPERTY)));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (Exception e) {
            throw new IllegalStateException("the test key is written by TestServices", e);
        }
    }
}
