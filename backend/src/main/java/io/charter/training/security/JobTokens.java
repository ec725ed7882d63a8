package io.charter.training.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Job-scoped worker tokens: 256 random bits with a recognisable prefix, so the authentication
 * mechanism can tell them from user JWTs without a lookup. Only the SHA-256 is stored; the launch
 * id is derived from it, which ties a worker's events to the launch it was started for.
 */
public final class JobTokens {

    /** Every job token starts with it; nothing else does. */
    public static final String PREFIX = "cjt_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private JobTokens() {
    }

    /** A new token; give it only to the one worker it is minted for. */
    public static String mint() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean looksLikeJobToken(String token) {
        return token != null && token.startsWith(PREFIX) && token.length() == PREFIX.length() + 43;
    }

    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** The launch id of the token with this hash: {@code [a-z0-9-]}, 33 characters (fits a Kubernetes name). */
    public static String launchId(String tokenSha256) {
        return "l" + tokenSha256.substring(0, 32);
    }
}
