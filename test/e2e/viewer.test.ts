import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createBoardOver, startServer, type RunningServer } from '../helpers/server';
import { launchBrowser, newPerson, pageErrors, screenshot } from '../helpers/browser';
import { box, eventually, flowPosition, moveMouse, note, noteIdByText, noteText, notes, openBoard, startDrag, typeIntoEditor } from './boardPage';
import { stopServerAndBrowser } from '../helpers/e2eSession';

/** The shared screen: a viewer link shows the live board and offers no way to change it. */
describe('a viewer link', () => {
  let server: RunningServer;
  let browser: Browser;
  let participant: Page;
  let viewer: Page;
  let noteId = '';

  beforeAll(async () => {
    server = await startServer();
    const board = await createBoardOver(server.url, { title: 'Shared screen' });
    browser = await launchBrowser();
    participant = (await newPerson(browser, { name: 'Pat Doe' })).page;
    // No remembered name: a viewer is never asked for one.
    viewer = (await newPerson(browser)).page;
    await openBoard(participant, server.url, board.links.participant);
    await participant.getByTestId('tool-objective').click();
    await typeIntoEditor(participant, 'Delight customers');
    await participant.mouse.click(700, 150);
    noteId = await noteIdByText(participant, 'Delight customers');
    await openBoard(viewer, server.url, board.links.viewer);
  });

  afterAll(() => stopServerAndBrowser(server, browser));

  it('opens without asking a name and says it is view only', async () => {
    expect(await viewer.getByTestId('name-dialog').count()).toBe(0);
    expect(await viewer.getByTestId('view-only').textContent()).toContain('View only');
    expect(await viewer.getByTestId('toolbar').count()).toBe(0);
    expect(await noteText(viewer, noteId)).toBe('Delight customers');
  });

  it('follows what participants do, live', async () => {
    await note(participant, noteId).locator('[data-testid=note-text]').dblclick();
    await typeIntoEditor(participant, ' every week');
    await eventually(() => noteText(viewer, noteId), (text) => text === 'Delight customers every week');
    await participant.mouse.click(700, 150);
  });

  it('pans the board instead of moving a note when the viewer drags it', async () => {
    const before = await flowPosition(viewer, noteId);
    const onScreen = await box(note(viewer, noteId));
    const grip = await startDrag(viewer, noteId);
    await moveMouse(viewer, grip, 150, 80);
    await viewer.mouse.up();
    expect(await flowPosition(viewer, noteId)).toEqual(before);
    expect(await flowPosition(participant, noteId)).toEqual(before);
    expect((await box(note(viewer, noteId))).x).toBeGreaterThan(onScreen.x + 100);
  });

  it('ignores typing, double-clicks, deletes and undo from the viewer', async () => {
    const count = await notes(viewer).count();
    // Mouse at the note's spot, not a locator action: a viewer's notes let the pointer
    // through to the board (nothing on them reacts), which Playwright refuses to click.
    const spot = await box(note(viewer, noteId));
    await viewer.mouse.dblclick(spot.x + spot.width / 2, spot.y + spot.height / 2);
    expect(await viewer.locator('[data-testid=note-editor]').count()).toBe(0);
    await viewer.keyboard.type('vandalism');
    await viewer.mouse.dblclick(300, 300);
    await viewer.mouse.click(spot.x + spot.width / 2, spot.y + spot.height / 2);
    await viewer.keyboard.press('Delete');
    await viewer.keyboard.press('Control+z');
    await viewer.waitForTimeout(300);
    expect(await notes(viewer).count()).toBe(count);
    expect(await notes(participant).count()).toBe(count);
    expect(await noteText(participant, noteId)).toBe('Delight customers every week');
    expect(await viewer.locator('[data-testid=note] [data-testid=add-kr]').count()).toBe(0);
  });

  it('stays connected: the server never had to refuse it a write', async () => {
    expect(await viewer.getByTestId('connection-status').getAttribute('data-status')).toBe('connected');
    await screenshot(viewer, 'viewer');
    expect(pageErrors(viewer)).toEqual([]);
  });
});
