package io.charter.ui.base;

/**
 * The workflow phases of the seed document, in order, as the navigation shows them. Phases whose
 * issue has not landed yet open an explanation page instead of a workspace.
 */
public enum Phase {
    SCOPE("Scope & charters", "projects", "Phase I — problem scoping, KPIs, constraints and the ethics charter.", true),
    DATA("Data", "projects", "Phase II — versioned datasets with provenance, per project (open a project, then "
            + "Datasets); profiling, validation, splits and pipelines follow.", true),
    TRAIN("Experiments & training", "experiments", "Phases III–IV — experiments and runs (also through the "
            + "MLflow API) and a project's training jobs (Experiments → choose the project → Training jobs).", true),
    EVALUATE("Evaluation", "phase/evaluate", "Phase V — metrics, cross-validation, fairness per protected "
            + "attribute and error analysis.", false),
    TUNE("Tuning & NAS", "experiments", "Phase VI — a project's tuning studies: grid, random and TPE search with "
            + "median, successive-halving, ASHA and Hyperband pruning, and architecture search with its Pareto front "
            + "of quality against cost (Experiments → choose the project → Tuning studies).", true),
    REGISTRY("Registry", "phase/registry", "Model registry, model cards, promotion gates from the charter.", false),
    SERVE("Deployments", "phase/serve", "Managed endpoints with canary, shadow and blue/green rollouts.", false),
    MONITOR("Monitoring", "phase/monitor", "Phase VII — latency, drift and fairness monitoring and retraining.",
            false),
    AUDIT("Audit trail", "audit", "Tamper-evident record of every change, for compliance officers.", true);

    private final String label;
    private final String route;
    private final String summary;
    private final boolean available;

    Phase(String label, String route, String summary, boolean available) {
        this.label = label;
        this.route = route;
        this.summary = summary;
        this.available = available;
    }

    public String label() {
        return label;
    }

    public String route() {
        return route;
    }

    public String summary() {
        return summary;
    }

    public boolean available() {
        return available;
    }

    /** The phase of a {@code phase/<slug>} route. */
    public static Phase bySlug(String slug) {
        for (Phase p : values()) {
            if (p.route.equals("phase/" + slug)) {
                return p;
            }
        }
        return null;
    }
}
