import { createServer } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { BoardFile } from '../../shared/board/file';
import { staticHandler } from '../../server/http/static';

export interface BaselineServer {
  url: string;
  /** Puts a board file next to the page; the page opens it at the returned path. */
  addBoard(name: string, file: BoardFile): string;
  close(): Promise<void>;
}

/** The built baseline page and its board files, served on loopback the way our server serves the client. */
export async function startBaselineServer(root: string): Promise<BaselineServer> {
  const serve = staticHandler(root);
  const server = createServer((req, res) => serve(req, res, new URL(req.url ?? '/', 'http://127.0.0.1').pathname));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    addBoard(name, file) {
      mkdirSync(join(root, 'boards'), { recursive: true });
      writeFileSync(join(root, 'boards', `${name}.json`), JSON.stringify(file));
      return `/?board=${encodeURIComponent(name)}`;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
