import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback HTTP proxy that answers every request and CONNECT with 403 and records its target. */
export async function startRefusingProxy(log: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    log.push(req.url ?? '');
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    log.push(`CONNECT ${req.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  server.unref();
  return server;
}

/** The port a started proxy listens on. */
export function proxyPort(server: Server): number {
  return (server.address() as AddressInfo).port;
}
