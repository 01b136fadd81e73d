import { z } from "zod";
import { booleanCell, dateCell, dateTimeCell, numberCell, textCell, weekCell } from "./cell-parsers";

/**
 * The data domains of PRODUCT.md as CSV contracts: column names, which are required, how each cell parses,
 * and the natural key that makes re-imports update rather than duplicate. The Data page, the CLI importer,
 * the exporter and the demo seed all read this one table.
 */
export const DOMAIN_KINDS = ["demand", "spend", "unit_economics", "macro", "holidays", "promotions", "campaigns", "service", "lift_tests"] as const;
export type DomainKind = (typeof DOMAIN_KINDS)[number];
export const domainKindSchema = z.enum(DOMAIN_KINDS);

type ColumnSpec = {
  /** CSV header (snake_case). */
  column: string;
  /** Field of the typed row (camelCase, as in prisma/schema.prisma). */
  field: string;
  parser: z.ZodType<unknown, string>;
  required: boolean;
  description: string;
};

export type DomainSpec = {
  kind: DomainKind;
  label: string;
  description: string;
  columns: ColumnSpec[];
  /** Fields that identify a row; two rows of one file with the same key are an error. */
  key: string[];
  /** How names of channels/regions are treated: new ones are created (facts) or must already exist. */
  channelField?: { field: string; mayCreate: boolean; optional?: boolean };
  regionField?: { field: string; mayCreate: boolean; optional?: boolean };
};

const col = (column: string, field: string, parser: z.ZodType<unknown, string>, description: string, required = true): ColumnSpec => ({
  column,
  field,
  parser,
  required,
  description,
});

const name = () => textCell({ max: 80, lowercase: true });
const money = (_description: string) => numberCell({ min: 0, max: 1e12 });

