import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CreateBoardResponse } from '../../shared/protocol/api';
import { freePort } from '../../test/helpers/ports';

export type ServerName = 'ours' | 'reference';

/** Where a client finds one room: as a y-websocket provider, and as a bare socket. */
export interface RoomAddress {
  serverUrl: string;
  roomName: string;
  params: Record<string, string>;
  socketUrl: string;
}

export interface BenchServer {
  readonly name: ServerName;
  readonly pid: number;
  /** Whether updates are persisted (the reference only with LevelDB loaded). */
  readonly persistent: boolean;
  openRoom(): Promise<RoomAddress>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

/**
 * Our server as a child process on a fresh data directory; rooms are boards made over
 * HTTP. `root` runs another checkout of the project, e.g. the commit before a change.
 */
export async function startOurs(root = '.'): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'alignboard-bench-'));
  const { child, output } = await spawnUntil(
    ['--import', 'tsx', resolve(root, 'server/main.ts')],
    { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir },
    /listening on (http:\/\/\S+)/,
    resolve(root),
  );
  const httpUrl = /listening on (http:\/\/\S+)/.exec(output)![1]!;
  const serverUrl = httpUrl.replace(/^http/, 'ws') + '/ws';
  return {
    name: 'ours',
    pid: child.pid!,
    persistent: true,
    async openRoom() {
      const res = await fetch(`${httpUrl}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Bench' }),
      });
      if (res.status !== 201) throw new Error(`creating a board failed: ${res.status}`);
      const board = (await res.json()) as CreateBoardResponse;
      const key = new URL(board.links.participant, httpUrl).searchParams.get('key')!;
      return {
        serverUrl,
        roomName: board.id,
        params: { key },
        socketUrl: `${serverUrl}/${board.id}?key=${encodeURIComponent(key)}`,
      };
    },
    stop: () => stopChild(child, dataDir),
  };
}

/**
 * `@y/websocket-server` 0.1.1 as shipped (its bin), with LevelDB persistence switched on
 * through YPERSISTENCE. It names rooms by URL path. If persistence cannot load, it runs
 * without and says so through `persistent`.
 */
export async function startReference(): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'alignboard-bench-ref-'));
  const bin = resolve('node_modules/@y/websocket-server/src/server.js');
  const port = await freePort();
  const env = { HOST: '127.0.0.1', PORT: String(port) };
  let started: Awaited<ReturnType<typeof spawnUntil>>;
  try {
    started = await spawnUntil([bin], { ...env, YPERSISTENCE: dataDir }, /running at/);
  } catch (error) {
    console.warn(`reference server failed with LevelDB persistence, measuring it without: ${String(error)}`);
    started = await spawnUntil([bin], env, /running at/);
  }
  const { child, output } = started;
  const serverUrl = `ws://127.0.0.1:${port}`;
  let rooms = 0;
  return {
    name: 'reference',
    pid: child.pid!,
    persistent: output.includes('Persisting documents to'),
    async openRoom() {
      const roomName = `bench-${++rooms}`;
      return { serverUrl, roomName, params: {}, socketUrl: `${serverUrl}/${roomName}` };
    },
    stop: () => stopChild(child, dataDir),
  };
}

/** Spawns `node <args>` and resolves once its output matches `ready`; keeps draining its pipes. */
function spawnUntil(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  cwd = process.cwd(),
): Promise<{ child: ChildProcess; output: string }> {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`server did not start:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      // Only the start-up lines matter; later output is read and dropped so the pipe never fills.
      if (output.length > 64 * 1024) return;
      output += chunk.toString();
      if (!ready.test(output)) return;
      clearTimeout(timer);
      done({ child, output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with ${code} before it was ready:\n${output}`));
    });
  });
}

async function stopChild(child: ChildProcess, dataDir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
  rmSync(dataDir, { recursive: true, force: true });
}
