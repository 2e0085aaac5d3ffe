import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createBoardOver, type RunningServer } from '../helpers/server';
import { newPerson, pageErrors, screenshot } from '../helpers/browser';
import { NOTE_SIZE } from '../../shared/board/types';
import { eventually, note, openBoard } from './boardPage';
import { REALISTIC_BOARD } from './realisticBoard';
import { startServerAndBrowser, stopServerAndBrowser } from '../helpers/e2eSession';

/** The README's picture: a realistic board, with a second person's cursor on it. */
describe('a realistic board', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => ({ server, browser } = await startServerAndBrowser()));

  afterAll(() => stopServerAndBrowser(server, browser));

  it('draws every frame, note and link of an imported board, each link by its meaning', async () => {
    const board = await createBoardOver(server.url, { board: REALISTIC_BOARD });
    const facilitator = (await newPerson(browser, { name: 'Fran Facilitator', width: 1920, height: 1080 })).page;
    const participant = (await newPerson(browser, { name: 'Sam Lee', width: 1920, height: 1080 })).page;
    await openBoard(facilitator, server.url, board.links.facilitator);
    await openBoard(participant, server.url, board.links.participant);

    expect(await facilitator.getByTestId('team-frame').count()).toBe(3);
    expect(await facilitator.getByTestId('note').count()).toBe(REALISTIC_BOARD.notes.length);
    const meanings = await eventually(
      () => facilitator.locator('[data-testid=link-label]').evaluateAll((labels) => labels.map((label) => label.getAttribute('data-meaning')).sort()),
      (found) => found.length === REALISTIC_BOARD.links.length,
    );
    expect(meanings).toEqual(['cascades', 'contributes', 'copiesDown', 'copiesDown', 'localizes', 'localizes']);

    // Sam points at the HR objective: the facilitator sees Sam's cursor there.
    const target = await note(participant, 'h1').boundingBox();
    await participant.mouse.move(target!.x + 150, target!.y + 60, { steps: 5 });
    // Wait for the last of Sam's pointer moves: the cursor sits on the HR objective (630, 630).
    const samCursor = facilitator.locator('[data-testid=remote-cursor][data-name="Sam Lee"]');
    await eventually(
      async () => ((await samCursor.count()) ? await samCursor.evaluate((el) => (el as HTMLElement).style.transform) : ''),
      (transform) => {
        const at = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(transform);
        return !!at && Number(at[1]) > 630 && Number(at[1]) < 630 + NOTE_SIZE.w && Number(at[2]) > 630 && Number(at[2]) < 630 + NOTE_SIZE.h;
      },
    );
    await facilitator.waitForTimeout(150); // the cursor glides (80 ms transition)
    await eventually(() => facilitator.locator('[data-testid=avatar]').count(), (n) => n === 2);
    await facilitator.mouse.move(1910, 1070); // no hover effects in the picture
    await screenshot(facilitator, 'board');
    expect(pageErrors(facilitator)).toEqual([]);
  });

  it('draws the links for a viewer too, from the middle of the lower note\'s top to the upper note', async () => {
    const board = await createBoardOver(server.url, { board: REALISTIC_BOARD });
    const viewer = (await newPerson(browser)).page;
    await openBoard(viewer, server.url, board.links.viewer);
    await eventually(() => viewer.locator('[data-testid=link-label]').count(), (n) => n === REALISTIC_BOARD.links.length);
    // l1: Sales' objective (x 40, y 630) localizes the company objective (x 60, y 70).
    const path = await viewer.locator('.react-flow__edge[data-id=l1] path.react-flow__edge-path').getAttribute('d');
    const [start, end] = [/^M\s*([\d.]+)[ ,]([\d.]+)/.exec(path!)!, /([\d.]+)[ ,]([\d.]+)\s*$/.exec(path!)!];
    // Within the few pixels a handle's own size adds around the note's border.
    const near = (actual: RegExpExecArray, x: number, y: number) =>
      Math.abs(Number(actual[1]) - x) <= 3 && Math.abs(Number(actual[2]) - y) <= 3;
    expect(near(start, 40 + NOTE_SIZE.w / 2, 630), path!).toBe(true);
    expect(near(end, 60 + NOTE_SIZE.w / 2, 70 + NOTE_SIZE.h), path!).toBe(true);
  });
});
