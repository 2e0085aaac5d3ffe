import { useSyncExternalStore } from 'react';

/**
 * The app's routes. A tiny pathname router: the app has a handful of pages, and a router
 * dependency would own history for no gain. Later pages (presenter view, snapshots) add
 * a member to `Route` and a pattern to `matchRoute`.
 */
export type Route =
  | { page: 'landing' }
  | { page: 'board'; id: string; key: string }
  | { page: 'snapshot'; id: string; snapshotId: string; key: string }
  | { page: 'present'; id: string; key: string }
  | { page: 'notFound'; path: string };

/**
 * The route for a location.
 *
 * @example matchRoute('/b/abc', '?key=k1') // { page: 'board', id: 'abc', key: 'k1' }
 */
export function matchRoute(pathname: string, search: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'landing' };
  const board = /^\/b\/([^/]+)\/?$/.exec(pathname);
  if (board) {
    return { page: 'board', id: decodeURIComponent(board[1]!), key: new URLSearchParams(search).get('key') ?? '' };
  }
  const present = /^\/b\/([^/]+)\/present\/?$/.exec(pathname);
  if (present) {
    return { page: 'present', id: decodeURIComponent(present[1]!), key: new URLSearchParams(search).get('key') ?? '' };
  }
  const snapshot = /^\/b\/([^/]+)\/snapshots\/([^/]+)\/?$/.exec(pathname);
  if (snapshot) {
    const key = new URLSearchParams(search).get('key') ?? '';
    return { page: 'snapshot', id: decodeURIComponent(snapshot[1]!), snapshotId: decodeURIComponent(snapshot[2]!), key };
  }
  return { page: 'notFound', path: pathname };
}

const NAVIGATE_EVENT = 'alignboard:navigate';

export function navigate(to: string): void {
  window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const currentHref = () => window.location.pathname + window.location.search;

/** The current route; re-renders on back/forward and on `navigate`. */
export function useRoute(): Route {
  const href = useSyncExternalStore(subscribe, currentHref);
  const url = new URL(href, 'http://local');
  return matchRoute(url.pathname, url.search);
}
