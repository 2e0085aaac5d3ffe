import type { Role } from './roles';

/** Shapes of the HTTP API's JSON bodies, shared by server routes and client fetches. */

export type BoardLinks = Record<Role, string>;

export interface CreateBoardResponse {
  id: string;
  title: string;
  links: BoardLinks;
}

export interface BoardInfoResponse {
  id: string;
  title: string;
  role: Role;
  /** Only the facilitator sees every link, to share them again mid-workshop. */
  links?: BoardLinks;
}

export interface ApiError {
  error: string;
  /** The field or line a refused input broke, when there is one. */
  field?: string;
}

/** The URL a role's link opens; keep stable, other tools depend on it. */
export function boardPath(id: string, key: string): string {
  return `/b/${encodeURIComponent(id)}?key=${encodeURIComponent(key)}`;
}

export function syncPath(id: string): string {
  return `/ws/${encodeURIComponent(id)}`;
}

export interface SnapshotInfo {
  id: string;
  name: string;
  createdAt: number;
  /** Taken automatically at a step change rather than by the facilitator. */
  auto: boolean;
}

export interface SnapshotListResponse {
  snapshots: SnapshotInfo[];
}

export function snapshotPath(boardId: string, snapshotId: string, key: string): string {
  return `/b/${encodeURIComponent(boardId)}/snapshots/${encodeURIComponent(snapshotId)}?key=${encodeURIComponent(key)}`;
}
