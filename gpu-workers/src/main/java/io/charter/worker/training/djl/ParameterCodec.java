package io.charter.worker.training.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A network's parameter values (weights, biases, batch-norm statistics) by name, in block order.
 * Restoring copies values into the existing arrays rather than replacing them, so a network that a
 * trainer already set up for gradients keeps them (DJL's {@code loadParameters} creates new arrays).
 */
final class ParameterCodec {

    private ParameterCodec() {
    }

    static byte[] encode(Block block) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            List<Pair<String, Parameter>> parameters = block.getParameters().stream().toList();
            out.writeInt(parameters.size());
            for (Pair<String, Parameter> p : parameters) {
                out.writeUTF(p.getKey());
                byte[] array = p.getValue().getArray().encode();
                out.writeInt(array.length);
                out.write(array);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static void restore(Block block, byte[] encoded, NDManager scratch) throws IOException {
        List<Pair<String, Parameter>> parameters = block.getParameters().stream().toList();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded));
             NDManager scope = scratch.newSubManager()) {
            int count = in.readInt();
            if (count != parameters.size()) {
                throw new IOException("saved parameters: " + count + ", network parameters: " + parameters.size());
            }
            for (Pair<String, Parameter> p : parameters) {
                String name = in.readUTF();
                NDArray saved = NDArray.decode(scope, in.readNBytes(in.readInt()));
                NDArray target = p.getValue().getArray();
                if (!name.equals(p.getKey()) || !saved.getShape().equals(target.getShape())) {
                    throw new IOException("saved parameter " + name + " " + saved.getShape() + " does not fit "
                            + p.getKey() + " " + target.getShape());
                }
                target.set(saved.toFloatArray());
            }
        }
    }

    /** Parameter ids in block order, for state kept by id (the optimizer's). */
    static List<String> ids(Block block) {
        List<String> ids = new ArrayList<>();
        block.getParameters().values().forEach(p -> ids.add(p.getId()));
        return ids;
    }
}
