import { Validator } from "@seriousme/openapi-schema-validator";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";
import { optimizeChannelSchema, optimizeRequestSchema, optimizeResponseSchema } from "./schemas";

describe("OpenAPI document", () => {
  it("validates against the OpenAPI 3.1 specification schema", async () => {
    const doc = buildOpenApiDocument();
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents every route under app/api/v1 with exactly the methods it exports, and resolves every $ref", () => {
    const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
    // The route list comes from the file tree, so a new route.ts without documentation fails here.
    const root = fileURLToPath(new URL("../../app/api/v1/", import.meta.url));
    const routes = readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((f) => f.split(sep).at(-1) === "route.ts")
      .map((f) => {
        const path = `/api/v1/${dirname(f).split(sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}");
        const source = readFileSync(join(root, f), "utf8");
        const methods = [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1].toLowerCase()).sort();
        return [path, methods] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b));
    expect(routes.length).toBeGreaterThanOrEqual(10);
    const documented = Object.entries(doc.paths)
      .map(([path, ops]) => [path, Object.keys(ops).sort()] as const)
      .sort(([a], [b]) => a.localeCompare(b));
    expect(documented).toEqual(routes);
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty(ref);
  });

  it("describes the same fields the handlers validate", () => {
    const doc = buildOpenApiDocument() as { components: { schemas: Record<string, { properties: Record<string, unknown>; required?: string[] }> } };
    expect(Object.keys(doc.components.schemas.OptimizeRequest.properties).sort()).toEqual(Object.keys(optimizeRequestSchema.shape).sort());
    expect(doc.components.schemas.OptimizeRequest.required).toEqual(["budget"]);
    expect(Object.keys(doc.components.schemas.PlannedPromo.properties)).toEqual([
      "promotion_id",
      "category",
      "region",
      "discount_pct",
      "duration_days",
      "start_date",
      "promo_type",
      "cost",
    ]);
    // /optimize returns the per-channel plan; the document says what each row holds.
    expect(Object.keys(doc.components.schemas.OptimizeResponse.properties).sort()).toEqual(Object.keys(optimizeResponseSchema.shape).sort());
    expect(Object.keys(doc.components.schemas.OptimizeResponse.properties)).toContain("perChannel");
    const perChannel = doc.components.schemas.OptimizeResponse.properties.perChannel as { items: { properties: Record<string, unknown> } };
    expect(Object.keys(perChannel.items.properties).sort()).toEqual(Object.keys(optimizeChannelSchema.shape).sort());
  });
});
