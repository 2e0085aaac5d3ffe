import { localizationWorkshop } from './localizationWorkshop';
import type { WorkshopScript } from './types';

/** Every script by id; a new script is one data file added here. */
export const SCRIPTS: Readonly<Record<string, WorkshopScript>> = {
  [localizationWorkshop.id]: localizationWorkshop,
};

export const DEFAULT_SCRIPT_ID = localizationWorkshop.id;

export function scriptById(id: string): WorkshopScript {
  return SCRIPTS[id] ?? localizationWorkshop;
}
