import { getQueue, QUEUES } from "./queue";

/** After an import lands, re-fit every model once things go quiet (debounced: many imports → one re-fit). */
export async function scheduleRefitAfterImport(datasetId: number, quietSeconds = 300) {
  const boss = await getQueue();
  await boss.sendDebounced(QUEUES.refitOnImport, { datasetId }, {}, quietSeconds, String(datasetId));
}
