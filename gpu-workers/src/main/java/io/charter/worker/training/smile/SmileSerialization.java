package io.charter.worker.training.smile;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Smile models are {@link Serializable} and have no other save format, so they are stored with
 * Java serialization. Reading is restricted by an allow-list (Smile's classes, this package's
 * payloads, plain {@code java.lang}/{@code java.util} types and primitive arrays): a model file is
 * data a tenant could tamper with, and unrestricted deserialization runs code chosen by the file.
 */
final class SmileSerialization {

    private static final List<String> ALLOWED_PREFIXES = List.of("smile.", "io.charter.worker.training.smile.",
            "java.lang.", "java.util.");
    private static final long MAX_DEPTH = 1000;

    private SmileSerialization() {
    }

    static void write(Path file, Serializable payload) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
             ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(payload);
        }
    }

    static Object read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
             ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(SmileSerialization::allow);
            return objects.readObject();
        } catch (InvalidClassException e) {
            throw new IOException(file + " holds a class a Smile model never contains: " + e.getMessage(), e);
        } catch (ClassNotFoundException e) {
            throw new IOException(file + " needs a class this worker does not have: " + e.getMessage(), e);
        }
    }

    private static ObjectInputFilter.Status allow(ObjectInputFilter.FilterInfo info) {
        if (info.depth() > MAX_DEPTH) {
            return ObjectInputFilter.Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        while (type.isArray()) {
            type = type.getComponentType();
        }
        if (type.isPrimitive()) {
            return ObjectInputFilter.Status.ALLOWED;
        }
        String name = type.getName();
        boolean allowed = ALLOWED_PREFIXES.stream().anyMatch(name::startsWith) && !name.startsWith("java.lang.invoke.")
                && !name.startsWith("java.lang.reflect.");
        return allowed ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    }
}
