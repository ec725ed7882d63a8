package io.charter.worker.run;

import com.fasterxml.jackson.core.type.TypeReference;
import io.charter.worker.data.LabelEncoding;
import io.charter.worker.protocol.JobSpec;
import io.charter.worker.protocol.ProtocolJson;
import io.charter.worker.storage.ObjectStore;
import io.charter.worker.training.InvalidSpecException;
import io.charter.worker.training.TrainedModel;
import io.charter.governance.pipeline.SpecProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The model an EVALUATE job evaluates: every object under {@code model.prefix} (a
 * {@code TrainedModel.save} directory) and, for classification, the {@code classes.json} its run
 * wrote beside {@code model/}, which gives the label of each class index.
 */
final class SavedModel {

    private SavedModel() {
    }

    record Loaded(TrainedModel model, LabelEncoding encoding) {
    }

    static Loaded download(JobSpec spec, ObjectStore store, Path dir) throws IOException {
        if (spec.model() == null || spec.model().prefix() == null) {
            throw new InvalidSpecException(List.of(new SpecProblem("model.prefix",
                    "must name the saved model of an EVALUATE job, but is absent")));
        }
        String prefix = spec.model().prefix().endsWith("/") ? spec.model().prefix() : spec.model().prefix() + "/";
        store.downloadAll(prefix, dir.resolve("model"));
        TrainedModel model = TrainedModel.load(dir.resolve("model"));
        if (model.info().task() != spec.task()) {
            model.close();
            throw new InvalidSpecException(List.of(new SpecProblem("model.prefix", "must hold a model for "
                    + spec.task() + ", but holds one for " + model.info().task())));
        }
        if (!spec.isClassification()) {
            return new Loaded(model, null);
        }
        String runPrefix = prefix.endsWith(Artifacts.MODEL_DIR)
                ? prefix.substring(0, prefix.length() - Artifacts.MODEL_DIR.length()) : prefix;
        Path classesFile = dir.resolve(Artifacts.CLASSES);
        store.download(runPrefix + Artifacts.CLASSES, classesFile);
        List<String> classes = ProtocolJson.MAPPER.readValue(Files.readString(classesFile), new TypeReference<>() { });
        return new Loaded(model, LabelEncoding.of(classes, spec.task(), spec.positiveClass()));
    }
}
