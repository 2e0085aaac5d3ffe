import * as Y from 'yjs';
import { notesMap } from '../../shared/board/schema';
import { buildBigBoard } from './bigBoard';
import { Observer } from './observer';
import { cpuSeconds, peakRssBytes } from './procStats';
import type { BenchServer, RoomAddress, ServerName } from './servers';
import { median, nowMs, sleep } from './stats';

export interface FirstSyncResult {
  server: ServerName;
  persistent: boolean;
  notes: number;
  /** Connect to synced with every note, while another client keeps the room loaded. */
  warmMs: number[];
  warmMedianMs: number;
  /** The same with nobody in the room: the server loads the board from its store first. */
  coldMs: number[];
  coldMedianMs: number;
  /** Server CPU per first sync, loaded and cold. */
  cpuMsPerWarmSync: number;
  cpuMsPerColdSync: number;
  peakRssMb: number;
}

const SYNC_TIMEOUT_MS = 60_000;
/** Long enough for an empty room to unload on both servers. */
const UNLOAD_PAUSE_MS = 1_000;

/**
 * Puts a big board on the server through a real client, then times fresh clients'
 * first sync: `runs` with the room loaded and `runs` with the room cold.
 */
export async function runFirstSync(server: BenchServer, board: Y.Doc | number, runs: number): Promise<FirstSyncResult> {
  const doc = typeof board === 'number' ? buildBigBoard(board) : board;
  const notes = notesMap(doc).size;
  const room = await server.openRoom();
  const keeper = new Observer(room);
  try {
    await keeper.synced(SYNC_TIMEOUT_MS);
    Y.applyUpdate(keeper.doc, Y.encodeStateAsUpdate(doc));
    // The server has the board once a client that joins afterwards sees all of it.
    await timeFirstSync(room, notes);
    const warmMs: number[] = [];
    const cpuBefore = cpuSeconds(server.pid);
    for (let i = 0; i < runs; i++) warmMs.push(await timeFirstSync(room, notes));
    const cpuMsPerWarmSync = ((cpuSeconds(server.pid) - cpuBefore) * 1000) / runs;
    keeper.destroy();
    const coldMs: number[] = [];
    let coldCpu = 0;
    for (let i = 0; i < runs; i++) {
      await sleep(UNLOAD_PAUSE_MS);
      const cpuAtStart = cpuSeconds(server.pid);
      coldMs.push(await timeFirstSync(room, notes));
      coldCpu += cpuSeconds(server.pid) - cpuAtStart;
    }
    return {
      server: server.name,
      persistent: server.persistent,
      notes,
      warmMs,
      warmMedianMs: median(warmMs),
      coldMs,
      coldMedianMs: median(coldMs),
      cpuMsPerWarmSync,
      cpuMsPerColdSync: (coldCpu * 1000) / runs,
      peakRssMb: peakRssBytes(server.pid) / 2 ** 20,
    };
  } finally {
    keeper.destroy();
  }
}

/**
 * Milliseconds from creating a provider to it being synced and holding every note. Both
 * are needed: the reference answers a cold room's first sync before its store has loaded.
 */
async function timeFirstSync(room: RoomAddress, notes: number): Promise<number> {
  const started = nowMs();
  const client = new Observer(room);
  try {
    return await new Promise<number>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`first sync of ${notes} notes timed out`)), SYNC_TIMEOUT_MS);
      // Checked on every event rather than polled, so the time is not rounded to a poll interval.
      const check = () => {
        if (!client.provider.synced || client.noteCount < notes) return;
        clearTimeout(timer);
        done(nowMs() - started);
      };
      client.doc.on('afterTransaction', check);
      client.provider.on('sync', check);
    });
  } finally {
    client.destroy();
  }
}
