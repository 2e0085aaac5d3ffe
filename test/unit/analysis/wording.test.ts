import { describe, expect, it } from 'vitest';
import type { Note } from '../../../shared/board/types';
import { quoteNote } from '../../../shared/analysis/wording';

const note = (text: string): Note => ({ id: 'n', kind: 'kr', text, teamId: null, objectiveId: null, x: 0, y: 0, author: '', createdAt: 0, extra: {} });

describe('quoteNote', () => {
  it('quotes a short note as written', () => {
    expect(quoteNote(note('Raise NPS from 32 to 45'))).toBe('"Raise NPS from 32 to 45"');
  });

  it('puts a note typed over several lines on one', () => {
    expect(quoteNote(note('  Raise NPS\nfrom 32\t to 45 '))).toBe('"Raise NPS from 32 to 45"');
  });

  it('cuts a long note at a word boundary', () => {
    expect(quoteNote(note('Increase the share of customers who renew their contract early from 10% to 25%'))).toBe(
      '"Increase the share of customers who renew their…"',
    );
  });

  it('names an empty note as untitled', () => {
    expect(quoteNote(note(' \n '))).toBe('(untitled)');
  });
});
