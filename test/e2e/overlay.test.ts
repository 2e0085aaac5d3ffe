import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { OVERLAY_MODE_IDS } from '../../shared/script/overlayModes';
import { createBoardOver, type RunningServer } from '../helpers/server';
import { newPerson, pageErrors, screenshot } from '../helpers/browser';
import { connect, eventually, note, openBoard, zoomInUntilNotes } from './boardPage';
import { REALISTIC_BOARD } from './realisticBoard';
import { startServerAndBrowser, stopServerAndBrowser } from '../helpers/e2eSession';

const fixture = (name: string): unknown => JSON.parse(readFileSync(`test/fixtures/${name}.json`, 'utf8'));

/** A company objective with two key results, and a Sales objective not yet linked to anything. */
const LINK_BOARD = {
  format: 'alignboard',
  version: 1,
  title: 'Linking',
  levels: ['Company', 'Department'],
  teams: [
    { id: 'company', name: 'Leadership', function: 'Company', level: 0, parentId: null, x: 0, y: 0, w: 560, h: 460 },
    { id: 'sales', name: 'Sales', function: 'Sales', level: 1, parentId: 'company', x: 0, y: 560, w: 560, h: 420 },
  ],
  notes: [
    { id: 'grow', kind: 'objective', text: 'Grow revenue', teamId: 'company', x: 60, y: 70 },
    { id: 'arr', kind: 'kr', text: 'Increase ARR from $10M to $14M', teamId: 'company', objectiveId: 'grow', x: 60, y: 196 },
    { id: 'win', kind: 'kr', text: 'Raise win rate from 18% to 25%', teamId: 'company', objectiveId: 'grow', x: 300, y: 196 },
    { id: 'nordics', kind: 'objective', text: 'Win the Nordics', teamId: 'sales', x: 60, y: 680 },
  ],
  links: [],
};

const badgeLabels = (badges: Locator) => badges.evaluateAll((els) => els.map((el) => el.getAttribute('data-label')));
const findings = (page: Page, rule: string) => page.locator(`[data-testid=finding][data-rule=${rule}]`);

async function chooseMode(page: Page, mode: string): Promise<void> {
  await page.getByTestId(`overlay-mode-${mode}`).click();
  await page.locator(`[data-testid=overlay-bar][data-mode="${mode}"]`).waitFor({ timeout: 5_000 });
}

