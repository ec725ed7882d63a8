package io.charter.stack;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * An S3-compatible object store (s3proxy, in-process) that keeps objects as plain files.
 *
 * <p>Why: the MinIO server cannot be installed here, and Charter only needs the S3 protocol. The
 * same code path (MinIO client, signed requests, presigned URLs) then works against any real S3.
 * s3proxy 4.x has its own blob-store layer (no jclouds any more); its {@code filesystem} provider
 * maps a bucket to a directory under {@code baseDir}. Requests must be signed (AWS V2 or V4), so
 * access control is exercised as it would be in production. Listens on 127.0.0.1 only.
 */
public final class S3Server implements AutoCloseable {

    static {
        Logging.quietLogbackStatus();
    }

    private final S3Proxy proxy;
    private final BlobStore blobStore;
    private final String endpoint;

    private S3Server(S3Proxy proxy, BlobStore blobStore, String endpoint) {
        this.proxy = proxy;
        this.blobStore = blobStore;
        this.endpoint = endpoint;
    }

    /**
     * Starts the server; returns once it accepts connections.
     *
     * @param baseDir   directory holding one sub-directory per bucket (created if missing)
     * @param port      TCP port on 127.0.0.1, or 0 for a free one
     * @param accessKey the only accepted access key id
     * @param secretKey its secret key
     */
    public static S3Server start(Path baseDir, int port, String accessKey, String secretKey)
            throws IOException {
        Files.createDirectories(baseDir);
        int actualPort = port == 0 ? Ports.free() : port;
        String endpoint = "http://127.0.0.1:" + actualPort;
        BlobStore store = BlobStores.create("filesystem", filesystemProperties(baseDir));
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create(endpoint))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .build();
        try {
            proxy.start();
        } catch (Exception e) {
            store.close();
            throw new IOException("s3proxy could not start on " + endpoint + ": " + e.getMessage(), e);
        }
        return new S3Server(proxy, store, endpoint);
    }

    private static Properties filesystemProperties(Path baseDir) {
        Properties properties = new Properties();
        // s3proxy kept the jclouds property names for its own providers
        properties.setProperty("jclouds.filesystem.basedir", baseDir.toAbsolutePath().toString());
        return properties;
    }

    /** Creates the bucket unless it exists (the same as an S3 CreateBucket by the owner). */
    public void ensureBucket(String bucket) {
        if (!blobStore.containerExists(bucket)) {
            blobStore.createContainer(bucket);
        }
    }

    /** Base URL for path-style S3 requests, e.g. {@code http://127.0.0.1:9000}. */
    public String endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not stop cleanly: " + e.getMessage(), e);
        } finally {
            blobStore.close();
        }
    }
}
