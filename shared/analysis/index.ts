export * from './types';
export { analyze, RULE_FUNCTIONS, type AnalyzeOptions } from './analyze';
export { cascadeFix } from './cascadeFix';
export { cascadeProjection } from './cascadeProjection';
export { OUTPUT_VERBS } from './outputVerbs';
export { outputKrReason, outputVerbMatcher, OUTCOME_REWRITE, type OutputKrReason } from './rules/outputKr';
