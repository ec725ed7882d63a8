package io.charter.governance.data.parquet;

import io.charter.governance.data.DataFormatException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.charter.governance.data.parquet.ParquetFixtures.schema;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Damage anywhere in a file, one flipped byte at a time: the conversion either still succeeds (a
 * changed value in a page without checksum) or refuses the file with a {@link DataFormatException};
 * never another exception escaping from parquet-java's decoders.
 */
class ParquetToCsvDamageTest {

    @TempDir
    Path dir;

    @Test
    void shouldReportEveryFlippedByteAsAFormatErrorOrConvertIt() throws Exception {
        byte[] original = Files.readAllBytes(smallFileWithoutChecksums());
        Path damaged = dir.resolve("damaged.parquet");
        List<String> escaped = new ArrayList<>();
        int refused = 0;

        for (int i = 0; i < original.length; i++) {
            byte[] bytes = original.clone();
            bytes[i] ^= (byte) 0xa5;
            Files.write(damaged, bytes);
            try {
                ParquetToCsv.convert(damaged, new ByteArrayOutputStream());
            } catch (DataFormatException e) {
                refused++;
            } catch (Exception | StackOverflowError e) {
                escaped.add("byte " + i + ": " + e);
            }
        }

        assertThat(escaped).isEmpty();
        assertThat(refused).isGreaterThan(original.length / 4);
    }

    /** A few hundred bytes: dictionary and plain pages, nulls, SNAPPY, no page checksums. */
    private Path smallFileWithoutChecksums() throws Exception {
        MessageType schema = schema("message m { required int32 id; optional binary label (STRING); "
                + "optional double score; optional int64 at (TIMESTAMP(MICROS,true)); }");
        Path file = dir.resolve("small.parquet");
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(schema)
                .withCompressionCodec(CompressionCodecName.SNAPPY).withPageWriteChecksumEnabled(false).build()) {
            SimpleGroupFactory groups = new SimpleGroupFactory(schema);
            for (int i = 0; i < 12; i++) {
                Group g = groups.newGroup().append("id", i).append("label", i % 3 == 0 ? "a" : "b, c");
                if (i % 4 != 1) {
                    g.append("score", i * 0.5).append("at", 1_700_000_000_000_000L + i);
                }
                writer.write(g);
            }
        }
        return file;
    }
}
