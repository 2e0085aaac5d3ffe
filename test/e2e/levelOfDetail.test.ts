import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { KR_STACK_GAP, NOTE_SIZE } from '../../shared/board/types';
import { FULL_FROM, SKETCH_BELOW } from '../../client/canvas/detail';
import { createBoardOver, type RunningServer } from '../helpers/server';
import { newPerson, pageErrors, screenshot } from '../helpers/browser';
import { startServerAndBrowser, stopServerAndBrowser } from '../helpers/e2eSession';
import { box, eventually, flowPosition, note, restingViewport, toScreen, viewportOf } from './boardPage';
import { readPng } from './exportHelpers';

/** 10 team frames of 10 objectives with 4 key results each: 500 notes, 90 links. */
function fiveHundredNotes() {
  const teams = [];
  const notes = [];
  const links = [];
  for (let t = 0; t < 10; t++) {
    const teamX = (t % 5) * 2400;
    const teamY = Math.floor(t / 5) * 800;
    teams.push({ id: `t${t}`, name: `Team ${t}`, function: t === 0 ? 'Company' : `F${t % 4}`, level: t === 0 ? 0 : 1, x: teamX, y: teamY, w: 2300, h: 720 });
    for (let o = 0; o < 10; o++) {
      const x = teamX + 20 + o * 228;
      const y = teamY + 60;
      notes.push({ id: `t${t}o${o}`, kind: 'objective', text: `Objective ${o} of team ${t}`, teamId: `t${t}`, x, y });
      for (let k = 0; k < 4; k++) {
        const krY = y + (k + 1) * (NOTE_SIZE.h + KR_STACK_GAP);
        notes.push({ id: `t${t}o${o}k${k}`, kind: 'kr', text: `Raise metric ${k} from ${k} to ${k + 10}`, teamId: `t${t}`, objectiveId: `t${t}o${o}`, x, y: krY });
      }
      if (t > 0) links.push({ id: `l${t}-${o}`, from: `t${t}o${o}`, to: `t0o${o}` });
    }
  }
  return { format: 'alignboard', version: 1, title: '500 notes', teams, notes, links };
}

const BOARD = fiveHundredNotes();
const noteAt = (id: string) => BOARD.notes.find((n) => n.id === id)!;
const centreOf = (id: string) => ({ x: noteAt(id).x + NOTE_SIZE.w / 2, y: noteAt(id).y + NOTE_SIZE.h / 2 });
/** The objective note's colour (canvas.css .sticky--objective), in the sketch and in the DOM alike. */
const OBJECTIVE_BODY = '#fff1a8';

const sketched = (page: Page) => page.locator('[data-testid=sketch]');
const domNotes = (page: Page) => page.locator('[data-testid=note]');

/** Zooms with the wheel at a screen point until `done` says so. */
async function wheelUntil(page: Page, at: { x: number; y: number }, deltaY: number, done: () => Promise<boolean>): Promise<void> {
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < 40 && !(await done()); i++) {
    await page.mouse.wheel(0, deltaY);
    await page.waitForTimeout(40);
  }
  expect(await done()).toBe(true);
}

/** Whether the screen shows `color` around a page point (screenshot pixels, a few pixels' leeway). */
async function showsColor(page: Page, at: { x: number; y: number }, color: string): Promise<boolean> {
  const reading = await readPng(page, await page.screenshot(), [{ ...at, color }]);
  return reading.probes[0]!;
}

