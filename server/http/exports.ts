import { analyze } from '../../shared/analysis/analyze';
import { snapshotBoard } from '../../shared/board/snapshot';
import { isServerExportFormat, renderExport, SERVER_EXPORT_FORMATS, type ExportContext } from '../boards/exports';
import type { SnapshotDeps } from '../boards/snapshots';
import { authorize } from './boards';
import { HttpError, sendDownload, sendJson } from './respond';
import type { RouteContext, Router } from './router';
import { findSnapshot } from './snapshots';
import { withTransientDoc } from '../sync/transientDoc';

export interface ExportRouteDeps extends SnapshotDeps {
  /** Step titles the workshop reached, for the report (the facilitator script knows them). */
  stepsReached?: (boardId: string) => readonly string[] | undefined;
}

/** Downloads in every server-rendered format, of the live board or of a snapshot, for any role. */
export function exportRoutes(router: Router, deps: ExportRouteDeps): void {
  router.add('GET', '/api/boards/:id/export', (ctx) => {
    const { board } = authorize(ctx, deps.store);
    const snapshot = deps.rooms.readDoc(board.id, snapshotBoard);
    send(ctx, snapshot, { now: new Date(), steps: deps.stepsReached?.(board.id) });
  });

  router.add('GET', '/api/boards/:id/snapshots/:sid/export', (ctx) => {
    const { record, state } = findSnapshot(ctx, deps);
    send(ctx, withTransientDoc([state], snapshotBoard), { now: new Date(record.createdAt), qualifier: record.name });
  });

  router.add('GET', '/api/boards/:id/analysis', (ctx) => {
    const { board } = authorize(ctx, deps.store);
    sendJson(ctx.res, 200, analyze(deps.rooms.readDoc(board.id, snapshotBoard)));
  });
}

function send(ctx: RouteContext, snapshot: ReturnType<typeof snapshotBoard>, context: ExportContext): void {
  const format = ctx.url.searchParams.get('format');
  if (!isServerExportFormat(format)) {
    throw new HttpError(400, `format must be one of ${SERVER_EXPORT_FORMATS.join(', ')}.`, 'format');
  }
  const { body, contentType, filename } = renderExport(snapshot, format, context);
  sendDownload(ctx.res, contentType, filename, body);
}
