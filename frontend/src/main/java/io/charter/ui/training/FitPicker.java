package io.charter.ui.training;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import io.charter.common.data.PageQuery;
import io.charter.dataset.service.DatasetService;
import io.charter.dataset.service.DatasetView;
import io.charter.governance.eval.TaskType;
import io.charter.jobs.JobStatus;
import io.charter.pipeline.service.FitView;
import io.charter.pipeline.service.PipelineService;
import io.charter.pipeline.service.PipelineView;
import io.charter.worker.training.AlgorithmDefinition;
import java.util.List;
import java.util.UUID;

/**
 * Where a training job or a study's trials read their data: dataset → preprocessing pipeline →
 * fitted pipeline (only fits that succeeded), one select each, with ids {@code <prefix>-dataset},
 * {@code <prefix>-pipeline} and {@code <prefix>-fit}. Also the catalog helpers both forms share.
 */
public class FitPicker extends FormLayout {

    private final DatasetService datasets;
    private final Select<DatasetView> dataset;
    private final Select<PipelineView> pipeline;
    private final Select<FitView> fit;

    public FitPicker(String prefix, DatasetService datasets, PipelineService pipelines) {
        this.datasets = datasets;
        this.dataset = select("Dataset", prefix + "-dataset");
        this.pipeline = select("Pipeline", prefix + "-pipeline");
        this.fit = select("Fitted pipeline", prefix + "-fit");
        dataset.setItemLabelGenerator(DatasetView::name);
        dataset.addValueChangeListener(e -> pipeline.setItems(e.getValue() == null ? List.of()
                : pipelines.list(e.getValue().id())));
        pipeline.setItemLabelGenerator(p -> p.name() + " revision " + p.revision());
        pipeline.addValueChangeListener(e -> fit.setItems(e.getValue() == null ? List.of()
                : pipelines.fits(e.getValue().id()).stream().filter(f -> f.job().status() == JobStatus.SUCCEEDED)
                .toList()));
        fit.setItemLabelGenerator(f -> "fold " + f.fold() + (f.targetColumn() == null ? "" : " · target "
                + f.targetColumn()) + " · " + f.id().toString().substring(0, 8));
        add(dataset, pipeline, fit);
    }

    /** A select with its label and id. */
    public static <T> Select<T> select(String label, String id) {
        Select<T> s = new Select<>();
        s.setLabel(label);
        s.setId(id);
        return s;
    }

    /** Offers the project's datasets, newest first. */
    public void load(UUID projectId) {
        dataset.setItems(datasets.list(projectId, PageQuery.of(0, PageQuery.MAX_SIZE, null, null,
                DatasetService.SORTABLE, "createdAt,desc")).items());
    }

    /** The fitted-pipeline select (for marking errors and checking it is filled). */
    public Select<FitView> fit() {
        return fit;
    }

    /** The task the catalog trains for a project's task, or null (generation, recommendation: none yet). */
    public static TaskType trainable(String projectTask) {
        if (projectTask == null) {
            return null;
        }
        try {
            return TaskType.valueOf(projectTask);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The catalog's algorithms for {@code task} (none for null). */
    public static List<AlgorithmDefinition> algorithms(List<AlgorithmDefinition> catalog, TaskType task) {
        return task == null ? List.of() : catalog.stream().filter(a -> a.tasks().contains(task)).toList();
    }
}
