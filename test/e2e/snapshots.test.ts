import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { exportFilename } from '../../shared/export/filenames';
import { createBoardOver, type RunningServer } from '../helpers/server';
import { newPerson, pageErrors, screenshot } from '../helpers/browser';
import { eventually, note, notes, openBoard } from './boardPage';
import { downloadBytes, exportFromMenu, pngSize } from './exportHelpers';
import { startServerAndBrowser, stopServerAndBrowser } from '../helpers/e2eSession';

const HR_GROWTH = JSON.parse(readFileSync('test/fixtures/hr-growth.json', 'utf8')) as { title: string; notes: { id: string }[] };
const ALL = HR_GROWTH.notes.length;

/** Snapshots: taken by name or at a step change, opened read-only, exported, restored as new boards. */
describe('snapshots in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => ({ server, browser } = await startServerAndBrowser()));

  afterAll(() => stopServerAndBrowser(server, browser));

  async function openSnapshots(page: Page) {
    await page.getByTestId('snapshots-menu').click();
    await page.getByTestId('snapshots-panel').waitFor();
  }

  it('shows the board as it was when the snapshot was taken, read-only, and restores it as a new board', async () => {
    const board = await createBoardOver(server.url, { board: HR_GROWTH });
    const { page, context } = await newPerson(browser, { name: 'Fran Facilitator', width: 1400, height: 900 });
    await openBoard(page, server.url, board.links.facilitator);

    await openSnapshots(page);
    await page.getByTestId('snapshot-name').fill('Before the focus check');
    await page.getByTestId('take-snapshot').click();
    const item = page.locator('[data-testid=snapshot-item]', { hasText: 'Before the focus check' });
    await item.waitFor();
    expect(await item.getAttribute('data-auto')).toBe('false');
    expect(await item.textContent()).toContain('Manual');
    await page.keyboard.press('Escape');

    // The board changes after the snapshot: a key result goes.
    await note(page, 's-o1-k1').locator('.sticky__head').click();
    await page.keyboard.press('Delete');
    await eventually(() => notes(page).count(), (n) => n === ALL - 1);

    await openSnapshots(page);
    await item.click();
    await page.getByTestId('snapshot-banner').waitFor();
    await eventually(() => notes(page).count(), (n) => n === ALL);
    expect(await note(page, 's-o1-k1').count()).toBe(1);
    expect(await page.getByTestId('snapshot-title').textContent()).toMatch(/^Snapshot “Before the focus check” taken at .+ — read-only$/);
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/b/${board.id}/snapshots/[^/]+$`));
    // Read-only: no tools, and a double-click on the board adds nothing.
    expect(await page.getByTestId('canvas').getAttribute('class')).toContain('is-read-only');
    expect(await page.locator('.toolbar').count()).toBe(0);
    const frame = await page.getByTestId('team-frame').first().boundingBox();
    await page.mouse.dblclick(frame!.x + frame!.width - 40, frame!.y + frame!.height - 40);
    await page.waitForTimeout(300);
    expect(await notes(page).count()).toBe(ALL);
    await screenshot(page, 'snapshot-page');

    // Exported from the snapshot, in its name and with its content.
    const taken = new Date();
    const json = await exportFromMenu(page, 'json');
    expect(json.suggestedFilename()).toBe(exportFilename(HR_GROWTH.title, 'json', taken, 'Before the focus check'));
    expect((JSON.parse((await downloadBytes(json)).toString('utf8')) as { notes: unknown[] }).notes).toHaveLength(ALL);
    const report = await exportFromMenu(page, 'report');
    expect(report.suggestedFilename()).toBe(exportFilename(HR_GROWTH.title, 'report', taken, 'Before the focus check'));
    const png = await exportFromMenu(page, 'png');
    expect(png.suggestedFilename()).toBe(exportFilename(HR_GROWTH.title, 'png', taken, 'Before the focus check'));
    expect(pngSize(await downloadBytes(png)).width).toBeGreaterThan(2000);

    await page.getByTestId('restore-snapshot').click();
    await page.getByTestId('restored-dialog').waitFor();
    const restoredLink = await page.getByTestId('link-facilitator').inputValue();
    expect(restoredLink).not.toContain(board.id);
    await screenshot(page, 'snapshot-restored');
    await page.getByTestId('open-new-board').click();
    await page.getByTestId('board-page').waitFor();
    await eventually(() => notes(page).count(), (n) => n === ALL);
    expect(page.url()).toBe(restoredLink);
    expect(await page.getByTestId('board-title').textContent()).toBe(`${HR_GROWTH.title} (restored from Before the focus check)`);

    // The live board kept its change.
    await page.goto(server.url + board.links.facilitator);
    await eventually(() => notes(page).count(), (n) => n === ALL - 1);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('lists the automatic snapshot of a step change, and offers a participant no way to take one', async () => {
    const board = await createBoardOver(server.url, { board: HR_GROWTH });
    const facilitator = (await newPerson(browser, { name: 'Fran Facilitator', width: 1400, height: 900 })).page;
    await openBoard(facilitator, server.url, board.links.facilitator);
    await facilitator.getByTestId('step-next').click();

    const participant = (await newPerson(browser, { name: 'Pia Participant' })).page;
    await openBoard(participant, server.url, board.links.participant);
    await openSnapshots(participant);
    const auto = participant.locator('[data-testid=snapshot-item][data-auto=true]');
    await auto.waitFor();
    expect(await auto.textContent()).toContain('Automatic (step change)');
    expect(await participant.getByTestId('take-snapshot').count()).toBe(0);
    await screenshot(participant, 'snapshot-list');

    // Back from a snapshot to the live board.
    await auto.click();
    await participant.getByTestId('snapshot-banner').waitFor();
    await participant.getByTestId('back-to-board').click();
    await participant.getByTestId('board-page').waitFor();
    expect(participant.url()).toBe(server.url + board.links.participant);
  });
});
