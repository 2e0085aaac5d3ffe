import { describe, expect, it } from 'vitest';
import { exportFilename, isExportFormat, slugify } from '../../../shared/export/filenames';

const date = new Date('2026-11-23T23:59:00Z');

describe('exportFilename', () => {
  it('names a download after the board title and the date', () => {
    expect(exportFilename('Q3 planning', 'csv', date)).toBe('q3-planning-2026-11-23.csv');
    expect(exportFilename('Q3 planning', 'json', date)).toBe('q3-planning-2026-11-23.json');
    expect(exportFilename('Q3 planning', 'png', date)).toBe('q3-planning-2026-11-23.png');
  });

  it('tells the OKR list from the report, both Markdown', () => {
    expect(exportFilename('Q3 planning', 'md', date)).toBe('q3-planning-okrs-2026-11-23.md');
    expect(exportFilename('Q3 planning', 'report', date)).toBe('q3-planning-report-2026-11-23.md');
  });

  it('puts a snapshot’s name after the title', () => {
    expect(exportFilename('Q3 planning', 'svg', date, 'After localize')).toBe('q3-planning-after-localize-2026-11-23.svg');
  });

  it('falls back to "board" for a title with no Latin letters or digits', () => {
    expect(exportFilename('計画', 'csv', date)).toBe('board-2026-11-23.csv');
  });
});

describe('slugify', () => {
  it('drops accents and punctuation and cuts long titles', () => {
    expect(slugify('  Café: Growth & Hiring! ')).toBe('cafe-growth-hiring');
    expect(slugify('x'.repeat(100))).toHaveLength(60);
  });
});

describe('isExportFormat', () => {
  it('accepts the formats and nothing else', () => {
    expect(['json', 'csv', 'md', 'report', 'png', 'svg'].every(isExportFormat)).toBe(true);
    expect(isExportFormat('pdf')).toBe(false);
    expect(isExportFormat('toString')).toBe(false);
  });
});
