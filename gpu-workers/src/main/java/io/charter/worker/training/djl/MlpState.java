package io.charter.worker.training.djl;

import io.charter.worker.training.EarlyStopping;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An MLP checkpoint's state: the parameters, the optimizer (step counts and statistics), the
 * early-stopping record and, when early stopping is on, the best epoch's parameters.
 *
 * @param parameters     {@link ParameterCodec} bytes of the network after the checkpoint's epoch
 * @param optimizer      the optimizer's {@code write} bytes
 * @param stopping       the early-stopping record
 * @param bestParameters parameters of the best epoch so far, or an empty array
 */
record MlpState(byte[] parameters, byte[] optimizer, EarlyStopping stopping, byte[] bestParameters) {

    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeBlock(out, parameters);
            writeBlock(out, optimizer);
            stopping.write(out);
            writeBlock(out, bestParameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static MlpState decode(byte[] state) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state))) {
            byte[] parameters = in.readNBytes(in.readInt());
            byte[] optimizer = in.readNBytes(in.readInt());
            EarlyStopping stopping = EarlyStopping.read(in);
            byte[] best = in.readNBytes(in.readInt());
            return new MlpState(parameters, optimizer, stopping, best);
        } catch (IOException e) {
            throw new IllegalArgumentException("the checkpoint's state is not an MLP state: " + e.getMessage(), e);
        }
    }

    private static void writeBlock(DataOutputStream out, byte[] block) throws IOException {
        out.writeInt(block.length);
        out.write(block);
    }
}
