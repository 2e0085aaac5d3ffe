/**
 * Functions that run inside the page (passed to addInitScript / evaluate), so they only use
 * what the page has. State lives on `window.__renderBench`.
 */

export interface Expected {
  notes: number;
  edges: number;
}

interface ProbeState {
  readyAt?: number;
  stamps?: number[];
  recording?: boolean;
}

type ProbeWindow = Window & { __renderBench?: ProbeState };

/**
 * Init script: from navigation start, checks every animation frame whether all notes and
 * links are drawn (in the DOM with none hidden waiting for React Flow to measure it, or on
 * our sketch canvas); `readyAt` is the timestamp of the next frame after that, i.e. once
 * that frame has been produced.
 */
export function watchReady(expected: Expected): void {
  const state: ProbeState = ((window as ProbeWindow).__renderBench = {});
  // Drawn as DOM nodes, or as our sketch, whose canvas says what its last drawing held.
  const sketched = () => {
    const sketch = document.querySelector<HTMLElement>('[data-testid=sketch]');
    return Number(sketch?.dataset.notes ?? -1) >= expected.notes && Number(sketch?.dataset.links ?? -1) >= expected.edges;
  };
  const inDom = () =>
    document.querySelectorAll('[data-testid=note]').length >= expected.notes &&
    document.querySelectorAll('.react-flow__edge').length >= expected.edges &&
    !document.querySelector('.react-flow__node[style*="visibility: hidden"]');
  const allDrawn = () => sketched() || inDom();
  const check = () => {
    if (allDrawn()) requestAnimationFrame((t) => (state.readyAt = t));
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

export function readyAt(): number | undefined {
  return (window as ProbeWindow).__renderBench?.readyAt;
}

export function startFrames(): void {
  const state = ((window as ProbeWindow).__renderBench ??= {});
  state.stamps = [];
  state.recording = true;
  const loop = (t: number) => {
    if (!state.recording) return;
    state.stamps!.push(t);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

/** Durations between consecutive frames since startFrames. */
export function stopFrames(): number[] {
  const state = (window as ProbeWindow).__renderBench!;
  state.recording = false;
  const stamps = state.stamps ?? [];
  return stamps.slice(1).map((t, i) => t - stamps[i]!);
}

/** Resolves once `calm` frames in a row came within `limitMs` of each other, or after `timeoutMs`. */
export function calmFrames([calm, limitMs, timeoutMs]: [number, number, number]): Promise<boolean> {
  return new Promise((done) => {
    const deadline = performance.now() + timeoutMs;
    let last = performance.now();
    let streak = 0;
    const loop = (t: number) => {
      streak = t - last <= limitMs ? streak + 1 : 0;
      last = t;
      if (streak >= calm) done(true);
      else if (t > deadline) done(false);
      else requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
}

/** Where notes and frames lie on the board, in board units: the spot finders test against it. */
export interface BoardLayout {
  notes: { x: number; y: number }[];
  frames: { x: number; y: number; w: number; h: number }[];
}

/*
 * The spot finders work from the board's layout and React Flow's transform rather than
 * from the DOM, because zoomed out our page draws notes on a canvas. Hit testing costs
 * about 8 us per node in the DOM (40 ms per elementFromPoint at 5,000 notes), so they test
 * candidates nearest the centre first and stop at the first that fits.
 */

export interface Spots {
  /** The empty board spot nearest the screen's centre, where a drag pans: on the pane, clear of every note and frame header. */
  pane: { x: number; y: number } | null;
  /**
   * The centre of the note nearest the screen's centre that no other note covers and whose
   * centre grabs the note itself: its DOM node (no button, no handle) or, sketched, the
   * pane the sketch lies under.
   */
  note: { x: number; y: number } | null;
}

export function boardSpots(layout: BoardLayout): Spots {
  const flow = document.querySelector('.react-flow')!.getBoundingClientRect();
  const match = /translate\((-?[\d.e-]+)px, ?(-?[\d.e-]+)px\) scale\(([\d.e-]+)\)/.exec(
    document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform,
  );
  if (!match) return { pane: null, note: null };
  const [tx, ty, zoom] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const fromCentre = (p: { x: number; y: number }) => Math.hypot(p.x - innerWidth / 2, p.y - innerHeight / 2);
  const inNote = (p: { x: number; y: number }, n: { x: number; y: number }) => p.x >= n.x && p.x <= n.x + 200 && p.y >= n.y && p.y <= n.y + 110;

  const header = Math.max(48, 22 / zoom);
  const clear = (p: { x: number; y: number }) =>
    layout.notes.every((n) => !inNote(p, n)) && layout.frames.every((f) => p.x < f.x || p.x > f.x + f.w || p.y < f.y || p.y > f.y + header);
  const grid: { x: number; y: number }[] = [];
  for (let y = 80; y < innerHeight - 80; y += 24) for (let x = 80; x < innerWidth - 80; x += 24) grid.push({ x, y });
  grid.sort((a, b) => fromCentre(a) - fromCentre(b));
  const pane =
    grid.find((p) => {
      const onBoard = { x: (p.x - flow.left - tx) / zoom, y: (p.y - flow.top - ty) / zoom };
      return clear(onBoard) && document.elementFromPoint(p.x, p.y)?.classList.contains('react-flow__pane');
    }) ?? null;

  const centres = layout.notes.map((n, i) => ({ i, x: flow.left + tx + (n.x + 100) * zoom, y: flow.top + ty + (n.y + 55) * zoom }));
  centres.sort((a, b) => fromCentre(a) - fromCentre(b));
  const covered = (i: number) => {
    const centre = { x: layout.notes[i]!.x + 100, y: layout.notes[i]!.y + 55 };
    return layout.notes.some((n, j) => j > i && inNote(centre, n));
  };
  const grabbed = centres.slice(0, 50).find(({ i, x, y }) => {
    if (covered(i)) return false;
    const hit = document.elementFromPoint(x, y);
    if (hit?.classList.contains('react-flow__pane')) return true;
    return hit?.closest('[data-testid=note]') != null && !hit.closest('button, .nodrag, .react-flow__handle');
  });
  return { pane, note: grabbed ? { x: grabbed.x, y: grabbed.y } : null };
}

/** How many notes are at least partly on screen: DOM notes, or what our sketch drew last. */
export function notesInView(): number {
  const sketch = document.querySelector<HTMLElement>('[data-testid=sketch]');
  if (sketch?.dataset.notesInView) return Number(sketch.dataset.notesInView);
  let count = 0;
  for (const el of document.querySelectorAll('[data-testid=note]')) {
    const r = el.getBoundingClientRect();
    if (r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight) count++;
  }
  return count;
}
