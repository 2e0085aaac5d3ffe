import type { NoteKind } from './types';

/** What a link means, derived from the kinds of its ends (PRODUCT.md section 2); never stored. */
export const LINK_MEANINGS = {
  localizes: { from: 'objective', to: 'objective', label: 'localizes', good: true },
  cascades: { from: 'objective', to: 'kr', label: 'cascades', good: false },
  copiesDown: { from: 'kr', to: 'kr', label: 'copies down', good: true },
  contributes: { from: 'kr', to: 'objective', label: 'contributes', good: true },
} as const;

export type LinkMeaning = keyof typeof LINK_MEANINGS;

/**
 * The meaning of a link from a note of kind `from` (lower) to one of kind `to` (upper),
 * or null when an idea is at either end.
 *
 * @example linkMeaning('objective', 'kr') // 'cascades'
 */
export function linkMeaning(from: NoteKind, to: NoteKind): LinkMeaning | null {
  return MEANING_BY_ENDS.get(`${from}>${to}`) ?? null;
}

// Built once: the overlay asks for every link on every recompute.
const MEANING_BY_ENDS = new Map<string, LinkMeaning>(
  Object.entries(LINK_MEANINGS).map(([meaning, ends]) => [`${ends.from}>${ends.to}`, meaning as LinkMeaning]),
);
