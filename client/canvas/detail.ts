/**
 * Level of detail. Zoomed out until a note's words are too small to read, the board is
 * drawn as a sketch on one canvas (sketch/), with no note, frame or link in the DOM: a
 * 5,000-note board in view then pans like an empty page. Zoomed in, notes are React Flow
 * nodes again, and only those on screen are in the DOM.
 */
export type Detail = 'full' | 'sketch';

/** Below this zoom a note's 14 px words are under 6.3 px: not readable, so sketched. */
export const SKETCH_BELOW = 0.45;
/** Back to full detail a little higher, so a zoom resting on the line does not flicker. */
export const FULL_FROM = 0.5;

/**
 * @example nextDetail(0.47, 'sketch') // 'sketch': between the two lines, keep what was there
 */
export function nextDetail(zoom: number, current: Detail): Detail {
  if (zoom < SKETCH_BELOW) return 'sketch';
  if (zoom >= FULL_FROM) return 'full';
  return current;
}

/**
 * Far enough out for a whole 5,000-note board (about 6,000 by 54,000 board pixels as an
 * import lays it out) to fit a laptop screen, notes a pixel or two each.
 */
export const MIN_ZOOM = 0.005;
export const MAX_ZOOM = 2.5;

/**
 * For every fitView: sketched nodes are hidden from React Flow (it must not mount them),
 * and fitView leaves hidden nodes out unless told.
 */
export const FIT_HIDDEN = { includeHiddenNodes: true } as const;

/**
 * The whole board on screen, never magnified past 100 %, clear of the overlay bar above
 * and the toolbar on the left, which float over the canvas. Right and bottom keep React
 * Flow's proportional margin (a fraction of the screen), which the minimap sits in.
 */
export const WHOLE_BOARD_FIT = { padding: { top: '72px', left: '84px', right: 0.12, bottom: 0.12 }, maxZoom: 1, ...FIT_HIDDEN } as const;
