/**
 * The app path a pasted board link opens, or null when it is not one. Accepts a full URL
 * from any host (people paste links from chat) or a bare path.
 *
 * @example parseBoardLink('https://x.example/b/abc?key=k') // '/b/abc?key=k'
 */
export function parseBoardLink(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text, 'http://paste.invalid');
  } catch {
    return null;
  }
  const match = /^\/b\/([^/]+)\/?$/.exec(url.pathname);
  const key = url.searchParams.get('key');
  if (!match || !key) return null;
  return `/b/${match[1]}?key=${encodeURIComponent(key)}`;
}
