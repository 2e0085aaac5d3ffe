import { randomBytes, timingSafeEqual } from 'node:crypto';
import { boardPath, type BoardLinks } from '../../shared/protocol/api';
import { ROLES, type Role } from '../../shared/protocol/roles';
import type { BoardRecord } from '../store/store';

/** 144 random bits per key, url-safe: unguessable capability links. */
export function newKey(): string {
  return randomBytes(18).toString('base64url');
}

/** Board ids are public (they appear in every link); 72 bits keep them unique. */
export function newBoardId(): string {
  return randomBytes(9).toString('base64url');
}

export function newKeys(): Record<Role, string> {
  return { facilitator: newKey(), participant: newKey(), viewer: newKey() };
}

/** The role a key opens on this board, compared in constant time; undefined if none. */
export function roleForKey(board: BoardRecord, key: string | null | undefined): Role | undefined {
  if (!key) return undefined;
  const given = Buffer.from(key);
  return ROLES.find((role) => {
    const expected = Buffer.from(board.keys[role]);
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}

export function linksOf(board: BoardRecord): BoardLinks {
  return Object.fromEntries(ROLES.map((role) => [role, boardPath(board.id, board.keys[role])])) as BoardLinks;
}
