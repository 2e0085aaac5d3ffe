import type { Note } from '../../board/types';
import type { Finding } from '../types';
import { quoteNote } from '../wording';
import { finding, type Rule } from './rule';

export interface OutputVerbMatcher {
  /** The output verb a text starts with, or null. */
  leadingVerb(text: string): string | null;
}

const matchers = new WeakMap<readonly string[], OutputVerbMatcher>();

/**
 * A matcher for a verb list (multi-word verbs like "set up" included), compiled once per
 * list into one regular expression: thousands of key results are checked per analysis.
 */
export function outputVerbMatcher(verbs: readonly string[]): OutputVerbMatcher {
  let matcher = matchers.get(verbs);
  if (matcher) return matcher;
  const phrases = [...new Set(verbs.map((verb) => verb.trim().toLowerCase().replace(/\s+/g, ' ')))]
    .filter(Boolean)
    // Longest first, so "set up" wins over a plain "set".
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.split(' ').map(escapeRegExp).join('\\s+'));
  // Leading bullets and punctuation are skipped; the verb must end at a word boundary.
  const pattern = phrases.length ? new RegExp(`^[^\\p{L}\\p{N}]*(${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'iu') : null;
  matcher = {
    leadingVerb(text) {
      const match = pattern?.exec(text);
      return match ? match[1]!.toLowerCase().replace(/\s+/g, ' ') : null;
    },
  };
  matchers.set(verbs, matcher);
  return matcher;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const DIGIT = /\d/;
const FROM_TO = /\bfrom\b.+\bto\b/i;
const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|million|billion|double|triple|halve|half|twice|percent)\b/i;

export type OutputKrReason = { kind: 'verb'; verb: string } | { kind: 'unmeasured' };

/**
 * Why a key result reads like a task, or null when it reads like an outcome. A task
 * starts with an output verb, or has nothing to measure by: no number (digits or a
 * number word), no percentage, no "from X to Y", and no metric target. An empty key
 * result is still being written and gets no hint.
 *
 * @example outputKrReason(kr('Launch a new careers page'), matcher) // { kind: 'verb', verb: 'launch' }
 */
export function outputKrReason(kr: Note, verbs: OutputVerbMatcher): OutputKrReason | null {
  const text = kr.text.trim();
  if (text === '') return null;
  const verb = verbs.leadingVerb(text);
  if (verb) return { kind: 'verb', verb };
  const measured =
    kr.metric?.target !== undefined || DIGIT.test(text) || FROM_TO.test(text) || NUMBER_WORD.test(text);
  return measured ? null : { kind: 'unmeasured' };
}

export const OUTCOME_REWRITE = `Describe the change it should cause: "Increase <metric> from X to Y".`;

/** output-kr: a key result that reads like a task, with an outcome rewrite pattern. */
export const outputKr: Rule = ({ index, verbs }) => {
  const findings: Finding[] = [];
  for (const p of index.krs) {
    const kr = index.notes[p]!;
    const reason = outputKrReason(kr, verbs);
    if (!reason) continue;
    const why =
      reason.kind === 'verb' ? `reads like a task: it starts with "${reason.verb}".` : 'has no number to measure it by.';
    findings.push(finding('output-kr', [kr.id], `Key result ${quoteNote(kr)} ${why}`, OUTCOME_REWRITE));
  }
  return findings;
};
