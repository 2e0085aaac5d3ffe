import { rmSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { launchBrowser } from '../../test/helpers/browser';
import { startServer } from '../../test/helpers/server';
import { startBaselineServer } from './baselineServer';
import { createBenchBoard } from './boards';
import { buildPages } from './builds';
import { summariseCpuProfile, type CpuProfile } from './cpuProfile';
import { circle, dragGesture, openBoard, panGesture } from './measurePage';
import { summariseTrace, type Share, type TraceEvent } from './traceSummary';

/**
 * Where the load, a pan and a drag spend their time, on our board and on the baseline, at
 * one size: a Chromium trace (self time by event on the main thread, busy time by thread,
 * the busiest other thread's events) and a JS CPU profile (self time by function). Pan and
 * drag are shown per frame. Unminified builds, so function names read.
 *
 * Run: npx tsx bench/render/profile.ts [notes=2000]
 */

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'];
const TOP = 12;

const size = Number(process.argv[2] ?? 2_000);
const pages = await buildPages({ minify: false });
const server = await startServer({ clientDir: pages.clientDir });
const baseline = await startBaselineServer(pages.baselineDir);
const browser = await launchBrowser();
try {
  const board = await createBenchBoard(server.url, size);
  const expected = { notes: board.notes, edges: board.links };
  const targets = [
    ['ours', server.url + board.participantPath],
    ['baseline', baseline.url + baseline.addBoard('profile', board.file)],
  ] as const;
  for (const [name, url] of targets) {
    console.log(`\n## ${name}, ${board.notes} notes`);
    let loadProfile: Recording | undefined;
    const { context, page, cdp, readyMs } = await openBoard(browser, url, expected, 60_000, async (session) => {
      loadProfile = await record(session);
    });
    try {
      print(`${name} load: ready in ${readyMs.toFixed(0)} ms, then until frames are calm`, await loadProfile!.stop(), 1);
      // Spots are found before recording starts: finding them hit-tests the page many times.
      const pan = await panGesture(page, board.layout);
      let recording = await record(cdp);
      let frames = await circle(page, cdp, pan, 3_000);
      print(`${name} pan: ${frames.frames} frames, mean ${frames.meanMs.toFixed(1)} ms; per frame`, await recording.stop(), frames.frames);
      const drag = await dragGesture(page, board.layout);
      if (!drag) {
        console.log(`\n### ${name} drag: no note can be grabbed at this zoom`);
        continue;
      }
      recording = await record(cdp);
      frames = await circle(page, cdp, drag, 3_000);
      print(`${name} drag: ${frames.frames} frames, mean ${frames.meanMs.toFixed(1)} ms; per frame`, await recording.stop(), frames.frames);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await baseline.close();
  await server.stop();
  for (const dir of [pages.clientDir, pages.baselineDir]) rmSync(dir, { recursive: true, force: true });
}

interface Recording {
  stop(): Promise<{ events: TraceEvent[]; profile: CpuProfile }>;
}

/** Starts a trace and a CPU profile on the page's session. */
async function record(cdp: CDPSession): Promise<Recording> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = await cdp.send('Profiler.stop');
      const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', collect);
      return { events, profile: profile as CpuProfile };
    },
  };
}

function print(title: string, { events, profile }: { events: TraceEvent[]; profile: CpuProfile }, divisor: number) {
  const lines = (shares: Share[]) => shares.slice(0, TOP).map((s) => `\n  ${(s.ms / Math.max(1, divisor)).toFixed(1).padStart(8)} ms  ${s.name}`);
  const trace = summariseTrace(events);
  console.log(`\n### ${title} (profiling adds overhead)`);
  console.log('main thread, self time by trace event:', ...lines(trace.mainThread));
  console.log('busy time by thread:', ...lines(trace.threads.slice(0, 6)));
  console.log('busiest other thread, self time by trace event:', ...lines(trace.busiestOther.slice(0, 6)));
  console.log('JS self time by function:', ...lines(summariseCpuProfile(profile)));
}
