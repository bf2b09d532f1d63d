/**
 * A static server on 127.0.0.1 (random port) for the fixture pages, with room for
 * per-test dynamic routes (e.g. a login that checks submitted codes).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { PAGES_DIR } from './paths';

export type Route = (request: IncomingMessage, response: ServerResponse, body: string) => void | Promise<void>;

export interface TestServer {
  port: number;
  /** URL on 127.0.0.1, or on `host` (resolved to 127.0.0.1 by the browser's host rules). */
  url(pathname: string, host?: string): string;
  route(pathname: string, handler: Route): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export async function startServer(root = PAGES_DIR): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const route = routes.get(pathname);
    if (route) return route(request, response, Buffer.concat(chunks).toString('utf8'));
    const file = path.join(root, path.normalize(decodeURIComponent(pathname)));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    try {
      const data = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(data);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (pathname, host = '127.0.0.1') => `http://${host}:${port}${pathname.startsWith('/') ? '' : '/'}${pathname}`,
    route: (pathname, handler) => void routes.set(pathname, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
