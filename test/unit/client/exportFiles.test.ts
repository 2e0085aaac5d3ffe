import { describe, expect, it } from 'vitest';
import { filenameFromDisposition } from '../../../client/export/download';
import { EXPORT_CHOICES, fallbackFilename, imageFilename, serverExportUrl } from '../../../client/export/exportChoices';
import { importRequest } from '../../../client/export/importFile';

const live = { boardId: 'b 1', key: 'k/1', title: 'Q3 planning' };
const snapshot = { ...live, snapshot: { id: 's1', name: 'After focus check', createdAt: Date.UTC(2026, 10, 20, 9), auto: false } };
const today = new Date(Date.UTC(2026, 10, 23, 12));

describe('the export menu', () => {
  it('offers every format of the spec: PNG and SVG with and without overlay, JSON, CSV, Markdown and the report', () => {
    expect(EXPORT_CHOICES.map((choice) => choice.id)).toEqual(['png', 'png-plain', 'svg', 'svg-plain', 'json', 'csv', 'md', 'report']);
  });

  it('asks the live board or the snapshot for server files, with the key', () => {
    expect(serverExportUrl(live, 'csv')).toBe('/api/boards/b%201/export?format=csv&key=k%2F1');
    expect(serverExportUrl(snapshot, 'report')).toBe('/api/boards/b%201/snapshots/s1/export?format=report&key=k%2F1');
  });

  it('names images like the server names files: today for the board, the name and time of a snapshot', () => {
    expect(imageFilename(live, 'png', true, today)).toBe('q3-planning-2026-11-23.png');
    expect(imageFilename(live, 'svg', false, today)).toBe('q3-planning-plain-2026-11-23.svg');
    expect(imageFilename(snapshot, 'png', false, today)).toBe('q3-planning-after-focus-check-plain-2026-11-20.png');
    expect(fallbackFilename(snapshot, 'md', today)).toBe('q3-planning-after-focus-check-okrs-2026-11-20.md');
  });
});

describe('the file name of a server download', () => {
  it('comes from Content-Disposition, quoted, bare or RFC 5987 encoded', () => {
    expect(filenameFromDisposition('attachment; filename="q3-okrs-2026-11-23.md"')).toBe('q3-okrs-2026-11-23.md');
    expect(filenameFromDisposition('attachment; filename=q3.csv')).toBe('q3.csv');
    expect(filenameFromDisposition("attachment; filename*=UTF-8''caf%C3%A9.json; filename=\"cafe.json\"")).toBe('café.json');
    expect(filenameFromDisposition('attachment')).toBeNull();
    expect(filenameFromDisposition(null)).toBeNull();
  });
});

describe('importing a file', () => {
  it('sends a board file as parsed JSON and a CSV as text, with a title only when one is given', () => {
    expect(importRequest('q3.json', '{"format":"alignboard"}')).toEqual({ ok: true, body: { board: { format: 'alignboard' } } });
    expect(importRequest('okrs.CSV', 'team,objective', '  Next quarter ')).toEqual({ ok: true, body: { csv: 'team,objective', title: 'Next quarter' } });
  });

  it('tells a JSON file from a CSV by its first character when the name has no extension', () => {
    expect(importRequest('export', '  {"a":1}')).toEqual({ ok: true, body: { board: { a: 1 } } });
    expect(importRequest('export', 'team,objective')).toEqual({ ok: true, body: { csv: 'team,objective' } });
  });

  it('says a broken JSON file is not JSON, and refuses other kinds of file', () => {
    const broken = importRequest('q3.json', '{"format": "alignb');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.error).toMatch(/^q3\.json is not valid JSON/);
    const other = importRequest('slides.pptx', 'PK');
    expect(!other.ok && other.error).toMatch(/neither a board file \(\.json\) nor an OKR list \(\.csv\)/);
  });
});
