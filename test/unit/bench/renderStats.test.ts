import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { summariseCpuProfile } from '../../../bench/render/cpuProfile';
import { frameStats, type MainThreadCounters } from '../../../bench/render/frames';
import { summariseTrace, type TraceEvent } from '../../../bench/render/traceSummary';

const counters = (seconds: number): MainThreadCounters => ({
  TaskDuration: seconds,
  ScriptDuration: seconds / 2,
  LayoutDuration: seconds / 8,
  RecalcStyleDuration: seconds / 8,
});

describe('frame stats', () => {
  it('counts a frame over budget only when it missed a vsync, not for clock rounding', () => {
    const stats = frameStats([16.6, 16.7, 16.8, 16.7, 33.4, 16.6, 50.0, 16.7], 4, counters(0), counters(0));
    expect(stats.over16Share).toBe(2 / 8);
    expect(stats.p95Ms).toBe(50);
  });

  it('splits main-thread time per frame into script, style and layout, and the rest', () => {
    const stats = frameStats([20, 20, 20, 20], 3, counters(1), counters(1.08));
    expect(stats.scriptMsPerFrame).toBeCloseTo(10);
    expect(stats.styleLayoutMsPerFrame).toBeCloseTo(5);
    expect(stats.otherMainMsPerFrame).toBeCloseTo(5);
  });

  it('keeps mean and p95 within the shortest and longest frame', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 2_000, noNaN: true }), { minLength: 1, maxLength: 200 }), (durations) => {
        const stats = frameStats(durations, 0, counters(0), counters(0));
        const [min, max] = [Math.min(...durations), Math.max(...durations)];
        expect(stats.meanMs).toBeGreaterThanOrEqual(min - 1e-9);
        expect(stats.meanMs).toBeLessThanOrEqual(max + 1e-9);
        expect(stats.p95Ms).toBeGreaterThanOrEqual(min);
        expect(stats.p95Ms).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe('trace summary', () => {
  const thread = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', ts: 0, pid, tid, args: { name } });
  const slice = (name: string, ts: number, dur: number, tid = 1, pid = 7): TraceEvent => ({ name, ph: 'X', ts, dur, pid, tid });

  it('charges nested events to themselves and only the remainder to their parent', () => {
    const summary = summariseTrace([
      thread(7, 1, 'CrRendererMain'),
      slice('EventDispatch', 0, 10_000),
      slice('HitTest', 1_000, 6_000),
      slice('Paint', 20_000, 2_000),
    ]);
    expect(summary.mainThread).toEqual([
      { name: 'HitTest', ms: 6 },
      { name: 'EventDispatch', ms: 4 },
      { name: 'Paint', ms: 2 },
    ]);
  });

  it('reports busy time per thread and the events of the busiest thread besides the main one', () => {
    const summary = summariseTrace([
      thread(7, 1, 'CrRendererMain'),
      thread(7, 2, 'ThreadPoolForegroundWorker'),
      { name: 'process_name', ph: 'M', ts: 0, pid: 7, tid: 0, args: { name: 'Renderer' } },
      slice('Layerize', 0, 3_000),
      slice('RasterTask', 0, 9_000, 2),
      slice('RasterTask', 10_000, 1_000, 2),
    ]);
    expect(summary.threads).toEqual([
      { name: 'Renderer / ThreadPoolForegroundWorker', ms: 10 },
      { name: 'Renderer / CrRendererMain', ms: 3 },
    ]);
    expect(summary.busiestOther).toEqual([{ name: 'RasterTask', ms: 10 }]);
  });
});

describe('CPU profile summary', () => {
  it('adds up self time per function from the gaps between samples, leaving idle time out', () => {
    const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 9 });
    const summary = summariseCpuProfile({
      nodes: [
        { id: 1, callFrame: frame('(idle)') },
        { id: 2, callFrame: frame('adoptUserNodes', 'http://127.0.0.1/assets/index.js') },
        { id: 3, callFrame: frame('(program)') },
      ],
      startTime: 0,
      endTime: 10_000,
      samples: [2, 2, 1, 3, 2],
      timeDeltas: [0, 1_000, 2_000, 3_000, 500],
    });
    expect(summary).toEqual([
      { name: 'adoptUserNodes index.js:10', ms: 3 },
      { name: '(program)', ms: 0.5 },
    ]);
  });
});
