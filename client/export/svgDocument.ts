/**
 * Joins tile SVGs (html-to-image's `<svg><foreignObject>…` data URLs) into one SVG
 * document of the whole board: each tile becomes a nested `<svg>` placed at its offset,
 * which clips it to its square like the PNG tiles are.
 */

/** The SVG text of a `data:image/svg+xml;charset=utf-8,<encoded>` URL. */
export function svgFromDataUrl(url: string): string {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:image/svg+xml') || comma < 0) throw new Error('not an SVG data URL');
  return decodeURIComponent(url.slice(comma + 1));
}

export interface PlacedSvg {
  svg: string;
  left: number;
  top: number;
}

/**
 * @example svgDocument(100, 50, '#ffffff', [{ svg: '<svg width="50" height="50"></svg>', left: 50, top: 0 }])
 * // '<svg xmlns=… width="100" height="50" …><rect … fill="#ffffff"/><svg x="50" y="0" width="50" height="50"></svg></svg>'
 */
export function svgDocument(width: number, height: number, background: string, tiles: readonly PlacedSvg[]): string {
  const placed = tiles.map(({ svg, left, top }) => {
    if (!svg.startsWith('<svg ')) throw new Error('a tile must be an <svg> element');
    return `<svg x="${left}" y="${top}" ${svg.slice('<svg '.length)}`;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="${background}"/>${placed.join('')}</svg>`
  );
}
