import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { localizationWorkshop } from '../../shared/script/localizationWorkshop';
import { launchBrowser, newPerson, pageErrors, screenshot } from '../helpers/browser';
import { createBoardOver, startServer, type RunningServer } from '../helpers/server';
import type { BoardFile } from '../../shared/board/file';
import {
  connect,
  eventually,
  flowPosition,
  moveMouse,
  note,
  noteIdByText,
  openBoard,
  restingViewport,
  shownArea,
  startDrag,
  toScreen,
  zoomInUntilNotes,
  type ShownArea,
  typeIntoEditor,
  viewportOf,
} from './boardPage';
import { REALISTIC_BOARD } from './realisticBoard';
import { stopServerAndBrowser } from '../helpers/e2eSession';

const STEPS = localizationWorkshop.steps;

/** Each person's clock is wrong by this much, as laptops in a room are: countdowns must agree anyway. */
const SKEW_MS = { fay: 0, ada: 95_000, ben: -140_000, projector: 40_000 } as const;

async function skewClock(context: BrowserContext, ms: number): Promise<void> {
  await context.addInitScript((offset) => {
    const realNow = Date.now.bind(Date);
    Date.now = () => realNow() + offset;
  }, ms);
}

/** The step title each screen shows: the banner on the board, the big title on the projector. */
function titleOf(page: Page): Promise<string | null> {
  return page.locator('[data-testid=step-title], [data-testid=presenter-title]').first().textContent();
}

