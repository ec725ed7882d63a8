package io.charter.governance.data.split;

import static io.charter.governance.data.split.SplitFixtures.customers;
import static io.charter.governance.data.split.SplitFixtures.groupKFold;
import static io.charter.governance.data.split.SplitFixtures.holdout;
import static io.charter.governance.data.split.SplitFixtures.kFold;
import static io.charter.governance.data.split.SplitFixtures.plan;
import static io.charter.governance.data.split.SplitFixtures.stratified;
import static io.charter.governance.data.split.SplitFixtures.time;
import static io.charter.governance.data.split.SplitFixtures.walkForward;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.charter.governance.data.split.SplitFixtures.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The stored binary form reads back to the same assignment, byte for byte, and refuses anything else. */
class SplitAssignmentFormatTest {

    private static final Table CUSTOMERS = customers(5_000, 2);

    @Test
    void shouldReadBackWhatItWroteForEveryLayout() throws Exception {
        for (SplitSpec spec : List.of(holdout(0.7, 0.15, 0.15, 1), kFold(0.2, 5, 1), walkForward(0.1, 3, "day"),
                groupKFold(0.2, 4, 1, "user"), time(0.7, 0.1, 0.2, "t"))) {
            SplitAssignment written = plan(CUSTOMERS, spec).assignment();

            SplitAssignment read = SplitAssignment.readFrom(new ByteArrayInputStream(bytes(written)));

            assertThat(read).as(spec.method().toString()).isEqualTo(written);
            assertThat(read.method()).isEqualTo(spec.method());
            for (int f = 0; f < read.folds(); f++) {
                for (SplitRole role : SplitRole.values()) {
                    assertThat(read.count(role, f)).isEqualTo(written.count(role, f));
                }
            }
        }
    }

    @Test
    void shouldWriteIdenticalBytesForTheSameSpecAndData() throws Exception {
        SplitSpec spec = stratified(0.7, 0.15, 0.15, 4, "label");

        byte[] first = bytes(plan(CUSTOMERS, spec).assignment());
        byte[] second = bytes(plan(customers(5_000, 2), spec).assignment());

        assertThat(second).isEqualTo(first);
        assertThat(first.length).as("5,000 codes compress").isLessThan(2_500);
        assertThat(bytes(plan(CUSTOMERS, stratified(0.7, 0.15, 0.15, 5, "label")).assignment())).isNotEqualTo(first);
    }

    @Test
    void shouldRefuseInputThatIsNotAnAssignment() {
        byte[] bytes = bytes(assignment(holdout(0.7, 0.15, 0.15, 1)));
        bytes[0] = 'X';

        IOException e = catchThrowableOfType(IOException.class, () -> read(bytes));

        assertThat(e).hasMessageStartingWith("a split assignment must start with the bytes \"CSPL\", but starts with");
    }

    @Test
    void shouldRefuseEveryTruncation() {
        byte[] bytes = bytes(assignment(kFold(0.2, 5, 3)));

        for (int length = 0; length < bytes.length; length++) {
            byte[] cut = Arrays.copyOf(bytes, length);

            assertThat(catchThrowableOfType(IOException.class, () -> read(cut))).as("cut at " + length).isNotNull();
        }
    }

    @Test
    void shouldRefuseChangedCompressedCodes() {
        byte[] bytes = bytes(assignment(kFold(0.2, 5, 3)));
        int payloadStart = 4 + 2 + 8 + 4 + 2 + "KFOLD".length() + 10;

        for (int at = payloadStart; at < bytes.length - 9; at += 7) {
            byte[] changed = bytes.clone();
            changed[at] ^= 0x5A;

            assertThat(catchThrowableOfType(IOException.class, () -> read(changed))).as("byte " + at).isNotNull();
        }
    }

    @Test
    void shouldRefuseAnUnknownVersionMethodOrFolds() throws Exception {
        assertThat(catchThrowableOfType(IOException.class, () -> read(crafted(2, 3, 1, "HOLDOUT", new byte[3]))))
                .hasMessage("split assignment format version must be 1, but is 2");
        assertThat(catchThrowableOfType(IOException.class, () -> read(crafted(1, 3, 1, "RANDOM", new byte[3]))))
                .hasMessage("split assignment method must be a SplitMethod, but is \"RANDOM\"");
        assertThat(catchThrowableOfType(IOException.class, () -> read(crafted(1, 3, 1, "KFOLD", new byte[3]))))
                .hasMessage("split assignment folds must suit KFOLD, but is 1");
        assertThat(read(crafted(1, 3, 1, "HOLDOUT", new byte[] {0, 1, -1})).count(SplitRole.TEST, 0)).isEqualTo(1);
    }

    @Test
    void shouldRefuseACodeTheLayoutDoesNotHave() {
        IOException e = catchThrowableOfType(IOException.class,
                () -> read(crafted(1, 3, 1, "HOLDOUT", new byte[] {0, 2, 1})));

        assertThat(e).hasMessage("split assignment is corrupt: code of row 2 must be below 2 or the test code, "
                + "but is 2");
    }

    @Test
    void shouldRefuseMoreOrFewerCodesThanRows() {
        assertThat(catchThrowableOfType(IOException.class, () -> read(crafted(1, 2, 1, "HOLDOUT", new byte[3]))))
                .hasMessage("split assignment is corrupt: more codes than its 2 rows");
        assertThat(catchThrowableOfType(IOException.class, () -> read(crafted(1, 4, 1, "HOLDOUT", new byte[3]))))
                .hasMessageStartingWith("split assignment is truncated");
    }

    @Test
    void shouldLeaveTheOutputStreamOpen() throws Exception {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        assignment(holdout(0.7, 0.15, 0.15, 1)).writeTo(out);

        assertThat(closed[0]).isFalse();
        assertThat(out.size()).isPositive();
    }

    private static SplitAssignment assignment(SplitSpec spec) {
        try {
            return SplitFixtures.plan(CUSTOMERS, spec).assignment();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static SplitAssignment read(byte[] bytes) throws IOException {
        return SplitAssignment.readFrom(new ByteArrayInputStream(bytes));
    }

    private static byte[] bytes(SplitAssignment assignment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assignment.writeTo(out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    /** The documented layout, written by hand. */
    private static byte[] crafted(int version, long rows, int folds, String method, byte[] codes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(0x4353504C);
        data.writeShort(version);
        data.writeLong(rows);
        data.writeInt(folds);
        data.writeUTF(method);
        data.flush();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(codes);
        }
        return out.toByteArray();
    }
}
