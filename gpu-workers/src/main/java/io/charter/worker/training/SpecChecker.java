package io.charter.worker.training;

import io.charter.governance.eval.TaskType;
import io.charter.governance.pipeline.SpecProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks a spec against the catalog and resolves it in the same pass: the algorithm exists and
 * supports the task, every given name is a hyperparameter, every value has the right type and
 * range, a hyperparameter read only with another's value is given only then. Defaults fill the
 * rest. All problems are collected, each with its path ({@code hyperparameters.learningRate}).
 */
final class SpecChecker {

    /** The resolution, or the problems; {@code spec} and {@code definition} are null when there are problems. */
    record Result(ResolvedSpec spec, AlgorithmDefinition definition, List<SpecProblem> problems) {
    }

    private final List<SpecProblem> problems = new ArrayList<>();
    private final Map<String, Object> resolved = new LinkedHashMap<>();
    private final AlgorithmDefinition definition;
    private final TaskType task;

    private SpecChecker(AlgorithmDefinition definition, TaskType task) {
        this.definition = definition;
        this.task = task;
    }

    static Result run(AlgorithmSpec spec, TaskType task, Map<String, AlgorithmDefinition> catalog) {
        List<SpecProblem> early = new ArrayList<>();
        if (task == null) {
            early.add(new SpecProblem("task", "must be a task type, but is missing"));
        }
        if (spec == null) {
            early.add(new SpecProblem("", "must be an algorithm spec, but is missing"));
            return new Result(null, null, early);
        }
        AlgorithmDefinition definition = spec.algorithm() == null ? null : catalog.get(spec.algorithm());
        if (definition == null) {
            early.add(new SpecProblem("algorithm", "must be one of " + new TreeMap<>(catalog).keySet()
                    + ", but is " + Values.show(spec.algorithm())));
            return new Result(null, null, early);
        }
        if (task == null) {
            return new Result(null, null, early);
        }
        SpecChecker check = new SpecChecker(definition, task);
        check.task(catalog.values());
        check.hyperparameters(spec.hyperparameters() == null ? Map.of() : spec.hyperparameters());
        if (!check.problems.isEmpty()) {
            return new Result(null, null, List.copyOf(check.problems));
        }
        return new Result(new ResolvedSpec(definition.name(), task, check.resolved), definition, List.of());
    }

    private void task(Collection<AlgorithmDefinition> all) {
        if (!definition.tasks().contains(task)) {
            List<String> fitting = all.stream().filter(d -> d.tasks().contains(task)).map(AlgorithmDefinition::name)
                    .sorted().toList();
            problems.add(new SpecProblem("algorithm", "must be an algorithm for " + task + " " + fitting + ", but is \""
                    + definition.name() + "\", which supports " + definition.tasks().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(", "))));
        }
    }

    private void hyperparameters(Map<String, Object> given) {
        for (String name : given.keySet()) {
            if (definition.hyperparameter(name).isEmpty()) {
                problems.add(new SpecProblem(path(name), "is not a hyperparameter of " + definition.name()
                        + ", but is given; " + suggestion(name)));
            }
        }
        for (Hyperparameter h : definition.hyperparameters()) {
            boolean isGiven = given.containsKey(h.name());
            Optional<Boolean> applies = applies(h);
            Object value = isGiven ? given.get(h.name()) : h.defaultFor(task);
            if (!h.onlyFor().isEmpty() && !h.onlyFor().contains(task)) {
                if (isGiven) {
                    problems.add(new SpecProblem(path(h.name()), "is only read for " + h.onlyFor().stream()
                            .map(Enum::name).sorted().collect(Collectors.joining(" or ")) + ", but the task is " + task));
                }
                continue;
            }
            if (applies.isPresent() && !applies.get()) {
                if (isGiven) {
                    problems.add(new SpecProblem(path(h.name()), "is only read with " + h.onlyWith() + " "
                            + h.onlyWithValues().stream().map(Values::show).collect(Collectors.joining(" or "))
                            + ", but " + h.onlyWith() + " is " + Values.show(resolved.get(h.onlyWith()))));
                }
                continue;
            }
            if (!isGiven && value == null) {
                continue; // no default for this task: the task problem above already says why
            }
            Object normalized = ValueCheck.check(h, value, task, path(h.name()), problems);
            if (normalized != null && applies.isPresent()) {
                resolved.put(h.name(), normalized);
            }
        }
    }

    /** Whether {@code h} is read given the values resolved so far; empty if that is unknown (its condition is invalid). */
    private Optional<Boolean> applies(Hyperparameter h) {
        if (h.onlyWith() == null) {
            return Optional.of(true);
        }
        Object other = resolved.get(h.onlyWith());
        return other == null ? Optional.empty() : Optional.of(h.onlyWithValues().contains(other));
    }

    /** "did you mean" for the same name in another spelling (learning_rate), else the names it reads. */
    private String suggestion(String name) {
        String key = normalize(name);
        return definition.hyperparameters().stream().map(Hyperparameter::name).filter(n -> normalize(n).equals(key))
                .findFirst().map(n -> "did you mean \"" + n + "\"?")
                .orElse(definition.name() + " reads " + definition.hyperparameters().stream().map(Hyperparameter::name)
                        .sorted().collect(Collectors.joining(", ")));
    }

    private static String normalize(String name) {
        return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    private static String path(String name) {
        return "hyperparameters." + name;
    }
}
