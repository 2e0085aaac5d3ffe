/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, a field holding
 * a comma, quote or line break quoted with its quotes doubled. The parser also takes LF
 * and CR line ends and a leading byte-order mark, as spreadsheets save them, but refuses
 * stray quotes rather than guess what they meant.
 */

const NEEDS_QUOTES = /[",\r\n]/;

export function formatCsvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Records joined by CRLF, the last one ending in CRLF too. */
export function formatCsv(records: readonly (readonly string[])[]): string {
  return records.map((record) => `${record.map(formatCsvField).join(',')}\r\n`).join('');
}

export interface CsvRecord {
  /** The 1-based line the record starts on; a quoted line break makes a record span lines. */
  line: number;
  fields: string[];
}

export type CsvParseResult = { ok: true; records: CsvRecord[] } | { ok: false; error: string; line: number };

/**
 * @example parseCsv('a,"b ""c"""\r\n') // { ok: true, records: [{ line: 1, fields: ['a', 'b "c"'] }] }
 * @example parseCsv('a,"b\n') // { ok: false, line: 1, error: 'line 1: unclosed quote' }
 */
export function parseCsv(text: string): CsvParseResult {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const fail = (line: number, message: string): CsvParseResult => ({ ok: false, line, error: `line ${line}: ${message}` });
  let line = 1;
  let i = 0;
  // Slices between delimiters rather than a character at a time: a 50 MB upload stays quick.
  while (i < input.length) {
    const record: CsvRecord = { line, fields: [] };
    records.push(record);
    for (;;) {
      let field: string;
      if (input[i] === '"') {
        const opened = line;
        field = '';
        let from = i + 1;
        for (;;) {
          const quote = input.indexOf('"', from);
          if (quote < 0) return fail(opened, 'unclosed quote');
          field += input.slice(from, quote);
          if (input[quote + 1] !== '"') {
            i = quote + 1;
            break;
          }
          field += '"';
          from = quote + 2;
        }
        line += lineBreaks(field);
        const next = input[i];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          return fail(line, `unexpected ${JSON.stringify(next)} after a closing quote (a quote inside a quoted field is written "")`);
        }
      } else {
        UNQUOTED.lastIndex = i;
        UNQUOTED.test(input);
        field = input.slice(i, UNQUOTED.lastIndex);
        i = UNQUOTED.lastIndex;
        if (input[i] === '"') return fail(line, 'a quote inside an unquoted field; quote the whole field and double the quote ("")');
      }
      record.fields.push(field);
      if (input[i] !== ',') break;
      i++;
    }
    // At a line end or the end of the text.
    if (i < input.length) {
      i += input[i] === '\r' && input[i + 1] === '\n' ? 2 : 1;
      line++;
    }
  }
  return { ok: true, records };
}

const UNQUOTED = /[^",\r\n]*/y;

function lineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}
