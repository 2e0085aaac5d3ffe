import { describe, expect, it } from 'vitest';
import { keepUnchanged, sameEdge, sameNode, withLocalState } from '../../../client/canvas/localNodes';
import { toFlow } from '../../../client/canvas/toFlow';
import { moveNote, createOrigin } from '../../../shared/board';
import { LINKS_AND_NOTES } from './boards';

const me = createOrigin('user', 'me');

describe('withLocalState', () => {
  it('shows a node being dragged where the pointer has it, and marks my selection', () => {
    const { nodes } = toFlow(LINKS_AND_NOTES.snapshot());
    const { upper, lower } = LINKS_AND_NOTES.ids;
    const local = withLocalState(nodes, new Map([[upper, { position: { x: 5, y: 6 } }]]), new Set([lower]));
    expect(local.find((node) => node.id === upper)!.position).toEqual({ x: 5, y: 6 });
    expect(local.find((node) => node.id === lower)!.selected).toBe(true);
    expect(local.filter((node) => node.id !== upper && node.id !== lower).every((node, i) => node === nodes.filter((n) => n.id !== upper && n.id !== lower)[i])).toBe(true);
  });
});

describe('keepUnchanged', () => {
  it('keeps the previous object of every node that did not change, so React Flow skips it', () => {
    const before = toFlow(LINKS_AND_NOTES.snapshot()).nodes;
    const { helper } = LINKS_AND_NOTES.ids;
    moveNote(LINKS_AND_NOTES.doc, helper, 420, 780, me);
    const after = keepUnchanged(before, toFlow(LINKS_AND_NOTES.snapshot()).nodes, sameNode);
    moveNote(LINKS_AND_NOTES.doc, helper, 400, 760, me);
    for (const node of after) {
      const old = before.find((n) => n.id === node.id);
      if (node.id === helper) expect(node).not.toBe(old);
      else expect(node).toBe(old);
    }
  });

  it('gives a new array when a link was selected, reusing the links that were not', () => {
    const edges = toFlow(LINKS_AND_NOTES.snapshot()).edges;
    const next = edges.map((edge, i) => (i === 0 ? { ...edge, selected: true } : { ...edge }));
    const kept = keepUnchanged(edges, next, sameEdge);
    expect(kept).not.toBe(edges);
    expect(kept[0]!.selected).toBe(true);
    expect(kept.slice(1).every((edge, i) => edge === edges[i + 1])).toBe(true);
  });

  it('returns the previous array itself when nothing changed', () => {
    const before = toFlow(LINKS_AND_NOTES.snapshot()).nodes;
    expect(keepUnchanged(before, toFlow(LINKS_AND_NOTES.snapshot()).nodes, sameNode)).toBe(before);
    const edges = toFlow(LINKS_AND_NOTES.snapshot()).edges;
    expect(keepUnchanged(edges, toFlow(LINKS_AND_NOTES.snapshot()).edges, sameEdge)).toBe(edges);
  });
});
