import { FRAME_BUDGET_MS, type FrameStats } from './frames';
import type { PageMeasurement } from './measurePage';

export interface SizeResult {
  notes: number;
  teams: number;
  links: number;
  ours: PageMeasurement;
  baseline: PageMeasurement;
}

const ms = (value: number) => value.toFixed(1);
const share = (value: number) => `${Math.round(value * 100)}%`;
const ratio = (ours: number, baseline: number) => (baseline > 0 ? `${(ours / baseline).toFixed(2)}x` : 'n/a');

/** One table per board size: ours, the plain React Flow baseline, and ours/baseline. */
export function renderMarkdown(idle: FrameStats, results: readonly SizeResult[]): string {
  const sections = [
    `Headless Chromium, viewport 1600x1000, software rendering. Frame time = gap between ` +
      `requestAnimationFrame callbacks; "> ${FRAME_BUDGET_MS.toFixed(1)} ms" is the share of frames that missed a vsync ` +
      '(gaps come in whole 16.7 ms intervals, so: gaps over 25 ms). ' +
      'Main-thread ms per frame (script / style+layout / other, mostly paint recording) come from Chromium\'s ' +
      'Performance.getMetrics counters over the interaction. Ready = navigation start to the first frame ' +
      'produced with every note and link drawn: in the DOM with none waiting to be measured, or on our sketch. Pan: the mouse held on ' +
      'the empty board spot nearest the centre after fit view and moved round 60 px circles for 3 s; drag: the ' +
      'same with the note nearest the centre, 40 px circles. Each mouse move waits for the page to take it, so ' +
      'a slower page takes fewer moves; n/a: no note could be grabbed at that zoom (on the baseline its link handles ' +
      'cover a note a few pixels wide). Both pages zoom out as far as the whole board needs, so after fit view every ' +
      'note is on screen: the baseline has all of them in the DOM, ours draws them as a sketch on one canvas below the ' +
      'zoom where words are readable (client/canvas/detail.ts) and then counts as ready once the sketch is drawn.',
    '',
    `Machine noise: an empty page over ${idle.frames} frames had mean ${ms(idle.meanMs)} ms, p95 ${ms(idle.p95Ms)} ms, ` +
      `${share(idle.over16Share)} of frames over 16.7 ms.`,
  ];
  for (const r of results) {
    const rows: [string, string, string, string][] = [
      ['ready (ms)', ms(r.ours.readyMs), ms(r.baseline.readyMs), ratio(r.ours.readyMs, r.baseline.readyMs)],
      ['notes in view after fit view', String(r.ours.notesInView), String(r.baseline.notesInView), ''],
      ['JS heap (MB)', ms(r.ours.heapMb), ms(r.baseline.heapMb), ratio(r.ours.heapMb, r.baseline.heapMb)],
      ...frameRows('pan', r.ours.pan, r.baseline.pan),
      ...frameRows('drag', r.ours.drag, r.baseline.drag),
    ];
    sections.push(
      '',
      `### ${r.notes} notes, ${r.teams} teams, ${r.links} links`,
      '',
      '| measure | ours | baseline | ours/baseline |',
      '| --- | --- | --- | --- |',
      ...rows.map((cells) => `| ${cells.join(' | ')} |`),
    );
    const errors = [...r.ours.errors.map((e) => `ours: ${e}`), ...r.baseline.errors.map((e) => `baseline: ${e}`)];
    if (errors.length) sections.push('', `Page errors: ${errors.slice(0, 5).join('; ')}`);
  }
  return sections.join('\n');
}

/** Rows of one interaction; a page that could not do it (null) shows n/a. */
function frameRows(name: string, ours: FrameStats | null, baseline: FrameStats | null): [string, string, string, string][] {
  const cell = (f: FrameStats | null, show: (f: FrameStats) => string) => (f ? show(f) : 'n/a');
  const both = (show: (f: FrameStats) => string) => [cell(ours, show), cell(baseline, show)] as const;
  const times = (pick: (f: FrameStats) => number) => [...both((f) => ms(pick(f))), ours && baseline ? ratio(pick(ours), pick(baseline)) : ''] as const;
  const main = (f: FrameStats) => `${ms(f.scriptMsPerFrame)} / ${ms(f.styleLayoutMsPerFrame)} / ${ms(f.otherMainMsPerFrame)}`;
  return [
    [`${name} frame mean (ms)`, ...times((f) => f.meanMs)],
    [`${name} frame p95 (ms)`, ...times((f) => f.p95Ms)],
    [`${name} frames > ${FRAME_BUDGET_MS.toFixed(1)} ms`, ...both((f) => share(f.over16Share)), ''],
    [`${name} frames / mouse moves`, ...both((f) => `${f.frames} / ${f.moves}`), ''],
    [`${name} main thread per frame: script / style+layout / other (ms)`, ...both(main), ''],
  ];
}