describe('the overlay', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => ({ server, browser } = await startServerAndBrowser()));

  afterAll(() => stopServerAndBrowser(server, browser));

  it('lists the three silo objectives of the silo board and goes to one, for the room', async () => {
    const board = await createBoardOver(server.url, { board: fixture('functional-silos') });
    const fran = (await newPerson(browser, { name: 'Fran' })).page;
    const sam = (await newPerson(browser, { name: 'Sam' })).page;
    await openBoard(fran, server.url, board.links.facilitator);
    await openBoard(sam, server.url, board.links.participant);

    await chooseMode(fran, 'silos');
    await eventually(() => findings(fran, 'silo-objective').count(), (n) => n === 3);
    expect(await fran.locator('[data-testid=finding-group][data-rule=silo-objective] [data-testid=finding-count]').textContent()).toBe('3');
    expect(await findings(fran, 'silo-objective').allTextContents()).toEqual([
      'Only HR supports "HR: be a great place to work".',
      'Only Manufacturing supports "Manufacturing: make the plant leaner".',
      'Only Sales supports "Sales: win the mid-market".',
    ]);
    // The facilitator switched the room: the participant sees silos too.
    await sam.locator('[data-testid=overlay-bar][data-mode=silos]').waitFor({ timeout: 5_000 });
    expect(await sam.locator('[data-testid=finding-group][data-rule=silo-objective] [data-testid=finding]').count()).toBe(3);

    await findings(fran, 'silo-objective').nth(1).click();
    await fran.locator('.react-flow__node.selected[data-id="c-manufacturing"]').waitFor({ timeout: 5_000 });
    expect(await note(fran, 'c-manufacturing').getAttribute('class')).toContain('is-selected');

    // Keyboard: the next finding, then Enter.
    await fran.keyboard.press('ArrowDown');
    await fran.keyboard.press('Enter');
    await fran.locator('.react-flow__node.selected[data-id="c-sales"]').waitFor({ timeout: 5_000 });
    expect(await fran.locator('.react-flow__node.selected').count()).toBe(1);
    expect(pageErrors(fran)).toEqual([]);
  });

  it('lets a participant look at another mode alone, until the room changes', async () => {
    const board = await createBoardOver(server.url, { board: fixture('hr-growth') });
    const fran = (await newPerson(browser, { name: 'Fran' })).page;
    const sam = (await newPerson(browser, { name: 'Sam' })).page;
    await openBoard(fran, server.url, board.links.facilitator);
    await openBoard(sam, server.url, board.links.participant);
    await chooseMode(fran, 'alignment');
    await sam.locator('[data-testid=overlay-bar][data-mode=alignment]').waitFor({ timeout: 5_000 });

    await chooseMode(sam, 'kr-quality');
    await sam.getByTestId('overlay-back-to-room').waitFor();
    await fran.waitForTimeout(300);
    expect(await fran.getByTestId('overlay-bar').getAttribute('data-mode')).toBe('alignment');

    await chooseMode(fran, 'silos');
    await sam.locator('[data-testid=overlay-bar][data-mode=silos]').waitFor({ timeout: 5_000 });
    expect(await sam.getByTestId('overlay-back-to-room').count()).toBe(0);
  });

  it("lets only the facilitator change the focus budget, and everyone's badges follow it", async () => {
    const board = await createBoardOver(server.url, { board: fixture('hr-growth') });
    const fran = (await newPerson(browser, { name: 'Fran' })).page;
    const sam = (await newPerson(browser, { name: 'Sam' })).page;
    await openBoard(fran, server.url, board.links.facilitator);
    await openBoard(sam, server.url, board.links.participant);
    await chooseMode(fran, 'ballooning');
    const samBadges = sam.locator('[data-team-id=t-sales] [data-testid=overlay-badge]');
    await eventually(() => badgeLabels(samBadges), (labels) => labels.includes('1 objective / 3 allowed'));

    await sam.getByTestId('budget-toggle').click();
    expect(await sam.locator('output[data-testid=budget-objectivesPerTeam]').textContent()).toBe('3');
    await fran.getByTestId('budget-toggle').click();
    await fran.getByTestId('budget-krsPerObjective').fill('1');
    const objectiveBadges = sam.locator('[data-note-id=s-o1] [data-testid=overlay-badge]');
    await eventually(() => badgeLabels(objectiveBadges), (labels) => labels.includes('2 KRs / 1'));
    expect(await sam.locator('output[data-testid=budget-krsPerObjective]').textContent()).toBe('1');
  });

  it('explains a cascade when an objective is linked to a key result, and re-links it to the objective', async () => {
    const board = await createBoardOver(server.url, { board: LINK_BOARD });
    const sam = (await newPerson(browser, { name: 'Sam' })).page;
    await openBoard(sam, server.url, board.links.participant);

    await connect(sam, 'nordics', 'arr');
    const toast = sam.getByTestId('cascade-toast');
    await toast.waitFor({ timeout: 5_000 });
    expect(await toast.textContent()).toContain('"Grow revenue"');
    const label = sam.locator('[data-testid=link-label]');
    expect(await label.getAttribute('data-meaning')).toBe('cascades');
    await screenshot(sam, 'overlay-cascade-toast');

    await sam.getByTestId('cascade-fix').click();
    await eventually(() => label.getAttribute('data-meaning'), (meaning) => meaning === 'localizes');
    expect(await label.count()).toBe(1);
    expect(await toast.count()).toBe(0);
    expect(pageErrors(sam)).toEqual([]);
  });

  it('copies an upper key result down to my team, undone in one step', async () => {
    const board = await createBoardOver(server.url, { board: LINK_BOARD });
    const sam = (await newPerson(browser, { name: 'Sam' })).page;
    await openBoard(sam, server.url, board.links.participant);

    await note(sam, 'win').hover();
    await note(sam, 'win').getByTestId('copy-down').click();
    const dialog = sam.getByTestId('copy-down-dialog');
    await dialog.waitFor();
    expect(await sam.getByTestId('copy-down-objective').inputValue()).toBe('nordics');
    await sam.getByTestId('copy-down-confirm').click();
    await eventually(() => sam.locator('[data-testid=link-label][data-meaning=copiesDown]').count(), (n) => n === 1);
    expect(await sam.locator('[data-testid=note][data-kind=kr]').count()).toBe(3);

    await sam.mouse.click(5, 300);
    await sam.getByTestId('undo').click();
    await eventually(() => sam.locator('[data-testid=note][data-kind=kr]').count(), (n) => n === 2);
    expect(await sam.locator('[data-testid=link-label]').count()).toBe(0);
  });

  it('draws each overlay mode on a realistic board', async () => {
    const board = await createBoardOver(server.url, { board: REALISTIC_BOARD });
    const fran = (await newPerson(browser, { name: 'Fran', width: 1600, height: 1000 })).page;
    await openBoard(fran, server.url, board.links.facilitator);
    for (const mode of OVERLAY_MODE_IDS) {
      await chooseMode(fran, mode);
      await fran.mouse.move(1590, 990);
      await fran.waitForTimeout(250);
      await screenshot(fran, `overlay-${mode}`);
    }
    expect(pageErrors(fran)).toEqual([]);
  });

  it('shows what cascading produced on the ballooning board', async () => {
    const board = await createBoardOver(server.url, { board: fixture('ballooning') });
    const fran = (await newPerson(browser, { name: 'Fran', width: 1600, height: 1000 })).page;
    await openBoard(fran, server.url, board.links.facilitator);
    await chooseMode(fran, 'ballooning');
    expect(await fran.getByTestId('projection-series').textContent()).toBe('9 → 27 → 81');
    await fran.mouse.move(1590, 990);
    await screenshot(fran, 'overlay-ballooning-fixture');

    await findings(fran, 'ballooning').filter({ hasText: 'Sales holds 27' }).click();
    await fran.waitForTimeout(500);
    // The view fits the 27 key results' frame: still a sketch at that zoom. Closer in, the frame is selected.
    await screenshot(fran, 'overlay-ballooning-finding-sketch');
    await zoomInUntilNotes(fran);
    await fran.locator('.react-flow__node.selected[data-id="t-sales"]').waitFor({ timeout: 5_000 });
    await fran.waitForTimeout(500);
    await screenshot(fran, 'overlay-ballooning-finding');

    await chooseMode(fran, 'kr-quality');
    const output = findings(fran, 'output-kr').first();
    const kr = (await output.getAttribute('data-subject'))!;
    await output.click();
    await fran.waitForTimeout(500);
    await note(fran, kr).getByTestId('output-kr-hint').hover();
    await screenshot(fran, 'overlay-kr-quality-hint');
    expect(pageErrors(fran)).toEqual([]);
  });
});