/** The countdown a screen shows, in seconds. */
async function countdownSeconds(page: Page): Promise<number> {
  const text = (await page.locator('[data-testid=countdown] .countdown__time').first().textContent()) ?? '';
  const parts = text.split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

/**
 * Whether a follower's screen shows what the leader's does: the same board point in the
 * middle, all of the leader's view, and no more than a screen of another shape needs.
 */
function seesSame(lead: ShownArea, follower: ShownArea): boolean {
  const middle = (a: ShownArea) => ({ x: (a.left + a.right) / 2, y: (a.top + a.bottom) / 2 });
  const [l, f] = [middle(lead), middle(follower)];
  const fit = Math.min((follower.right - follower.left) / (lead.right - lead.left), (follower.bottom - follower.top) / (lead.bottom - lead.top));
  return Math.abs(l.x - f.x) < 1 && Math.abs(l.y - f.y) < 1 && Math.abs(fit - 1) < 0.01;
}

async function textCount(page: Page, text: string): Promise<number> {
  return page.locator('[data-testid=note-text]', { hasText: text }).count();
}

/**
 * A workshop run by hand: a facilitator, two participants and the projector (the presenter
 * view opened with the viewer's link), each in their own browser with a skewed clock.
 * The steps build on each other, like the workshop does.
 */
describe('running the localization workshop', () => {
  let server: RunningServer;
  let browser: Browser;
  let fay: Page;
  let ada: Page;
  let ben: Page;
  let projector: Page;
  let everyone: Page[];
  let boardFileUrl: string;

  beforeAll(async () => {
    server = await startServer();
    const board = await createBoardOver(server.url, { board: REALISTIC_BOARD });
    boardFileUrl = `${server.url}/api/boards/${board.id}/export?format=json&key=${board.keys.viewer}`;
    browser = await launchBrowser();
    const people = await Promise.all([
      newPerson(browser, { name: 'Fay Facilitator' }),
      newPerson(browser, { name: 'Ada Lovelace' }),
      newPerson(browser, { name: 'Ben Okri' }),
      // A 1080p projector: at a lower resolution this board fits only zoomed out past reading, as a sketch.
      newPerson(browser, { width: 1920, height: 1080 }),
    ]);
    await Promise.all(people.map(({ context }, i) => skewClock(context, Object.values(SKEW_MS)[i]!)));
    [fay, ada, ben, projector] = people.map(({ page }) => page) as [Page, Page, Page, Page];
    everyone = [fay, ada, ben, projector];
    await Promise.all([
      openBoard(fay, server.url, board.links.facilitator),
      openBoard(ada, server.url, board.links.participant),
      openBoard(ben, server.url, board.links.participant),
      openBoard(projector, server.url, `/b/${board.id}/present?key=${board.keys.viewer}`),
    ]);
    await fay.getByTestId('facilitator-panel').getByTestId('step-next').waitFor();
    // The projector is nobody: the facilitator's list shows the three people.
    await eventually(() => fay.getByTestId('participant').allTextContents(), (names) => names.length === 3);
  });

  afterAll(() => stopServerAndBrowser(server, browser));

  it('moves every banner and the projector to the next step, and back with Undo', async () => {
    await Promise.all(everyone.map((page) => eventually(() => titleOf(page), (title) => title === STEPS[0]!.title)));
    await fay.getByTestId('step-next').click();
    await Promise.all(everyone.map((page) => eventually(() => titleOf(page), (title) => title === STEPS[1]!.title)));
    expect(await ada.getByTestId('step-prompt').textContent()).toBe(STEPS[1]!.participantPrompt);

    await fay.getByTestId('step-undo').click();
    await Promise.all(everyone.map((page) => eventually(() => titleOf(page), (title) => title === STEPS[0]!.title)));
    await fay.getByTestId('step-next').click();
    await Promise.all(everyone.map((page) => eventually(() => titleOf(page), (title) => title === STEPS[1]!.title)));
  });

  it('counts the step down on every screen within a second of the others, whatever their clocks say', async () => {
    const first = await Promise.all(everyone.map(countdownSeconds));
    expect(Math.max(...first) - Math.min(...first)).toBeLessThanOrEqual(1);
    expect(Math.max(...first)).toBeLessThanOrEqual(STEPS[1]!.minutes * 60);
    const later = await eventually(
      () => Promise.all(everyone.map(countdownSeconds)),
      (seconds) => seconds.every((s, i) => s < first[i]!),
      4_000,
    );
    expect(Math.max(...later) - Math.min(...later)).toBeLessThanOrEqual(1);
  });

  it("locks the board: a participant's drag moves the note for no one, until the facilitator unlocks", async () => {
    const id = await noteIdByText(ada, 'Win mid-market retailers');
    const before = await flowPosition(fay, id);
    await fay.getByTestId('toggle-lock').click();
    await ada.getByTestId('locked-banner').waitFor();
    expect(await ada.getByTestId('toolbar').count()).toBe(0);
    await screenshot(ada, 'facilitator-participant-locked');

    const grip = await startDrag(ada, id);
    await moveMouse(ada, grip, 160, 90);
    await ada.mouse.up();
    await ada.waitForTimeout(500); // what a refused drag would take to reach the others
    expect(await flowPosition(ada, id)).toEqual(before);
    expect(await flowPosition(fay, id)).toEqual(before);
    expect(await flowPosition(ben, id)).toEqual(before);
    expect(await ada.getByTestId('connection-status').getAttribute('data-status')).toBe('connected');

    await fay.getByTestId('toggle-lock').click();
    await ada.getByTestId('locked-banner').waitFor({ state: 'detached' });
    await ada.getByTestId('toolbar').waitFor();
  });

  it('holds the company level in Strategic intent: a participant links to it but cannot move, edit or delete it', async () => {
    expect(await titleOf(ada)).toBe(STEPS[1]!.title);
    await ada.getByTestId('top-level-banner').waitFor();
    await fay.getByTestId('top-level-banner').waitFor();
    const company = await noteIdByText(ada, 'Become the go-to platform');
    const own = await noteIdByText(ada, 'Win mid-market retailers');
    const before = await flowPosition(fay, company);
    const companyFrame = ada.locator('[data-testid=team-frame][data-team-id=company]');
    await companyFrame.getByTestId('team-held').waitFor();
    expect(await ada.locator('[data-testid=team-frame][data-team-id=sales] [data-testid=team-held]').count()).toBe(0);
    await screenshot(ada, 'facilitator-participant-top-level-held');

    let grip = await startDrag(ada, company);
    await moveMouse(ada, grip, 140, 60);
    await ada.mouse.up();
    await note(ada, company).locator('[data-testid=note-text]').dblclick();
    expect(await ada.getByTestId('note-editor').count()).toBe(0);
    await note(ada, company).locator('.sticky__head').click();
    await ada.keyboard.press('Delete');
    await ada.getByText('The Company level is read-only in this step').first().waitFor();
    // Her own team's objective still moves, for everyone.
    const ownBefore = await flowPosition(fay, own);
    grip = await startDrag(ada, own);
    await moveMouse(ada, grip, 30, 20);
    await ada.mouse.up();
    await eventually(() => flowPosition(fay, own), (at) => at.x !== ownBefore.x);
    expect(await flowPosition(ada, company)).toEqual(before);
    expect(await flowPosition(fay, company)).toEqual(before);
    expect(await note(fay, company).count()).toBe(1);
    // Linking up to the company level is what the step is for.
    const companyKr = await noteIdByText(ada, 'Increase ARR from $10M to $14M');
    const ownKr = await noteIdByText(ada, 'Grow Nordic pipeline');
    await connect(ada, ownKr, companyKr);
    const linked = async () => ((await (await fetch(boardFileUrl)).json()) as BoardFile).links;
    await eventually(linked, (links) => links.some((l) => l.from === ownKr && l.to === companyKr));
    expect(await ada.getByTestId('connection-status').getAttribute('data-status')).toBe('connected');

    // Zoomed out past reading, the sketch holds it too.
    await ada.mouse.move(700, 500);
    for (let i = 0; i < 20 && (await ada.getByTestId('sketch').count()) === 0; i++) await ada.mouse.wheel(0, 300);
    await ada.locator('[data-testid=sketch][data-notes]').waitFor();
    await screenshot(ada, 'facilitator-participant-top-level-held-sketch');
    const companyAt = await toScreen(ada, { x: before.x + 20, y: before.y + 10 });
    await ada.mouse.move(companyAt.x, companyAt.y);
    await ada.mouse.down();
    await ada.mouse.move(companyAt.x + 60, companyAt.y + 40, { steps: 8 });
    await ada.mouse.up();
    await ada.waitForTimeout(300);
    expect(await flowPosition(fay, company)).toEqual(before);
    await zoomInUntilNotes(ada);

    // The facilitator still can.
    grip = await startDrag(fay, company);
    await moveMouse(fay, grip, 20, 0);
    await fay.mouse.up();
    await eventually(() => flowPosition(ada, company), (at) => at.x !== before.x);
  });

  it("moves a participant's viewport and the projector's to the facilitator's, until the participant steps out", async () => {
    await ben.mouse.move(700, 500);
    await ben.mouse.wheel(0, 500);
    await fay.getByTestId('toggle-follow').click();
    await fay.mouse.move(800, 500);
    await fay.mouse.wheel(0, -300);
    const views = () => Promise.all([shownArea(fay), shownArea(ben), shownArea(projector)]);
    // Each screen has its own size: the facilitator's is narrowed by her panel, the projector's is 1080p.
    const [lead] = await eventually(views, ([f, b, p]) => seesSame(f, b) && seesSame(f, p));
    expect((await viewportOf(fay)).zoom).not.toBe(1);
    expect(lead.right - lead.left).toBeLessThan((await shownArea(projector)).right - (await shownArea(projector)).left);
    await screenshot(projector, 'facilitator-projector-following');

    await ben.mouse.move(600, 600);
    await ben.mouse.wheel(0, 400);
    await ben.getByTestId('back-to-facilitator').waitFor();
    await fay.mouse.wheel(0, -200);
    await eventually(views, ([f, , p]) => seesSame(f, p));
    expect(seesSame(await shownArea(fay), await shownArea(ben))).toBe(false);
    await ben.getByTestId('back-to-facilitator').click();
    await eventually(views, ([f, b]) => seesSame(f, b));
    await fay.getByTestId('toggle-follow').click();
  });

  it('spotlights one objective: everything else dims on every screen until cleared', async () => {
    const dimmed = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((el) => el.classList.contains('is-dimmed'));
    // Each screen fits the spotlight, and holds in its DOM only what is on screen: what
    // dims there is the rest of the objective's frame.
    const dimmedCount = (page: Page) => page.locator('.react-flow__node.is-dimmed').count();
    await fay.getByTestId('fit-view').click();
    const objective = await noteIdByText(fay, 'Become the go-to platform');
    await note(fay, objective).locator('.sticky__head').click();
    await fay.getByTestId('spotlight').click();
    for (const page of [ada, ben, projector]) await eventually(() => dimmedCount(page), (n) => n > 0);
    expect(await dimmed(ada, objective)).toBe(false);
    await screenshot(ben, 'facilitator-participant-spotlight');
    expect(await fay.getByTestId('spotlight-target').textContent()).toContain('Become the go-to platform');
    await fay.getByTestId('spotlight-clear').click();
    for (const page of [ada, ben, projector]) await eventually(() => dimmedCount(page), (n) => n === 0);
  });

  it('keeps private ideas on their author\'s screen until the facilitator reveals them, then shows them to all', async () => {
    await fay.getByTestId('step-row').nth(2).locator('.step-list__head').click();
    await Promise.all(everyone.map((page) => eventually(() => titleOf(page), (title) => title === STEPS[2]!.title)));
    await ada.getByTestId('private-banner').waitFor();
    await ben.getByTestId('private-banner').waitFor();
    // The step asks for ideas: the toolbar marks them, and a double-click now adds one.
    expect(await ada.getByTestId('tool-idea').getAttribute('class')).toContain('is-invited');
    expect(await ada.getByTestId('tool-idea').getAttribute('aria-pressed')).toBe('true');
    expect(await ada.getByTestId('tool-objective').getAttribute('class')).not.toContain('is-invited');

    // A new note goes where the screen's centre is; on the whole board that is the gap
    // between the company frame, which this step holds, and the teams' frames.
    await ada.getByTestId('fit-view').click();
    await restingViewport(ada);
    await ada.getByTestId('tool-idea').click();
    await typeIntoEditor(ada, 'Hire 3 sales reps');
    await ada.keyboard.press('Escape');
    const ideaId = await noteIdByText(ada, 'Hire 3 sales reps');
    await note(ada, ideaId).getByTestId('private-badge').waitFor();
    await eventually(() => fay.getByTestId('private-writers').textContent(), (text) => text === '1 person has private ideas');
    // Ada's page has sent it (the facilitator heard her count): still nobody else has it.
    expect(await textCount(ben, 'Hire 3 sales reps')).toBe(0);
    expect(await textCount(fay, 'Hire 3 sales reps')).toBe(0);
    expect(await textCount(projector, 'Hire 3 sales reps')).toBe(0);
    await screenshot(fay, 'facilitator-panel');
    await screenshot(ada, 'facilitator-participant-private');
    await screenshot(projector, 'facilitator-presenter-view');

    // Ada's secret is kept per board: after a reload her idea is back, still hers alone.
    await ada.reload();
    await note(ada, ideaId).getByTestId('private-badge').waitFor({ timeout: 10_000 });

    await fay.getByTestId('reveal').click();
    // Each canvas holds only what is on its screen: Ben and Fay look at the whole board.
    for (const page of [ben, fay]) await page.getByTestId('fit-view').click();
    for (const page of [ben, fay, projector]) await eventually(() => textCount(page, 'Hire 3 sales reps'), (n) => n === 1);
    await eventually(() => textCount(ada, 'Hire 3 sales reps'), (n) => n === 1);
    await eventually(() => ada.getByTestId('private-badge').count(), (n) => n === 0);
    const revealed = await noteIdByText(ben, 'Hire 3 sales reps');
    expect(await note(ben, revealed).getAttribute('data-kind')).toBe('idea');
  });

  it('asks before taking the room back past the current step', async () => {
    await fay.getByTestId('step-row').nth(0).locator('.step-list__head').click();
    await fay.getByTestId('confirm-jump').waitFor();
    expect(await titleOf(ada)).toBe(STEPS[2]!.title);
    await fay.getByTestId('confirm-jump').click();
    await Promise.all(everyone.map((page) => eventually(() => titleOf(page), (title) => title === STEPS[0]!.title)));
    for (const page of everyone) expect(pageErrors(page)).toEqual([]);
  });
});
