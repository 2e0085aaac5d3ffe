import { useUi } from '../ui/store';

/** How long a capture waits for the canvas to put a big board's nodes in the DOM. */
const DRAWN_TIMEOUT_MS = 30_000;

/**
 * Runs `capture` with every node of the board in the canvas's DOM at full detail: the
 * canvas normally keeps only what is on screen there, or nothing when zoomed out to the
 * sketch, and an image export copies the DOM. `nodeCount` nodes are waited for.
 */
export async function withEveryNodeDrawn<T>(viewport: HTMLElement, nodeCount: number, capture: () => Promise<T>): Promise<T> {
  const ui = useUi.getState();
  ui.setCapturing(true);
  try {
    const deadline = performance.now() + DRAWN_TIMEOUT_MS;
    while (viewport.querySelectorAll('.react-flow__node').length < nodeCount) {
      if (performance.now() > deadline) throw new Error('The board took too long to draw for the picture.');
      await new Promise((done) => requestAnimationFrame(done));
    }
    return await capture();
  } finally {
    useUi.getState().setCapturing(false);
  }
}
