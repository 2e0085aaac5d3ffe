import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type AlignboardServer, type ServerOptions } from '../../server/app';
import { silentLogger } from '../../server/logger';

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'alignboard-test-'));
}

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  server: AlignboardServer;
  /** Stops the server and removes its data directory unless `keepData`. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/** The real server, in this process, on a free loopback port with a temporary data dir. */
export async function startServer(options: Partial<Omit<ServerOptions, 'logger'>> = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? tempDataDir();
  const server = await createServer({
    port: 0,
    host: '127.0.0.1',
    clientDir: resolve('dist/client'),
    ...options,
    dataDir,
    logger: silentLogger,
  });
  return {
    url: server.url,
    port: server.port,
    dataDir,
    server,
    async stop({ keepData = false } = {}) {
      await server.close();
      if (!keepData && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
  /** SIGKILL, resolved once the process is gone and can no longer touch its data dir. */
  kill(): Promise<number | null>;
}

/**
 * The real server as a child process (`tsx server/main.ts`), for crash and restart tests.
 * Resolves once it prints its listening line.
 */
export function spawnServer(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return new Promise((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`server did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      const url = match[1]!;
      const kill = () => {
        child.kill('SIGKILL');
        return exited;
      };
      done({ url, port: Number(new URL(url).port), child, exited, kill });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
}

export async function createBoardOver(url: string, body: Record<string, unknown> = {}) {
  const res = await fetch(`${url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`create board failed: ${res.status} ${await res.text()}`);
  const created = (await res.json()) as import('../../shared/protocol/api').CreateBoardResponse;
  const keyOf = (link: string) => new URL(link, url).searchParams.get('key')!;
  return {
    ...created,
    keys: {
      facilitator: keyOf(created.links.facilitator),
      participant: keyOf(created.links.participant),
      viewer: keyOf(created.links.viewer),
    },
  };
}
