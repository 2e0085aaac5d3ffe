import { localizationWorkshop } from './localizationWorkshop';
import type { WorkshopScript } from './types';

/** Every script, the default first. A new script is one data file, imported and listed here. */
const ALL_SCRIPTS: readonly WorkshopScript[] = [localizationWorkshop];

/** Every script by id. */
export const SCRIPTS: Readonly<Record<string, WorkshopScript>> = Object.fromEntries(
  ALL_SCRIPTS.map((script) => [script.id, script]),
);

export const defaultScript: WorkshopScript = localizationWorkshop;
export const DEFAULT_SCRIPT_ID = defaultScript.id;

/**
 * The script with `id`, or the default one: a board whose stored script was retired
 * keeps running rather than failing to open.
 */
export function scriptById(id: string): WorkshopScript {
  return Object.hasOwn(SCRIPTS, id) ? SCRIPTS[id]! : defaultScript;
}
