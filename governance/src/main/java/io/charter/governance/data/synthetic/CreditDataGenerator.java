package io.charter.governance.data.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A credit-scoring-like dataset with a known data-generating process, for demos, tests and
 * benchmarks. Default is drawn from a logistic model of debt-to-income, credit history, age and
 * employment; {@code bias} adds to the log-odds of default for one protected group
 * ({@code gender = female}), so the disparity a fairness check should find is injected on
 * purpose and its size is known. Rows are written as they are drawn: any row count streams in
 * constant memory. Deterministic for a given seed.
 *
 * @param rows         data rows to write
 * @param seed         random seed
 * @param bias         extra log-odds of default for the protected group (0 = none; 1 ≈ 2.7× the odds)
 * @param femaleShare  share of the protected group among applicants, in (0, 1)
 */
public record CreditDataGenerator(long rows, long seed, double bias, double femaleShare) {

    /** The header, in column order; {@code defaulted} is the target, {@code gender} the protected attribute. */
    public static final String HEADER = "applicant_id,application_date,age,gender,region,employment,income,"
            + "loan_amount,credit_history_years,existing_debt,defaulted";

    private static final String[] REGIONS = {"north", "south", "east", "west"};
    private static final LocalDate START = LocalDate.of(2021, 1, 1);
    private static final int DAYS = 3 * 365;

    public CreditDataGenerator {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be >= 1, but got " + rows);
        }
        if (!(femaleShare > 0 && femaleShare < 1)) {
            throw new IllegalArgumentException("femaleShare must be in (0, 1), but got " + femaleShare);
        }
        if (!Double.isFinite(bias) || Math.abs(bias) > 10) {
            throw new IllegalArgumentException("bias must be a log-odds shift within [-10, 10], but got " + bias);
        }
    }

    /** Writes header and rows as UTF-8 CSV; does not close {@code out}. */
    public void write(OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write(HEADER);
        w.write('\n');
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder line = new StringBuilder(128);
        for (long i = 0; i < rows; i++) {
            line.setLength(0);
            row(i, random, line);
            w.append(line).append('\n');
        }
        w.flush();
    }

    private void row(long i, SplittableRandom r, StringBuilder out) {
        boolean female = r.nextDouble() < femaleShare;
        int age = 18 + (int) Math.min(57, Math.abs(r.nextGaussian()) * 18);
        String employment = pick(r, 0.78, 0.14);
        double income = Math.exp(10.6 + 0.45 * r.nextGaussian()) * (employment.equals("unemployed") ? 0.35 : 1);
        double loan = Math.round(1000 + r.nextDouble() * 0.6 * income);
        double history = Math.max(0, Math.min(age - 18, Math.round(r.nextDouble() * (age - 17) * 10) / 10.0));
        double debt = Math.round(Math.max(0, r.nextGaussian() * 0.15 + 0.2) * income);
        double logit = -2.4 + 2.2 * (debt + loan) / income - 0.05 * history - 0.01 * (age - 40)
                + (employment.equals("unemployed") ? 1.1 : 0) + (female ? bias : 0);
        boolean defaulted = r.nextDouble() < 1 / (1 + Math.exp(-logit));
        LocalDate date = START.plusDays((i * DAYS) / Math.max(1, rows));
        out.append('A').append(String.format(Locale.ROOT, "%09d", i + 1)).append(',').append(date).append(',')
                .append(age).append(',').append(female ? "female" : "male").append(',')
                .append(REGIONS[r.nextInt(REGIONS.length)]).append(',').append(employment).append(',')
                .append(Math.round(income)).append(',').append((long) loan).append(',').append(history).append(',')
                .append((long) debt).append(',').append(defaulted);
    }

    private static String pick(SplittableRandom r, double employed, double selfEmployed) {
        double u = r.nextDouble();
        return u < employed ? "employed" : u < employed + selfEmployed ? "self-employed" : "unemployed";
    }
}
