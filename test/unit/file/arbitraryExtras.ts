import fc from 'fast-check';
import type { BoardSnapshot, Extra } from '../../../shared/board/types';
import { arbitraryBoard } from '../../helpers/arbitraryBoard';

/** Field names format v1 does not know, as a newer tool might write them. */
const EXTRA_KEYS = ['owner', 'tags', 'dueDate', 'priority', 'source'] as const;

const extraValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.record({ rank: fc.integer(), note: fc.string() }),
);

const extra: fc.Arbitrary<Extra> = fc.dictionary(fc.constantFrom(...EXTRA_KEYS), extraValue, { maxKeys: 3 });

/** arbitraryBoard with unknown fields sprinkled on the meta, the teams, the notes and the links. */
export function arbitraryBoardWithExtras(): fc.Arbitrary<BoardSnapshot> {
  return arbitraryBoard().chain((board) =>
    fc
      .record({
        meta: extra,
        teams: fc.array(extra, { minLength: board.teams.length, maxLength: board.teams.length }),
        notes: fc.array(extra, { minLength: board.notes.length, maxLength: board.notes.length }),
        links: fc.array(extra, { minLength: board.links.length, maxLength: board.links.length }),
      })
      .map((extras) => ({
        meta: { ...board.meta, extra: extras.meta },
        teams: board.teams.map((t, i) => ({ ...t, extra: extras.teams[i]! })),
        notes: board.notes.map((n, i) => ({ ...n, extra: extras.notes[i]! })),
        links: board.links.map((l, i) => ({ ...l, extra: extras.links[i]! })),
      })),
  );
}
