import type { AnalysisResult, Finding, RuleId, Severity } from '../../shared/analysis';
import type { BoardSnapshot } from '../../shared/board';
import { OVERLAY_MODES, type OverlayMode } from '../../shared/script/overlayModes';
import { functionColors } from './functionColors';

/** A finding shown on a note or frame as a small label; its sentence on hover. */
export interface Badge {
  rule: RuleId;
  /** 'ok': a count within its budget, shown for scale beside those over it. */
  severity: Severity | 'ok';
  label: string;
  message: string;
}

/** A function in an objective's support set, with its colour. */
export interface Supporter {
  name: string;
  color: string;
}

export interface NoteDecoration {
  badges: readonly Badge[];
  /** Cross-functional objective: two or more functions support it. */
  ring?: boolean;
  /** Silo objective: one function only. */
  silo?: boolean;
  supporters?: readonly Supporter[];
  /** An output key result's hint: why it reads like a task, and the outcome rewrite. */
  hint?: { message: string; suggestion: string };
}

export interface TeamDecoration {
  badges: readonly Badge[];
  /** The function's colour, replacing the frame's tint. */
  tint?: string;
  silo?: boolean;
}

export interface LinkDecoration {
  /** A cascade link the alignment overlay brings forward. */
  cascade: true;
  message: string;
}

export interface Decorations {
  notes: ReadonlyMap<string, NoteDecoration>;
  teams: ReadonlyMap<string, TeamDecoration>;
  links: ReadonlyMap<string, LinkDecoration>;
}

export const NO_DECORATIONS: Decorations = { notes: new Map(), teams: new Map(), links: new Map() };

/** Short labels for the badges: the sentence is one hover away. */
const BADGE_LABELS: Partial<Record<RuleId, string>> = {
  'cascade-link': 'Cascaded',
  'orphan-objective': 'Not aligned',
  'loose-kr': 'No objective',
  'unsupported-objective': 'No support yet',
  'silo-objective': 'Silo',
  'silo-team': 'Silo team',
};

/**
 * What the overlay draws in `mode`, per note, team frame and link, from a board and its
 * analysis. Only the mode's rules show (OVERLAY_MODES); nothing is decorated when off.
 * Pass the previous result as `previous`: every decoration equal to its previous version
 * is that same object, so a node reading its own decoration re-renders only when it changed.
 */
export function deriveDecorations(
  board: BoardSnapshot,
  analysis: AnalysisResult,
  mode: OverlayMode,
  previous: Decorations = NO_DECORATIONS,
): Decorations {
  if (mode === 'off') return NO_DECORATIONS;
  const rules = new Set<RuleId>(OVERLAY_MODES[mode].rules);
  const notes = new Map<string, NoteDecoration>();
  const teams = new Map<string, TeamDecoration>();
  const links = new Map<string, LinkDecoration>();
  const note = (id: string) => upsert(notes, id);
  const team = (id: string) => upsert(teams, id);
  const teamIds = new Set(board.teams.map(({ id }) => id));
  const { budget } = board.meta;
  const teamCounts = new Map(analysis.metrics.teams.map((counts) => [counts.teamId, counts]));
  const krCounts = new Map(analysis.metrics.objectives.map(({ objectiveId, krs }) => [objectiveId, krs]));

  for (const finding of analysis.findings) {
    if (!rules.has(finding.rule)) continue;
    const [subject = '', second = ''] = finding.ids;
    switch (finding.rule) {
      case 'cascade-link':
        links.set(subject, { cascade: true, message: finding.message });
        note(second).badges.push(badge(finding));
        break;
      case 'output-kr':
        note(subject).hint = { message: finding.message, suggestion: finding.suggestion ?? '' };
        break;
      case 'over-budget':
        if (teamIds.has(subject)) {
          const count = teamCounts.get(subject)?.objectives ?? 0;
          team(subject).badges.push(badge(finding, `${plural(count, 'objective')} / ${budget.objectivesPerTeam} allowed`));
        } else {
          const count = krCounts.get(subject) ?? 0;
          note(subject).badges.push(badge(finding, `${count} KRs / ${budget.krsPerObjective}`));
        }
        break;
      case 'ballooning': {
        const count = teamCounts.get(subject)?.krs ?? 0;
        team(subject).badges.push(badge(finding, `${count} KRs / ${budget.objectivesPerTeam * budget.krsPerObjective} allowed`));
        break;
      }
      case 'silo-team':
        Object.assign(team(subject), { silo: true }).badges.push(badge(finding));
        break;
      case 'silo-objective':
        Object.assign(note(subject), { silo: true }).badges.push(badge(finding));
        break;
      default:
        note(subject).badges.push(badge(finding));
    }
  }

  if (mode === 'ballooning') {
    // Teams within the budget show their count too: the room sees the budget as a scale.
    for (const { teamId, objectives } of analysis.metrics.teams) {
      const decoration = teams.get(teamId);
      if (decoration?.badges.some(({ rule }) => rule === 'over-budget')) continue;
      const label = `${plural(objectives, 'objective')} / ${budget.objectivesPerTeam} allowed`;
      const message = `${plural(objectives, 'objective')}, within the budget of ${budget.objectivesPerTeam}.`;
      team(teamId).badges.unshift({ rule: 'over-budget', severity: 'ok', label, message });
    }
  }

  if (mode === 'silos') {
    const colors = functionColors(board.teams);
    for (const objective of analysis.metrics.objectives) {
      if (objective.functions.length === 0) continue;
      const decoration = note(objective.objectiveId);
      decoration.supporters = objective.functions.map((name) => ({ name, color: colors.get(name) ?? '#8b8d98' }));
      if (objective.crossFunctional) decoration.ring = true;
    }
    for (const { id, function: fn } of board.teams) {
      const color = colors.get(fn);
      if (color) team(id).tint = color;
    }
  }

  return {
    notes: reuseEqual(previous.notes, notes),
    teams: reuseEqual(previous.teams, teams),
    links: reuseEqual(previous.links, links),
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

function upsert<T extends { badges: readonly Badge[] }>(map: Map<string, T>, id: string): Mutable<T> {
  let value = map.get(id);
  if (!value) {
    value = { badges: [] } as unknown as T;
    map.set(id, value);
  }
  return value as Mutable<T>;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function badge(finding: Finding, label = BADGE_LABELS[finding.rule] ?? finding.rule): Badge {
  return { rule: finding.rule, severity: finding.severity, label, message: finding.message };
}

function reuseEqual<T>(previous: ReadonlyMap<string, T>, next: Map<string, T>): ReadonlyMap<string, T> {
  let same = previous.size === next.size;
  for (const [id, value] of next) {
    const old = previous.get(id);
    if (old !== undefined && samePlain(old, value)) next.set(id, old);
    else same = false;
  }
  return same ? previous : next;
}

/** Deep equality of plain data (objects, arrays, primitives): decorations are small. */
export function samePlain(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => samePlain((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
