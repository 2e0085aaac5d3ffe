/** The most a budget field takes: a focus budget far above this is no budget at all. */
export const MAX_BUDGET = 50;

/** A budget field's text as a whole number from 1 to MAX_BUDGET, or null. */
export function parseBudgetCount(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= MAX_BUDGET ? value : null;
}
