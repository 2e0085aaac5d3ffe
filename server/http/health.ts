import type { RoomRegistry } from '../sync/rooms';
import { sendJson } from './respond';
import type { Router } from './router';

export function healthRoutes(router: Router, rooms: RoomRegistry, startedAt: number): void {
  router.add('GET', '/healthz', ({ res }) =>
    sendJson(res, 200, { ok: true, uptimeMs: Date.now() - startedAt, loadedBoards: rooms.loadedCount }),
  );
}
