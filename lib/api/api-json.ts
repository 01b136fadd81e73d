import { NextResponse } from "next/server";
import type { z } from "zod";

/**
 * A JSON response whose body is typed by the schema the OpenAPI document is generated from: a field the schema does
 * not document is a compile error (object literals get TypeScript's excess-property check), so the handler and the
 * document cannot drift apart.
 */
export function apiJson<S extends z.ZodType>(_schema: S, body: z.input<S>, init?: ResponseInit): NextResponse {
  return NextResponse.json(body, init);
}
