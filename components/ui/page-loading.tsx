import { PageSkeleton } from "./skeleton";

/** The loading state of a page segment (its loading.tsx re-exports this). */
export default function PageLoading() {
  return <PageSkeleton />;
}
