-- A Parquet upload is kept as uploaded (source_key) beside the canonical CSV every job reads (s3_key).

ALTER TABLE dataset_version ADD COLUMN source_key VARCHAR(512);
