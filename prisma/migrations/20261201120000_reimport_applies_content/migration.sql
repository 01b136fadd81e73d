-- Re-importing a file whose content is no longer in effect (a newer file changed its rows since) applies it again as
-- a new dataset version, so the same content hash may now appear on several versions of a dataset.
DROP INDEX "dataset_version_datasetId_kind_contentHash_key";
CREATE INDEX "dataset_version_datasetId_kind_contentHash_idx" ON "dataset_version"("datasetId", "kind", "contentHash");
