package io.charter.scheduler.tuning.nas;

/** Hidden-layer activations the worker's DJL network builds, by the names its catalog uses. */
public enum Activation {
    RELU("relu"),
    TANH("tanh"),
    SIGMOID("sigmoid"),
    GELU("gelu");

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** The worker's name: relu, tanh, sigmoid, gelu. */
    public String id() {
        return id;
    }

    /** The activation called {@code id}. */
    public static Activation of(String id) {
        for (Activation a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("activation must be one of relu, tanh, sigmoid, gelu, but got " + id);
    }
}
