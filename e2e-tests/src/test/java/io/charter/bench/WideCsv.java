package io.charter.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes the profiling benchmark's input: N rows × 60 columns (40 numeric with a few missing,
 * 15 categorical, 4 boolean-ish, 1 id), deterministic. Not a test: run by e2e-tests/bench/profile/run.sh.
 */
public final class WideCsv {

    private WideCsv() {
    }

    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        Path target = Path.of(args[1]);
        SplittableRandom r = new SplittableRandom(2026);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 20)) {
            StringBuilder line = new StringBuilder("id");
            for (int c = 0; c < 40; c++) {
                line.append(",x").append(c);
            }
            for (int c = 0; c < 15; c++) {
                line.append(",cat").append(c);
            }
            for (int c = 0; c < 4; c++) {
                line.append(",flag").append(c);
            }
            write(out, line);
            for (long i = 0; i < rows; i++) {
                line.setLength(0);
                line.append(i);
                double base = r.nextGaussian();
                for (int c = 0; c < 40; c++) {
                    line.append(',');
                    if (r.nextInt(100) != 0) {
                        double v = c % 4 == 0 ? base * 3 + r.nextGaussian() : r.nextGaussian() * (c + 1) + c;
                        line.append(Math.round(v * 1000) / 1000.0);
                    }
                }
                for (int c = 0; c < 15; c++) {
                    line.append(",k").append(r.nextInt(3 + c * 2));
                }
                for (int c = 0; c < 4; c++) {
                    line.append(',').append(r.nextInt(10) < 3 ? "true" : "false");
                }
                write(out, line);
            }
        }
    }

    private static void write(OutputStream out, StringBuilder line) throws IOException {
        line.append('\n');
        out.write(line.toString().getBytes(StandardCharsets.UTF_8));
    }
}
