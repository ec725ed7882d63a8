package io.charter.worker.training;

import io.charter.governance.eval.TaskType;
import io.charter.governance.pipeline.SpecProblem;
import java.util.ArrayList;
import java.util.List;

/** Type and range check of one hyperparameter value, returning it normalized (or null after recording a problem). */
final class ValueCheck {

    private ValueCheck() {
    }

    static Object check(Hyperparameter h, Object value, TaskType task, String path, List<SpecProblem> problems) {
        return switch (h.kind()) {
            case INTEGER -> integer(h, value, path, problems);
            case NUMBER -> number(h, value, path, problems);
            case BOOLEAN -> flag(value, path, problems);
            case CHOICE -> choice(h, value, task, path, problems);
            case INTEGER_LIST -> integers(h, value, path, problems);
        };
    }

    private static Integer integer(Hyperparameter h, Object value, String path, List<SpecProblem> problems) {
        if (!(value instanceof Number n) || !isIntegral(n)) {
            problems.add(new SpecProblem(path, "must be an integer" + spaced(h.rangeText()) + ", but is "
                    + Values.show(value)));
            return null;
        }
        double d = n.doubleValue();
        if (!h.inRange(d) || Math.abs(d) > Integer.MAX_VALUE) {
            problems.add(new SpecProblem(path, "must be " + orAnyInteger(h.rangeText()) + ", but is " + Values.show(value)));
            return null;
        }
        return (int) d;
    }

    private static Double number(Hyperparameter h, Object value, String path, List<SpecProblem> problems) {
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            problems.add(new SpecProblem(path, "must be a finite number" + spaced(h.rangeText()) + ", but is "
                    + Values.show(value)));
            return null;
        }
        if (!h.inRange(n.doubleValue())) {
            problems.add(new SpecProblem(path, "must be " + h.rangeText() + ", but is " + Values.show(value)));
            return null;
        }
        return n.doubleValue();
    }

    private static Boolean flag(Object value, String path, List<SpecProblem> problems) {
        if (value instanceof Boolean b) {
            return b;
        }
        problems.add(new SpecProblem(path, "must be true or false, but is " + Values.show(value)));
        return null;
    }

    private static String choice(Hyperparameter h, Object value, TaskType task, String path, List<SpecProblem> problems) {
        List<String> choices = h.choicesFor(task);
        if (value instanceof String s && choices.contains(s)) {
            return s;
        }
        boolean byTask = !choices.equals(h.choicesFor(null));
        problems.add(new SpecProblem(path, "must be one of " + choices + (byTask ? " for " + task : "") + ", but is "
                + Values.show(value)));
        return null;
    }

    private static List<Integer> integers(Hyperparameter h, Object value, String path, List<SpecProblem> problems) {
        if (!(value instanceof List<?> list)) {
            problems.add(new SpecProblem(path, "must be a list of integers, but is " + Values.show(value)));
            return null;
        }
        if (list.size() < h.minSize() || list.size() > h.maxSize()) {
            problems.add(new SpecProblem(path, "must have " + h.minSize() + " to " + h.maxSize() + " elements, but has "
                    + list.size()));
            return null;
        }
        List<Integer> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            Integer element = integer(h, list.get(i), path + "[" + i + "]", problems);
            ok &= element != null;
            out.add(element);
        }
        return ok ? List.copyOf(out) : null;
    }

    private static boolean isIntegral(Number n) {
        double d = n.doubleValue();
        return Double.isFinite(d) && d == Math.rint(d);
    }

    private static String spaced(String range) {
        return range.isEmpty() ? "" : " " + range;
    }

    private static String orAnyInteger(String range) {
        return range.isEmpty() ? "an integer" : range;
    }
}
