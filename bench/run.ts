import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runSyncBench } from './sync/index';
import { syncMarkdown } from './sync/report';

/**
 * `npm run bench`: the sync bench, then the analysis and render benches when their files
 * exist, into one Markdown file, bench/results/<date>.md. A bench module exports
 * `runAnalysisBench()` / `runRenderBench()` returning Markdown, `{ markdown }`, or rows
 * (an array of flat objects, tabulated by key); anything else is written as JSON.
 */
const OPTIONAL_BENCHES = [
  { title: 'Analysis', file: 'analysis.ts', run: 'runAnalysisBench' },
  { title: 'Render', file: 'render.ts', run: 'runRenderBench' },
] as const;

const benchDir = resolve(import.meta.dirname);
const started = new Date();
const sections = [
  `# Bench ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  '',
  `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ` +
    `load average at start ${loadavg().map((l) => l.toFixed(2)).join(' / ')}.`,
  '',
  '## Sync server: ours vs @y/websocket-server 0.1.1',
  '',
  syncMarkdown(await runSyncBench()),
];

for (const bench of OPTIONAL_BENCHES) {
  const file = join(benchDir, bench.file);
  if (!existsSync(file)) continue;
  sections.push('', `## ${bench.title}`, '');
  try {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const run = module[bench.run];
    if (typeof run !== 'function') throw new Error(`${bench.file} does not export ${bench.run}()`);
    sections.push(toMarkdown(await (run as () => unknown)()));
  } catch (error) {
    // One bench failing must not lose the others' numbers.
    console.error(error);
    sections.push(`**Failed:** ${String(error)}`);
    process.exitCode = 1;
  }
}

sections.push('', `Load average at end ${loadavg().map((l) => l.toFixed(2)).join(' / ')}; ` + 'the machine is shared, so compare ratios from one run.');
const outDir = join(benchDir, 'results');
mkdirSync(outDir, { recursive: true });
const outFile = join(outDir, `${started.toISOString().slice(0, 10)}.md`);
writeFileSync(outFile, sections.join('\n') + '\n');
console.log(sections.join('\n'));
console.error(`written to ${outFile}`);

function toMarkdown(result: unknown): string {
  if (typeof result === 'string') return result;
  if (Array.isArray(result) && result.length > 0 && result.every((row) => row && typeof row === 'object')) {
    const columns = Object.keys(result[0] as object);
    const cell = (value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(3) : String(value));
    return [columns, columns.map(() => '---'), ...result.map((row) => columns.map((c) => cell((row as Record<string, unknown>)[c])))]
      .map((cells) => `| ${cells.join(' | ')} |`)
      .join('\n');
  }
  if (result && typeof result === 'object' && typeof (result as { markdown?: unknown }).markdown === 'string') {
    return (result as { markdown: string }).markdown;
  }
  return '```json\n' + JSON.stringify(result, null, 2) + '\n```';
}
