/**
 * Which computed-style declarations an exported element's clone needs. html-to-image
 * copies an element's whole computed `cssText` (about 10 KB in Chromium: 400 properties
 * plus every custom property in scope), so a 1,000-note board made 10 MB of SVG per
 * tile and took tens of seconds. Inside the exported image there are no style sheets,
 * only the browser's defaults and inheritance, so most declarations can go:
 * - an inherited property equal to the parent's, where the browser does not set it for
 *   the tag (the clone inherits it from its parent's clone);
 * - a property that is not inherited and equals the browser default for the tag;
 * - any other property equal to both (the clone gets it either way);
 * - a colour that follows `currentColor` (borders, outlines) and equals `color`;
 * - custom properties (computed values have them resolved), logical properties (their
 *   physical twins are kept), and what only moves or reacts (transitions, animations,
 *   cursor, pointer events, selection).
 * When unsure a declaration is kept: a bigger file, never a wrong picture.
 */

export type StyleValues = readonly string[];

/** Element defaults: an unstyled element of the tag, and its unstyled parent. */
export interface Defaults {
  own: StyleValues;
  parent: StyleValues;
}

export interface LeanPlan {
  /** The properties to consider, in the order of every value list. */
  names: readonly string[];
  kinds: readonly PropertyKind[];
  colorIndex: number;
  perspectiveIndex: number;
}

type PropertyKind = 'inherited' | 'own' | 'unknown' | 'followsColor' | 'perspectiveOrigin';

const LOGICAL = /^(min-|max-)?(block|inline)-size$|^(margin|padding|inset|border|scroll-margin|scroll-padding)-(block|inline)|^border-(start|end)-(start|end)-radius$|^overflow-(block|inline)$|^contain-intrinsic-(block|inline)-size$/;
const INERT = /^(transition|animation|cursor$|pointer-events$|user-select$|touch-action$|caret-|-webkit-user-|-webkit-locale$|-webkit-tap-highlight-color$|will-change$|transform-origin$)/;
const CURRENT_COLOR = /^(border-(top|right|bottom|left)-color|outline-color|column-rule-color|row-rule-color|text-decoration-color|text-emphasis-color|-webkit-text-fill-color|-webkit-text-stroke-color)$/;
const INHERITED = /^(color|color-scheme|font|font-.*|line-height|letter-spacing|word-spacing|text-align|text-align-last|text-indent|text-transform|text-shadow|text-rendering|text-wrap-mode|text-wrap-style|white-space-collapse|overflow-wrap|word-break|line-break|hyphens|direction|writing-mode|visibility|quotes|tab-size|orphans|widows|list-style-.*|fill|fill-.*|stroke|stroke-.*|paint-order|-webkit-font-smoothing|-webkit-text-stroke-width|text-size-adjust|-webkit-text-size-adjust)$/;
const OWN = /^(display|position|top|right|bottom|left|width|height|min-width|min-height|max-width|max-height|margin-.*|padding-.*|border-.*|background-.*|box-shadow|box-sizing|transform|z-index|overflow-x|overflow-y|overflow-clip-margin|flex-.*|order|align-.*|justify-.*|row-gap|column-gap|grid-.*|opacity|float|clear|vertical-align|outline-.*|text-overflow|text-decoration-.*|object-.*|mask-.*|clip|clip-path|filter|mix-blend-mode|isolation|contain|content|counter-.*|resize|aspect-ratio|translate|rotate|scale|perspective|backface-visibility|transform-style|transform-box|unicode-bidi|table-layout|appearance|d|x|y|cx|cy|r|rx|ry|-webkit-line-clamp|-webkit-box-orient)$/;

/**
 * The plan for the properties a computed style lists. `transform-origin` is left to
 * html-to-image, which sets it on every clone itself.
 *
 * @example leanPlan(['color', '--accent', 'inline-size', 'border-top-color']).names // ['color', 'border-top-color']
 */
export function leanPlan(listed: readonly string[]): LeanPlan {
  const names = listed.filter((name) => !name.startsWith('--') && !LOGICAL.test(name) && !INERT.test(name));
  const kinds = names.map((name): PropertyKind => {
    if (CURRENT_COLOR.test(name)) return 'followsColor';
    if (name === 'perspective-origin') return 'perspectiveOrigin';
    if (INHERITED.test(name)) return 'inherited';
    return OWN.test(name) ? 'own' : 'unknown';
  });
  return { names, kinds, colorIndex: names.indexOf('color'), perspectiveIndex: names.indexOf('perspective') };
}

/**
 * The declarations an element's clone needs, as `cssText`.
 *
 * @param parent the parent element's values, or null for the captured root
 * @example leanCssText(leanPlan(['color', 'display']), ['red', 'block'], ['red', 'inline'], { own: ['black', 'block'], parent: ['black', 'block'] })
 * // '' (colour inherited from the parent, display the tag's default)
 */
export function leanCssText(plan: LeanPlan, own: StyleValues, parent: StyleValues | null, defaults: Defaults): string {
  let text = '';
  for (let i = 0; i < plan.names.length; i++) {
    const value = own[i]!;
    const byDefault = value === defaults.own[i];
    const fromParent = parent !== null && value === parent[i];
    let needed: boolean;
    switch (plan.kinds[i]) {
      case 'inherited':
        needed = !(fromParent && defaults.own[i] === defaults.parent[i]) && !(parent === null && byDefault);
        break;
      case 'own':
        needed = !byDefault;
        break;
      case 'followsColor':
        needed = value !== own[plan.colorIndex];
        break;
      case 'perspectiveOrigin':
        needed = own[plan.perspectiveIndex] !== 'none';
        break;
      default:
        needed = !(byDefault && (parent === null || fromParent));
    }
    if (needed) text += `${plan.names[i]}: ${value}; `;
  }
  return text.trimEnd();
}
