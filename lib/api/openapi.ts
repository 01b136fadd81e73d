import { z } from "zod";
import { plannedPromoSchema } from "../promo/planned-promo-schema";
import { MAX_RECORD_ID } from "./record-id";
import { MAX_JSON_BODY_BYTES } from "./read-json-body";
import {
  channelRoiResponseSchema,
  errorResponseSchema,
  forecastQuerySchema,
  forecastResponseSchema,
  optimizeRequestSchema,
  optimizeResponseSchema,
} from "./schemas";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the route handlers parse with.
 * Request bodies are described as the API accepts them (zod "input" side); transforms that JSON Schema cannot
 * express (e.g. numbers given as strings in CSV cells) are described by their accepted input types.
 */
const schema = (s: z.ZodType, io: "input" | "output" = "output") => {
  const json = z.toJSONSchema(s, { io, unrepresentable: "any" }) as Record<string, unknown>;
  delete json.$schema;
  return json;
};

const json = (ref: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } });
const errors = {
  "400": { description: "Invalid input; `fieldErrors` names each field and what is wrong", content: json("Error") },
  "409": { description: "The model this endpoint needs has not been fitted yet", content: json("Error") },
};
const csv = { description: "CSV (formula-safe)", content: { "text/csv": { schema: { type: "string" } } } };
const runId = { name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1, maximum: MAX_RECORD_ID } };
const scenarioIds = (count: string) => ({
  name: "ids",
  in: "query",
  required: true,
  schema: { type: "string" },
  description: `${count} comma-separated scenario ids, or "baseline" for the current mix`,
});
const tooLarge = { "413": { description: `The body is larger than ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB`, content: json("Error") } };

export function buildOpenApiDocument(serverUrl = "/"): Record<string, unknown> {
  const query = schema(forecastQuerySchema, "input") as { properties: Record<string, Record<string, unknown>>; required?: string[] };
  return {
    openapi: "3.1.0",
    info: {
      title: "Mixcast API",
      version: "1.0.0",
      description: "Forecasts, channel ROI, budget optimization and promotion scoring. All money in USD; budgets per week.",
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/v1/forecasts": {
        get: {
          operationId: "getForecast",
          summary: "Stored forecast of one series from the champion forecast run",
          parameters: Object.entries(query.properties).map(([name, s]) => ({ name, in: "query", required: false, schema: s })),
          responses: {
            "200": { description: "Weekly forecast with 80 % and 95 % intervals", content: json("ForecastResponse") },
            ...errors,
            "404": { description: "No stored forecast for this series/model", content: json("Error") },
          },
        },
      },
      "/api/v1/channel-roi": {
        get: {
          operationId: "getChannelRoi",
          summary: "ROI, 90 % interval and marginal ROI per channel from the champion mix model (and per region for a geo-level model)",
          responses: { "200": { description: "Per-channel ROI", content: json("ChannelRoiResponse") }, "409": errors["409"] },
        },
      },
      "/api/v1/optimize": {
        post: {
          operationId: "optimizeBudget",
          summary: "Optimal weekly allocation of a budget across channels",
          requestBody: { required: true, content: json("OptimizeRequest") },
          responses: {
            "200": { description: "Allocation (USD/week) and predicted outcome", content: json("OptimizeResponse") },
            ...errors,
            ...tooLarge,
            "422": { description: "Infeasible: bounds or locks cannot meet the budget or target", content: json("Error") },
          },
        },
      },
      "/api/v1/promos/score": {
        post: {
          operationId: "scorePromotions",
          summary: "Go/no-go, P(sells), uplift and ROI for one planned promotion or an array (≤ 5,000)",
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  oneOf: [
                    { $ref: "#/components/schemas/PlannedPromo" },
                    { type: "array", items: { $ref: "#/components/schemas/PlannedPromo" }, minItems: 1, maxItems: 5000 },
                  ],
                },
              },
            },
          },
          responses: {
            "200": {
              description: "Scores, stored as promo scores of the champion promo model",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: { runId: { type: "integer" }, scores: { type: "array", items: { type: "object" } } },
                    required: ["runId", "scores"],
                  },
                },
              },
            },
            ...errors,
            ...tooLarge,
          },
        },
      },
      "/api/v1/runs/{id}": {
        get: {
          operationId: "getRun",
          summary: "Status, progress and log of a model run",
          parameters: [runId],
          responses: {
            "200": { description: "The run", content: { "application/json": { schema: { type: "object" } } } },
            "404": { description: "No such run (including ids that are not whole numbers from 1 to 2,147,483,647)", content: json("Error") },
          },
        },
      },
      "/api/v1/runs/{id}/artifacts": {
        get: {
          operationId: "getRunArtifacts",
          summary: "A run's stored parameters, metrics and artifacts as a JSON download",
          parameters: [runId],
          responses: {
            "200": { description: "The run's stored record (attachment)", content: { "application/json": { schema: { type: "object" } } } },
            "404": { description: "No such run", content: json("Error") },
          },
        },
      },
      "/api/v1/scenarios/compare.csv": {
        get: {
          operationId: "compareScenariosCsv",
          summary: "2 to 4 saved scenarios side by side (KPIs and weekly spend per channel, each with the difference to the baseline) as CSV",
          parameters: [
            scenarioIds("2 to 4"),
            { name: "baseline", in: "query", required: false, schema: { type: "string" }, description: "one of the compared ids (default: the first)" },
          ],
          responses: { "200": csv, "400": errors["400"], "404": { description: "An unknown or unpredicted scenario", content: json("Error") } },
        },
      },
      "/api/v1/scenarios/forecast.csv": {
        get: {
          operationId: "scenarioForecastsCsv",
          summary: "Weekly total-revenue forecasts (USD/week, 80/95 % bounds) of 1 to 4 scenarios for the next 13 weeks as CSV",
          parameters: [scenarioIds("1 to 4")],
          responses: { "200": csv, "400": errors["400"], "404": { description: "An unknown scenario", content: json("Error") } },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "getOpenApiDocument",
          summary: "This document",
          responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } } },
        },
      },
      "/api/v1/export": {
        get: {
          operationId: "exportDomain",
          summary: "A data domain as CSV (the importer's format)",
          parameters: [{ name: "kind", in: "query", required: true, schema: { type: "string" } }],
          responses: { "200": csv, "400": errors["400"] },
        },
      },
    },
    components: {
      schemas: {
        ForecastResponse: schema(forecastResponseSchema),
        ChannelRoiResponse: schema(channelRoiResponseSchema),
        OptimizeRequest: schema(optimizeRequestSchema, "input"),
        OptimizeResponse: schema(optimizeResponseSchema),
        PlannedPromo: schema(plannedPromoSchema, "input"),
        Error: schema(errorResponseSchema),
      },
    },
  };
}
