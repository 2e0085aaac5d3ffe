import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createBoardOver, type RunningServer } from '../helpers/server';
import { newPerson, pageErrors, screenshot } from '../helpers/browser';
import { startServerAndBrowser, stopServerAndBrowser } from '../helpers/e2eSession';

/** A facilitator's first minutes: create a board, hand out links; and links that go wrong. */
describe('the start page and board links', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => ({ server, browser } = await startServerAndBrowser()));

  afterAll(() => stopServerAndBrowser(server, browser));

  it('creates a board, shows its three links, and opens it as facilitator after asking a name once', async () => {
    const { page, context } = await newPerson(browser);
    await page.goto(server.url + '/');
    await page.getByTestId('board-title-input').fill('Q3 OKR localization');
    await page.getByTestId('create-board').click();
    await page.getByTestId('created-board').waitFor();
    const links = Object.fromEntries(
      await Promise.all(
        (['facilitator', 'participant', 'viewer'] as const).map(async (role) => [role, await page.getByTestId(`link-${role}`).inputValue()]),
      ),
    ) as Record<string, string>;
    for (const link of Object.values(links)) expect(link).toMatch(new RegExp(`^${server.url}/b/[^/?]+\\?key=[\\w-]{20,}$`));
    expect(new Set(Object.values(links)).size).toBe(3);
    await screenshot(page, 'landing-created');

    await page.getByTestId('open-facilitator').click();
    await page.getByTestId('name-input').fill('Fran Facilitator');
    await page.getByTestId('name-submit').click();
    await page.getByTestId('team-frame').waitFor();
    expect(await page.getByTestId('board-title').textContent()).toBe('Q3 OKR localization');
    expect(await page.getByTestId('team-name').textContent()).toBe('Company');
    expect(page.url()).toBe(links.facilitator);

    // The name is remembered: the participant link in a new tab of the same browser skips the dialog.
    const second = await context.newPage();
    await second.goto(links.participant!);
    await second.getByTestId('team-frame').waitFor();
    expect(await second.getByTestId('name-dialog').count()).toBe(0);
    expect(await second.locator('[data-testid=avatar][data-name="Fran Facilitator"]').count()).toBeGreaterThan(0);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('opens a board from a pasted link', async () => {
    const board = await createBoardOver(server.url, { title: 'Pasted' });
    const { page, context } = await newPerson(browser, { name: 'Pia' });
    await page.goto(server.url + '/');
    await page.getByTestId('open-link-input').fill(`  https://somewhere.example${board.links.participant}  `);
    await page.getByTestId('open-link').click();
    await page.getByTestId('team-frame').waitFor();
    expect(await page.getByTestId('board-title').textContent()).toBe('Pasted');
    await context.close();
  });

  it('says a link with a wrong key does not open the board, and a missing board is not there', async () => {
    const board = await createBoardOver(server.url, { title: 'Secret' });
    const { page, context } = await newPerson(browser, { name: 'Eve' });
    await page.goto(`${server.url}/b/${board.id}?key=not-the-key`);
    await page.getByTestId('board-error').waitFor();
    expect(await page.getByTestId('board-error').getAttribute('data-reason')).toBe('unauthorized');
    expect(await page.locator('body').textContent()).not.toContain('Secret');
    await page.goto(`${server.url}/b/no-such-board?key=whatever`);
    await page.getByTestId('board-error').waitFor();
    expect(await page.getByTestId('board-error').getAttribute('data-reason')).toBe('notFound');
    await context.close();
  });
});
