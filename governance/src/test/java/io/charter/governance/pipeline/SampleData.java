package io.charter.governance.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongPredicate;

/**
 * A small generated table (fewer than 400 train rows, so that sketches are exact) with a numeric
 * column with missing values, a skewed positive one, a signed one with outliers, a category, a
 * boolean and a 0/1 target; and the train rows' values for reference computations.
 */
final class SampleData {

    static final List<String> HEADER = List.of("age", "income", "score", "city", "flag", "y");
    static final String[] CITIES = {"Paris", "Lyon", "Nice", "Lille", "Brest", "Metz"};
    private static final double[] CITY_WEIGHTS = {0.35, 0.25, 0.15, 0.10, 0.08, 0.07};

    /** Every fourth row is a test row. */
    static final LongPredicate TRAIN = row -> row % 4 != 3;

    final List<String[]> rows = new ArrayList<>();

    SampleData(int count, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            String age = random.nextDouble() < 0.1 ? (random.nextBoolean() ? "" : "NA")
                    : String.format(Locale.ROOT, "%.1f", 40 + 12 * random.nextGaussian());
            String income = Long.toString(Math.round(Math.exp(10 + 0.8 * random.nextGaussian())));
            double s = random.nextGaussian();
            String score = String.format(Locale.ROOT, "%.3f", random.nextDouble() < 0.05 ? 10 * s : s);
            String city = pick(random);
            String flag = random.nextBoolean() ? "yes" : "no";
            double p = city.equals("Paris") ? 0.6 : city.equals("Lyon") ? 0.4 : 0.2;
            String y = random.nextDouble() < p ? "1" : "0";
            rows.add(new String[] {age, income, score, city, flag, y});
        }
    }

    /** CSV text of the given columns, every row. */
    String csv(String... columns) {
        StringBuilder text = new StringBuilder(String.join(",", columns)).append('\n');
        for (String[] row : rows) {
            List<String> fields = new ArrayList<>();
            for (String c : columns) {
                fields.add(row[HEADER.indexOf(c)]);
            }
            text.append(String.join(",", fields)).append('\n');
        }
        return text.toString();
    }

    /** The column's values in the train rows, missing ones left out, read as numbers. */
    double[] trainNumbers(String column) {
        return trainValues(column).stream().mapToDouble(Double::parseDouble).toArray();
    }

    /** The column's non-missing values in the train rows, as written. */
    List<String> trainValues(String column) {
        int c = HEADER.indexOf(column);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String v = rows.get(i)[c];
            if (TRAIN.test(i) && !v.isEmpty() && !v.equals("NA")) {
                values.add(v);
            }
        }
        return values;
    }

    /** The train rows' fields. */
    List<String[]> trainRows() {
        List<String[]> train = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (TRAIN.test(i)) {
                train.add(rows.get(i));
            }
        }
        return train;
    }

    private static String pick(Random random) {
        double u = random.nextDouble();
        for (int i = 0; i < CITIES.length; i++) {
            u -= CITY_WEIGHTS[i];
            if (u < 0) {
                return CITIES[i];
            }
        }
        return CITIES[CITIES.length - 1];
    }
}
