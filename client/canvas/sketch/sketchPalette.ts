import type { NoteKind } from '../../../shared/board';
import type { Badge } from '../../overlay/decorations';

/**
 * The sketch's colours: the same as the full-detail CSS (canvas.css, overlay.css), so
 * nothing changes colour when the zoom crosses from one to the other. A canvas cannot
 * read CSS variables or color-mix(), hence the copies and `mix` below.
 */
export interface NoteColors {
  /** --note-bg */
  body: string;
  /** --note-edge */
  edge: string;
  /** --note-tag-bg: the tag pill and the kind band. */
  tag: string;
  /** Where the kind band sits: objectives along the top, key results down the left. */
  band: 'top' | 'left' | null;
}

export const NOTE_COLORS: Record<NoteKind, NoteColors> = {
  objective: { body: '#fff1a8', edge: '#ecd05a', tag: '#f5c518', band: 'top' },
  kr: { body: '#e3f1ff', edge: '#a8d1f7', tag: '#0b7ad1', band: 'left' },
  idea: { body: '#ffe4ef', edge: '#f6b4cf', tag: '#f4c2d7', band: null },
};

export const ACCENT = '#5b5bd6';
export const OK = '#30a46c';
const WARN = '#e5484d';
/** A cascade link brought forward by the alignment overlay (.link-path--emphasised). */
export const CASCADE_EMPHASIS = '#c4262b';
/** Spotlight: what it leaves out fades to this (.is-dimmed). */
export const DIMMED_ALPHA = 0.18;
export const FONT = "Inter, 'Segoe UI', system-ui, -apple-system, Roboto, 'Helvetica Neue', 'Liberation Sans', Arial, sans-serif";

const SEVERITY_COLORS: Record<Badge['severity'], string> = { problem: WARN, warning: '#d6a100', info: '#0b7ad1', ok: '#8b8d98' };
const SEVERITY_RANK: Record<Badge['severity'], number> = { problem: 3, warning: 2, info: 1, ok: 0 };

/** A badge pill's look by severity (.overlay-badge--*). */
export const BADGE_LOOKS: Record<Badge['severity'], { fill: string; edge: string; ink: string }> = {
  problem: { fill: WARN, edge: WARN, ink: '#ffffff' },
  warning: { fill: '#fff4d6', edge: '#d6a100', ink: '#6b4f00' },
  info: { fill: '#e6f4fe', edge: '#8ec8f6', ink: '#0b5cad' },
  ok: { fill: '#ffffff', edge: '#cdced6', ink: '#60646c' },
};

/** The most severe of a note's or frame's badges, or null for none. */
export function worstBadge(badges: readonly Badge[]): Badge | null {
  let worst: Badge | null = null;
  for (const badge of badges) if (!worst || SEVERITY_RANK[badge.severity] > SEVERITY_RANK[worst.severity]) worst = badge;
  return worst;
}

/** The dot a finding leaves on something too small for its badge; none for counts within the budget. */
export function severityDot(badges: readonly Badge[]): string | null {
  const worst = worstBadge(badges);
  return worst && worst.severity !== 'ok' ? SEVERITY_COLORS[worst.severity] : null;
}

/**
 * color-mix(in srgb, `color` `share`, `other`) for hex colours, as an rgb() string;
 * `other` 'transparent' gives the colour at that opacity.
 *
 * @example mix('#5b5bd6', 0.4, '#ffffff') // 'rgb(189, 189, 239)'
 */
export function mix(color: string, share: number, other: string): string {
  const [r, g, b] = rgb(color);
  if (other === 'transparent') return `rgba(${r}, ${g}, ${b}, ${share})`;
  const [r2, g2, b2] = rgb(other);
  const blend = (a: number, c: number) => Math.round(a * share + c * (1 - share));
  return `rgb(${blend(r, r2)}, ${blend(g, g2)}, ${blend(b, b2)})`;
}

function rgb(hex: string): [number, number, number] {
  let digits = hex.replace('#', '');
  if (digits.length === 3 || digits.length === 4) digits = [...digits.slice(0, 3)].map((d) => d + d).join('');
  const value = Number.parseInt(digits.slice(0, 6), 16);
  return Number.isNaN(value) ? [139, 141, 152] : [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
