/** Summary of the frame durations one interaction produced, from requestAnimationFrame timestamps. */
export interface FrameStats {
  frames: number;
  meanMs: number;
  p95Ms: number;
  /** Share of frames longer than one 60 Hz frame (16.7 ms), i.e. that missed a vsync, 0..1. */
  over16Share: number;
  /** Mouse moves the page took in the interaction's time; a slow page takes fewer. */
  moves: number;
  /** Main-thread time per frame from Chromium's counters (CDP Performance.getMetrics). */
  scriptMsPerFrame: number;
  styleLayoutMsPerFrame: number;
  /** Main-thread task time that is neither script nor style/layout: mostly paint recording and compositing setup. */
  otherMainMsPerFrame: number;
}

export const FRAME_BUDGET_MS = 1000 / 60;

/**
 * requestAnimationFrame gaps come in whole vsync intervals, give or take the 0.1 ms the page's
 * clock is rounded to (16.6, 16.7, 16.8, 33.4...), so a frame over budget is one whose gap
 * is over one and a half intervals.
 */
const MISSED_VSYNC_MS = 1.5 * FRAME_BUDGET_MS;

/** Counters from CDP Performance.getMetrics, in seconds. */
export type MainThreadCounters = Record<'TaskDuration' | 'ScriptDuration' | 'LayoutDuration' | 'RecalcStyleDuration', number>;

export function frameStats(durations: readonly number[], moves: number, before: MainThreadCounters, after: MainThreadCounters): FrameStats {
  const sorted = [...durations].sort((a, b) => a - b);
  const frames = sorted.length;
  const perFrame = (seconds: number) => (frames ? (seconds * 1000) / frames : 0);
  const script = after.ScriptDuration - before.ScriptDuration;
  const styleLayout = after.LayoutDuration - before.LayoutDuration + (after.RecalcStyleDuration - before.RecalcStyleDuration);
  const task = after.TaskDuration - before.TaskDuration;
  return {
    frames,
    meanMs: frames ? sorted.reduce((sum, d) => sum + d, 0) / frames : 0,
    p95Ms: frames ? sorted[Math.min(frames - 1, Math.floor(0.95 * frames))]! : 0,
    over16Share: frames ? sorted.filter((d) => d > MISSED_VSYNC_MS).length / frames : 0,
    moves,
    scriptMsPerFrame: perFrame(script),
    styleLayoutMsPerFrame: perFrame(styleLayout),
    otherMainMsPerFrame: perFrame(Math.max(0, task - script - styleLayout)),
  };
}
