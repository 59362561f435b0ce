/**
 * Lingering close, as web servers do it. A refusal sent before the request's body was read (413
 * for a form over the limit, sent with `Connection: close`) used to close the socket at once,
 * with the rest of the body still arriving; the kernel then resets the connection, and a reset
 * can throw away the answer before the client reads it, so the visitor saw a network error
 * instead of the page saying the form was too large (seen in the hostile-input suite as EPIPE).
 * Now the socket sends the answer and its end, then reads and drops what the client still sends
 * until the client closes its side, for at most LINGER_MS.
 *
 * Why this replaces Node's `socket.destroySoon` (an undocumented method) rather than using a
 * public API (checked on Node 24, issue #15): Node's http server has no lingering-close option.
 * When a `Connection: close` response finishes, the server's own 'finish' listener, attached
 * before the handler runs, calls `socket.destroySoon()`, which ends the socket and destroys it
 * as soon as the end is written; a 'finish' listener of ours runs after that and already finds
 * the socket ended (`writableEnded`), with the destroy queued where no public API can cancel it.
 * The public alternative, answering without `Connection: close` so that Node drains the unread
 * body itself, would change the refusal's headers and leave the connection open for reuse by a
 * client that just sent too much. So the patch stays, guarded: it is installed only where Node
 * still has the method on the prototype, falls through to Node's own when the request was read
 * completely, and tests/lib/web/linger.test.ts fails if a Node version changes this path.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

const LINGER_MS = 2000;

export function lingeringClose(handler: NodeHandler, lingerMs = LINGER_MS): NodeHandler {
  // The request a socket is serving now (one socket carries several, one after another).
  const current = new WeakMap<Socket, IncomingMessage>();
  return (req, res) => {
    const socket = req.socket as Socket & { destroySoon?: () => void };
    current.set(socket, req);
    // Node closes a `Connection: close` response's socket with destroySoon() once it is sent.
    if (typeof socket.destroySoon === 'function' && !Object.hasOwn(socket, 'destroySoon')) {
      const destroySoon = socket.destroySoon.bind(socket);
      socket.destroySoon = () => {
        if (current.get(socket)?.complete !== false || socket.destroyed) return destroySoon();
        socket.end();
        const timer = setTimeout(() => socket.destroy(), lingerMs);
        timer.unref();
        socket.once('end', () => socket.destroy());
        socket.once('close', () => clearTimeout(timer));
        socket.resume();
      };
    }
    handler(req, res);
  };
}
