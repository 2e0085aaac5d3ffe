import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { exportFilename } from '../../shared/export/filenames';
import { createBoardOver, type RunningServer } from '../helpers/server';
import { newPerson, pageErrors, screenshot, SCREENSHOT_DIR } from '../helpers/browser';
import { eventually, openBoard } from './boardPage';
import { downloadBytes, exportFromMenu, fileBounds, linkPoints, pngSize, readPng } from './exportHelpers';
import { thousandNoteBoard } from './thousandNotes';
import { startServerAndBrowser, stopServerAndBrowser } from '../helpers/e2eSession';

const HR_GROWTH = JSON.parse(readFileSync('test/fixtures/hr-growth.json', 'utf8')) as { title: string; notes: unknown[] };
/** The margin around the board in an image export, in board pixels (client/export/imageFrame.ts). */
const MARGIN = 48;

/** Taking the workshop's result anywhere: every download from the UI, and boards started from files. */
describe('export and import in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    ({ server, browser } = await startServerAndBrowser());
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });

  afterAll(() => stopServerAndBrowser(server, browser));

  async function openFixture(role: 'facilitator' | 'viewer' = 'facilitator') {
    const board = await createBoardOver(server.url, { board: HR_GROWTH });
    const person = await newPerson(browser, { name: 'Fran Facilitator', width: 1280, height: 800 });
    await openBoard(person.page, server.url, board.links[role]);
    const file = (await (await fetch(`${server.url}/api/boards/${board.id}/export?format=json&key=${board.keys.viewer}`)).json()) as Parameters<typeof fileBounds>[0];
    return { board, ...person, bounds: fileBounds(file) };
  }

  it('saves a PNG of the whole board at 2x on white, with its frames, notes and links', async () => {
    const { page, context, bounds } = await openFixture('viewer');
    // Zoomed in on one corner: the export still covers the whole board, not the viewport.
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, -600);

    const download = await exportFromMenu(page, 'png');
    expect(download.suggestedFilename()).toBe(exportFilename(HR_GROWTH.title, 'png', new Date()));
    const png = await downloadBytes(download);
    writeFileSync(join(SCREENSHOT_DIR, 'export.png'), png);

    const size = pngSize(png);
    expect(Math.abs(size.width - (bounds.width + 2 * MARGIN) * 2)).toBeLessThanOrEqual(4);
    expect(Math.abs(size.height - (bounds.height + 2 * MARGIN) * 2)).toBeLessThanOrEqual(4);

    // Back to the whole board, every link on screen, to read where the canvas draws them.
    await page.locator('.react-flow__controls-fitview').click();
    await eventually(() => page.locator('.react-flow__edge').count(), (n) => n === 3);
    const links = await linkPoints(page);
    expect(links.length).toBe(6);
    const toPixel = (x: number, y: number) => ({ x: (x - bounds.x + MARGIN) * 2, y: (y - bounds.y + MARGIN) * 2 });
    const reading = await readPng(page, png, [
      ...links.map((p) => ({ ...toPixel(p.x, p.y), color: p.color })),
      // The image's corner is margin: white.
      { x: 3, y: 3, color: '#ffffff' },
    ]);
    expect(reading.inked).toBeGreaterThan(0.15);
    const linkHits = reading.probes.slice(0, links.length);
    // Every link shows at a quarter or three quarters of its length (a dash may fall on a gap).
    for (let i = 0; i < links.length; i += 2) expect(linkHits[i] || linkHits[i + 1]).toBe(true);
    expect(reading.probes.at(-1)).toBe(true);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('leaves overlay decorations out of the plain picture only', async () => {
    const { page, context } = await openFixture();
    // Stands in for a finding badge of the overlay: any element with class overlay-decoration.
    await page.evaluate(() => {
      const badge = document.createElement('div');
      badge.className = 'overlay-decoration';
      badge.style.cssText = 'position:absolute;right:6px;top:6px;width:40px;height:40px;background:#ff00ff;';
      document.querySelector('[data-testid=note]')!.append(badge);
    });
    const magenta = async (choice: string) => (await readPng(page, await downloadBytes(await exportFromMenu(page, choice)), [], '#ff00ff')).counted;
    expect(await magenta('png')).toBeGreaterThan(40 * 40 * 4 * 0.8);
    const plain = await exportFromMenu(page, 'png-plain');
    expect(plain.suggestedFilename()).toBe(exportFilename(HR_GROWTH.title, 'png', new Date(), 'plain'));
    expect((await readPng(page, await downloadBytes(plain), [], '#ff00ff')).counted).toBe(0);
    // The class that hid the decorations during the capture is gone again.
    expect(await page.locator('.export-plain').count()).toBe(0);
    await context.close();
  });

  it('saves the SVG, the board file, the OKR list as CSV and Markdown, and the workshop report', async () => {
    const { page, context } = await openFixture();
    const today = new Date();
    const expected = {
      svg: exportFilename(HR_GROWTH.title, 'svg', today),
      json: exportFilename(HR_GROWTH.title, 'json', today),
      csv: exportFilename(HR_GROWTH.title, 'csv', today),
      md: exportFilename(HR_GROWTH.title, 'md', today),
      report: exportFilename(HR_GROWTH.title, 'report', today),
    };
    await page.getByTestId('export-menu').click();
    await screenshot(page, 'export-menu');
    await page.keyboard.press('Escape');
    const texts: Record<string, string> = {};
    for (const [choice, name] of Object.entries(expected)) {
      const download = await exportFromMenu(page, choice);
      expect(download.suggestedFilename()).toBe(name);
      texts[choice] = (await downloadBytes(download)).toString('utf8');
      expect(texts[choice]!.length).toBeGreaterThan(200);
    }
    expect(texts.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(texts.svg).toContain('react-flow__edge-path');
    expect(texts.svg).toContain('Accelerate growth in new markets');
    expect((JSON.parse(texts.json!) as { notes: unknown[] }).notes).toHaveLength(HR_GROWTH.notes.length);
    expect(texts.csv!.split(/\r?\n/)[0]).toMatch(/^team,/);
    expect(texts.md).toContain('Accelerate growth in new markets');
    expect(texts.report).toContain(HR_GROWTH.title);
    await context.close();
  });

  it('starts a board from the OKR CSV on the start page, and says which line of a broken file is wrong', async () => {
    const source = await createBoardOver(server.url, { board: HR_GROWTH });
    const csv = await (await fetch(`${server.url}/api/boards/${source.id}/export?format=csv&key=${source.keys.viewer}`)).text();
    const { page, context } = await newPerson(browser, { name: 'Tia Teamlead' });
    await page.goto(server.url + '/');

    await page.getByTestId('import-file').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('team,objective,key result\nSales,"Grow,Win\n') });
    await page.getByTestId('import-submit').click();
    const csvError = await page.getByTestId('import-error').textContent();
    expect(csvError).toMatch(/line 2/);
    await page.getByTestId('import-file').setInputFiles({ name: 'board.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...HR_GROWTH, version: 2 })) });
    await page.getByTestId('import-submit').click();
    await expect.poll(() => page.getByTestId('import-error').textContent()).toMatch(/version/);
    await screenshot(page, 'import-error');

    await page.getByTestId('import-file').setInputFiles({ name: 'okrs.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-title').fill('Next quarter');
    await page.getByTestId('import-submit').click();
    await page.getByTestId('created-board').waitFor();
    expect(await page.getByTestId('created-board').textContent()).toContain('Next quarter');
    expect(await page.getByTestId('link-participant').inputValue()).toMatch(/\/b\/[^/?]+\?key=/);
    await page.getByTestId('open-facilitator').click();
    await page.locator('[data-testid=note]').first().waitFor();
    expect(await page.getByTestId('board-title').textContent()).toBe('Next quarter');
    // Ideas are not in the OKR list; every objective and key result is.
    const okrNotes = (HR_GROWTH.notes as { kind: string }[]).filter((n) => n.kind !== 'idea').length;
    expect(await page.getByTestId('note').count()).toBe(okrNotes);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('imports a board file into a new board from the board menu and hands out its links', async () => {
    const { page, context } = await openFixture();
    await page.getByTestId('export-menu').click();
    await page.getByTestId('import-into-new').click();
    await page.getByTestId('import-file').setInputFiles({ name: 'hr.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(HR_GROWTH)) });
    await page.getByTestId('import-submit').click();
    await page.getByTestId('new-board').waitFor();
    expect(await page.getByTestId('new-board').textContent()).toContain(HR_GROWTH.title);
    await screenshot(page, 'import-dialog');
    await page.getByTestId('open-new-board').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=note]').length === n, HR_GROWTH.notes.length);
    await context.close();
  });

  it('exports a 1,000-note board as PNG without holding the tab for long', async () => {
    const board = await createBoardOver(server.url, { board: thousandNoteBoard() });
    const { page, context } = await newPerson(browser, { name: 'Fran Facilitator', width: 1400, height: 900 });
    await page.goto(server.url + board.links.viewer);
    // Zoomed out past reading: sketched, no note in the DOM until the export asks for them.
    await page.waitForSelector('[data-testid=sketch][data-notes="1000"]', { timeout: 30_000 });
    expect(await page.locator('[data-testid=note]').count()).toBe(0);
    const pngMs = await timedExport(page, 'png');
    const svgMs = await timedExport(page, 'svg', async () => {
      // A big board shows how far the picture is (this screenshot is inside the SVG's time).
      await page.waitForFunction(() => /Preparing the SVG image…\s*[1-9]\d?%/.test(document.querySelector('[data-testid=export-progress]')?.textContent ?? ''));
      await screenshot(page, 'export-progress');
    });
    console.log(
      `1,000-note board: PNG ${pngMs.ms} ms (${pngMs.size}, longest main-thread task ${pngMs.longestTaskMs} ms); ` +
        `SVG ${svgMs.ms} ms (longest task ${svgMs.longestTaskMs} ms)`,
    );
    expect(pngMs.bytes).toBeGreaterThan(100_000);
    await context.close();
  });
});

/** Clicks an image export and times it to the download, watching the page's long tasks. */
async function timedExport(page: Page, choice: string, meanwhile?: () => Promise<void>) {
  await page.evaluate(() => {
    const longest = { ms: 0 };
    (window as unknown as { longest: typeof longest }).longest = longest;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
    }).observe({ type: 'longtask' });
  });
  const started = Date.now();
  const download = await exportFromMenu(page, choice, meanwhile);
  const bytes = await downloadBytes(download);
  const ms = Date.now() - started;
  const longestTaskMs = Math.round(await page.evaluate(() => (window as unknown as { longest: { ms: number } }).longest.ms));
  const size = choice === 'png' ? `${pngSize(bytes).width}x${pngSize(bytes).height}` : `${bytes.length} bytes`;
  return { ms, longestTaskMs, size, bytes: bytes.length };
}
