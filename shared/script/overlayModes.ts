import type { RuleId } from '../analysis/types';

/**
 * What the overlay draws, and which findings each mode brings forward. A script step
 * switches the whole room to one; everyone can switch their own view too.
 */
export const OVERLAY_MODES = {
  off: { title: 'Off', hint: 'The board as written, no findings.', rules: [] },
  alignment: {
    title: 'Alignment',
    hint: 'What each link means: localizes, cascades, copies down, contributes. Cascades in warning colour.',
    rules: ['cascade-link', 'orphan-objective', 'loose-kr'],
  },
  silos: {
    title: 'Silos',
    hint: 'Which functions support each objective; single-function objectives and teams that reach no shared priority.',
    rules: ['silo-objective', 'silo-team', 'unsupported-objective'],
  },
  ballooning: {
    title: 'Ballooning',
    hint: 'Teams over their focus budget, beside the key results cascading would have piled on them.',
    rules: ['ballooning', 'over-budget'],
  },
  'kr-quality': {
    title: 'KR quality',
    hint: 'Key results that read like tasks, with an outcome rewrite.',
    rules: ['output-kr', 'loose-kr'],
  },
} as const satisfies Record<string, { title: string; hint: string; rules: readonly RuleId[] }>;

export type OverlayMode = keyof typeof OVERLAY_MODES;

/** The modes in switch order, as a tuple for `z.enum`. */
export const OVERLAY_MODE_IDS = Object.keys(OVERLAY_MODES) as [OverlayMode, ...OverlayMode[]];

