import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/**
 * Both pages are built into temporary directories, never into dist/client: other people's
 * browser tests serve dist/client while the bench runs. Unminified builds keep function
 * names readable in a profile.
 */
export interface BuiltPages {
  clientDir: string;
  baselineDir: string;
}

export async function buildPages({ minify = true } = {}): Promise<BuiltPages> {
  const clientDir = mkdtempSync(join(tmpdir(), 'alignboard-render-client-'));
  const baselineDir = mkdtempSync(join(tmpdir(), 'alignboard-render-baseline-'));
  await build({
    configFile: resolve('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: clientDir, emptyOutDir: true, minify },
  });
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, 'baseline'),
    publicDir: false,
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir: baselineDir, emptyOutDir: true, chunkSizeWarningLimit: 2000, minify },
  });
  return { clientDir, baselineDir };
}
