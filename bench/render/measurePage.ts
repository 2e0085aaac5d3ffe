import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { newPerson, pageErrors } from '../../test/helpers/browser';
import { frameStats, type FrameStats, type MainThreadCounters } from './frames';
import { boardSpots, calmFrames, notesInView, readyAt, startFrames, stopFrames, watchReady, type BoardLayout, type Expected } from './pageProbes';

export const VIEWPORT = { width: 1600, height: 1000 } as const;

export interface PageMeasurement {
  /** Navigation start to the first frame produced with every note and link drawn. */
  readyMs: number;
  /** Notes at least partly on screen after fit view: all of them unless the minimum zoom stops fit view short. */
  notesInView: number;
  /** Used JS heap after a forced GC, once the board is drawn and idle. */
  heapMb: number;
  /** Panning after fit view, the whole board in view where the minimum zoom allows. */
  pan: FrameStats;
  /** Dragging the note nearest the screen's centre; null when no note can be grabbed at that zoom (its link handles cover it). */
  drag: FrameStats | null;
  errors: string[];
}

export interface MeasureOptions {
  /** How long each interaction lasts. */
  interactionMs: number;
  /** Longest wait for the board to be drawn. */
  readyTimeoutMs: number;
}

export interface OpenedBoard {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  readyMs: number;
}

export interface Gesture {
  from: { x: number; y: number };
  radius: number;
}

/** tsx compiles with keepNames, wrapping the probes' inner functions in a `__name()` helper the page lacks. */
const KEEP_NAMES_SHIM = { content: 'globalThis.__name ??= (fn) => fn;' };

/** Opens `url` in a fresh profile and measures ready time, heap, panning and dragging the board laid out as `layout`. */
export async function measurePage(
  browser: Browser,
  url: string,
  expected: Expected,
  layout: BoardLayout,
  options: MeasureOptions,
): Promise<PageMeasurement> {
  const { context, page, cdp, readyMs } = await openBoard(browser, url, expected, options.readyTimeoutMs);
  try {
    progress(`ready in ${readyMs.toFixed(0)} ms`);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const inView = await page.evaluate(notesInView);
    progress('pan');
    const pan = await circle(page, cdp, await panGesture(page, layout), options.interactionMs);
    await settle(page);
    progress('drag');
    const gesture = await dragGesture(page, layout);
    const drag = gesture ? await circle(page, cdp, gesture, options.interactionMs) : null;
    return { readyMs, notesInView: inView, heapMb: heap.usedSize / 2 ** 20, pan, drag, errors: pageErrors(page) };
  } finally {
    await context.close();
  }
}

/**
 * A fresh profile (name remembered, so no name dialog) on `url`, once every note and link is
 * drawn and frames are calm. `beforeNavigation` may start a trace or profile of the load.
 */
export async function openBoard(
  browser: Browser,
  url: string,
  expected: Expected,
  readyTimeoutMs: number,
  beforeNavigation?: (cdp: CDPSession) => Promise<void>,
): Promise<OpenedBoard> {
  const { context, page } = await newPerson(browser, { name: 'Bench', ...VIEWPORT });
  try {
    await context.addInitScript(KEEP_NAMES_SHIM);
    await context.addInitScript(watchReady, expected);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await beforeNavigation?.(cdp);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(readyAt, null, { timeout: readyTimeoutMs, polling: 100 });
    const readyMs = (await page.evaluate(readyAt))!;
    await settle(page);
    return { context, page, cdp, readyMs };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Circles of 60 px from an empty board spot: panning. */
export async function panGesture(page: Page, layout: BoardLayout): Promise<Gesture> {
  const from = (await page.evaluate(boardSpots, layout)).pane;
  if (!from) throw new Error(`no empty board spot to pan from on ${page.url()}`);
  return { from, radius: 60 };
}

/** Circles of 40 px from the centre of the note nearest the screen's centre: dragging it; null if none can be grabbed. */
export async function dragGesture(page: Page, layout: BoardLayout): Promise<Gesture | null> {
  const from = (await page.evaluate(boardSpots, layout)).note;
  return from ? { from, radius: 40 } : null;
}

/**
 * Presses at the gesture's start and moves the mouse round a circle through it for
 * `durationMs`, one move at a time (each waits for the page to take it), recording frames
 * and main-thread counters meanwhile.
 */
export async function circle(page: Page, cdp: CDPSession, { from, radius }: Gesture, durationMs: number): Promise<FrameStats> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const before = await counters(cdp);
  await page.evaluate(startFrames);
  const deadline = Date.now() + durationMs;
  let moves = 0;
  for (let angle = 0; Date.now() < deadline; moves++) {
    angle += 0.12;
    await page.mouse.move(from.x + radius * (Math.cos(angle) - 1), from.y + radius * Math.sin(angle));
  }
  const durations = await page.evaluate(stopFrames);
  const after = await counters(cdp);
  await page.mouse.up();
  return frameStats(durations, moves, before, after);
}

/** Frames of an empty page: how many vsyncs the shared machine itself makes the browser miss. */
export async function measureIdle(browser: Browser, durationMs: number): Promise<FrameStats> {
  const { context, page } = await newPerson(browser, VIEWPORT);
  try {
    await context.addInitScript(KEEP_NAMES_SHIM);
    await page.goto('data:text/html,<p>idle</p>');
    await page.evaluate(startFrames);
    await page.waitForTimeout(durationMs);
    const none = { TaskDuration: 0, ScriptDuration: 0, LayoutDuration: 0, RecalcStyleDuration: 0 };
    return frameStats(await page.evaluate(stopFrames), 0, none, none);
  } finally {
    await context.close();
  }
}

const started = Date.now();
function progress(step: string): void {
  console.error(`render bench ${((Date.now() - started) / 1000).toFixed(1)} s: ${step}`);
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(calmFrames, [10, 25, 5_000] as [number, number, number]);
}

async function counters(cdp: CDPSession): Promise<MainThreadCounters> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const read = (name: keyof MainThreadCounters) => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    TaskDuration: read('TaskDuration'),
    ScriptDuration: read('ScriptDuration'),
    LayoutDuration: read('LayoutDuration'),
    RecalcStyleDuration: read('RecalcStyleDuration'),
  };
}
