/**
 * The presenter view of a board, for the shared screen. Any role's key opens it; the
 * facilitator shares the viewer's, so the projector can never edit.
 *
 * @example presenterPath('b1', 'k v') // "/b/b1/present?key=k%20v"
 */
export function presenterPath(boardId: string, key: string): string {
  return `/b/${encodeURIComponent(boardId)}/present?key=${encodeURIComponent(key)}`;
}

/** The presenter path for a board link (`/b/<id>?key=`), keeping its key; null for anything else. */
export function presenterPathFromLink(link: string): string | null {
  const url = new URL(link, 'http://local');
  const match = /^\/b\/([^/]+)\/?$/.exec(url.pathname);
  const key = url.searchParams.get('key');
  if (!match || !key) return null;
  return presenterPath(decodeURIComponent(match[1]!), key);
}
