import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { KR_STACK_GAP, NOTE_SIZE } from '../../shared/board/types';
import { createBoardOver, type RunningServer } from '../helpers/server';
import { newPerson } from '../helpers/browser';
import { box, eventually, moveMouse, note, startDrag } from './boardPage';
import { startServerAndBrowser, stopServerAndBrowser } from '../helpers/e2eSession';

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

describe('a 500-note board', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => ({ server, browser } = await startServerAndBrowser()));

  afterAll(() => stopServerAndBrowser(server, browser));

  it('loads in the browser in a few seconds and still shows a drag to the other person live', async () => {
    const board = await createBoardOver(server.url, { board: fiveHundredNotes() });
    const first = (await newPerson(browser, { name: 'One' })).page;
    const started = Date.now();
    await first.goto(server.url + board.links.participant);
    await first.waitForFunction(() => document.querySelectorAll('[data-testid=note]').length === 500, null, { timeout: 20_000 });
    const loadMs = Date.now() - started;

    const second = (await newPerson(browser, { name: 'Two' })).page;
    await second.goto(server.url + board.links.participant);
    await second.waitForFunction(() => document.querySelectorAll('[data-testid=note]').length === 500, null, { timeout: 20_000 });
    // The whole board fits the screen, so notes are small, but still big enough to grab.
    const before = await box(note(second, 't0o0'));
    const grip = await startDrag(first, 't0o0');
    const dragStarted = Date.now();
    await moveMouse(first, grip, 60, 40, 6);
    await eventually(() => box(note(second, 't0o0')), (b) => Math.abs(b.x - before.x) > 10, 10_000);
    const seenMs = Date.now() - dragStarted;
    await first.mouse.up();

    console.log(`500-note board: loaded and drawn in ${loadMs} ms; a drag seen by the other person after ${seenMs} ms`);
    expect(loadMs).toBeLessThan(10_000);
  });
});
