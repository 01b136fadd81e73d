// Only the segments that need it have a loading skeleton: a loading.tsx at the root would wrap every page in a
// Suspense boundary, and a page that calls notFound() inside one is streamed with status 200 instead of 404.
export { default } from "@/components/ui/page-loading";
