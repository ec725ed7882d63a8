package io.charter.stack;

/**
 * Keeps the launchers' console readable.
 *
 * <p>Why: s3proxy's bundled {@code logback.xml} declares an appender it never uses; logback then
 * dumps its whole configuration status (some thirty lines) on every start. A no-op status listener
 * silences that dump and nothing else. It must be set before the first logger is created, hence
 * from the static initialisers of the classes that start the services.
 */
final class Logging {

    private Logging() {
    }

    static void quietLogbackStatus() {
        System.getProperties().putIfAbsent("logback.statusListenerClass",
                "ch.qos.logback.core.status.NopStatusListener");
    }
}
