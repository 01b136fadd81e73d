/**
 * The demo's four sales regions and their fixed shares. The same shares split national media
 * effects, the organic baseline and (with noise) national spend, so a national model sees the sum
 * and a regional model sees a scaled copy plus regional noise and regional events.
 */
export const DEMO_REGIONS = ["north", "south", "east", "west"] as const;
export type DemoRegion = (typeof DEMO_REGIONS)[number];

export const REGION_SHARES: Record<DemoRegion, number> = { north: 0.3, south: 0.25, east: 0.25, west: 0.2 };
