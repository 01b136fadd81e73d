/**
 * The largest JSON body an API route reads: 4 MB holds the biggest legitimate request (5,000 planned promos at
 * ~250 bytes each) with room to spare, and keeps a 50 MB body from being buffered and parsed in full.
 */
export const MAX_JSON_BODY_BYTES = 4 * 1024 * 1024;

const tooLarge = (limit: number) =>
  Response.json({ error: `The body is larger than ${(limit / 1024 / 1024).toFixed(0)} MB; send less per request.`, fieldErrors: { body: ["too large"] } }, { status: 413 });

/**
 * Reads a request body as JSON, or returns the API's standard error response: 413 when it is larger than `limit`
 * bytes (refused from Content-Length when given, else by counting while streaming, never buffering more than the
 * limit and one chunk), 400 when it is not JSON.
 */
export async function readJsonBody(request: Request, what: string, limit = MAX_JSON_BODY_BYTES): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) return { ok: false, response: tooLarge(limit) };
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > limit) {
          await reader.cancel().catch(() => {});
          return { ok: false, response: tooLarge(limit) };
        }
        chunks.push(value);
      }
    } catch {
      return { ok: false, response: Response.json({ error: "The request body could not be read.", fieldErrors: { body: ["unreadable"] } }, { status: 400 }) };
    }
  }
  try {
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const c of chunks) {
      bytes.set(c, offset);
      offset += c.byteLength;
    }
    return { ok: true, body: JSON.parse(new TextDecoder().decode(bytes)) };
  } catch {
    return { ok: false, response: Response.json({ error: `The body must be JSON: ${what}.`, fieldErrors: { body: ["not valid JSON"] } }, { status: 400 }) };
  }
}
