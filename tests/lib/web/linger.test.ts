/**
 * Lingering close (src/lib/web/linger.ts): a refusal sent before the body was read must let
 * the client finish sending and then read the refusal. Node's own http client, like the
 * hostile-input suite's, fails a request whose body write hits a closed connection (EPIPE)
 * even when the answer had arrived; a browser can lose the answer to the reset too.
 */
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lingeringClose } from '../../../src/lib/web/linger.ts';

// Refuses every request at once, unread, the way the middleware answers a form over the limit.
const refuse = (_req: http.IncomingMessage, res: http.ServerResponse) => {
  res.writeHead(413, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
  res.end('提交的内容过大');
};

/** Sends the whole request, and only then reads the answer: the write's error, or what came back. */
function sendThenRead(
  port: number,
  bodyBytes: number,
): Promise<{ wrote: boolean; answer: string }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (c: Buffer) => received.push(c));
    socket.on('error', () => {});
    const head = `POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${bodyBytes}\r\n\r\n`;
    socket.write(head);
    socket.write(Buffer.alloc(bodyBytes, 0x61), (error) => {
      const wrote = !error;
      socket.once('close', () =>
        resolve({ wrote, answer: Buffer.concat(received).toString('utf8') }),
      );
      if (socket.destroyed) resolve({ wrote, answer: Buffer.concat(received).toString('utf8') });
    });
  });
}

async function listen(handler: http.RequestListener): Promise<http.Server> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

let lingering: http.Server;
let abrupt: http.Server;
beforeAll(async () => {
  lingering = await listen(lingeringClose(refuse));
  abrupt = await listen(refuse);
});
afterAll(() => {
  lingering.close();
  abrupt.close();
});

describe('a refusal sent before a large body was read', () => {
  const size = 16 * 1024 * 1024;

  it('lets the client send all of it, then read the refusal', async () => {
    const result = await sendThenRead((lingering.address() as AddressInfo).port, size);
    expect(result.wrote).toBe(true);
    expect(result.answer).toMatch(/^HTTP\/1\.1 413/);
    expect(result.answer).toContain('提交的内容过大');
  });

  it('without lingering, fails the client’s write (the failure the test above guards against)', async () => {
    const result = await sendThenRead((abrupt.address() as AddressInfo).port, size);
    expect(result.wrote).toBe(false);
  });
});
