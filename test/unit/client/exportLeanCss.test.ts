import { describe, expect, it } from 'vitest';
import { leanCssText, leanPlan, type Defaults } from '../../../client/export/leanCss';

const NAMES = ['color', 'font-family', 'display', 'width', 'border-top-color', 'zoom', 'perspective', 'perspective-origin'];
const plan = leanPlan(NAMES);

/** Values in the order of NAMES. */
function values(v: Partial<Record<(typeof NAMES)[number], string>>): string[] {
  const base: Record<string, string> = {
    color: 'rgb(0, 0, 0)',
    'font-family': 'Times',
    display: 'block',
    width: 'auto',
    'border-top-color': 'rgb(0, 0, 0)',
    zoom: '1',
    perspective: 'none',
    'perspective-origin': '50px 20px',
  };
  return NAMES.map((name) => v[name] ?? base[name]!);
}

const divDefaults: Defaults = { own: values({}), parent: values({}) };

describe('lean inline styles for an exported element', () => {
  it('leaves out custom, logical and interaction-only properties altogether', () => {
    const names = leanPlan(['--accent', 'inline-size', 'margin-block-start', 'border-start-end-radius', 'cursor', 'transition-duration', 'pointer-events', 'user-select', 'transform-origin', 'width']).names;
    expect(names).toEqual(['width']);
  });

  it('keeps an inherited property only where it differs from the parent', () => {
    const parent = values({ color: 'rgb(28, 32, 36)', 'font-family': 'Inter', 'border-top-color': 'rgb(28, 32, 36)' });
    const same = values({ color: 'rgb(28, 32, 36)', 'font-family': 'Inter', 'border-top-color': 'rgb(28, 32, 36)' });
    expect(leanCssText(plan, same, parent, divDefaults)).toBe('');
    const red = values({ color: 'rgb(255, 0, 0)', 'font-family': 'Inter', 'border-top-color': 'rgb(255, 0, 0)' });
    expect(leanCssText(plan, red, parent, divDefaults)).toBe('color: rgb(255, 0, 0);');
  });

  it('keeps an inherited property the browser sets for the tag, even when it equals the parent', () => {
    const strong: Defaults = { own: values({ 'font-family': 'Serif Bold' }), parent: values({}) };
    const own = values({ 'font-family': 'Inter' });
    expect(leanCssText(plan, own, own, strong)).toBe('font-family: Inter;');
  });

  it('keeps a property that is not inherited wherever it differs from the tag default, whatever the parent has', () => {
    expect(leanCssText(plan, values({ width: '200px' }), values({ width: '200px' }), divDefaults)).toBe('width: 200px;');
    expect(leanCssText(plan, values({}), values({ width: '200px', display: 'flex' }), divDefaults)).toBe('');
  });

  it('keeps a property it does not know unless both the parent and the default agree', () => {
    expect(leanCssText(plan, values({}), values({ zoom: '2' }), divDefaults)).toBe('zoom: 1;');
    expect(leanCssText(plan, values({}), values({}), divDefaults)).toBe('');
  });

  it('drops a border colour that follows the text colour, keeps one that does not', () => {
    expect(leanCssText(plan, values({ color: 'rgb(1, 2, 3)', 'border-top-color': 'rgb(1, 2, 3)' }), values({ color: 'rgb(1, 2, 3)' }), divDefaults)).toBe('');
    expect(leanCssText(plan, values({ 'border-top-color': 'rgb(0, 0, 0)', color: 'rgb(9, 9, 9)' }), values({ color: 'rgb(9, 9, 9)' }), divDefaults)).toBe(
      'border-top-color: rgb(0, 0, 0);',
    );
  });

  it('keeps a perspective origin only under a perspective', () => {
    expect(leanCssText(plan, values({ 'perspective-origin': '1px 2px' }), values({}), divDefaults)).toBe('');
    expect(leanCssText(plan, values({ perspective: '100px', 'perspective-origin': '1px 2px' }), values({}), divDefaults)).toBe(
      'perspective: 100px; perspective-origin: 1px 2px;',
    );
  });

  it('gives the captured root everything that differs from the defaults', () => {
    expect(leanCssText(plan, values({ color: 'rgb(28, 32, 36)', width: '2048px' }), null, divDefaults)).toBe(
      'color: rgb(28, 32, 36); width: 2048px; border-top-color: rgb(0, 0, 0);',
    );
  });
});
