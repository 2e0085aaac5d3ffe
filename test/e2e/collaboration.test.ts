import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createBoardOver, startServer, type RunningServer } from '../helpers/server';
import { launchBrowser, newPerson, pageErrors, screenshot } from '../helpers/browser';
import {
  box,
  connect,
  eventually,
  moveMouse,
  note,
  noteIdByText,
  noteText,
  notes,
  openBoard,
  startDrag,
  typeIntoEditor,
} from './boardPage';
import { stopServerAndBrowser } from '../helpers/e2eSession';

/**
 * Two people on one board, each in their own browser profile: what one does, the other
 * sees live. The steps build on each other, like a workshop does.
 */
describe('two participants on one board', () => {
  let server: RunningServer;
  let browser: Browser;
  let ada: Page;
  let ben: Page;
  let objectiveId = '';

  beforeAll(async () => {
    server = await startServer();
    const board = await createBoardOver(server.url, { title: 'Q3 localization' });
    browser = await launchBrowser();
    ada = (await newPerson(browser, { name: 'Ada Lovelace' })).page;
    ben = (await newPerson(browser, { name: 'Ben Okri' })).page;
    await Promise.all([openBoard(ada, server.url, board.links.participant), openBoard(ben, server.url, board.links.participant)]);
  });

  afterAll(() => stopServerAndBrowser(server, browser));

  it('shows each person the other in the top bar and their cursor on the board', async () => {
    await eventually(() => ada.locator('[data-testid=avatar]').count(), (n) => n === 2);
    expect(await ada.locator('[data-testid=avatar][data-name="Ben Okri"]').count()).toBe(1);
    await ben.mouse.move(500, 500);
    await ben.mouse.move(520, 510, { steps: 3 });
    await ada.locator('[data-testid=remote-cursor][data-name="Ben Okri"]').waitFor({ timeout: 5_000 });
    expect(await ada.getByTestId('connection-status').getAttribute('data-status')).toBe('connected');
  });

  it("shows an objective A adds and types on B's screen", async () => {
    await ada.getByTestId('tool-objective').click();
    await typeIntoEditor(ada, 'Grow revenue');
    objectiveId = await noteIdByText(ben, 'Grow revenue');
    expect(await note(ben, objectiveId).getAttribute('data-kind')).toBe('objective');
    expect(await noteText(ben, objectiveId)).toBe('Grow revenue');
  });

  it('moves the note on A\'s screen while B is still dragging it, and where B drops it', async () => {
    await ada.mouse.click(700, 150); // stop typing
    const before = await box(note(ada, objectiveId));
    const grip = await startDrag(ben, objectiveId);
    await moveMouse(ben, grip, 120, 60);
    // B has not let go yet: A already sees the note away from where it was.
    const during = await eventually(() => box(note(ada, objectiveId)), (b) => Math.abs(b.x - before.x) > 30);
    expect(during.y).toBeGreaterThan(before.y + 10);
    await moveMouse(ben, { x: grip.x + 120, y: grip.y + 60 }, 60, 30, 4);
    await ben.mouse.up();
    const benZoom = await ben.evaluate(() => document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform);
    const adaZoom = await ada.evaluate(() => document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform);
    expect(adaZoom).toBe(benZoom); // same screen size, same fitted view: same pixels
    // React Flow starts a drag once the pointer passed its threshold, so the drop point is
    // a few pixels short of the pointer's travel; what matters is that A sees B's drop.
    const dropped = await box(note(ben, objectiveId));
    expect(dropped.x).toBeGreaterThan(before.x + 150);
    const after = await eventually(() => box(note(ada, objectiveId)), (b) => b.x === dropped.x && b.y === dropped.y);
    expect(after.y).toBeGreaterThan(before.y + 70);
  });

  it('keeps both words when A and B type into the same note at once', async () => {
    await note(ada, objectiveId).locator('[data-testid=note-text]').dblclick();
    await note(ben, objectiveId).locator('[data-testid=note-text]').dblclick();
    await ada.locator('[data-testid=note-editor]:focus').waitFor();
    await ben.locator('[data-testid=note-editor]:focus').waitFor();
    await Promise.all([
      ada.keyboard.type(' faster', { delay: 25 }),
      ben.keyboard.type(' together', { delay: 25 }),
    ]);
    const bothHaveBoth = (text: string) => text.includes(' faster') && text.includes(' together');
    const adaText = await eventually(() => noteText(ada, objectiveId), bothHaveBoth);
    const benText = await eventually(() => noteText(ben, objectiveId), (text) => text === adaText);
    expect(benText.startsWith('Grow revenue')).toBe(true);
    expect(benText.length).toBe('Grow revenue faster together'.length);
  });

  it("draws the link A makes between two notes on B's screen, styled by its meaning", async () => {
    await ada.mouse.click(700, 150);
    await ben.mouse.click(700, 150);
    const upper = await box(note(ada, objectiveId));
    // A double-click on the board adds a note of the current tool's kind (objective) there.
    await ada.mouse.dblclick(upper.x + upper.width / 2, upper.y + upper.height + 200);
    await typeIntoEditor(ada, 'Win the Nordics');
    await ada.mouse.click(700, 150);
    const lowerId = await noteIdByText(ada, 'Win the Nordics');
    await connect(ada, lowerId, objectiveId);
    const label = ben.locator('[data-testid=link-label]');
    await label.waitFor({ timeout: 5_000 });
    expect(await label.getAttribute('data-meaning')).toBe('localizes');
    expect(await ben.locator(`.react-flow__edge[data-id]`).count()).toBe(1);
    await screenshot(ben, 'collaboration-b');
  });

  it('refuses a second link between the same two notes with a message', async () => {
    const lowerId = await noteIdByText(ada, 'Win the Nordics');
    await connect(ada, objectiveId, lowerId);
    await ada.getByTestId('toast').waitFor({ timeout: 3_000 });
    expect(await ada.getByTestId('toast').textContent()).toMatch(/already linked/);
    expect(await ben.locator('[data-testid=link-label]').count()).toBe(1);
  });

  it("undoes only A's own change when A presses Ctrl+Z", async () => {
    await ben.getByTestId('tool-idea').click();
    await typeIntoEditor(ben, 'Ben idea');
    await ben.mouse.click(700, 150);
    await noteIdByText(ada, 'Ben idea');
    const count = await notes(ada).count();
    await ada.mouse.click(700, 150);
    await ada.keyboard.press('Control+z'); // A's last change: the link
    await eventually(() => ben.locator('[data-testid=link-label]').count(), (n) => n === 0);
    expect(await notes(ben).count()).toBe(count);
    await ada.keyboard.press('Control+Shift+z');
    await eventually(() => ben.locator('[data-testid=link-label]').count(), (n) => n === 1);
  });

  it('deletes the selected note for everyone with the Delete key', async () => {
    const ideaId = await noteIdByText(ada, 'Ben idea');
    await note(ada, ideaId).locator('.sticky__head').click();
    await ada.keyboard.press('Delete');
    await eventually(() => note(ben, ideaId).count(), (n) => n === 0);
    expect(pageErrors(ada)).toEqual([]);
    expect(pageErrors(ben)).toEqual([]);
  });
});
