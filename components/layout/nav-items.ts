/** The pages of PRODUCT.md, in the order a planner's week runs through them. */
export const NAV_ITEMS = [
  { href: "/", label: "Overview", description: "KPIs and trends" },
  { href: "/explore", label: "Explore", description: "What moves with sales" },
  { href: "/forecasts", label: "Forecasts", description: "Weekly demand ahead" },
  { href: "/roi", label: "Channel ROI", description: "What spend returns" },
  { href: "/planner", label: "Planner", description: "Allocate a budget" },
  { href: "/scenarios", label: "Scenarios", description: "Compare plans" },
  { href: "/promos", label: "Promo planner", description: "Go / no-go" },
  { href: "/service", label: "Service risk", description: "Low-satisfaction risk" },
  { href: "/data", label: "Data", description: "Imports and quality" },
  { href: "/models", label: "Models", description: "Runs, drift, alerts" },
] as const;
