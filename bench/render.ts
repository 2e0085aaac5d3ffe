import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_PATH, launchBrowser } from '../test/helpers/browser';
import { startServer } from '../test/helpers/server';
import { startBaselineServer } from './render/baselineServer';
import { createBenchBoard } from './render/boards';
import { buildPages, type BuiltPages } from './render/builds';
import { measureIdle, measurePage } from './render/measurePage';
import type { FrameStats } from './render/frames';
import { renderMarkdown, type SizeResult } from './render/report';

/**
 * Render bench: our board page against a plain React Flow page of the same notes, in one
 * run, for boards of 500 to 5,000 notes. Ready time, JS heap, and frame times while panning
 * after fit view (the whole board in view as far as the minimum zoom allows) and while
 * dragging one note. Both pages are built first (about 30 s); each page then takes a few
 * seconds to load plus two 3 s interactions: about 3 minutes in all.
 *
 * Run alone: npx tsx bench/render.ts [sizes...], which writes bench/results/render-<date>.md
 * (npm run bench runs it too, into its own file). Where the time goes: bench/render/profile.ts.
 */

export interface RenderBenchOptions {
  sizes?: readonly number[];
  /** How long each pan and drag lasts. */
  interactionMs?: number;
  readyTimeoutMs?: number;
  /** Already built pages (see buildPages), kept after the run; built afresh and removed when absent. */
  pages?: BuiltPages;
}

export interface RenderBenchResult {
  /** An empty page's frames over the same time: the noise the shared machine adds. */
  idle: FrameStats;
  results: SizeResult[];
  markdown: string;
}

const SIZES = [500, 1_000, 2_000, 5_000];

export async function runRenderBench(options: RenderBenchOptions = {}): Promise<RenderBenchResult> {
  const measureOptions = { interactionMs: options.interactionMs ?? 3_000, readyTimeoutMs: options.readyTimeoutMs ?? 60_000 };
  const pages = options.pages ?? (await buildPages());
  const { clientDir, baselineDir } = pages;
  const server = await startServer({ clientDir });
  const baseline = await startBaselineServer(baselineDir);
  const browser = await launchBrowser();
  try {
    const idle = await measureIdle(browser, 2_000);
    const results: SizeResult[] = [];
    for (const size of options.sizes ?? SIZES) {
      const board = await createBenchBoard(server.url, size);
      const expected = { notes: board.notes, edges: board.links };
      const ours = await measurePage(browser, server.url + board.participantPath, expected, board.layout, measureOptions);
      const plain = await measurePage(browser, baseline.url + baseline.addBoard(`board-${size}`, board.file), expected, board.layout, measureOptions);
      results.push({ notes: board.notes, teams: board.teams, links: board.links, ours, baseline: plain });
      console.error(`render bench: ${size} notes done`);
    }
    return { idle, results, markdown: renderMarkdown(idle, results) };
  } finally {
    await browser.close();
    await baseline.close();
    await server.stop();
    if (!options.pages) for (const dir of [clientDir, baselineDir]) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const started = new Date();
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' / ');
  const header = `# Render bench ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC\n\n` +
    `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Chromium at ${CHROMIUM_PATH}, load average at start ${load()}.\n`;
  const { markdown } = await runRenderBench(sizes.length ? { sizes } : {});
  const text = `${header}\n${markdown}\n\nLoad average at end ${load()}; the machine is shared, so compare ratios from one run.\n`;
  const outFile = join(import.meta.dirname, 'results', `render-${started.toISOString().slice(0, 10)}.md`);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, text);
  console.log(text);
  console.error(`written to ${outFile}`);
}
