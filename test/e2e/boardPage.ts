import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** Steps a person takes on the board page, in the words of the UI's data-testid hooks. */

/** Opens a board and waits until it is drawn: frames in the DOM, or zoomed out past reading, the sketch. */
export async function openBoard(page: Page, serverUrl: string, link: string): Promise<void> {
  await page.goto(serverUrl + link);
  await page.waitForSelector('[data-testid=canvas] [data-testid=team-frame], [data-testid=canvas] [data-testid=sketch][data-notes]', {
    timeout: 15_000,
  });
}

/** Zooms in at the middle of the screen until the sketch gives way to notes in the DOM. */
export async function zoomInUntilNotes(page: Page): Promise<void> {
  const canvas = await box(page.getByTestId('canvas'));
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  for (let i = 0; i < 20 && (await page.getByTestId('sketch').count()) > 0; i++) {
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(60);
  }
  await page.getByTestId('sketch').waitFor({ state: 'detached' });
}

export function note(page: Page, id: string): Locator {
  return page.locator(`[data-testid=note][data-note-id="${id}"]`);
}

export function notes(page: Page): Locator {
  return page.locator('[data-testid=note]');
}

/** The id of the first note whose text (shown, or in its editor while typing) contains `text`. */
export async function noteIdByText(page: Page, text: string): Promise<string> {
  const handle = await page.waitForFunction(
    (wanted) => {
      for (const el of document.querySelectorAll<HTMLElement>('[data-testid=note]')) {
        const editor = el.querySelector<HTMLTextAreaElement>('[data-testid=note-editor]');
        const said = editor ? editor.value : (el.querySelector('[data-testid=note-text]')?.textContent ?? '');
        if (said.includes(wanted)) return el.dataset.noteId;
      }
      return undefined;
    },
    text,
    { timeout: 10_000 },
  );
  return (await handle.jsonValue()) as string;
}

/** What a note says on this screen: the editor's value while typing, else the text shown. */
export async function noteText(page: Page, id: string): Promise<string> {
  const editor = note(page, id).locator('[data-testid=note-editor]');
  if ((await editor.count()) > 0) return editor.inputValue();
  return (await note(page, id).locator('[data-testid=note-text]').textContent()) ?? '';
}

export async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await locator.boundingBox();
  if (!found) throw new Error('element is not visible');
  return found;
}

/** Polls until `read` returns something `accept` likes; returns it. */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 8_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!accept(last)) {
    if (Date.now() > deadline) expect.fail(`gave up waiting; last value: ${JSON.stringify(last)}`);
    await new Promise((done) => setTimeout(done, 50));
    last = await read();
  }
  return last;
}

/** Presses on a note's tag (a spot that drags, never edits) and moves the mouse in steps. */
export async function startDrag(page: Page, id: string): Promise<{ x: number; y: number }> {
  const grip = await box(note(page, id).locator('.sticky__head'));
  const start = { x: grip.x + grip.width / 2, y: grip.y + grip.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  return start;
}

export async function moveMouse(page: Page, from: { x: number; y: number }, dx: number, dy: number, steps = 12) {
  await page.mouse.move(from.x + dx, from.y + dy, { steps });
}

/** Drags a link from the lower note's top handle onto the upper note. */
export async function connect(page: Page, fromId: string, toId: string): Promise<void> {
  const from = note(page, fromId);
  await from.hover();
  const handle = await box(from.locator('.react-flow__handle[data-handleid=top]'));
  const target = await box(note(page, toId));
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 15 });
  await page.mouse.up();
}

/** React Flow's transform on this screen: board point p shows at (p.x * zoom + x, p.y * zoom + y) in the canvas. */
export async function viewportOf(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  const match = /translate\((-?[\d.e-]+)px, ?(-?[\d.e-]+)px\) scale\(([\d.e-]+)\)/.exec(transform);
  if (!match) throw new Error(`no viewport in ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
}

export interface ShownArea {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The part of the board this screen's canvas shows, in board coordinates. */
export async function shownArea(page: Page): Promise<ShownArea> {
  const view = await viewportOf(page);
  const canvas = await box(page.locator('.react-flow'));
  const at = (px: number, py: number) => ({ x: (px - view.x) / view.zoom, y: (py - view.y) / view.zoom });
  const topLeft = at(0, 0);
  const bottomRight = at(canvas.width, canvas.height);
  return { left: topLeft.x, top: topLeft.y, right: bottomRight.x, bottom: bottomRight.y };
}

/** The viewport once an animated fit or zoom has come to rest: the same over 100 ms. */
export async function restingViewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const twice = async () => {
    const first = await viewportOf(page);
    await page.waitForTimeout(100);
    return [first, await viewportOf(page)] as const;
  };
  const [, rest] = await eventually(twice, ([a, b]) => a.x === b.x && a.y === b.y && a.zoom === b.zoom);
  return rest;
}

/** Where a board point is on the page, whether the board is sketched or drawn in the DOM. */
export async function toScreen(page: Page, point: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const view = await viewportOf(page);
  const canvas = await box(page.locator('.react-flow'));
  return { x: canvas.x + view.x + point.x * view.zoom, y: canvas.y + view.y + point.y * view.zoom };
}

/** A node's position on the board (flow coordinates), whatever the zoom and pan. */
export async function flowPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const transform = await page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((el) => (el as HTMLElement).style.transform);
  const match = /translate\((-?[\d.]+)px, ?(-?[\d.]+)px\)/.exec(transform);
  if (!match) throw new Error(`no position in ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

/**
 * Types into the note being edited. A note just added opens its editor a frame after the
 * click (once the doc has it); keys typed before that would go nowhere.
 */
export async function typeIntoEditor(page: Page, text: string): Promise<void> {
  await page.locator('[data-testid=note-editor]:focus').waitFor({ timeout: 5_000 });
  await page.keyboard.type(text);
}
