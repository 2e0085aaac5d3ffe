import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createBoardOver, startServer, tempDataDir, type RunningServer } from '../helpers/server';
import { launchBrowser, newPerson } from '../helpers/browser';
import { eventually, note, noteIdByText, noteText, openBoard, typeIntoEditor } from './boardPage';

/** The server goes away mid-workshop and comes back: the page says so and carries on. */
describe('a server restart', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let link = '';
  const dataDir = tempDataDir();
  const status = () => page.getByTestId('connection-status').getAttribute('data-status');

  beforeAll(async () => {
    server = await startServer({ dataDir });
    link = (await createBoardOver(server.url, { title: 'Restart' })).links.participant;
    browser = await launchBrowser();
    page = (await newPerson(browser, { name: 'Rae' })).page;
    await openBoard(page, server.url, link);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows reconnecting while the server is down, keeps what is typed meanwhile, and syncs it once back', async () => {
    await page.getByTestId('tool-objective').click();
    await typeIntoEditor(page, 'Before the crash');
    const id = await noteIdByText(page, 'Before the crash');
    const { port, url } = server;

    await server.stop();
    await eventually(status, (s) => s === 'reconnecting' || s === 'offline');
    await page.keyboard.type(', and after');
    await page.mouse.click(700, 150);

    server = await startServer({ dataDir, port });
    await eventually(status, (s) => s === 'connected', 15_000);
    const late = (await newPerson(browser, { name: 'Late' })).page;
    await openBoard(late, url, link);
    await eventually(() => noteText(late, id), (text) => text === 'Before the crash, and after');
    expect(await note(late, id).getAttribute('data-kind')).toBe('objective');
  });
});
