import { useMemo } from 'react';
import type { BoardNode, LinkFlowEdge } from '../toFlow';
import { buildSketchScene, type CurveCache, type SketchScene } from './sketchScene';

/** The canvas's nodes and edges as one sketch scene, for the sketch layer and the minimap alike; link curves kept between changes. */
export function useSketchScene(nodes: readonly BoardNode[], edges: readonly LinkFlowEdge[]): SketchScene {
  const curves = useMemo<CurveCache>(() => new Map(), []);
  return useMemo(() => buildSketchScene(nodes, edges, curves), [nodes, edges, curves]);
}
