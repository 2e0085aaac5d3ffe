import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { RULES } from '../../../shared/analysis/types';
import type { BoardSnapshot } from '../../../shared/board/types';
import { arbitraryBoard } from '../../helpers/arbitraryBoard';

const board = arbitraryBoard({ maxTeams: 8, maxNotes: 40 });

function shuffled<T>(list: readonly T[], keys: readonly number[]): T[] {
  return list
    .map((item, i) => ({ item, key: keys[i % Math.max(1, keys.length)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || b.i - a.i)
    .map(({ item }) => item);
}

describe('analyze, on any board', () => {
  it('finds no cascade link once every objective -> kr link is gone', () => {
    fc.assert(
      fc.property(board, (snapshot) => {
        const kind = new Map(snapshot.notes.map((n) => [n.id, n.kind]));
        const links = snapshot.links.filter((l) => !(kind.get(l.from) === 'objective' && kind.get(l.to) === 'kr'));
        const { findings } = analyze({ ...snapshot, links });
        expect(findings.filter((f) => f.rule === 'cascade-link')).toEqual([]);
      }),
    );
  });

  it('names only teams, notes and links that are on the board, and never an idea', () => {
    fc.assert(
      fc.property(board, (snapshot) => {
        const onBoard = new Set([...snapshot.teams, ...snapshot.notes, ...snapshot.links].map(({ id }) => id));
        const ideas = new Set(snapshot.notes.filter((n) => n.kind === 'idea').map(({ id }) => id));
        for (const finding of analyze(snapshot).findings) {
          for (const id of finding.ids) {
            expect(onBoard.has(id)).toBe(true);
            expect(ideas.has(id)).toBe(false);
          }
        }
      }),
    );
  });

  it('gives every finding its rule severity and a sentence', () => {
    fc.assert(
      fc.property(board, (snapshot) => {
        for (const finding of analyze(snapshot).findings) {
          expect(finding.severity).toBe(RULES[finding.rule].severity);
          expect(finding.message).toMatch(/^\S.*[.]$/);
          expect(finding.ids.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('gives the same result, in the same order, whatever order the lists come in', () => {
    fc.assert(
      fc.property(board, fc.array(fc.nat(), { minLength: 1, maxLength: 50 }), (snapshot, keys) => {
        const reordered: BoardSnapshot = {
          ...snapshot,
          teams: shuffled(snapshot.teams, keys),
          notes: shuffled(snapshot.notes, keys),
          links: shuffled(snapshot.links, keys),
        };
        expect(analyze(reordered)).toEqual(analyze(snapshot));
      }),
    );
  });

  it('finds the same whatever the ideas say or link to', () => {
    fc.assert(
      fc.property(board, (snapshot) => {
        const ideas = new Set(snapshot.notes.filter((n) => n.kind === 'idea').map(({ id }) => id));
        const withoutIdeas: BoardSnapshot = {
          ...snapshot,
          notes: snapshot.notes.filter((n) => !ideas.has(n.id)),
          links: snapshot.links.filter((l) => !ideas.has(l.from) && !ideas.has(l.to)),
        };
        expect(analyze(withoutIdeas).findings).toEqual(analyze(snapshot).findings);
      }),
    );
  });

  it('projects o * k^(d+1) key results per team at level d', () => {
    fc.assert(
      fc.property(board, (snapshot) => {
        const teamLevel = new Map(snapshot.teams.map((t) => [t.id, t.level]));
        const top = snapshot.notes.filter((n) => n.kind === 'objective' && n.teamId !== null && teamLevel.get(n.teamId) === 0);
        const topIds = new Set(top.map(({ id }) => id));
        const topKrs = snapshot.notes.filter((n) => n.kind === 'kr' && n.objectiveId !== null && topIds.has(n.objectiveId)).length;
        const o = top.length;
        const k = o === 0 ? 0 : topKrs / o;
        const { levels } = analyze(snapshot).metrics;
        expect(levels.length).toBeGreaterThanOrEqual(snapshot.meta.levels.length);
        levels.forEach((level, d) => expect(level.projectedKrsPerTeam).toBeCloseTo(o * k ** (d + 1), 9));
      }),
    );
  });

  it('never shrinks a support set when a link is added', () => {
    fc.assert(
      fc.property(board, fc.nat(), fc.nat(), (snapshot, a, b) => {
        const notes = snapshot.notes.filter((n) => n.kind !== 'idea');
        fc.pre(notes.length >= 2);
        const from = notes[a % notes.length]!.id;
        const to = notes[b % notes.length]!.id;
        fc.pre(from !== to);
        const before = analyze(snapshot).metrics.objectives;
        const after = analyze({ ...snapshot, links: [...snapshot.links, { id: 'zz-new', from, to, extra: {} }] }).metrics.objectives;
        before.forEach((objective, i) => {
          expect(after[i]!.functions).toEqual(expect.arrayContaining(objective.functions));
        });
      }),
    );
  });
});
