import { pathToFileURL } from 'node:url';
import { runFirstSync, type FirstSyncResult } from './firstSync';
import { runLoadScenario, type LoadResult, type LoadScenario } from './loadScenario';
import { syncMarkdown } from './report';
import { startOurs, startReference, type BenchServer } from './servers';

export const LOAD_SCENARIOS: readonly LoadScenario[] = [
  { name: '1 room x 10 clients x 5/s', rooms: 1, clientsPerRoom: 10, movesPerSecond: 5 },
  { name: '1 room x 100 clients x 2/s', rooms: 1, clientsPerRoom: 100, movesPerSecond: 2 },
  { name: '1 room x 300 clients x 1/s', rooms: 1, clientsPerRoom: 300, movesPerSecond: 1 },
  { name: '20 rooms x 10 clients x 2/s', rooms: 20, clientsPerRoom: 10, movesPerSecond: 2 },
  { name: '1 room x 100 clients x 2/s + cursors 5/s', rooms: 1, clientsPerRoom: 100, movesPerSecond: 2, cursorsPerSecond: 5 },
];

export interface SyncBenchOptions {
  warmupSeconds?: number;
  measureSeconds?: number;
  /** Load scenarios to run, by index into LOAD_SCENARIOS; all by default. */
  scenarios?: readonly number[];
  /** 0 skips the first-sync measurement. */
  firstSyncNotes?: number;
  firstSyncRuns?: number;
  progress?: (line: string) => void;
}

export interface LoadComparison {
  scenario: LoadScenario;
  ours: LoadResult;
  reference: LoadResult;
}

export interface FirstSyncComparison {
  ours: FirstSyncResult;
  reference: FirstSyncResult;
}

export interface SyncBenchResult {
  load: LoadComparison[];
  firstSync?: FirstSyncComparison;
}

const SERVERS = { ours: startOurs, reference: startReference } as const;

/**
 * Our sync server against `@y/websocket-server` 0.1.1 in one run, each scenario on a
 * fresh process of each, one server at a time so they never share the cores.
 *
 * @example const { load } = await runSyncBench({ scenarios: [1], firstSyncNotes: 0 });
 */
export async function runSyncBench(options: SyncBenchOptions = {}): Promise<SyncBenchResult> {
  const timing = { warmupSeconds: options.warmupSeconds ?? 2, measureSeconds: options.measureSeconds ?? 12 };
  const progress = options.progress ?? ((line: string) => console.error(line));
  const chosen = options.scenarios?.map((i) => LOAD_SCENARIOS[i]!) ?? LOAD_SCENARIOS;
  const load: LoadComparison[] = [];
  for (const scenario of chosen) {
    const ours = await withServer('ours', (server) => runLoadScenario(server, scenario, timing));
    progress(`${scenario.name}, ours: ${summary(ours)}`);
    const reference = await withServer('reference', (server) => runLoadScenario(server, scenario, timing));
    progress(`${scenario.name}, reference: ${summary(reference)}`);
    load.push({ scenario, ours, reference });
  }
  const notes = options.firstSyncNotes ?? 5_000;
  if (notes === 0) return { load };
  const runs = options.firstSyncRuns ?? 7;
  const ours = await withServer('ours', (server) => runFirstSync(server, notes, runs));
  progress(`first sync of ${notes} notes, ours: warm ${ours.warmMedianMs.toFixed(1)} ms, cold ${ours.coldMedianMs.toFixed(1)} ms`);
  const reference = await withServer('reference', (server) => runFirstSync(server, notes, runs));
  progress(`first sync of ${notes} notes, reference: warm ${reference.warmMedianMs.toFixed(1)} ms, cold ${reference.coldMedianMs.toFixed(1)} ms`);
  return { load, firstSync: { ours, reference } };
}

async function withServer<T>(name: keyof typeof SERVERS, run: (server: BenchServer) => Promise<T>): Promise<T> {
  const server = await SERVERS[name]();
  try {
    return await run(server);
  } finally {
    await server.stop();
  }
}

function summary(result: LoadResult): string {
  return (
    `p50 ${result.p50Ms.toFixed(1)} p99 ${result.p99Ms.toFixed(1)} ms, lost ${result.lostDeliveries}/${result.expectedDeliveries}, ` +
    `cpu ${result.cpuSeconds.toFixed(2)} s (${result.cpuMicrosPerDelivery.toFixed(2)} us/delivery), ` +
    `rss ${result.peakRssMb.toFixed(0)} MB, load generator ${result.loadGeneratorCpuSeconds.toFixed(2)} s`
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runSyncBench();
  console.log(syncMarkdown(result));
}
