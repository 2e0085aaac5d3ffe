import { FORMAT_VERSION, DEFAULT_LEVELS, type NoteKind } from '../board/types';
import { BOARD_FILE_FORMAT, type BoardFile, type FileLink, type FileNote, type FileTeam } from '../board/fileSchema';
import { LINK_MEANINGS, type LinkMeaning } from '../board/linkMeaning';
import { parseCsv, type CsvRecord } from './csvFormat';
import { OKR_CSV_COLUMNS, type OkrCsvColumn } from './okrCsv';
import { oneLine } from './okrOutline';

/**
 * Reads the OKR CSV (okrCsv.ts) back into a board file: teams by name, level and
 * function; objectives by team and text; a key result per row; links re-created from
 * "aligned to" and "link meaning" wherever the upper note is found by its text. Columns
 * may come in any order and any letter case; only team, objective and key result are
 * required. Positions are left out for the import to lay out.
 */

export interface CsvImportOptions {
  title: string;
  /** The board's level names, top first; the "level" cells must be among them. */
  levels?: readonly string[];
}

export type CsvImportResult =
  | { ok: true; file: BoardFile; warnings: string[] }
  | { ok: false; error: string; line: number; column?: number };

const REQUIRED: readonly OkrCsvColumn[] = ['team', 'objective', 'key result'];

const MEANINGS = new Map<string, LinkMeaning>(
  Object.entries(LINK_MEANINGS).flatMap(([key, { label }]) => [
    [key.toLowerCase(), key as LinkMeaning],
    [label, key as LinkMeaning],
  ]),
);

class CsvError extends Error {
  constructor(
    readonly line: number,
    readonly column: number | undefined,
    message: string,
  ) {
    super(`line ${line}${column === undefined ? '' : `, column ${column}`}: ${message}`);
  }
}

interface NewNote {
  kind: NoteKind;
  text: string;
  teamId: string | null;
  objectiveId?: string | null;
  author: string;
}

interface PendingLink {
  from: string;
  /** The upper note's kind, or null when the row gave no meaning and either kind will do. */
  upperKind: NoteKind | null;
  upperText: string;
  line: number;
  column: number;
}

/**
 * @example csvToBoardFile('team,objective,key result\r\nSales,Grow revenue,ARR from 10 to 14\r\n', { title: 'Q3' })
 * // { ok: true, file: { format: 'alignboard', version: 1, title: 'Q3', teams: [...], notes: [...], links: [] }, warnings: [] }
 */
export function csvToBoardFile(text: string, options: CsvImportOptions): CsvImportResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const records = parsed.records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  try {
    const [header, ...rows] = records;
    if (!header) throw new CsvError(1, undefined, `the file is empty; expected a header row: ${OKR_CSV_COLUMNS.join(', ')}`);
    return new Builder(options, readHeader(header)).build(rows);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { ok: false, error: error.message, line: error.line, ...(error.column === undefined ? {} : { column: error.column }) };
  }
}

/** Column name -> its 0-based index in each row. */
type Header = Map<OkrCsvColumn, number>;

function readHeader(record: CsvRecord): Header {
  const header: Header = new Map();
  record.fields.forEach((cell, i) => {
    const name = cell.trim().toLowerCase();
    if (name === '') return;
    if (!(OKR_CSV_COLUMNS as readonly string[]).includes(name)) {
      throw new CsvError(record.line, i + 1, `unknown column ${JSON.stringify(cell.trim())}; the columns are ${OKR_CSV_COLUMNS.join(', ')}`);
    }
    if (header.has(name as OkrCsvColumn)) throw new CsvError(record.line, i + 1, `the column "${name}" appears twice`);
    header.set(name as OkrCsvColumn, i);
  });
  for (const column of REQUIRED) {
    if (!header.has(column)) throw new CsvError(record.line, undefined, `missing the "${column}" column`);
  }
  return header;
}

class Builder {
  private readonly levels: readonly string[];
  private readonly teams: FileTeam[] = [];
  private readonly notes: FileNote[] = [];
  private readonly teamIds = new Map<string, string>();
  private readonly objectiveIds = new Map<string, string>();
  private readonly pending: PendingLink[] = [];
  private readonly warnings: string[] = [];
  /** Indexes of the columns the header names: anything elsewhere is a mistake. */
  private readonly named: Set<number>;

  constructor(
    private readonly options: CsvImportOptions,
    private readonly header: Header,
  ) {
    this.levels = options.levels ?? DEFAULT_LEVELS;
    this.named = new Set(header.values());
  }

  build(rows: readonly CsvRecord[]): CsvImportResult {
    for (const record of rows) this.readRow(record);
    const file: BoardFile = {
      format: BOARD_FILE_FORMAT,
      version: FORMAT_VERSION,
      title: this.options.title,
      levels: [...this.levels],
      teams: this.teams,
      notes: this.notes,
      links: this.resolveLinks(),
    };
    return { ok: true, file, warnings: this.warnings };
  }

  private cell(record: CsvRecord, column: OkrCsvColumn): string {
    const index = this.header.get(column);
    return index === undefined ? '' : (record.fields[index] ?? '').trim();
  }

  private columnOf(column: OkrCsvColumn): number {
    return (this.header.get(column) ?? 0) + 1;
  }

