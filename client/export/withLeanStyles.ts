import { leanCssText, leanPlan, type Defaults, type StyleValues } from './leanCss';

/**
 * Runs `capture` with `getComputedStyle` answering a lean `cssText` (leanCss.ts) for the
 * elements inside `root`; everything else, pseudo-elements included, gets the real style.
 * Values are read once per element and tag for the whole capture.
 *
 * Hazard: the replacement is global while it is installed (across the tiles of one
 * export). Only `cssText` differs from the real style, and only for elements of the
 * captured subtree, so other code reading styles meanwhile sees correct values.
 */
export async function withLeanStyles<T>(root: Element, capture: () => Promise<T>): Promise<T> {
  const real = window.getComputedStyle;
  const sandbox = createSandbox();
  const rootStyle = real(root);
  const plan = leanPlan(Array.from({ length: rootStyle.length }, (_, i) => rootStyle.item(i)));
  const read = (style: CSSStyleDeclaration): StyleValues => plan.names.map((name) => style.getPropertyValue(name));
  const valuesOf = new Map<Element, StyleValues>();
  const defaultsOf = new Map<string, Defaults>();
  const values = (element: Element): StyleValues => {
    let found = valuesOf.get(element);
    if (!found) valuesOf.set(element, (found = read(real(element))));
    return found;
  };
  const defaults = (element: Element): Defaults => {
    const key = `${element.namespaceURI} ${element.localName}`;
    let found = defaultsOf.get(key);
    if (!found) defaultsOf.set(key, (found = sandbox.defaultsLike(element, read)));
    return found;
  };
  const leanText = (element: Element): string => {
    const parent = element === root || !element.parentElement ? null : values(element.parentElement);
    // Never empty: an empty cssText sends html-to-image down its slow per-property path.
    return leanCssText(plan, values(element), parent, defaults(element)) || `display: ${values(element)[plan.names.indexOf('display')]};`;
  };

  window.getComputedStyle = function leanGetComputedStyle(element: Element, pseudo?: string | null) {
    const style = real(element, pseudo);
    if (pseudo || !root.contains(element)) return style;
    let cssText: string | undefined;
    return new Proxy(style, {
      get(target, property) {
        if (property === 'cssText') return (cssText ??= leanText(element));
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  try {
    return await capture();
  } finally {
    window.getComputedStyle = real;
    sandbox.remove();
  }
}

/** An unstyled document (a hidden, empty iframe) to read the browser's defaults per tag. */
function createSandbox() {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position: fixed; left: -10000px; top: 0; width: 100px; height: 100px; border: 0; visibility: hidden;';
  document.body.append(frame);
  const doc = frame.contentDocument!;
  const view = frame.contentWindow!;
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  doc.body.append(svg);
  return {
    /** What an unstyled element like `like`, and its unstyled parent, compute. */
    defaultsLike(like: Element, read: (style: CSSStyleDeclaration) => StyleValues): Defaults {
      const parent = like.namespaceURI === svg.namespaceURI && like.localName !== 'svg' ? svg : doc.body;
      const blank = doc.createElementNS(like.namespaceURI, like.localName);
      parent.append(blank);
      const defaults = { own: read(view.getComputedStyle(blank)), parent: read(view.getComputedStyle(parent)) };
      blank.remove();
      return defaults;
    },
    remove: () => frame.remove(),
  };
}
