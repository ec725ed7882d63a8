package io.charter.worker.training;

import io.charter.governance.eval.TaskType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The definition of one hyperparameter: its type, range or choices, default, and the condition under
 * which the algorithm reads it. Definitions are built once, fluently, by each algorithm family
 * ({@code Hyperparameter.number("eta", 0.3).above(0).atMost(1)}); they are what
 * {@link Algorithms#check} validates against and what a UI or a tuner reads to build a search
 * space (seed §4.3: ranges are part of a hyperparameter's definition, not of the code using it).
 */
public final class Hyperparameter {

    /** The JSON shape a value must have. */
    public enum Kind { INTEGER, NUMBER, BOOLEAN, CHOICE, INTEGER_LIST }

    /** One end of a numeric range. */
    public record Bound(double value, boolean inclusive) { }

    private final String name;
    private final Kind kind;
    private final Object defaultValue;
    private final List<String> choices;
    private final Map<TaskType, Object> taskDefaults = new EnumMap<>(TaskType.class);
    private final Map<TaskType, List<String>> taskChoices = new EnumMap<>(TaskType.class);
    private String description = "";
    private Bound lower;
    private Bound upper;
    private int minSize;
    private int maxSize = Integer.MAX_VALUE;
    private String onlyWith;
    private List<Object> onlyWithValues = List.of();
    private Set<TaskType> onlyFor = Set.of();

    private Hyperparameter(String name, Kind kind, Object defaultValue, List<String> choices) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.choices = choices;
    }

    public static Hyperparameter integer(String name, int defaultValue) {
        return new Hyperparameter(name, Kind.INTEGER, defaultValue, List.of());
    }

    public static Hyperparameter number(String name, double defaultValue) {
        return new Hyperparameter(name, Kind.NUMBER, defaultValue, List.of());
    }

    public static Hyperparameter flag(String name, boolean defaultValue) {
        return new Hyperparameter(name, Kind.BOOLEAN, defaultValue, List.of());
    }

    public static Hyperparameter choice(String name, String defaultValue, String... choices) {
        if (defaultValue != null && !Arrays.asList(choices).contains(defaultValue)) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " is not a choice");
        }
        return new Hyperparameter(name, Kind.CHOICE, defaultValue, List.of(choices));
    }

    /** A list of integers, e.g. layer widths; the range set by {@link #atLeast} etc. applies to each element. */
    public static Hyperparameter integers(String name, List<Integer> defaultValue) {
        return new Hyperparameter(name, Kind.INTEGER_LIST, List.copyOf(defaultValue), List.of());
    }

    public Hyperparameter atLeast(double value) {
        lower = new Bound(value, true);
        return this;
    }

    public Hyperparameter above(double value) {
        lower = new Bound(value, false);
        return this;
    }

    public Hyperparameter atMost(double value) {
        upper = new Bound(value, true);
        return this;
    }

    public Hyperparameter below(double value) {
        upper = new Bound(value, false);
        return this;
    }

    /** For an integer list: how many elements it may have. */
    public Hyperparameter size(int min, int max) {
        minSize = min;
        maxSize = max;
        return this;
    }

    /** For a choice whose meaningful values depend on the task (an MLP's loss): its choices and default there. */
    public Hyperparameter forTask(TaskType task, String defaultValue, String... taskChoices) {
        this.taskDefaults.put(task, defaultValue);
        this.taskChoices.put(task, List.of(taskChoices));
        return this;
    }

    /** The algorithm reads this hyperparameter only when {@code other} (defined before it) has one of {@code values}. */
    public Hyperparameter onlyWith(String other, Object... values) {
        onlyWith = other;
        onlyWithValues = List.of(values);
        return this;
    }

    /** The algorithm reads this hyperparameter only for these tasks (a tree's split rule only when classifying). */
    public Hyperparameter onlyFor(TaskType... tasks) {
        onlyFor = Set.of(tasks);
        return this;
    }

    public Hyperparameter doc(String text) {
        description = text;
        return this;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public Object defaultFor(TaskType task) {
        return taskDefaults.getOrDefault(task, defaultValue);
    }

    public List<String> choicesFor(TaskType task) {
        return taskChoices.getOrDefault(task, choices);
    }

    public Bound lower() {
        return lower;
    }

    public Bound upper() {
        return upper;
    }

    public int minSize() {
        return minSize;
    }

    public int maxSize() {
        return maxSize;
    }

    /** The hyperparameter this one depends on, or null if it is always read. */
    public String onlyWith() {
        return onlyWith;
    }

    public List<Object> onlyWithValues() {
        return onlyWithValues;
    }

    /** The tasks this hyperparameter is read for; empty = every task of the algorithm. */
    public Set<TaskType> onlyFor() {
        return onlyFor;
    }

    /** The range as a message fragment, e.g. {@code > 0 and ≤ 1}; empty if unbounded. */
    public String rangeText() {
        List<String> parts = new ArrayList<>();
        if (lower != null) {
            parts.add((lower.inclusive() ? "≥ " : "> ") + Values.show(lower.value()));
        }
        if (upper != null) {
            parts.add((upper.inclusive() ? "≤ " : "< ") + Values.show(upper.value()));
        }
        return String.join(" and ", parts);
    }

    boolean inRange(double value) {
        boolean aboveLower = lower == null || (lower.inclusive() ? value >= lower.value() : value > lower.value());
        boolean belowUpper = upper == null || (upper.inclusive() ? value <= upper.value() : value < upper.value());
        return aboveLower && belowUpper;
    }

    @Override
    public String toString() {
        return name + " (" + kind + ")";
    }
}
