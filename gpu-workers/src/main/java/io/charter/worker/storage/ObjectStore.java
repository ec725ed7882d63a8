package io.charter.worker.storage;

import io.minio.DownloadObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.UploadObjectArgs;
import io.minio.errors.MinioException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one bucket a worker reads its inputs from and writes its artifacts to, through the MinIO
 * client (the same client as the backend's, so any S3 works). Every failure is an
 * {@link IOException}: the protocol makes an I/O error a retryable failure of the attempt.
 */
public final class ObjectStore implements AutoCloseable {

    private final MinioClient client;
    private final String bucket;

    /**
     * @param endpoint  e.g. {@code http://127.0.0.1:9000}
     * @param region    the region, or null to let the client ask the server
     * @param accessKey the access key id
     * @param secretKey the secret key (never logged)
     * @param bucket    the bucket holding every key
     */
    public ObjectStore(String endpoint, String region, String accessKey, String secretKey, String bucket) {
        MinioClient.Builder builder = MinioClient.builder().endpoint(endpoint).credentials(accessKey, secretKey);
        if (region != null && !region.isBlank()) {
            builder.region(region);
        }
        this.client = builder.build();
        this.bucket = bucket;
    }

    /** Downloads {@code key} to {@code file} (replaced if present). */
    public void download(String key, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        call("download " + key, () -> {
            client.downloadObject(DownloadObjectArgs.builder().bucket(bucket).object(key).filename(file.toString())
                    .build());
            return null;
        });
    }

    /**
     * Downloads every object under {@code prefix} into {@code dir}, keeping the key's path below
     * the prefix.
     *
     * @return the objects downloaded
     * @throws IOException if there are none, or one fails
     */
    public int downloadAll(String prefix, Path dir) throws IOException {
        List<String> keys = list(prefix);
        if (keys.isEmpty()) {
            throw new IOException("no object lies under s3://" + bucket + "/" + prefix);
        }
        for (String key : keys) {
            download(key, dir.resolve(key.substring(prefix.length())));
        }
        return keys.size();
    }

    /** Uploads a local file under {@code key}. */
    public void upload(String key, Path file) throws IOException {
        call("upload " + key, () -> client.uploadObject(UploadObjectArgs.builder().bucket(bucket).object(key)
                .filename(file.toString()).build()));
    }

    /** Stores bytes held in memory under {@code key}. */
    public void put(String key, byte[] bytes, String contentType) throws IOException {
        call("upload " + key, () -> client.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                .stream(new ByteArrayInputStream(bytes), (long) bytes.length, -1L).contentType(contentType).build()));
    }

    /**
     * Uploads every regular file below {@code dir} under {@code prefix} + its relative path.
     *
     * @return the keys written, in path order
     */
    public List<String> uploadAll(Path dir, String prefix) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> keys = new ArrayList<>();
        for (Path file : files) {
            String key = prefix + dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            upload(key, file);
            keys.add(key);
        }
        return keys;
    }

    /** The keys under {@code prefix}, in the server's (lexicographic) order. */
    public List<String> list(String prefix) throws IOException {
        return call("list " + prefix, () -> {
            List<String> keys = new ArrayList<>();
            for (var item : client.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(prefix).recursive(true)
                    .build())) {
                if (!item.get().isDir()) {
                    keys.add(item.get().objectName());
                }
            }
            return keys;
        });
    }

    @Override
    public void close() throws IOException {
        try {
            client.close(); // else the HTTP client's threads keep the JVM alive for a minute
        } catch (Exception e) {
            throw new IOException("the S3 client did not close: " + e.getMessage(), e);
        }
    }

    private <T> T call(String what, S3Call<T> call) throws IOException {
        try {
            return call.run();
        } catch (MinioException e) {
            throw new IOException("S3 could not " + what + " in bucket " + bucket + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @FunctionalInterface
    private interface S3Call<T> {
        T run() throws MinioException, IOException;
    }
}
