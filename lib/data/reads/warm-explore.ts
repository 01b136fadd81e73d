import "server-only";
import { fetchActiveDataset } from "./datasets";
import { fetchExplorePageData } from "./explore-data";

/** Computes the default Explore view (revenue, all channels and regions) of the active dataset into the memo. */
export async function warmExploration(): Promise<void> {
  const dataset = await fetchActiveDataset();
  if (dataset) await fetchExplorePageData(dataset.id, { kpi: "revenue" });
}
