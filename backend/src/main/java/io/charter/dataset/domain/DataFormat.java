package io.charter.dataset.domain;

/** File formats a dataset version can be stored in, with the media type and key extension of each. */
public enum DataFormat {
    CSV("text/csv", "csv"),
    /** Kept as uploaded; converted to a canonical CSV at upload, which every job reads. */
    PARQUET("application/vnd.apache.parquet", "parquet");

    private final String mediaType;
    private final String extension;

    DataFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
