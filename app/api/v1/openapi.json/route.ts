import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-static";

/** GET /api/v1/openapi.json */
export function GET() {
  return NextResponse.json(buildOpenApiDocument());
}
