package io.charter.governance.data.parquet;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Refuses a compressed page that declares a larger decompressed size than allowed, before the
 * codec allocates a buffer of that size. parquet-java trusts the {@code uncompressed_page_size} of
 * each page header; without this a crafted or damaged header can make the server allocate up to
 * 2 GiB for one small page (a decompression bomb).
 */
final class PageSizeGuard implements CompressionCodecFactory {

    private final CompressionCodecFactory codecs;
    private final long maxPageBytes;

    PageSizeGuard(CompressionCodecFactory codecs, long maxPageBytes) {
        this.codecs = codecs;
        this.maxPageBytes = maxPageBytes;
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        BytesInputDecompressor decompressor = codecs.getDecompressor(codec);
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
                check(uncompressedSize);
                return decompressor.decompress(bytes, uncompressedSize);
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                    throws IOException {
                check(uncompressedSize);
                decompressor.decompress(input, compressedSize, output, uncompressedSize);
            }

            @Override
            public void release() {
                decompressor.release();
            }
        };
    }

    private void check(int uncompressedSize) throws IOException {
        if (uncompressedSize < 0 || uncompressedSize > maxPageBytes) {
            throw new IOException("a page declares " + uncompressedSize + " bytes once decompressed, but at most "
                    + maxPageBytes + " are accepted");
        }
    }

    /** Conversion only reads; compressors are passed through for completeness of the interface. */
    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        return codecs.getCompressor(codec);
    }

    @Override
    public void release() {
        codecs.release();
    }
}
