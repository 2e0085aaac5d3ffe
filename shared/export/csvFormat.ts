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
  let fields: string[] = [];
  let field = '';
  // Whether the current record has begun: a lone "" on the last line is a record too.
  let started = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const fail = (at: number, message: string): CsvParseResult => ({ ok: false, line: at, error: `line ${at}: ${message}` });

  while (i < input.length) {
    const ch = input[i]!;
    if (ch === '"' && field === '') {
      const opened = line;
      i++;
      for (;;) {
        if (i >= input.length) return fail(opened, 'unclosed quote');
        const c = input[i]!;
        if (c === '"' && input[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (c === '"') {
          i++;
          break;
        } else {
          if (c === '\n' || (c === '\r' && input[i + 1] !== '\n')) line++;
          field += c;
          i++;
        }
      }
      const next = input[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        return fail(line, `unexpected ${JSON.stringify(next)} after a closing quote (a quote inside a quoted field is written "")`);
      }
      started = true;
    } else if (ch === '"') {
      return fail(line, 'a quote inside an unquoted field; quote the whole field and double the quote ("")');
    } else if (ch === ',') {
      fields.push(field);
      field = '';
      started = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      records.push({ line: recordLine, fields: [...fields, field] });
      fields = [];
      field = '';
      started = false;
      i += ch === '\r' && input[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += ch;
      started = true;
      i++;
    }
  }
  if (started) records.push({ line: recordLine, fields: [...fields, field] });
  return { ok: true, records };
}
