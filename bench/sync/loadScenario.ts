import { DeliveryLog } from './deliveryLog';
import { LightSender } from './lightSender';
import { Observer } from './observer';
import { cpuSeconds, peakRssBytes } from './procStats';
import type { BenchServer, RoomAddress, ServerName } from './servers';
import { nowMs, quantile, until } from './stats';

export interface LoadScenario {
  name: string;
  rooms: number;
  clientsPerRoom: number;
  movesPerSecond: number;
  /** Presence traffic on top: each sender's cursor moves this often. */
  cursorsPerSecond?: number;
}

export interface LoadTiming {
  warmupSeconds: number;
  measureSeconds: number;
}

export interface LoadResult {
  server: ServerName;
  persistent: boolean;
  /** Moves sent inside the measured window. */
  moves: number;
  /** Moves x observers in the mover's room. */
  expectedDeliveries: number;
  receivedDeliveries: number;
  /** Received, but merged into a newer move of the same note before it arrived. */
  coalescedDeliveries: number;
  lostDeliveries: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Server CPU (user + system) from the start of the window until everything arrived. */
  cpuSeconds: number;
  /**
   * CPU per message the room had to deliver: moves x (connections in the room - 1). Both
   * servers are divided by the same count although the reference also echoes each move
   * back to its sender.
   */
  cpuMicrosPerDelivery: number;
  peakRssMb: number;
  /** This process's CPU over the same span: the load generator competes for the 2 cores. */
  loadGeneratorCpuSeconds: number;
}

export const OBSERVERS_PER_ROOM = 4;
/** One timer drives every sender; sends are due on a schedule, so a late tick catches up. */
const TICK_MS = 5;
/** Senders read what they were sent every this many ticks. */
const DRAIN_EVERY_TICKS = 10;
const CONNECT_BATCH = 25;
const SETUP_TIMEOUT_MS = 60_000;
const DRAIN_TIMEOUT_MS = 5_000;

/** Connects the clients, drives the moves, and measures one server under one load. */
export async function runLoadScenario(server: BenchServer, scenario: LoadScenario, timing: LoadTiming): Promise<LoadResult> {
  const rooms: RoomAddress[] = [];
  for (let r = 0; r < scenario.rooms; r++) rooms.push(await server.openRoom());
  // Each y-websocket provider listens for the process's exit.
  const maxListeners = process.getMaxListeners();
  process.setMaxListeners(maxListeners + scenario.rooms * OBSERVERS_PER_ROOM);
  const observers = rooms.flatMap((room) => Array.from({ length: OBSERVERS_PER_ROOM }, () => new Observer(room)));
  const senders: LightSender[] = [];
  try {
    await Promise.all(observers.map((observer) => observer.synced(SETUP_TIMEOUT_MS)));
    // Ordered round-robin over rooms, so consecutive sends land in different rooms.
    for (let i = 0; i < scenario.clientsPerRoom; i += CONNECT_BATCH) {
      const batch = rooms.flatMap((room) =>
        Array.from({ length: Math.min(CONNECT_BATCH, scenario.clientsPerRoom - i) }, (_, j) => new LightSender(room, i + j)),
      );
      senders.push(...batch);
      await Promise.all(batch.map((sender) => sender.ready));
    }
    senders.sort((a, b) => a.index - b.index);
    const seesEveryNote = () => observers.every((observer) => observer.noteCount >= scenario.clientsPerRoom);
    if (!(await until(seesEveryNote, SETUP_TIMEOUT_MS))) throw new Error('observers never saw every sender\'s note');
    return await measure(server, scenario, timing, senders, observers);
  } finally {
    for (const sender of senders) sender.close();
    for (const observer of observers) observer.destroy();
    process.setMaxListeners(maxListeners);
  }
}

async function measure(
  server: BenchServer,
  scenario: LoadScenario,
  timing: LoadTiming,
  senders: LightSender[],
  observers: Observer[],
): Promise<LoadResult> {
  const rate = scenario.rooms * scenario.clientsPerRoom * scenario.movesPerSecond;
  const start = nowMs() + TICK_MS;
  const window = { start: start + timing.warmupSeconds * 1000, end: start + (timing.warmupSeconds + timing.measureSeconds) * 1000 };
  const log = new DeliveryLog(window, Math.ceil(rate * timing.measureSeconds * 1.2 + 100) * OBSERVERS_PER_ROOM);
  for (const observer of observers) observer.log = log;

  let cpuAtStart = 0;
  let generatorAtStart = process.cpuUsage();
  const cursorRate = scenario.rooms * scenario.clientsPerRoom * (scenario.cursorsPerSecond ?? 0);
  const moves = await drive(senders, { moves: rate, cursors: cursorRate }, start, window, () => {
    cpuAtStart = cpuSeconds(server.pid);
    generatorAtStart = process.cpuUsage();
  });
  const expected = moves * OBSERVERS_PER_ROOM;
  await until(() => log.received >= expected, DRAIN_TIMEOUT_MS);
  const cpu = cpuSeconds(server.pid) - cpuAtStart;
  const generator = process.cpuUsage(generatorAtStart);
  const latencies = log.sortedLatencies();
  const deliveries = moves * (scenario.clientsPerRoom + OBSERVERS_PER_ROOM - 1);
  return {
    server: server.name,
    persistent: server.persistent,
    moves,
    expectedDeliveries: expected,
    receivedDeliveries: log.received,
    coalescedDeliveries: log.coalesced,
    lostDeliveries: Math.max(0, expected - log.received),
    p50Ms: quantile(latencies, 0.5),
    p95Ms: quantile(latencies, 0.95),
    p99Ms: quantile(latencies, 0.99),
    maxMs: quantile(latencies, 1),
    cpuSeconds: cpu,
    cpuMicrosPerDelivery: (cpu * 1e6) / deliveries,
    peakRssMb: peakRssBytes(server.pid) / 2 ** 20,
    loadGeneratorCpuSeconds: (generator.user + generator.system) / 1e6,
  };
}

/**
 * Sends `rates.moves` moves (and `rates.cursors` cursor moves) per second in total, sender
 * after sender, from `start` until the window ends. Resolves with the number of moves
 * sent inside the window.
 */
function drive(
  senders: LightSender[],
  rates: { moves: number; cursors: number },
  start: number,
  window: { start: number; end: number },
  onWindowStart: () => void,
): Promise<number> {
  const seconds = (window.end - start) / 1000;
  const totalMoves = Math.floor(seconds * rates.moves);
  const totalCursors = Math.floor(seconds * rates.cursors);
  return new Promise((done) => {
    let sent = 0;
    let cursors = 0;
    let inWindow = 0;
    let windowStarted = false;
    let ticks = 0;
    const timer = setInterval(() => {
      if (++ticks % DRAIN_EVERY_TICKS === 0) for (const sender of senders) sender.drain();
      const now = nowMs();
      if (!windowStarted && now >= window.start) {
        windowStarted = true;
        onWindowStart();
      }
      const elapsed = (now - start) / 1000;
      for (const due = Math.min(totalCursors, Math.floor(elapsed * rates.cursors)); cursors < due; cursors++) {
        senders[cursors % senders.length]!.moveCursor();
      }
      for (const due = Math.min(totalMoves, Math.floor(elapsed * rates.moves)); sent < due; sent++) {
        const sentAt = senders[sent % senders.length]!.move();
        if (sentAt >= window.start && sentAt < window.end) inWindow++;
      }
      if (sent >= totalMoves || now >= window.end) {
        clearInterval(timer);
        done(inWindow);
      }
    }, TICK_MS);
  });
}
