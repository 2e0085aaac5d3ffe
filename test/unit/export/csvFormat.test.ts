import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from '../../../shared/export/csvFormat';

function records(text: string) {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.error);
  return result.records;
}

describe('formatCsv', () => {
  it('writes plain fields as they are, records ending in CRLF', () => {
    expect(formatCsv([['team', 'objective'], ['Sales', 'Grow revenue']])).toBe('team,objective\r\nSales,Grow revenue\r\n');
  });

  it('quotes a field holding a comma, a quote or a line break, doubling its quotes', () => {
    expect(formatCsv([['a,b', 'say "hi"', 'two\nlines', 'cr\r']])).toBe('"a,b","say ""hi""","two\nlines","cr\r"\r\n');
  });
});

describe('parseCsv', () => {
  it('reads back whatever formatCsv wrote', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\r', '\n', 'é', '€', '😀') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 6 }), (rows) => {
        expect(records(formatCsv(rows)).map((r) => r.fields)).toEqual(rows);
      }),
    );
  });

  it('reads commas, line breaks and doubled quotes inside quoted fields', () => {
    expect(records('"Grow, fast","He said ""go""","line one\r\nline two"\r\n').map((r) => r.fields)).toEqual([
      ['Grow, fast', 'He said "go"', 'line one\r\nline two'],
    ]);
  });

  it('takes LF and CR line ends, a missing last line end and a byte-order mark', () => {
    expect(records('\uFEFFa,b\nc,d\re,f').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('keeps empty fields, a quoted empty field included', () => {
    expect(records(',"",x\r\n""\r\n').map((r) => r.fields)).toEqual([['', '', 'x'], ['']]);
  });

  it('numbers each record by the line it starts on', () => {
    expect(records('h\r\n"a\r\nb"\r\nc\r\n').map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('reads nothing from an empty text', () => {
    expect(records('')).toEqual([]);
  });

  it('names the line a quote was opened on and never closed', () => {
    expect(parseCsv('a,b\r\nc,"d\r\ne,f\r\n')).toEqual({ ok: false, line: 2, error: 'line 2: unclosed quote' });
  });

  it('refuses text after a closing quote, counting lines inside quoted fields', () => {
    expect(parseCsv('a\r\n"multi\nline"x,y\r\n')).toEqual({
      ok: false,
      line: 3,
      error: 'line 3: unexpected "x" after a closing quote (a quote inside a quoted field is written "")',
    });
  });

  it('refuses a quote inside an unquoted field', () => {
    expect(parseCsv('a,b\nc,5" screen\n')).toEqual({
      ok: false,
      line: 2,
      error: 'line 2: a quote inside an unquoted field; quote the whole field and double the quote ("")',
    });
  });
});
