import "server-only";
import { z } from "zod";
import { prisma } from "../../db/client";

/**
 * A person's choice of forecast model for one series, overriding the automatic backtest choice.
 * Stored in `Setting` under `forecast.override.<datasetId>.<seriesKey>` so it survives refits.
 */
const overrideValueSchema = z.object({ model: z.string().min(1), setAt: z.string() });
export type ForecastOverride = z.infer<typeof overrideValueSchema>;

export const overrideSettingKey = (datasetId: number, seriesKey: string) => `forecast.override.${datasetId}.${seriesKey}`;

export async function fetchForecastOverride(datasetId: number, seriesKey: string): Promise<ForecastOverride | null> {
  const row = await prisma().setting.findUnique({ where: { key: overrideSettingKey(datasetId, seriesKey) } });
  const parsed = overrideValueSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

/** Every override of a dataset, keyed by series key. */
export async function fetchForecastOverrides(datasetId: number): Promise<Record<string, ForecastOverride>> {
  const prefix = overrideSettingKey(datasetId, "");
  const rows = await prisma().setting.findMany({ where: { key: { startsWith: prefix } } });
  const out: Record<string, ForecastOverride> = {};
  for (const r of rows) {
    const parsed = overrideValueSchema.safeParse(r.value);
    if (parsed.success) out[r.key.slice(prefix.length)] = parsed.data;
  }
  return out;
}

export async function saveForecastOverride(datasetId: number, seriesKey: string, model: string | null): Promise<void> {
  const key = overrideSettingKey(datasetId, seriesKey);
  if (model === null) {
    await prisma().setting.deleteMany({ where: { key } });
    return;
  }
  const value: ForecastOverride = { model, setAt: new Date().toISOString() };
  await prisma().setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}
