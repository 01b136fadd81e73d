import { replyToResponse, type ApiReply } from "./api-reply";

/**
 * The largest JSON body an API route reads: 4 MB holds the biggest legitimate request (5,000 planned promos at
 * ~250 bytes each) with room to spare, and keeps a 50 MB body from being buffered and parsed in full.
 */
export const MAX_JSON_BODY_BYTES = 4 * 1024 * 1024;

const tooLarge = (limit: number): ApiReply => ({
  status: 413,
  body: { error: `The body is larger than ${(limit / 1024 / 1024).toFixed(0)} MB; send less per request.`, fieldErrors: { body: ["too large"] } },
});

/**
 * Reads a request body as JSON, or returns the API's standard error response: 413 when it is larger than `limit`
 * bytes (refused from Content-Length when given, else by counting while streaming, never buffering more than the
 * limit and one chunk), 400 when it is not JSON.
 */
export async function readJsonBody(
  request: Request,
  what: string,
  limit = MAX_JSON_BODY_BYTES,
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const read = await readJsonReply(request, what, limit);
  return read.ok ? read : { ok: false, response: replyToResponse(read.reply) };
}

/** readJsonBody answering a refusal as an ApiReply. */
export async function readJsonReply(
  request: Request,
  what: string,
  limit = MAX_JSON_BODY_BYTES,
): Promise<{ ok: true; body: unknown } | { ok: false; reply: ApiReply }> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) return { ok: false, reply: tooLarge(limit) };
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
          return { ok: false, reply: tooLarge(limit) };
        }
        chunks.push(value);
      }
    } catch {
      return { ok: false, reply: { status: 400, body: { error: "The request body could not be read.", fieldErrors: { body: ["unreadable"] } } } };
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return parseJsonBytes(bytes, what);
}

/** A whole body (already within the size limit) as JSON, or the API's 400 for a body that is not JSON. */
export function parseJsonBytes(bytes: Uint8Array, what: string): { ok: true; body: unknown } | { ok: false; reply: ApiReply } {
  try {
    return { ok: true, body: JSON.parse(new TextDecoder().decode(bytes)) };
  } catch {
    return { ok: false, reply: { status: 400, body: { error: `The body must be JSON: ${what}.`, fieldErrors: { body: ["not valid JSON"] } } } };
  }
}
