import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { boardFileToSnapshot, parseBoardFileJson, type BoardFile } from '../../shared/board/file';
import type { BoardSnapshot } from '../../shared/board/types';

/** A JSON board file from test/fixtures/, parsed by the real parser; throws naming the bad field. */
export function fixtureFile(name: string): BoardFile {
  const path = fileURLToPath(new URL(`../fixtures/${name}.json`, import.meta.url));
  const parsed = parseBoardFileJson(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`fixture ${name}: ${parsed.error}`);
  return parsed.file;
}

/** A fixture as the board it describes, laid out as an import would (createdAt 0). */
export function fixtureSnapshot(name: string): BoardSnapshot {
  return boardFileToSnapshot(fixtureFile(name), { now: 0 });
}
