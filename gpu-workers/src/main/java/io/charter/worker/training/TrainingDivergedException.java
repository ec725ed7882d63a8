package io.charter.worker.training;

/**
 * Training produced a non-finite loss (NaN or ±Infinity): the parameters are garbage from then on,
 * so training stops at once instead of running its remaining epochs on them.
 */
public class TrainingDivergedException extends RuntimeException {

    private final int epoch;
    private final int batch;
    private final double loss;

    /**
     * @param epoch        1-based epoch in which the loss became non-finite
     * @param batch        1-based batch of that epoch, or 0 for the validation pass
     * @param loss         the non-finite value
     * @param learningRate the learning rate at that point, quoted in the hint
     */
    public TrainingDivergedException(int epoch, int batch, double loss, double learningRate) {
        super("loss became " + loss + " at epoch " + epoch + (batch > 0 ? ", batch " + batch : " (validation)")
                + "; lower the learning rate (it was " + learningRate + "), scale the features and targets, "
                + "or add batch normalization");
        this.epoch = epoch;
        this.batch = batch;
        this.loss = loss;
    }

    public int epoch() {
        return epoch;
    }

    public int batch() {
        return batch;
    }

    public double loss() {
        return loss;
    }
}
