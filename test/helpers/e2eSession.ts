import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startServer, type RunningServer } from './server';

/** The real server and one Chromium, started together for a browser-test file. */
export async function startServerAndBrowser(): Promise<{ server: RunningServer; browser: Browser }> {
  const server = await startServer();
  return { server, browser: await launchBrowser() };
}

/** Closes what `startServerAndBrowser` (or a partial start) opened: the browser first, then the server. */
export async function stopServerAndBrowser(server: RunningServer | undefined, browser: Browser | undefined): Promise<void> {
  await browser?.close();
  await server?.stop();
}
