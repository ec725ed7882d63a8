/**
 * Launchers for the real services Charter runs on — PostgreSQL ({@link io.charter.stack.EmbeddedDatabase}),
 * an S3 server ({@link io.charter.stack.S3Server}) and Keycloak ({@link io.charter.stack.KeycloakServer}) —
 * started together by {@link io.charter.stack.Stack}: in the foreground by {@code ./charter up}
 * through {@link io.charter.stack.StackMain}, and in-JVM by the end-to-end tests. Everything listens
 * on 127.0.0.1 only. Not part of the shipped server.
 */
package io.charter.stack;
