package io.charter.worker.training.xgboost;

import io.charter.worker.training.EarlyStopping;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A boosting checkpoint's state: the booster (UBJSON) and the early-stopping record. */
record BoosterState(byte[] booster, EarlyStopping stopping) {

    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(booster.length + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            stopping.write(out);
            out.writeInt(booster.length);
            out.write(booster);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static BoosterState decode(byte[] state) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state))) {
            EarlyStopping stopping = EarlyStopping.read(in);
            byte[] booster = in.readNBytes(in.readInt());
            return new BoosterState(booster, stopping);
        } catch (IOException e) {
            throw new IllegalArgumentException("the checkpoint's state is not a boosting state: " + e.getMessage(), e);
        }
    }
}
