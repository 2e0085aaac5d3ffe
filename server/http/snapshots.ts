import type { CreateBoardResponse, SnapshotListResponse } from '../../shared/protocol/api';
import { ROLE_PERMISSIONS } from '../../shared/protocol/roles';
import { linksOf } from '../boards/access';
import { restoreSnapshot, takeSnapshot, toInfo, type SnapshotDeps } from '../boards/snapshots';
import { authorize } from './boards';
import { HttpError, readJson, sendJson } from './respond';
import type { RouteContext, Router } from './router';

export function snapshotRoutes(router: Router, deps: SnapshotDeps): void {
  router.add('GET', '/api/boards/:id/snapshots', (ctx) => {
    const { board } = authorize(ctx, deps.store);
    const body: SnapshotListResponse = { snapshots: deps.store.listSnapshots(board.id).map(toInfo) };
    sendJson(ctx.res, 200, body);
  });

  router.add('POST', '/api/boards/:id/snapshots', async (ctx) => {
    const { board, role } = authorize(ctx, deps.store);
    if (!ROLE_PERMISSIONS[role].control) throw new HttpError(403, 'Only the facilitator can take snapshots.');
    const { name } = (await readJson(ctx.req, 64 * 1024)) as { name?: unknown };
    if (name !== undefined && typeof name !== 'string') throw new HttpError(400, 'name must be a string.', 'name');
    sendJson(ctx.res, 201, takeSnapshot(deps, board.id, name ?? '', false));
  });

  router.add('GET', '/api/boards/:id/snapshots/:sid', (ctx) => {
    sendJson(ctx.res, 200, toInfo(findSnapshot(ctx, deps).record));
  });

  router.add('GET', '/api/boards/:id/snapshots/:sid/state', (ctx) => {
    const { state } = findSnapshot(ctx, deps);
    ctx.res.writeHead(200, { 'content-type': 'application/octet-stream', 'cache-control': 'private, max-age=3600' });
    ctx.res.end(state);
  });

  router.add('POST', '/api/boards/:id/snapshots/:sid/restore', (ctx) => {
    const { record, state } = findSnapshot(ctx, deps);
    const { board, title } = restoreSnapshot(deps.store, state, record.name);
    const body: CreateBoardResponse = { id: board.id, title, links: linksOf(board) };
    sendJson(ctx.res, 201, body);
  });
}

/** The snapshot named in the path, readable by any role of its board. */
export function findSnapshot(ctx: RouteContext, deps: SnapshotDeps) {
  const { board } = authorize(ctx, deps.store);
  const found = deps.store.getSnapshot(board.id, ctx.params.sid ?? '');
  if (!found) throw new HttpError(404, 'There is no snapshot with this id on this board.');
  return found;
}
