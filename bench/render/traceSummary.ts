/** Where a trace's time went: self time by event name on the page's main thread, busy time by thread. */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export interface Share {
  name: string;
  ms: number;
}

export interface TraceSummary {
  /** Self time of each event name on the renderer main thread that did the most, largest first. */
  mainThread: Share[];
  /** Time each thread spent in top-level events (`process / thread`), largest first. */
  threads: Share[];
  /** Self time by event name on the busiest thread other than that main thread (raster, GC or compositing work). */
  busiestOther: Share[];
}

type Complete = TraceEvent & { dur: number };

export function summariseTrace(events: readonly TraceEvent[]): TraceSummary {
  const names = new Map<string, string>();
  const processes = new Map<number, string>();
  for (const e of events) {
    if (e.ph !== 'M' || !e.args?.name) continue;
    if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
    if (e.name === 'process_name') processes.set(e.pid, e.args.name);
  }
  const byThread = new Map<string, Complete[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key) ?? [];
    list.push(e as Complete);
    byThread.set(key, list);
  }

  const threads: (Share & { self: Map<string, number>; main: boolean })[] = [];
  for (const [key, list] of byThread) {
    const { busy, self } = selfTimes(list);
    const thread = names.get(key) ?? key;
    threads.push({ name: `${processes.get(list[0]!.pid) ?? list[0]!.pid} / ${thread}`, ms: busy, self, main: thread === 'CrRendererMain' });
  }
  largestFirst(threads);
  const main = threads.find((t) => t.main);
  const other = threads.find((t) => t !== main);
  const shares = (self: Map<string, number> | undefined) => largestFirst([...(self ?? [])].map(([name, ms]) => ({ name, ms })));
  return {
    mainThread: shares(main?.self),
    threads: threads.map(({ name, ms }) => ({ name, ms })),
    busiestOther: shares(other?.self),
  };
}

/** Self time per event name (time not spent in a nested event) and the time covered by top-level events, in ms. */
function selfTimes(events: Complete[]): { busy: number; self: Map<string, number> } {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map<string, number>();
  const open: Complete[] = [];
  let busy = 0;
  for (const e of sorted) {
    while (open.length && open[open.length - 1]!.ts + open[open.length - 1]!.dur <= e.ts) open.pop();
    const parent = open[open.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur / 1000);
    else busy += e.dur / 1000;
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur / 1000);
    open.push(e);
  }
  return { busy, self };
}

function largestFirst<T extends Share>(shares: T[]): T[] {
  return shares.sort((a, b) => b.ms - a.ms);
}
