import { linkMeaning, type LinkMeaning } from '../board/linkMeaning';
import { NOTE_KINDS, type BoardSnapshot, type Link, type Note, type NoteKind, type Team } from '../board/types';

/** A link between two notes on the board, neither of them an idea, with its derived meaning. */
export interface MeaningfulLink {
  link: Link;
  from: Note;
  to: Note;
  /** Positions of the ends in `BoardIndex.notes`. */
  fromAt: number;
  toAt: number;
  meaning: LinkMeaning;
}

export interface TeamTally {
  team: Team;
  /** The team's position in id order. */
  at: number;
  /** Positions of the team's objectives. */
  objectives: number[];
  /** Every key result in the team's frame, loose ones included. */
  krs: number;
  /** Objectives with at least one objective -> kr (cascade) link. */
  cascadedObjectives: number;
}

/**
 * A board indexed once per analysis. Notes are numbered by their position in id order,
 * so rules and support sets work on arrays instead of looking ids up again and again
 * (a 5,000-note board is analysed on every animation frame). Id order whatever order
 * the snapshot came in is also what makes findings deterministic.
 */
export interface BoardIndex {
  snapshot: BoardSnapshot;
  teams: ReadonlyMap<string, TeamTally>;
  /** Every note, in id order. */
  notes: readonly Note[];
  position: ReadonlyMap<string, number>;
  /** Positions of objectives and of key results, in id order. */
  objectives: readonly number[];
  krs: readonly number[];
  /** Per position: the team whose frame holds the note, if any (and if it still exists). */
  teamAt: readonly (TeamTally | undefined)[];
  /** Per position: a key result's objective, or -1 (loose key result, objective, idea). */
  objectiveAt: Int32Array;
  /** Per objective position: its key results' positions. */
  krsAt: readonly (number[] | undefined)[];
  links: readonly MeaningfulLink[];
  /** The board's levels plus any deeper level a team sits at. */
  levelCount: number;
}

export function indexBoard(snapshot: BoardSnapshot): BoardIndex {
  const teams = new Map<string, TeamTally>();
  let deepest = -1;
  byId(snapshot.teams).forEach((team, at) => {
    teams.set(team.id, { team, at, objectives: [], krs: 0, cascadedObjectives: 0 });
    if (team.level > deepest) deepest = team.level;
  });

  const notes = byId(snapshot.notes);
  const position = new Map<string, number>();
  const objectives: number[] = [];
  const krs: number[] = [];
  const teamAt: (TeamTally | undefined)[] = new Array(notes.length);
  notes.forEach((note, p) => {
    position.set(note.id, p);
    const tally = note.teamId === null ? undefined : teams.get(note.teamId);
    teamAt[p] = tally;
    if (note.kind === 'objective') {
      objectives.push(p);
      tally?.objectives.push(p);
    } else if (note.kind === 'kr') {
      krs.push(p);
      if (tally) tally.krs++;
    }
  });

  const objectiveAt = new Int32Array(notes.length).fill(-1);
  const krsAt: (number[] | undefined)[] = new Array(notes.length);
  for (const p of krs) {
    const objectiveId = notes[p]!.objectiveId;
    const o = objectiveId === null ? undefined : position.get(objectiveId);
    if (o === undefined || notes[o]!.kind !== 'objective') continue;
    objectiveAt[p] = o;
    (krsAt[o] ??= []).push(p);
  }

  const links = meaningfulLinks(byId(snapshot.links), notes, position);
  const cascaded = new Uint8Array(notes.length);
  for (const { fromAt, meaning } of links) {
    if (meaning !== 'cascades' || cascaded[fromAt]) continue;
    cascaded[fromAt] = 1;
    const tally = teamAt[fromAt];
    if (tally) tally.cascadedObjectives++;
  }

  return {
    snapshot,
    teams,
    notes,
    position,
    objectives,
    krs,
    teamAt,
    objectiveAt,
    krsAt,
    links,
    levelCount: Math.max(snapshot.meta.levels.length, deepest + 1),
  };
}

// linkMeaning scans its table on every call; a board has thousands of links and only nine kind pairs.
const MEANING_OF = NOTE_KINDS.flatMap((from) => NOTE_KINDS.map((to) => linkMeaning(from, to)));
const meaningOf = (from: NoteKind, to: NoteKind): LinkMeaning | null =>
  MEANING_OF[NOTE_KINDS.indexOf(from) * NOTE_KINDS.length + NOTE_KINDS.indexOf(to)] ?? null;

function meaningfulLinks(links: readonly Link[], notes: readonly Note[], position: ReadonlyMap<string, number>): MeaningfulLink[] {
  const out: MeaningfulLink[] = [];
  for (const link of links) {
    const fromAt = position.get(link.from);
    const toAt = position.get(link.to);
    if (fromAt === undefined || toAt === undefined) continue;
    const from = notes[fromAt]!;
    const to = notes[toAt]!;
    const meaning = meaningOf(from.kind, to.kind);
    if (meaning) out.push({ link, from, to, fromAt, toAt, meaning });
  }
  return out;
}

/** Snapshots come sorted by id; sort only when a caller handed in another order. */
function byId<T extends { id: string }>(list: readonly T[]): readonly T[] {
  for (let i = 1; i < list.length; i++) {
    if (list[i - 1]!.id > list[i]!.id) return [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return list;
}
