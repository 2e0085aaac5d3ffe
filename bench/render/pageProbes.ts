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
 * links are in the DOM and none is hidden waiting for React Flow to measure it; `readyAt`
 * is the timestamp of the next frame after that, i.e. once that frame has been produced.
 */
export function watchReady(expected: Expected): void {
  const state: ProbeState = ((window as ProbeWindow).__renderBench = {});
  const allDrawn = () =>
    document.querySelectorAll('[data-testid=note]').length >= expected.notes &&
    document.querySelectorAll('.react-flow__edge').length >= expected.edges &&
    !document.querySelector('.react-flow__node[style*="visibility: hidden"]');
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

/*
 * Hit testing costs about 8 us per node in the DOM (40 ms per elementFromPoint at 5,000
 * notes), so the spot finders test candidates nearest the centre first and stop at the
 * first that fits.
 */

/** The empty board spot nearest the screen's centre, where a drag pans. */
export function paneSpot(): { x: number; y: number } | null {
  const candidates: { x: number; y: number }[] = [];
  for (let y = 80; y < innerHeight - 80; y += 24) for (let x = 80; x < innerWidth - 80; x += 24) candidates.push({ x, y });
  const fromCentre = (p: { x: number; y: number }) => Math.hypot(p.x - innerWidth / 2, p.y - innerHeight / 2);
  candidates.sort((a, b) => fromCentre(a) - fromCentre(b));
  return candidates.find((p) => document.elementFromPoint(p.x, p.y)?.classList.contains('react-flow__pane')) ?? null;
}

/** The centre of the note nearest the screen's centre whose centre grabs the note itself (no button, no handle). */
export function noteSpot(): { x: number; y: number; id: string } | null {
  const notes = [...document.querySelectorAll<HTMLElement>('[data-testid=note]')].map((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    return { el, x, y, d: Math.hypot(x - innerWidth / 2, y - innerHeight / 2) };
  });
  notes.sort((a, b) => a.d - b.d);
  const grabbed = notes.slice(0, 50).find(({ el, x, y }) => {
    const hit = document.elementFromPoint(x, y);
    return hit?.closest('[data-testid=note]') === el && !hit.closest('button, .nodrag, .react-flow__handle');
  });
  return grabbed ? { x: grabbed.x, y: grabbed.y, id: grabbed.el.dataset.noteId ?? '' } : null;
}

/** How many notes are at least partly on screen. */
export function notesInView(): number {
  let count = 0;
  for (const el of document.querySelectorAll('[data-testid=note]')) {
    const r = el.getBoundingClientRect();
    if (r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight) count++;
  }
  return count;
}
