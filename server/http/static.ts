import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves the built client. Paths without a file extension fall back to index.html so
 * the client's own router handles `/b/<id>` and friends.
 */
export function staticHandler(root: string): (req: IncomingMessage, res: ServerResponse, pathname: string) => void {
  const index = join(root, 'index.html');
  return (req, res, pathname) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = normalize(join(root, decodeURIComponent(pathname)));
    const inside = file === root || file.startsWith(root.endsWith(sep) ? root : root + sep);
    if (inside && existsSync(file) && statSync(file).isFile()) return sendFile(res, file, pathname.startsWith('/assets/'));
    if (extname(pathname) === '' && existsSync(index)) return sendFile(res, index, false);
    if (!existsSync(index)) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The client is not built. Run `npm run build` (npm start does it for you).');
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  };
}

function sendFile(res: ServerResponse, file: string, immutable: boolean): void {
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    // Vite fingerprints everything under /assets, so it can be cached for good.
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
}
