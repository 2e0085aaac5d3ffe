import type { BoardIndex } from '../boardIndex';
import type { SupportSets } from '../supportSets';
import { RULES, type Finding, type RuleId } from '../types';
import type { OutputVerbMatcher } from './outputKr';

/** What every rule reads: the indexed board, its support sets, and the output verbs. */
export interface RuleContext {
  index: BoardIndex;
  support: SupportSets;
  verbs: OutputVerbMatcher;
}

export type Rule = (context: RuleContext) => Finding[];

/** A finding with its rule's severity; `ids[0]` is its subject. */
export function finding(rule: RuleId, ids: string[], message: string, suggestion?: string): Finding {
  const out: Finding = { rule, severity: RULES[rule].severity, ids, message };
  if (suggestion !== undefined) out.suggestion = suggestion;
  return out;
}
