import { analyze } from '../../shared/analysis/analyze';
import { boardFileToJson, serialiseBoardFile } from '../../shared/board/file';
import type { BoardSnapshot } from '../../shared/board/types';
import { EXPORT_FORMATS, exportFilename } from '../../shared/export/filenames';
import { boardToCsv } from '../../shared/export/okrCsv';
import { boardToMarkdown } from '../../shared/export/okrMarkdown';
import { workshopReport } from '../../shared/export/report';

/** The formats the server renders; PNG and SVG are drawn by the client from the live canvas. */
export const SERVER_EXPORT_FORMATS = ['json', 'csv', 'md', 'report'] as const;
export type ServerExportFormat = (typeof SERVER_EXPORT_FORMATS)[number];

export function isServerExportFormat(value: unknown): value is ServerExportFormat {
  return (SERVER_EXPORT_FORMATS as readonly unknown[]).includes(value);
}

export interface ExportContext {
  now: Date;
  /** Titles of the script steps the workshop reached, for the report. */
  steps?: readonly string[];
  /** A qualifier for the filename, e.g. the snapshot's name. */
  qualifier?: string;
}

export interface RenderedExport {
  body: string;
  contentType: string;
  filename: string;
}

/** One board in one file format, with its download name. */
export function renderExport(board: BoardSnapshot, format: ServerExportFormat, context: ExportContext): RenderedExport {
  const body = {
    json: () => boardFileToJson(serialiseBoardFile(board)),
    csv: () => boardToCsv(board),
    md: () => boardToMarkdown(board),
    report: () =>
      workshopReport({
        board,
        date: context.now,
        steps: context.steps,
        participants: participantsOf(board),
        analysis: analyze(board),
      }),
  }[format]();
  return {
    body,
    contentType: EXPORT_FORMATS[format].contentType,
    filename: exportFilename(board.meta.title, format, context.now, context.qualifier),
  };
}

/** Everyone who wrote a note, in alphabetical order. */
function participantsOf(board: BoardSnapshot): string[] {
  return [...new Set(board.notes.map((note) => note.author).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
