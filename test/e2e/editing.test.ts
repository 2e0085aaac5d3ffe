import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { KR_STACK_GAP, NOTE_SIZE } from '../../shared/board/types';
import { createBoardOver, startServer, type RunningServer } from '../helpers/server';
import { launchBrowser, newPerson, pageErrors, screenshot } from '../helpers/browser';
import { box, eventually, flowPosition, note, noteIdByText, noteText, openBoard, startDrag, moveMouse, typeIntoEditor } from './boardPage';
import { stopServerAndBrowser } from '../helpers/e2eSession';

/** Building a board: key results under objectives, team frames, moving notes between them. */
describe('editing a board', () => {
  let server: RunningServer;
  let browser: Browser;
  let kim: Page;
  let lou: Page;
  let objectiveId = '';

  const frame = (page: Page, name: string) => page.locator('[data-testid=team-frame]', { hasText: name });
  const frameId = async (page: Page, name: string) => (await frame(page, name).getAttribute('data-team-id'))!;
  const teamPosition = async (page: Page, name: string) => flowPosition(page, await frameId(page, name));

  beforeAll(async () => {
    server = await startServer();
    const board = await createBoardOver(server.url, { title: 'Editing' });
    browser = await launchBrowser();
    kim = (await newPerson(browser, { name: 'Kim' })).page;
    lou = (await newPerson(browser, { name: 'Lou' })).page;
    await openBoard(kim, server.url, board.links.participant);
    await openBoard(lou, server.url, board.links.participant);
  });

  afterAll(() => stopServerAndBrowser(server, browser));

  it('stacks key results under their objective, each ready to type into', async () => {
    await kim.getByTestId('tool-objective').click();
    await typeIntoEditor(kim, 'Grow revenue');
    objectiveId = await noteIdByText(kim, 'Grow revenue');
    await note(kim, objectiveId).getByTestId('add-kr').click();
    await typeIntoEditor(kim, 'Increase ARR from $10M to $14M');
    await note(kim, objectiveId).getByTestId('add-kr').click();
    await typeIntoEditor(kim, 'Raise win rate from 18% to 25%');
    const first = await noteIdByText(lou, 'Increase ARR');
    const second = await noteIdByText(lou, 'Raise win rate');
    const objective = await flowPosition(lou, objectiveId);
    const row = NOTE_SIZE.h + KR_STACK_GAP;
    expect(await flowPosition(lou, first)).toEqual({ x: objective.x, y: objective.y + row });
    expect(await flowPosition(lou, second)).toEqual({ x: objective.x, y: objective.y + 2 * row });
    expect(await note(lou, second).getAttribute('data-kind')).toBe('kr');
    expect(await note(lou, objectiveId).textContent()).toContain('2 KRs');
  });

  it('adds a team frame and names it, for everyone', async () => {
    await kim.mouse.click(700, 120);
    await kim.getByTestId('tool-team').click();
    const input = kim.getByTestId('team-name-input');
    await input.fill('Sales');
    await input.press('Enter');
    await frame(lou, 'Sales').waitFor();
    expect(await frame(lou, 'Sales').textContent()).toContain('Department');
  });

  it('moves a note dropped into a frame along with that frame afterwards', async () => {
    await kim.getByTestId('fit-view').click();
    await kim.waitForTimeout(400);
    const salesFrame = await box(frame(kim, 'Sales'));
    await kim.mouse.dblclick(salesFrame.x + salesFrame.width - 40, salesFrame.y + salesFrame.height - 30);
    await typeIntoEditor(kim, 'Win the Nordics');
    await kim.mouse.click(5, 200);
    const lowerId = await noteIdByText(kim, 'Win the Nordics');
    // Lou's canvas holds only what is on his screen: he looks at the whole board too.
    await lou.getByTestId('fit-view').click();
    await lou.waitForTimeout(400);
    // The note sits in Sales' frame; drag it into the middle of the frame, then drag the frame.
    const grip = await startDrag(kim, lowerId);
    await moveMouse(kim, grip, -salesFrame.width / 3, -salesFrame.height / 3);
    await kim.mouse.up();
    const noteBefore = await flowPosition(lou, lowerId);
    const frameBefore = await teamPosition(lou, 'Sales');
    const header = await box(frame(kim, 'Sales').getByTestId('team-header'));
    await kim.mouse.move(header.x + 60, header.y + header.height / 2);
    await kim.mouse.down();
    await kim.mouse.move(header.x + 60, header.y + header.height / 2 + 150, { steps: 10 });
    await kim.mouse.up();
    // Where Kim dropped them, once every step of the drag has reached Lou.
    const same = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;
    const both = async () => [await teamPosition(lou, 'Sales'), await teamPosition(kim, 'Sales'), await flowPosition(lou, lowerId), await flowPosition(kim, lowerId)];
    const [frameAfter, , noteAfter] = await eventually(both, ([frameLou, frameKim, noteLou, noteKim]) => same(frameLou!, frameKim!) && same(noteLou!, noteKim!));
    expect(frameAfter!.y - frameBefore.y).toBeGreaterThan(100);
    expect(noteAfter!.y - noteBefore.y).toBeCloseTo(frameAfter!.y - frameBefore.y, 0);
    expect(await flowPosition(lou, objectiveId)).toEqual(await flowPosition(kim, objectiveId));
  });

  it('resizes a frame by a corner handle without moving its notes', async () => {
    await frame(kim, 'Sales').getByTestId('team-header').click();
    const before = await box(frame(lou, 'Sales'));
    const inside = await flowPosition(lou, await noteIdByText(lou, 'Win the Nordics'));
    // Bottom-left: the bottom-right corner of a fitted frame sits under the minimap.
    const corner = await box(kim.locator('.react-flow__resize-control.handle.bottom.left'));
    await kim.mouse.move(corner.x + corner.width / 2, corner.y + corner.height / 2);
    await kim.mouse.down();
    await kim.mouse.move(corner.x - 60, corner.y + 50, { steps: 8 });
    await kim.mouse.up();
    const after = await eventually(() => box(frame(lou, 'Sales')), (b) => b.width > before.width + 20);
    expect(after.height).toBeGreaterThan(before.height + 10);
    expect(after.x).toBeLessThan(before.x - 20);
    expect(await flowPosition(lou, await noteIdByText(lou, 'Win the Nordics'))).toEqual(inside);
  });

  it('deletes an objective with its key results, and undo brings all of them back', async () => {
    await kim.mouse.click(5, 200);
    await note(kim, objectiveId).locator('.sticky__head').click();
    await kim.keyboard.press('Backspace');
    await eventually(() => lou.locator('[data-testid=note]', { hasText: 'Increase ARR' }).count(), (n) => n === 0);
    expect(await note(lou, objectiveId).count()).toBe(0);
    await kim.keyboard.press('Control+z');
    await eventually(() => lou.locator('[data-testid=note]', { hasText: 'Increase ARR' }).count(), (n) => n === 1);
    expect(await noteText(lou, objectiveId)).toBe('Grow revenue');
    await screenshot(kim, 'editing');
    expect(pageErrors(kim)).toEqual([]);
  });

  it('duplicates an objective with its key results (Ctrl+D), pastes a copy (Ctrl+C, Ctrl+V), and undoes each in one step', async () => {
    const count = (page: Page, text: string) => page.locator('[data-testid=note]', { hasText: text }).count();
    await kim.mouse.click(5, 200);
    await note(kim, objectiveId).locator('.sticky__head').click();
    await kim.keyboard.press('Control+d');
    await eventually(() => count(lou, 'Grow revenue'), (n) => n === 2);
    expect(await count(lou, 'Increase ARR')).toBe(2);
    // The copy is selected, one step down and right, carrying its own key results.
    const original = await flowPosition(lou, objectiveId);
    const copyId = await kim.evaluate(() => document.querySelector<HTMLElement>('.react-flow__node.selected [data-kind=objective]')?.dataset.noteId);
    expect(copyId).toBeTruthy();
    expect(await flowPosition(lou, copyId!)).toEqual({ x: original.x + 32, y: original.y + 32 });
    expect(await note(lou, copyId!).textContent()).toContain('2 KRs');

    await note(kim, objectiveId).locator('.sticky__head').click();
    await kim.keyboard.press('Control+c');
    await kim.keyboard.press('Control+v');
    await eventually(() => count(lou, 'Grow revenue'), (n) => n === 3);
    await kim.keyboard.press('Control+z');
    await eventually(() => count(lou, 'Grow revenue'), (n) => n === 2);
    expect(await count(lou, 'Increase ARR')).toBe(2);
    await kim.keyboard.press('Control+z');
    await eventually(() => count(lou, 'Grow revenue'), (n) => n === 1);
    expect(await count(lou, 'Increase ARR')).toBe(1);
  });

  it('turns a list pasted from a document into notes of the chosen kind, for everyone', async () => {
    // Choosing the kind adds one note at once: leave it and take it away again.
    await kim.getByTestId('tool-idea').click();
    await kim.keyboard.press('Escape');
    await kim.keyboard.press('Delete');
    await kim.mouse.click(5, 200);
    // What the operating system hands the page when a person pastes lines copied from a document.
    await kim.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '- Hire two more sales reps\n- Referral bonus for engineers\n');
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    for (const text of ['Hire two more sales reps', 'Referral bonus for engineers']) {
      const id = await noteIdByText(lou, text);
      expect(await note(lou, id).getAttribute('data-kind')).toBe('idea');
    }
    await screenshot(kim, 'editing-pasted-list');
  });
});
