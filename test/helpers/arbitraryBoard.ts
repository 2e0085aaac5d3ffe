import fc from 'fast-check';
import type { BoardSnapshot, Link, Note, Team } from '../../shared/board/types';
import { DEFAULT_LEVELS } from '../../shared/board/types';

const FUNCTIONS = ['Company', 'Sales', 'HR', 'Product', 'Marketing', 'Finance'] as const;
const WORDS = ['Grow', 'revenue', 'Increase', 'hires', 'from 4 to 10', 'Launch', 'careers page', '30%', 'churn', 'NPS'];

const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
const coordinate = fc.integer({ min: -5000, max: 5000 });

/**
 * Arbitrary valid boards: every reference resolves, KRs sit in their objective's team,
 * links join two distinct notes at most once. Lists are sorted by id like snapshotBoard's.
 */
export function arbitraryBoard(options: { maxTeams?: number; maxNotes?: number } = {}): fc.Arbitrary<BoardSnapshot> {
  const maxTeams = options.maxTeams ?? 6;
  const maxNotes = options.maxNotes ?? 30;
  return fc
    .record({
      title: text,
      teamSeeds: fc.array(
        fc.record({ fn: fc.constantFrom(...FUNCTIONS), level: fc.integer({ min: 0, max: 2 }), parentPick: fc.nat(), x: coordinate, y: coordinate }),
        { minLength: 1, maxLength: maxTeams },
      ),
      noteSeeds: fc.array(
        fc.record({
          kind: fc.constantFrom('objective', 'kr', 'kr', 'idea'),
          text,
          teamPick: fc.option(fc.nat(), { nil: null, freq: 8 }),
          objectivePick: fc.option(fc.nat(), { nil: null, freq: 6 }),
          x: coordinate,
          y: coordinate,
        }),
        { maxLength: maxNotes },
      ),
      linkSeeds: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: maxNotes }),
      budget: fc.record({ objectivesPerTeam: fc.integer({ min: 1, max: 5 }), krsPerObjective: fc.integer({ min: 1, max: 5 }) }),
    })
    .map(({ title, teamSeeds, noteSeeds, linkSeeds, budget }) => {
      const teams: Team[] = teamSeeds.map((seed, i) => {
        const parents = teamSeeds.slice(0, i).map((s, j) => ({ s, j })).filter(({ s }) => s.level < seed.level);
        const parent = parents.length ? parents[seed.parentPick % parents.length] : undefined;
        return {
          id: `t${i}`,
          name: `${seed.fn} team ${i}`,
          function: seed.level === 0 ? 'Company' : seed.fn,
          level: seed.level,
          parentId: parent ? `t${parent.j}` : null,
          x: seed.x,
          y: seed.y,
          w: 760,
          h: 520,
          color: '',
          extra: {},
        };
      });
      const notes: Note[] = [];
      noteSeeds.forEach((seed, i) => {
        const team = seed.teamPick === null ? null : teams[seed.teamPick % teams.length]!;
        const objectives = notes.filter((n) => n.kind === 'objective' && n.teamId === (team?.id ?? null));
        const objective =
          seed.kind === 'kr' && seed.objectivePick !== null && objectives.length
            ? objectives[seed.objectivePick % objectives.length]!
            : null;
        notes.push({
          id: `n${i}`,
          kind: seed.kind,
          text: seed.text,
          teamId: team?.id ?? null,
          objectiveId: objective?.id ?? null,
          x: seed.x,
          y: seed.y,
          author: 'tester',
          createdAt: 1_700_000_000_000 + i,
          extra: {},
        });
      });
      const links: Link[] = [];
      const seen = new Set<string>();
      if (notes.length >= 2) {
        linkSeeds.forEach(([a, b], i) => {
          const from = notes[a % notes.length]!.id;
          const to = notes[b % notes.length]!.id;
          if (from === to || seen.has(`${from}>${to}`) || seen.has(`${to}>${from}`)) return;
          seen.add(`${from}>${to}`);
          links.push({ id: `l${i}`, from, to, extra: {} });
        });
      }
      const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      return {
        meta: { title, createdAt: 1_700_000_000_000, formatVersion: 1, levels: [...DEFAULT_LEVELS], budget, extra: {} },
        teams: teams.sort(byId),
        notes: notes.sort(byId),
        links: links.sort(byId),
      };
    });
}
