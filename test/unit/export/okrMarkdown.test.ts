import { describe, expect, it } from 'vitest';
import { boardToMarkdown } from '../../../shared/export/okrMarkdown';
import { markdownText } from '../../../shared/export/markdownText';
import { sampleBoard } from './sampleBoard';

describe('boardToMarkdown', () => {
  it('lists the OKRs by level and team, key results nested under objectives, with their alignment', () => {
    expect(boardToMarkdown(sampleBoard())).toBe(
      [
        '# Q3 planning: OKRs',
        '',
        '## Company',
        '',
        '### Leadership (Company)',
        '',
        '- **Grow revenue**',
        '  - Increase ARR from $10M to $14M',
        '  - Win 20 new enterprise customers',
        '',
        '## Department',
        '',
        '### People (HR)',
        '',
        '- **Hire the sales team we need**: localizes _Grow revenue_ (Leadership)',
        '  - Increase sales hires from 4 to 10: contributes to _Grow revenue_ (Leadership)',
        '  - Decrease time to offer from 30 to 14 days',
        '',
        '### Sales',
        '',
        '- **Grow revenue, in the mid-market**: cascades from _Win 20 new enterprise customers_ (Leadership)',
        '- _Key results without an objective_',
        '  - Launch the partner page: copies down _Increase ARR from $10M to $14M_ (Leadership)',
        '',
        '## Team',
        '',
        '### Platform (Product)',
        '',
        '_No objectives yet._',
        '',
        '## Not in a team',
        '',
        '- **Be a great place to work**',
        '',
      ].join('\n'),
    );
  });

  it('says so when the board has no objectives', () => {
    const board = sampleBoard();
    board.notes = board.notes.filter((n) => n.kind === 'idea');
    expect(boardToMarkdown(board)).toBe('# Q3 planning: OKRs\n\n_No objectives yet._\n');
  });

  it('keeps a note’s text from turning into Markdown', () => {
    const board = sampleBoard();
    board.notes.find((n) => n.id === 'k1')!.text = '-5% *churn* in [EU] | <b>';
    expect(boardToMarkdown(board)).toContain('  - \\-5% \\*churn\\* in \\[EU\\] \\| \\<b\\>\n');
  });
});

describe('markdownText', () => {
  it('puts a multi-line note on one line', () => {
    expect(markdownText('  Decrease time\n\nto offer ')).toBe('Decrease time to offer');
  });

  it('keeps a leading number from starting an ordered list', () => {
    expect(markdownText('3. Hire three people')).toBe('3\\. Hire three people');
  });

  it('escapes headings, code and strike-through marks', () => {
    expect(markdownText('#1 `ship` ~~it~~ a_b')).toBe('\\#1 \\`ship\\` \\~\\~it\\~\\~ a\\_b');
  });
});
