/** Frame tints, none of them close to the company's violet, so levels read apart. */
export const FRAME_TINTS = ['#0090ff', '#30a46c', '#f76b15', '#d6409f', '#12a594', '#e5484d', '#ad7f00', '#0d74ce'] as const;

export const COMPANY_TINT = '#5b5bd6';

/**
 * A team frame's colour: its own if set, else one derived from its function so every
 * Sales frame on a board shares a colour.
 */
export function teamTint(color: string, fn: string, level: number): string {
  if (/^#[0-9a-f]{3,8}$/i.test(color)) return color;
  if (level === 0) return COMPANY_TINT;
  let hash = 0;
  for (const char of fn.toLowerCase()) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return FRAME_TINTS[hash % FRAME_TINTS.length]!;
}
