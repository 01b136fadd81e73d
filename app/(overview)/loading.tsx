// In the (overview) route group so it covers the Overview only: a loading.tsx at the app root would wrap every page
// in a Suspense boundary, and a page calling notFound() inside one is streamed with status 200 instead of 404.
export { default } from "@/components/ui/page-loading";
