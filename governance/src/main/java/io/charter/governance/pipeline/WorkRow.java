package io.charter.governance.pipeline;

import io.charter.governance.data.ColumnType;
import io.charter.governance.data.Values;
import java.util.Arrays;

/**
 * One row on its way through the steps: a slot per column that exists at any step, holding either
 * the cleaned text of a field (null when missing) or a number (NaN when missing). Input slots hold
 * text; steps that compute write numbers; IMPUTE MODE or CONSTANT writes text back. Reading a slot
 * as a number ({@link #number}) turns text into its number, true/yes into 1 and false/no into 0,
 * and anything else into NaN, so a value means what {@link Values} says it means everywhere.
 */
final class WorkRow {

    private final String[] text;
    private final double[] number;

    WorkRow(int slots) {
        text = new String[slots];
        number = new double[slots];
        Arrays.fill(number, Double.NaN);
    }

    /** Puts a raw stored field into an input slot, trimmed, missing values as null. */
    void load(int slot, String raw) {
        text[slot] = Values.clean(raw);
    }

    void setText(int slot, String value) {
        text[slot] = value;
        number[slot] = Double.NaN;
    }

    void setNumber(int slot, double value) {
        text[slot] = null;
        number[slot] = value;
    }

    /** The slot's value as a number; NaN if missing or text that is neither a number nor a boolean. */
    double number(int slot) {
        return text[slot] != null ? toNumber(text[slot]) : number[slot];
    }

    /** True if the slot holds no value (missing text or NaN). */
    boolean isMissing(int slot) {
        return text[slot] == null && Double.isNaN(number[slot]);
    }

    /** The slot's text if it is neither missing, a number nor a boolean; else null. */
    String nonNumericText(int slot) {
        String t = text[slot];
        return t != null && Double.isNaN(toNumber(t)) ? t : null;
    }

    /** The slot's value as a category: its text, or the number spelled as {@link #format} does; null if missing. */
    String category(int slot) {
        if (text[slot] != null) {
            return text[slot];
        }
        return Double.isNaN(number[slot]) ? null : format(number[slot]);
    }

    /** The number a cleaned value spells; true/yes → 1, false/no → 0; otherwise NaN. */
    static double toNumber(String value) {
        double d = Values.number(value);
        if (Double.isNaN(d) && value != null && Values.conforms(value, ColumnType.BOOLEAN)) {
            return Values.isTrue(value) ? 1 : 0;
        }
        return d;
    }

    /** Whole numbers without ".0" (so bin 2 is the category "2"), others as {@link Double#toString}. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