  private readRow(record: CsvRecord): void {
    record.fields.forEach((cell, i) => {
      if (cell.trim() !== '' && !this.named.has(i)) {
        throw new CsvError(record.line, i + 1, 'a value in a column with no name in the header row');
      }
    });
    const author = this.cell(record, 'author');
    const teamId = this.team(record);
    const objectiveText = this.cell(record, 'objective');
    const krText = this.cell(record, 'key result');
    let objectiveId: string | null = null;
    if (objectiveText !== '') {
      const key = `${teamId ?? ''}\u0000${objectiveText}`;
      objectiveId = this.objectiveIds.get(key) ?? this.addNote({ kind: 'objective', text: objectiveText, teamId, author });
      this.objectiveIds.set(key, objectiveId);
    }
    const krId = krText === '' ? null : this.addNote({ kind: 'kr', text: krText, teamId, objectiveId, author });
    this.readAlignments(record, objectiveId, krId);
  }

  /** The row's team, made on first sight; null for a row without one. */
  private team(record: CsvRecord): string | null {
    const name = this.cell(record, 'team');
    if (name === '') return null;
    const fn = this.cell(record, 'function');
    const level = this.level(record);
    const key = `${name}\u0000${level}\u0000${fn}`;
    let id = this.teamIds.get(key);
    if (!id) {
      id = `t${this.teams.length + 1}`;
      this.teams.push({ id, name, function: fn, level, parentId: null });
      this.teamIds.set(key, id);
    }
    return id;
  }

  private level(record: CsvRecord): number {
    if (!this.header.has('level')) return 0;
    const name = this.cell(record, 'level');
    const level = this.levels.findIndex((l) => l.toLowerCase() === name.toLowerCase());
    if (level >= 0) return level;
    const known = this.levels.join(', ');
    const message = name === '' ? `the level is empty; expected one of ${known}` : `${JSON.stringify(name)} is not a level of this board (${known})`;
    throw new CsvError(record.line, this.columnOf('level'), message);
  }

  private addNote({ author, ...note }: NewNote): string {
    const id = `n${this.notes.length + 1}`;
    this.notes.push({ id, ...note, ...(author ? { author } : {}) });
    return id;
  }

  private readAlignments(record: CsvRecord, objectiveId: string | null, krId: string | null): void {
    const uppers = lines(this.cell(record, 'aligned to'));
    const meanings = lines(this.cell(record, 'link meaning'));
    const meaningColumn = this.columnOf('link meaning');
    if (meanings.length && meanings.length !== uppers.length) {
      throw new CsvError(record.line, meaningColumn, `${meanings.length} link meanings for ${uppers.length} aligned-to notes; give one per line`);
    }
    uppers.forEach((upperText, i) => {
      const given = meanings[i];
      const meaning = given === undefined ? undefined : MEANINGS.get(oneLine(given).toLowerCase());
      if (given !== undefined && !meaning) {
        const known = Object.values(LINK_MEANINGS).map((m) => m.label).join(', ');
        throw new CsvError(record.line, meaningColumn, `${JSON.stringify(given)} is not a link meaning (${known})`);
      }
      // Without a meaning, the row's key result (else its objective) links to whatever note has the text.
      const lowerKind = meaning ? LINK_MEANINGS[meaning].from : krId ? 'kr' : 'objective';
      const from = lowerKind === 'kr' ? krId : objectiveId;
      if (!from) {
        const message = meaning
          ? `"${LINK_MEANINGS[meaning].label}" links from ${lowerKind === 'kr' ? 'a key result' : 'an objective'}, and this row has none`
          : 'an aligned-to note needs an objective or a key result on its row';
        throw new CsvError(record.line, this.columnOf('aligned to'), message);
      }
      const upperKind = meaning ? LINK_MEANINGS[meaning].to : null;
      this.pending.push({ from, upperKind, upperText, line: record.line, column: this.columnOf('aligned to') });
    });
  }

  /** Links join notes found by text once every row is read: an upper note may come later in the file. */
  private resolveLinks(): FileLink[] {
    const byText = new Map<string, FileNote[]>();
    for (const note of this.notes) {
      const key = oneLine(note.text).toLowerCase();
      const same = byText.get(key);
      if (same) same.push(note);
      else byText.set(key, [note]);
    }
    const links: FileLink[] = [];
    const joined = new Set<string>();
    for (const link of this.pending) {
      const candidates = (byText.get(link.upperText.toLowerCase()) ?? []).filter((n) => n.id !== link.from);
      const upper = link.upperKind
        ? candidates.find((n) => n.kind === link.upperKind)
        : (candidates.find((n) => n.kind === 'objective') ?? candidates.find((n) => n.kind === 'kr'));
      if (!upper) {
        const what = link.upperKind === 'kr' ? 'key result' : link.upperKind === 'objective' ? 'objective' : 'objective or key result';
        this.warnings.push(`line ${link.line}, column ${link.column}: no ${what} reads ${JSON.stringify(link.upperText)}; that link was left out`);
        continue;
      }
      // An objective's links repeat on each of its key results' rows; each makes one link.
      if (joined.has(`${link.from}>${upper.id}`) || joined.has(`${upper.id}>${link.from}`)) continue;
      joined.add(`${link.from}>${upper.id}`);
      links.push({ id: `l${links.length + 1}`, from: link.from, to: upper.id });
    }
    return links;
  }
}

/** A cell's lines, each on one line with whitespace run together, blank ones dropped. */
function lines(cell: string): string[] {
  return cell
    .split(/\r\n|\r|\n/)
    .map(oneLine)
    .filter((l) => l !== '');
}
