package io.charter.worker.run;

/** The worker's exit codes (docs/worker-protocol.md, "Exit codes"). */
public final class ExitCode {

    /** SUCCEED was accepted. */
    public static final int SUCCESS = 0;
    /** The attempt failed and FAIL was sent. */
    public static final int FAILED = 1;
    /** The server (or storage) could not be reached to report; also a launch without its settings. */
    public static final int UNREPORTED = 2;
    /** Fenced or cancelled: stopped without sending more. */
    public static final int FENCED = 3;

    private ExitCode() {
    }
}
