/** Reads a request body as JSON, or returns the API's standard 400 when it is not JSON. */
export async function readJsonBody(request: Request, what: string): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return { ok: false, response: Response.json({ error: `The body must be JSON: ${what}.`, fieldErrors: { body: ["not valid JSON"] } }, { status: 400 }) };
  }
}
