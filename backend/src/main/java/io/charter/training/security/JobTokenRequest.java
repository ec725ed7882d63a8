package io.charter.training.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A worker's bearer token, handed from {@link JobTokenMechanism} to {@link JobTokenIdentityProvider}. */
public final class JobTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public JobTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
