import type { Share } from './traceSummary';

/** The parts of a CDP Profiler.Profile the summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** JS self time per function (`name file:line`), largest first, in ms; idle time left out. */
export function summariseCpuProfile(profile: CpuProfile): Share[] {
  const label = new Map<number, string>();
  for (const { id, callFrame } of profile.nodes) {
    const file = callFrame.url.split('/').pop() || callFrame.url;
    label.set(id, `${callFrame.functionName || '(anonymous)'}${file ? ` ${file}:${callFrame.lineNumber + 1}` : ''}`);
  }
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const self = new Map<string, number>();
  // A sample's time is the gap to the next one.
  samples.forEach((id, i) => {
    const name = label.get(id) ?? String(id);
    const ms = (deltas[i + 1] ?? 0) / 1000;
    if (name !== '(idle)') self.set(name, (self.get(name) ?? 0) + ms);
  });
  return [...self].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}
