import { createRoot } from 'react-dom/client';
import { Background, BackgroundVariant, ConnectionMode, ReactFlow, type NodeTypes } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { BoardFile } from '../../../shared/board/file';
import BaselineFrame from './BaselineFrame';
import BaselineNote from './BaselineNote';
import { MAX_ZOOM, MIN_ZOOM } from '../../../client/canvas/detail';
import { toBaselineFlow } from './toBaselineFlow';
import './baseline.css';

/**
 * The render bench's reference: the board file `?board=<name>` (served next to this page)
 * drawn as a plain React Flow board of memoised sticky notes in team frames, with links.
 * No Yjs, no store, no overlay, no minimap; React Flow measures every node itself.
 */
const nodeTypes: NodeTypes = { note: BaselineNote, frame: BaselineFrame };

const name = new URLSearchParams(location.search).get('board') ?? 'board';
const file = (await (await fetch(`/boards/${encodeURIComponent(name)}.json`)).json()) as BoardFile;
const { nodes, edges } = toBaselineFlow(file);

// Absolute like our canvas, not fixed: a fixed wrapper made Chromium composite ~90
// overlapping layers, which pans on the compositor and would not compare like for like.
createRoot(document.getElementById('root')!).render(
  <div style={{ position: 'absolute', inset: 0 }}>
    <ReactFlow
      defaultNodes={nodes}
      defaultEdges={edges}
      nodeTypes={nodeTypes}
      connectionMode={ConnectionMode.Loose}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      fitView
      fitViewOptions={{ padding: 0.12, maxZoom: 1 }}
    >
      <Background variant={BackgroundVariant.Dots} gap={24} size={1.6} color="#cfd0d8" />
    </ReactFlow>
  </div>,
);
