import type { BoardSnapshot, Note } from '../board/types';

/**
 * The "Link to its objective instead" fix for a cascade link (objective -> kr): the id of
 * the upper key result's objective, to relink the link to; null when the link is not a
 * cascade link or there is nothing to localize from (a loose key result, or the key
 * result is the objective's own).
 *
 * When the objective already links to that objective too, `relink` refuses with
 * 'duplicate'; the fix is then to `unlink` the cascade link.
 *
 * @example const to = cascadeFix(snapshot, linkId); if (to) relink(doc, linkId, to, me);
 */
export function cascadeFix(snapshot: BoardSnapshot, linkId: string): string | null {
  const link = snapshot.links.find(({ id }) => id === linkId);
  if (!link) return null;
  const notes = new Map<string, Note>();
  for (const note of snapshot.notes) notes.set(note.id, note);
  const from = notes.get(link.from);
  const to = notes.get(link.to);
  if (from?.kind !== 'objective' || to?.kind !== 'kr') return null;
  const upper = to.objectiveId === null ? undefined : notes.get(to.objectiveId);
  return upperObjectiveOf(from, upper)?.id ?? null;
}

/** What a cascaded objective should localize from: its key result's objective, unless that is missing or itself. */
export function upperObjectiveOf(objective: Note, krObjective: Note | undefined): Note | undefined {
  return krObjective?.kind === 'objective' && krObjective.id !== objective.id ? krObjective : undefined;
}
