/**
 * An API answer before it becomes a Response: status, JSON body and extra headers. Handlers on the scoring API's hot
 * path build these, so the same code answers through Next (replyToResponse) and through scripts/serve.ts's direct
 * route (lib/server/fast-routes.ts writes it to the socket without Web Request/Response objects, ~0.4 ms each).
 */
export type ApiReply = { status: number; body: unknown; headers?: Record<string, string> };

/** What a handler reads from request headers: a Web `Headers` and the direct route's Node headers both provide it. */
export type HeaderReader = { get(name: string): string | null };

export const replyToResponse = (reply: ApiReply): Response => Response.json(reply.body, { status: reply.status, headers: reply.headers });

/** The answer to a handler that threw: 500, nothing changed (as withApiMetrics answers). */
export const internalErrorReply = (): ApiReply => ({ status: 500, body: { error: "Internal error; nothing was changed. See the server log." } });
