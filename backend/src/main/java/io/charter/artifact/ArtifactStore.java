package io.charter.artifact;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.UploadObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Artifacts (dataset versions, models, reports) in any S3 server, through the MinIO client.
 * Keys come from {@link ArtifactKeys} only — never from a user's file name.
 */
@ApplicationScoped
public class ArtifactStore {

    private final MinioClient client;
    private final String bucket;
    private volatile boolean bucketChecked;

    public ArtifactStore(@ConfigProperty(name = "charter.s3.endpoint") String endpoint,
                         @ConfigProperty(name = "charter.s3.access-key") String accessKey,
                         @ConfigProperty(name = "charter.s3.secret-key") String secretKey,
                         @ConfigProperty(name = "charter.s3.bucket") String bucket) {
        this.client = MinioClient.builder().endpoint(endpoint).credentials(accessKey, secretKey).build();
        this.bucket = bucket;
    }

    /** Uploads a local file (multipart for large ones, handled by the client) under {@code key}. */
    public void upload(String key, Path file, String contentType) {
        ensureBucket();
        call(() -> client.uploadObject(UploadObjectArgs.builder().bucket(bucket).object(key)
                .filename(file.toString()).contentType(contentType).build()));
    }

    /** Stores a small object held in memory (profiles, reports). */
    public void put(String key, byte[] bytes, String contentType) {
        ensureBucket();
        call(() -> client.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                .stream(new java.io.ByteArrayInputStream(bytes), (long) bytes.length, -1L).contentType(contentType)
                .build()));
    }

    /** Opens an object for streaming; the caller closes the stream. */
    public InputStream open(String key) {
        return call(() -> client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build()));
    }

    public boolean exists(String key) {
        try {
            client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
            return true;
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code())) {
                return false;
            }
            throw new StorageException("Could not look up " + key + ": " + e.getMessage(), e);
        } catch (MinioException e) {
            throw new StorageException("Could not look up " + key + ": " + e.getMessage(), e);
        }
    }

    public void delete(String key) {
        call(() -> {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
            return null;
        });
    }

    /** An object under a folder: its key relative to the folder and its size. */
    public record Listed(String path, long size) {
    }

    /** The objects directly or indirectly under {@code prefix} (a folder ending in '/'), at most {@code max}. */
    public java.util.List<Listed> list(String prefix, int max) {
        ensureBucket();
        return call(() -> {
            java.util.List<Listed> result = new java.util.ArrayList<>();
            for (var item : client.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(prefix).recursive(true)
                    .build())) {
                if (result.size() >= max) {
                    break;
                }
                var object = item.get();
                result.add(new Listed(object.objectName().substring(prefix.length()), object.size()));
            }
            return result;
        });
    }

    /** The URI of a folder, for clients that show where artifacts live. */
    public String uri(String prefix) {
        return "s3://" + bucket + "/" + prefix;
    }

    /** Deletes every object under {@code prefix} (a dataset's folder: versions, profiles, splits, pipelines). */
    public void deletePrefix(String prefix) {
        if (prefix.isEmpty() || !prefix.endsWith("/")) {
            throw new IllegalArgumentException("prefix must be a non-empty folder ending in '/', but got " + prefix);
        }
        call(() -> {
            for (var item : client.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(prefix).recursive(true)
                    .build())) {
                String key = item.get().objectName();
                client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
            }
            return null;
        });
    }

    private void ensureBucket() {
        if (bucketChecked) {
            return;
        }
        synchronized (this) {
            if (!bucketChecked) {
                call(() -> {
                    if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                        client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                    }
                    return null;
                });
                bucketChecked = true;
            }
        }
    }

    private static <T> T call(S3Call<T> call) {
        try {
            return call.run();
        } catch (MinioException e) {
            throw new StorageException("The object store refused the request: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void close() throws Exception {
        client.close(); // else the HTTP client's threads keep the JVM alive for a minute
    }

    @FunctionalInterface
    private interface S3Call<T> {
        T run() throws MinioException, java.io.IOException;
    }

    /** The object store failed (unreachable, refused); a server-side fault, answered as 500. */
    public static class StorageException extends RuntimeException {
        StorageException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
