/**
 * Download names and content types per export format, e.g. `q3-planning-2026-11-23.csv`.
 * Names are plain ASCII so a server can put them in Content-Disposition as they are.
 */

export const EXPORT_FORMATS = {
  json: { extension: 'json', label: '', contentType: 'application/json; charset=utf-8' },
  csv: { extension: 'csv', label: '', contentType: 'text/csv; charset=utf-8' },
  md: { extension: 'md', label: 'okrs', contentType: 'text/markdown; charset=utf-8' },
  report: { extension: 'md', label: 'report', contentType: 'text/markdown; charset=utf-8' },
  png: { extension: 'png', label: '', contentType: 'image/png' },
  svg: { extension: 'svg', label: '', contentType: 'image/svg+xml' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && Object.hasOwn(EXPORT_FORMATS, value);
}

const MAX_SLUG = 60;

/**
 * Lower case ASCII words joined by dashes; accents dropped, anything else a separator.
 *
 * @example slugify('Q3 Planning: Café & Growth!') // 'q3-planning-cafe-growth'
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
}

/** The UTC calendar date, YYYY-MM-DD. */
export function exportDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * @param qualifier e.g. a snapshot's name, placed after the title.
 * @example exportFilename('Q3 planning', 'report', new Date('2026-11-23T10:00:00Z'))
 * // 'q3-planning-report-2026-11-23.md'
 */
export function exportFilename(title: string, format: ExportFormat, date: Date, qualifier?: string): string {
  const { extension, label } = EXPORT_FORMATS[format];
  const parts = [slugify(title) || 'board', qualifier ? slugify(qualifier) : '', label, exportDate(date)];
  return `${parts.filter(Boolean).join('-')}.${extension}`;
}
