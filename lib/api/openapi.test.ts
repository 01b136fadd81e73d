import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";
import { optimizeRequestSchema } from "./schemas";

describe("OpenAPI document", () => {
  it("validates against the OpenAPI 3.1 specification schema", async () => {
    const doc = buildOpenApiDocument();
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents every v1 endpoint and resolves every $ref", () => {
    const doc = buildOpenApiDocument() as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(Object.keys(doc.paths).sort()).toEqual(["/api/v1/channel-roi", "/api/v1/export", "/api/v1/forecasts", "/api/v1/optimize", "/api/v1/promos/score", "/api/v1/runs/{id}"]);
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty(ref);
  });

  it("describes the same fields the handlers validate", () => {
    const doc = buildOpenApiDocument() as { components: { schemas: Record<string, { properties: Record<string, unknown>; required?: string[] }> } };
    expect(Object.keys(doc.components.schemas.OptimizeRequest.properties).sort()).toEqual(Object.keys(optimizeRequestSchema.shape).sort());
    expect(doc.components.schemas.OptimizeRequest.required).toEqual(["budget"]);
    expect(Object.keys(doc.components.schemas.PlannedPromo.properties)).toEqual(["promotion_id", "category", "region", "discount_pct", "duration_days", "start_date", "promo_type", "cost"]);
  });
});
