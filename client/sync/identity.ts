/**
 * Who this person is, remembered in localStorage so the name is asked once per browser.
 * Storage can throw (private mode, disabled cookies): then we just forget between visits.
 */

const NAME_KEY = 'alignboard:name';
const COLOR_KEY = 'alignboard:color';

export const PRESENCE_COLORS = [
  '#e5484d',
  '#f76b15',
  '#d6a100',
  '#30a46c',
  '#12a594',
  '#0090ff',
  '#3e63dd',
  '#8e4ec6',
  '#d6409f',
  '#6e56cf',
] as const;

export function storedName(): string {
  try {
    return localStorage.getItem(NAME_KEY)?.trim() ?? '';
  } catch {
    return '';
  }
}

export function rememberName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, name.trim());
  } catch {
    // See the module comment.
  }
}

/** A colour per browser, stable across visits so people recognise each other's cursor. */
export function presenceColor(): string {
  try {
    const stored = localStorage.getItem(COLOR_KEY);
    if (stored) return stored;
    const color = PRESENCE_COLORS[Math.floor(Math.random() * PRESENCE_COLORS.length)]!;
    localStorage.setItem(COLOR_KEY, color);
    return color;
  } catch {
    return PRESENCE_COLORS[0];
  }
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0]![0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]![0] ?? '') : '';
  return (first + last).toUpperCase();
}
