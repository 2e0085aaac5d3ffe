import { exportFilename, type ExportFormat } from '../../shared/export/filenames';
import type { SnapshotInfo } from '../../shared/protocol/api';

/**
 * The export menu as data: what can be downloaded, from where, under which name. A live
 * board and a snapshot offer the same choices; a snapshot's files come from its own
 * export URL and carry its name and time, as the server names them.
 */

export type ImageFormat = Extract<ExportFormat, 'png' | 'svg'>;
export type FileFormat = Exclude<ExportFormat, ImageFormat>;

export type ExportChoice =
  | { id: string; kind: 'image'; format: ImageFormat; overlay: boolean; label: string; hint: string }
  | { id: string; kind: 'file'; format: FileFormat; label: string; hint: string };

export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { id: 'png', kind: 'image', format: 'png', overlay: true, label: 'PNG image', hint: 'The whole board, sharp at 2x, as on screen' },
  { id: 'png-plain', kind: 'image', format: 'png', overlay: false, label: 'PNG image without overlay', hint: 'Notes, links and frames only' },
  { id: 'svg', kind: 'image', format: 'svg', overlay: true, label: 'SVG image', hint: 'Vector, for slides and print' },
  { id: 'svg-plain', kind: 'image', format: 'svg', overlay: false, label: 'SVG image without overlay', hint: 'Vector, notes, links and frames only' },
  { id: 'json', kind: 'file', format: 'json', label: 'Board file (JSON)', hint: 'Re-import it into Alignboard' },
  { id: 'csv', kind: 'file', format: 'csv', label: 'OKR list (CSV)', hint: 'One row per key result, for spreadsheets and OKR tools' },
  { id: 'md', kind: 'file', format: 'md', label: 'OKR list (Markdown)', hint: 'Grouped by level and team, for a wiki' },
  { id: 'report', kind: 'file', format: 'report', label: 'Workshop report (Markdown)', hint: 'Steps, participants, OKRs and findings' },
];

export interface ExportSource {
  boardId: string;
  key: string;
  /** The board's title, for image file names. */
  title: string;
  snapshot?: SnapshotInfo;
}

export function serverExportUrl(source: ExportSource, format: FileFormat): string {
  const board = `/api/boards/${encodeURIComponent(source.boardId)}`;
  const path = source.snapshot ? `${board}/snapshots/${encodeURIComponent(source.snapshot.id)}` : board;
  return `${path}/export?format=${format}&key=${encodeURIComponent(source.key)}`;
}

/**
 * An image's download name: the same pattern as the server's files, with `plain` for a
 * picture without the overlay.
 *
 * @example imageFilename({ boardId: 'b', key: 'k', title: 'Q3' }, 'png', false, new Date('2026-11-23'))
 * // 'q3-plain-2026-11-23.png'
 */
export function imageFilename(source: ExportSource, format: ImageFormat, overlay: boolean, now: Date): string {
  const date = source.snapshot ? new Date(source.snapshot.createdAt) : now;
  const qualifier = [source.snapshot?.name, overlay ? '' : 'plain'].filter(Boolean).join(' ');
  return exportFilename(source.title, format, date, qualifier || undefined);
}

/** The name to save a server file under if its response names none. */
export function fallbackFilename(source: ExportSource, format: FileFormat, now: Date): string {
  const date = source.snapshot ? new Date(source.snapshot.createdAt) : now;
  return exportFilename(source.title, format, date, source.snapshot?.name);
}