export const DOMAINS: Record<DomainKind, DomainSpec> = {
  demand: {
    kind: "demand",
    label: "Weekly demand",
    description: "Activations and revenue per week, channel and region.",
    columns: [
      col("week", "week", weekCell(), "Monday of the week, YYYY-MM-DD"),
      col("channel", "channel", name(), "marketing channel, e.g. search"),
      col("region", "region", name(), "region, e.g. north"),
      col("activations", "activations", numberCell({ min: 0, max: 1e12 }), "activations (units)"),
      col("revenue", "revenue", money("revenue"), "revenue (currency)"),
    ],
    key: ["week", "channel", "region"],
    channelField: { field: "channel", mayCreate: true },
    regionField: { field: "region", mayCreate: true },
  },
  spend: {
    kind: "spend",
    label: "Weekly spend",
    description: "Marketing spend per week, channel and region; optional impressions and clicks.",
    columns: [
      col("week", "week", weekCell(), "Monday of the week, YYYY-MM-DD"),
      col("channel", "channel", name(), "marketing channel"),
      col("region", "region", name(), "region"),
      col("spend", "spend", money("spend"), "spend (currency)"),
      col("impressions", "impressions", numberCell({ min: 0, max: 1e15 }), "impressions", false),
      col("clicks", "clicks", numberCell({ min: 0, max: 1e15 }), "clicks", false),
    ],
    key: ["week", "channel", "region"],
    channelField: { field: "channel", mayCreate: true },
    regionField: { field: "region", mayCreate: true },
  },
  unit_economics: {
    kind: "unit_economics",
    label: "Unit economics",
    description: "Revenue earned and cost incurred per activation, by channel.",
    columns: [
      col("channel", "channel", name(), "marketing channel (must exist)"),
      col("valid_from", "validFrom", dateCell(), "first date these numbers apply, YYYY-MM-DD"),
      col("revenue_per_activation", "revenuePerActivation", numberCell({ min: 0, max: 1e9 }), "currency per activation"),
      col("cost_per_activation", "costPerActivation", numberCell({ min: 0, max: 1e9 }), "currency per activation"),
    ],
    key: ["channel", "validFrom"],
    channelField: { field: "channel", mayCreate: false },
  },
  macro: {
    kind: "macro",
    label: "Macro indicators",
    description: "Weekly macroeconomic indicators in long form (one row per week and indicator).",
    columns: [
      col("week", "week", weekCell(), "Monday of the week"),
      col("indicator", "name", name(), "unemployment, inflation, interest_rate, consumer_confidence, …"),
      col("value", "value", numberCell({ min: -1e9, max: 1e9 }), "value in the indicator's unit"),
    ],
    key: ["week", "name"],
  },
  holidays: {
    kind: "holidays",
    label: "Holidays and events",
    description: "Dated events; an empty region means every region.",
    columns: [
      col("date", "date", dateCell(), "YYYY-MM-DD"),
      col("name", "name", textCell({ max: 120 }), "event name"),
      col("region", "region", name(), "region, empty for all", false),
    ],
    key: ["date", "name", "region"],
    regionField: { field: "region", mayCreate: false, optional: true },
  },
  promotions: {
    kind: "promotions",
    label: "Promotions",
    description: "Past and planned promotions; sales_amount is the incremental sales observed (empty = planned).",
    columns: [
      col("promotion_id", "promotionId", textCell({ max: 80 }), "unique id"),
      col("category", "category", name(), "product category"),
      col("region", "region", name(), "region (must exist)"),
      col("discount_pct", "discountPct", numberCell({ min: 0, max: 100 }), "discount in percent"),
      col("start_date", "startDate", dateCell(), "YYYY-MM-DD"),
      col("end_date", "endDate", dateCell(), "YYYY-MM-DD, on or after start_date"),
      col("promo_type", "promoType", name(), "percentage_off, bogo, bundle, …"),
      col("cost", "cost", numberCell({ min: 0, max: 1e12 }), "fixed cost (currency)"),
      col("sales_amount", "salesAmount", numberCell({ min: 0, max: 1e12 }), "incremental sales (currency), empty if not yet run", false),
      col("sales_count", "salesCount", numberCell({ min: 0, max: 1e12, integer: true }), "number of sales", false),
    ],
    key: ["promotionId"],
    regionField: { field: "region", mayCreate: false },
  },
  campaigns: {
    kind: "campaigns",
    label: "Campaigns",
    description: "Marketing campaigns with budget, reach and conversion rate.",
    columns: [
      col("campaign_id", "campaignId", textCell({ max: 80 }), "unique id"),
      col("channel", "channel", name(), "channel (must exist)"),
      col("region", "region", name(), "region, empty for national", false),
      col("budget", "budget", numberCell({ min: 0, max: 1e12 }), "currency"),
      col("reach", "reach", numberCell({ min: 0, max: 1e13 }), "people reached"),
      col("conversion_rate", "conversionRate", numberCell({ min: 0, max: 1 }), "fraction 0–1"),
      col("start_date", "startDate", dateCell(), "YYYY-MM-DD"),
      col("end_date", "endDate", dateCell(), "YYYY-MM-DD"),
    ],
    key: ["campaignId"],
    channelField: { field: "channel", mayCreate: false },
    regionField: { field: "region", mayCreate: false, optional: true },
  },
  service: {
    kind: "service",
    label: "Service interactions",
    description: "Customer-service interactions; empty satisfaction means still open.",
    columns: [
      col("interaction_id", "interactionId", textCell({ max: 80 }), "unique id"),
      col("occurred_at", "occurredAt", dateTimeCell(), "YYYY-MM-DDTHH:MM:SSZ"),
      col("interaction_type", "interactionType", name(), "technical_support, billing, …"),
      col("contact_channel", "contactChannel", name(), "phone, email, chat, social"),
      col("region", "region", name(), "region", false),
      col("customer_id", "customerId", textCell({ max: 80 }), "customer id"),
      col("customer_age", "customerAge", numberCell({ min: 0, max: 120, integer: true }), "years", false),
      col("customer_tenure_days", "customerTenureDays", numberCell({ min: 0, max: 36500, integer: true }), "days", false),
      col("customer_segment", "customerSegment", name(), "segment", false),
      col("is_repeat_contact", "isRepeatContact", booleanCell(), "true/false", false),
      col("wait_minutes", "waitMinutes", numberCell({ min: 0, max: 100000 }), "minutes", false),
      col("satisfaction", "satisfaction", numberCell({ min: 1, max: 5, integer: true }), "1–5, empty if open", false),
    ],
    key: ["interactionId"],
    regionField: { field: "region", mayCreate: false, optional: true },
  },
  lift_tests: {
    kind: "lift_tests",
    label: "Lift tests",
    description: "Experiment results used to calibrate the mix model.",
    columns: [
      col("channel", "channel", name(), "channel (must exist)"),
      col("start_date", "startDate", dateCell(), "YYYY-MM-DD"),
      col("end_date", "endDate", dateCell(), "YYYY-MM-DD"),
      col("incremental_kpi", "incrementalKpi", numberCell({ min: -1e12, max: 1e12 }), "measured incremental revenue"),
      col("standard_error", "standardError", numberCell({ min: 0, max: 1e12 }), "its standard error"),
    ],
    key: ["channel", "startDate", "endDate"],
    channelField: { field: "channel", mayCreate: false },
  },
};

/** Cross-field rules that a single cell cannot check. Returns [field, message] pairs. */
export function crossFieldErrors(kind: DomainKind, row: Record<string, unknown>): [string, string][] {
  const errors: [string, string][] = [];
  const startEnd = (start: string, end: string) => {
    const s = row[start],
      e = row[end];
    if (typeof s === "string" && typeof e === "string" && e < s) errors.push([end, `${e} is before ${start} ${s}`]);
  };
  if (kind === "promotions" || kind === "campaigns" || kind === "lift_tests") startEnd("startDate", "endDate");
  if (kind === "unit_economics") {
    const r = row.revenuePerActivation,
      c = row.costPerActivation;
    if (typeof r === "number" && typeof c === "number" && c > r * 100) {
      errors.push(["costPerActivation", `${c} is more than 100× the revenue per activation ${r}: check the units`]);
    }
  }
  return errors;
}
