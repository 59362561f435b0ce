/**
 * The Node response a request is being answered on, for code below Astro that must pace its
 * writes to it (src/lib/web/paced.ts). The adapter's handler passes no request-scoped value of
 * ours to the pipeline, so serve.ts runs it inside `withOutlet`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

const current = new AsyncLocalStorage<ServerResponse>();

/** Wraps `next` so that `outlet()` names its response while it answers. */
export function withOutlet(next: NodeHandler): NodeHandler {
  return (req, res) => current.run(res, () => next(req, res));
}

/** The response of the request being answered, if it came through `withOutlet`. */
export function outlet(): ServerResponse | undefined {
  return current.getStore();
}