describe('level of detail on a 500-note board', () => {
  let server: RunningServer;
  let browser: Browser;
  let ann: Page;
  let ben: Page;
  let board: Awaited<ReturnType<typeof createBoardOver>>;

  /** The board as the server has it now. */
  const stored = async () =>
    (await (await fetch(`${server.url}/api/boards/${board.id}/export?format=json&key=${board.keys.viewer}`)).json()) as typeof BOARD;

  beforeAll(async () => {
    ({ server, browser } = await startServerAndBrowser());
    board = await createBoardOver(server.url, { board: BOARD });
    ann = (await newPerson(browser, { name: 'Ann' })).page;
    ben = (await newPerson(browser, { name: 'Ben' })).page;
    const started = Date.now();
    await ann.goto(server.url + board.links.participant);
    await sketched(ann).and(ann.locator('[data-notes="500"][data-links="90"]')).waitFor({ timeout: 20_000 });
    console.log(`500-note board: sketched in ${Date.now() - started} ms`);
    await ben.goto(server.url + board.links.participant);
    await sketched(ben).and(ben.locator('[data-notes="500"]')).waitFor({ timeout: 20_000 });
  });

  afterAll(() => stopServerAndBrowser(server, browser));

  it('opens zoomed out as one sketch of every note and link, with no note in the DOM', async () => {
    const view = await viewportOf(ann);
    expect(view.zoom).toBeLessThan(SKETCH_BELOW);
    expect(await domNotes(ann).count()).toBe(0);
    expect(await sketched(ann).getAttribute('data-notes-in-view')).toBe('500');
    // The sketch draws the note where the DOM would: its body colour at its centre.
    expect(await showsColor(ann, await toScreen(ann, centreOf('t0o4')), OBJECTIVE_BODY)).toBe(true);
    await ann.mouse.move(5, 400);
    await screenshot(ann, 'lod-sketch');
  });

  it('tells what a sketched note says when the pointer rests on it', async () => {
    const at = await toScreen(ann, centreOf('t2o3k1'));
    await ann.mouse.move(at.x, at.y);
    const tooltip = ann.getByTestId('sketch-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain('Raise metric 1 from 1 to 11');
    expect(await tooltip.textContent()).toContain('Key result');
    await screenshot(ann, 'lod-sketch-tooltip');
    await ann.mouse.move(5, 400);
    await tooltip.waitFor({ state: 'detached' });
  });

  it("moves a note dragged on the sketch on the other person's screen while it moves", async () => {
    // Ben double-clicks the note on his sketch: it zooms in to it, open for writing.
    const onBen = await toScreen(ben, centreOf('t0o0'));
    await ben.mouse.dblclick(onBen.x, onBen.y);
    await note(ben, 't0o0').getByTestId('note-editor').waitFor();
    await ben.keyboard.press('Escape');
    expect((await viewportOf(ben)).zoom).toBeCloseTo(1, 1);
    const before = await flowPosition(ben, 't0o0');

    const from = await toScreen(ann, centreOf('t0o0'));
    await ann.mouse.move(from.x, from.y);
    await ann.mouse.down();
    await ann.mouse.move(from.x + 6, from.y + 30, { steps: 8 });
    const zoom = (await viewportOf(ann)).zoom;
    // Still held: Ben sees it move already, all the way to where Ann's pointer is (the
    // steps before the last arrive first).
    await eventually(() => flowPosition(ben, 't0o0'), (p) => Math.abs(p.y - before.y - 30 / zoom) < 5);
    await ann.mouse.up();
    const dropped = await eventually(() => flowPosition(ben, 't0o0'), (p) => Math.abs(p.y - before.y - 30 / zoom) < 1);
    expect(dropped.x - before.x).toBeCloseTo(6 / zoom, 0);
    // The press selected it: zoomed in, Ann's note is drawn selected.
    await ann.mouse.dblclick(from.x + 6, from.y + 30);
    await note(ann, 't0o0').getByTestId('note-editor').waitFor();
    await ann.keyboard.press('Escape');
    expect(await note(ann, 't0o0').getAttribute('class')).toContain('is-selected');
    expect(pageErrors(ann)).toEqual([]);
    expect(pageErrors(ben)).toEqual([]);
  });

  it('puts only the notes on screen in the DOM once zoomed in', async () => {
    const count = await domNotes(ben).count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(60);
    expect(await sketched(ben).count()).toBe(0);
    await screenshot(ben, 'lod-full-detail');
  });

  it('swaps sketch and notes in place as the zoom crosses the line, either way', async () => {
    const canvas = await box(ben.getByTestId('canvas'));
    const middle = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
    // Out until sketched...
    await wheelUntil(ben, middle, 120, async () => (await sketched(ben).count()) > 0);
    const out = await viewportOf(ben);
    expect(out.zoom).toBeLessThan(SKETCH_BELOW);
    // ...then in to just past the line: notes in the DOM where the sketch drew them.
    await wheelUntil(ben, middle, -40, async () => (await sketched(ben).count()) === 0);
    expect((await viewportOf(ben)).zoom).toBeGreaterThanOrEqual(FULL_FROM);
    const id = await domNotes(ben).first().getAttribute('data-note-id');
    const position = await flowPosition(ben, id!);
    const expected = await toScreen(ben, position);
    const drawn = await box(note(ben, id!));
    expect(Math.abs(drawn.x - expected.x)).toBeLessThan(1);
    expect(Math.abs(drawn.y - expected.y)).toBeLessThan(1);
    expect(drawn.width / NOTE_SIZE.w).toBeCloseTo((await viewportOf(ben)).zoom, 2);
    expect(pageErrors(ben)).toEqual([]);
  });

  it('follows the minimap: a press there moves the view to that part of the board', async () => {
    const minimap = await box(ann.getByTestId('minimap'));
    const before = await viewportOf(ann);
    await ann.mouse.click(minimap.x + minimap.width * 0.8, minimap.y + minimap.height / 2);
    const after = await eventually(() => viewportOf(ann), (v) => Math.abs(v.x - before.x) > 20);
    expect(after.zoom).toBeCloseTo(before.zoom, 3);
  });

  it('selects with a box drawn with shift on the sketch, and deletes the selection for everyone', async () => {
    for (const page of [ann, ben]) {
      await page.getByTestId('fit-view').click();
      await sketched(page).waitFor();
      await restingViewport(page);
    }
    // Team 9's last objective and its four key results, boxed from the frame's empty body
    // below them (its top strip would grab the frame) up past the objective.
    const stack = noteAt('t9o9');
    const from = await toScreen(ann, { x: stack.x + NOTE_SIZE.w + 6, y: stack.y + 5 * (NOTE_SIZE.h + KR_STACK_GAP) });
    const to = await toScreen(ann, { x: stack.x - 6, y: stack.y - 6 });
    await ann.keyboard.down('Shift');
    await ann.mouse.move(from.x, from.y);
    await ann.mouse.down();
    await ann.mouse.move(to.x, to.y, { steps: 6 });
    await ann.getByTestId('sketch-selection').waitFor();
    await ann.mouse.up();
    await ann.keyboard.up('Shift');
    await ann.keyboard.press('Delete');
    for (const page of [ann, ben]) await sketched(page).and(page.locator('[data-notes="495"]')).waitFor();
    expect(await ann.getByTestId('sketch-selection').count()).toBe(0);
    expect(pageErrors(ann)).toEqual([]);
  });

  it('drags a frame by its name strip on the sketch, its notes with it', async () => {
    const frame = BOARD.teams.find((team) => team.id === 't5')!;
    const grip = await toScreen(ann, { x: frame.x + frame.w / 2, y: frame.y + 10 });
    await ann.mouse.move(grip.x, grip.y);
    await ann.mouse.down();
    await ann.mouse.move(grip.x, grip.y + 40, { steps: 8 });
    await ann.mouse.up();
    const dy = 40 / (await viewportOf(ann)).zoom;
    const after = await eventually(stored, (file) => (file.teams.find((team) => team.id === 't5')?.y ?? 0) > frame.y + dy / 2);
    expect(after.teams.find((team) => team.id === 't5')!.y - frame.y).toBeCloseTo(dy, -1);
    const moved = after.notes.find((note) => note.id === 't5o3k2')!;
    expect(moved.y - noteAt('t5o3k2').y).toBeCloseTo(after.teams.find((team) => team.id === 't5')!.y - frame.y, 0);
    expect(pageErrors(ann)).toEqual([]);
  });
});
