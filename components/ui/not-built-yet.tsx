import { EmptyState } from "./empty-state";
import { PageHeader } from "./page-header";

/** Honest placeholder for a page whose issue has not landed yet. */
export function NotBuiltYet({ title, what }: { title: string; what: string }) {
  return (
    <>
      <PageHeader title={title} />
      <EmptyState title={`${title} is not built yet`}>{what}</EmptyState>
    </>
  );
}
