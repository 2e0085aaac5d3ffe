import type { SyncBenchResult } from './index';
import type { LoadResult } from './loadScenario';

const LOAD_COLUMNS = [
  'Scenario',
  'Server',
  'Moves',
  'Lost / expected',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'CPU s',
  'CPU us / delivery',
  'Peak RSS MB',
] as const;

/** The sync bench as Markdown tables, with ours/reference ratios under each scenario. */
export function syncMarkdown(result: SyncBenchResult): string {
  const lines = [row(LOAD_COLUMNS), row(LOAD_COLUMNS.map(() => '---'))];
  for (const { scenario, ours, reference } of result.load) {
    lines.push(loadRow(scenario.name, ours), loadRow('', reference));
    lines.push(
      row([
        '',
        '**ours / reference**',
        '',
        '',
        ratio(ours.p50Ms, reference.p50Ms),
        ratio(ours.p95Ms, reference.p95Ms),
        ratio(ours.p99Ms, reference.p99Ms),
        ratio(ours.cpuSeconds, reference.cpuSeconds),
        ratio(ours.cpuMicrosPerDelivery, reference.cpuMicrosPerDelivery),
        ratio(ours.peakRssMb, reference.peakRssMb),
      ]),
    );
  }
  const notes = [
    '',
    'Latency: from the sender stamping a move to an observing y-websocket provider applying it ' +
      '(4 observers per room). A delivery is one move reaching one other connection of its room; ' +
      'the reference also echoes each move to its sender, which is not counted.',
  ];
  if (result.load.some(({ scenario }) => scenario.cursorsPerSecond)) {
    notes.push(
      'With cursors, every sender also moves its cursor (awareness, never stored); the CPU per delivery ' +
        'there still divides by move deliveries only, so it shows what presence traffic costs on top.',
    );
  }
  const persistence = result.load[0]?.reference.persistent ?? result.firstSync?.reference.persistent;
  if (persistence === false) notes.push('**The reference ran WITHOUT LevelDB persistence (it failed to load).**');
  const coalesced = result.load.flatMap(({ ours, reference }) => [ours, reference]).filter((r) => r.coalescedDeliveries > 0);
  for (const r of coalesced) notes.push(`${r.server}: ${r.coalescedDeliveries} deliveries arrived merged into a newer move.`);
  const first = result.firstSync;
  if (first) {
    notes.push(
      '',
      `First sync of a ${first.ours.notes}-note board (median of ${first.ours.warmMs.length}; connect to synced with every note):`,
      '',
      row(['Room', 'Ours ms', 'Reference ms', 'Ours / reference']),
      row(['---', '---', '---', '---']),
      row(['loaded', ms(first.ours.warmMedianMs), ms(first.reference.warmMedianMs), ratio(first.ours.warmMedianMs, first.reference.warmMedianMs)]),
      row(['cold (loaded from store)', ms(first.ours.coldMedianMs), ms(first.reference.coldMedianMs), ratio(first.ours.coldMedianMs, first.reference.coldMedianMs)]),
      row(['server CPU per loaded sync', ms(first.ours.cpuMsPerWarmSync), ms(first.reference.cpuMsPerWarmSync), ratio(first.ours.cpuMsPerWarmSync, first.reference.cpuMsPerWarmSync)]),
      row(['server CPU per cold sync', ms(first.ours.cpuMsPerColdSync), ms(first.reference.cpuMsPerColdSync), ratio(first.ours.cpuMsPerColdSync, first.reference.cpuMsPerColdSync)]),
      row(['peak RSS MB', first.ours.peakRssMb.toFixed(0), first.reference.peakRssMb.toFixed(0), ratio(first.ours.peakRssMb, first.reference.peakRssMb)]),
    );
  }
  return [...lines, ...notes].join('\n');
}

function loadRow(name: string, r: LoadResult): string {
  return row([
    name,
    r.server,
    String(r.moves),
    `${r.lostDeliveries} / ${r.expectedDeliveries}`,
    ms(r.p50Ms),
    ms(r.p95Ms),
    ms(r.p99Ms),
    r.cpuSeconds.toFixed(2),
    r.cpuMicrosPerDelivery.toFixed(2),
    r.peakRssMb.toFixed(0),
  ]);
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
const ratio = (ours: number, reference: number) => (reference > 0 ? `${(ours / reference).toFixed(2)}x` : 'n/a');
