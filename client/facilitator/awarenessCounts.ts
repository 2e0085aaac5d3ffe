import { useEffect, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { BoardStore } from '../sync/boardStore';

/** The awareness field where an author publishes how many private ideas they hold (a count, never the ideas). */
export const PRIVATE_IDEAS_FIELD = 'privateIdeas';

/** How many people hold at least one private idea, from everyone's awareness states. */
export function privateWriters(states: ReadonlyMap<number, Record<string, unknown>>): number {
  let people = 0;
  for (const state of states.values()) {
    const count = state[PRIVATE_IDEAS_FIELD];
    if (typeof count === 'number' && count > 0) people += 1;
  }
  return people;
}

/** privateWriters, live. */
export function usePrivateWriters(awareness: Awareness): number {
  return useSyncExternalStore(
    (onChange) => {
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    () => privateWriters(awareness.getStates() as Map<number, Record<string, unknown>>),
  );
}

/** Publishes how many private ideas I hold, so the facilitator knows who wrote some before revealing. */
export function usePublishPrivateCount(awareness: Awareness, ideas: BoardStore | null): void {
  useEffect(() => {
    if (!ideas) return;
    const publish = () => {
      if (awareness.getLocalState() === null) return;
      const count = ideas.getSnapshot().notes.length;
      if (awareness.getLocalState()?.[PRIVATE_IDEAS_FIELD] !== count) awareness.setLocalStateField(PRIVATE_IDEAS_FIELD, count);
    };
    publish();
    return ideas.subscribe(publish);
  }, [awareness, ideas]);
}
