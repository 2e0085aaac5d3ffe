import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { analyze } from '../shared/analysis/analyze';
import type { BoardSnapshot, Link, Note, NoteKind, Team } from '../shared/board/types';

/**
 * How long `analyze` takes on realistic generated boards: 4 levels, 8 functions, teams
 * with 2-4 objectives of 2-4 key results, most objectives localizing their parent team's
 * objectives, some cascading from its key results, some copying key results down.
 * Target: under 5 ms at 5,000 notes.
 *
 * Run: npx tsx bench/analysis.ts
 */

const FUNCTIONS = ['Sales', 'Marketing', 'Product', 'Engineering', 'HR', 'Finance', 'Operations', 'Support'];
const LEVELS = ['Company', 'Division', 'Department', 'Team'];
const SIZES = [500, 2_000, 5_000];

export interface AnalysisBenchResult {
  notes: number;
  teams: number;
  links: number;
  findings: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

export function runAnalysisBench(sizes: readonly number[] = SIZES): AnalysisBenchResult[] {
  return sizes.map((size) => {
    const board = generateBoard(size, size);
    const findings = analyze(board).findings.length;
    for (let i = 0; i < 20; i++) analyze(board);
    const runs = Math.max(200, Math.round(1_000_000 / size));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      analyze(board);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return {
      notes: board.notes.length,
      teams: board.teams.length,
      links: board.links.length,
      findings,
      runs,
      medianMs: percentile(times, 0.5),
      p95Ms: percentile(times, 0.95),
    };
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** A board of exactly `noteCount` notes, the same for the same seed. */
export function generateBoard(noteCount: number, seed: number): BoardSnapshot {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const id = (prefix: string, n: number) => `${prefix}${n.toString(36).padStart(5, '0')}`;

  const teams: Team[] = [];
  const notes: Note[] = [];
  const objectivesOf = new Map<string, Note[]>();
  const krsOf = new Map<string, Note[]>();
  const note = (kind: NoteKind, text: string, team: Team, objectiveId: string | null): Note => {
    const created: Note = { id: id('n', notes.length), kind, text, teamId: team.id, objectiveId, x: 0, y: 0, author: 'bench', createdAt: 0, extra: {} };
    notes.push(created);
    return created;
  };
  const addTeam = (level: number, fn: string, parent: Team | null): Team => {
    const team: Team = { id: id('t', teams.length), name: `${fn} ${teams.length}`, function: fn, level, parentId: parent?.id ?? null, x: 0, y: 0, w: 760, h: 520, color: '', extra: {} };
    teams.push(team);
    objectivesOf.set(team.id, []);
    krsOf.set(team.id, []);
    for (let o = between(2, 4); o > 0 && notes.length < noteCount; o--) {
      const objective = note('objective', `Objective ${notes.length} of ${team.name}`, team, null);
      objectivesOf.get(team.id)!.push(objective);
      for (let k = between(2, 4); k > 0 && notes.length < noteCount; k--) {
        const text = random() < 0.8 ? `Increase metric ${notes.length} from ${k * 10} to ${k * 15}` : `Launch deliverable ${notes.length}`;
        krsOf.get(team.id)!.push(note('kr', text, team, objective.id));
      }
    }
    if (random() < 0.3 && notes.length < noteCount) note('idea', `Idea ${notes.length}`, team, null);
    return team;
  };

  const company = addTeam(0, 'Company', null);
  const divisions = FUNCTIONS.map((fn) => addTeam(1, fn, company));
  const below = (level: number, parent: Team) => addTeam(level, random() < 0.8 ? parent.function : pick(FUNCTIONS), parent);
  // About 12 notes a team, and one department over every six teams, like a real org chart.
  const teamsExpected = Math.ceil(noteCount / 12);
  const departmentCount = Math.max(FUNCTIONS.length, Math.round((teamsExpected - 1 - FUNCTIONS.length) / 7));
  const departments: Team[] = [];
  while (departments.length < departmentCount && notes.length < noteCount) departments.push(below(2, pick(divisions)));
  while (notes.length < noteCount) below(3, pick(departments));

  const links: Link[] = [];
  const addLink = (from: Note, to: Note | undefined) => {
    if (to) links.push({ id: id('l', links.length), from: from.id, to: to.id, extra: {} });
  };
  const byId = new Map(teams.map((t) => [t.id, t]));
  for (const team of teams) {
    const parent = team.parentId ? byId.get(team.parentId)! : null;
    if (!parent) continue;
    const upperObjectives = objectivesOf.get(parent.id)!;
    const upperKrs = krsOf.get(parent.id)!;
    for (const objective of objectivesOf.get(team.id)!) {
      const roll = random();
      if (roll < 0.65) addLink(objective, pick(upperObjectives));
      else if (roll < 0.8 && upperKrs.length) addLink(objective, pick(upperKrs));
      else if (roll < 0.9) addLink(objective, pick(objectivesOf.get(pick(divisions).id)!));
    }
    for (const kr of krsOf.get(team.id)!) {
      const roll = random();
      if (roll < 0.12 && upperKrs.length) addLink(kr, pick(upperKrs));
      else if (roll < 0.17) addLink(kr, pick(upperObjectives));
    }
  }
  return {
    meta: { title: `Bench ${noteCount}`, createdAt: 0, formatVersion: 1, levels: [...LEVELS], budget: { objectivesPerTeam: 3, krsPerObjective: 4 }, extra: {} },
    teams,
    notes,
    links,
  };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log('analyze: median and p95 ms per board size');
  for (const r of runAnalysisBench()) {
    console.log(
      `${String(r.notes).padStart(6)} notes  ${String(r.teams).padStart(4)} teams  ${String(r.links).padStart(5)} links  ` +
        `${String(r.findings).padStart(5)} findings  median ${r.medianMs.toFixed(3)} ms  p95 ${r.p95Ms.toFixed(3)} ms  (${r.runs} runs)`,
    );
  }
}
