package io.charter.worker.run;

import java.nio.file.Path;
import java.util.Map;

/**
 * The system properties the native libraries read once per process, set before any of them loads
 * (STACK.md "ML libraries"; the same values gpu-workers/pom.xml gives its tests): DJL fully
 * offline with its caches in a directory the worker owns, PyTorch threads as the spec asks, and
 * JavaCPP's natives unpacked beside them. A value already given as a system property or an
 * environment variable wins, so an operator can still override each one.
 */
public final class NativeDefaults {

    /** Environment variable naming the worker's cache directory; default {@code ./worker-cache}. */
    public static final String CACHE_ENV = "CHARTER_WORKER_CACHE";

    private NativeDefaults() {
    }

    /** The cache directory named by {@link #CACHE_ENV}, or {@code ./worker-cache}. */
    public static Path cacheDir(Map<String, String> env) {
        String dir = env.get(CACHE_ENV);
        return Path.of(dir == null || dir.isBlank() ? "worker-cache" : dir).toAbsolutePath();
    }

    public static void apply(Path cacheDir, int threads, Map<String, String> env) {
        String djlCache = cacheDir.resolve("djl").toString();
        setIfAbsent("ai.djl.offline", "true", env);
        setIfAbsent("OPT_OUT_TRACKING", "true", env);
        setIfAbsent("ai.djl.pytorch.num_threads", Integer.toString(Math.max(1, threads)), env);
        setIfAbsent("ai.djl.pytorch.num_interop_threads", Integer.toString(Math.max(1, threads)), env);
        setIfAbsent("DJL_CACHE_DIR", djlCache, env);
        setIfAbsent("ENGINE_CACHE_DIR", djlCache, env);
        setIfAbsent("org.bytedeco.javacpp.cachedir", cacheDir.resolve("javacpp").toString(), env);
    }

    private static void setIfAbsent(String name, String value, Map<String, String> env) {
        if (System.getProperty(name) == null && env.get(name) == null) {
            System.setProperty(name, value);
        }
    }
}
