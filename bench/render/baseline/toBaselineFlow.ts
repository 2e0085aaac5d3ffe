import type { Edge, Node } from '@xyflow/react';
import type { BoardFile } from '../../../shared/board/file';
import { NOTE_SIZE, TEAM_SIZE } from '../../../shared/board/types';

export type BaselineNoteData = { kind: string; text: string; author: string };
export type BaselineFrameData = { name: string };

/** Frames first so they are drawn under the notes; links from the lower note's top to the upper note's bottom. */
export function toBaselineFlow(file: BoardFile): { nodes: Node[]; edges: Edge[] } {
  const frames: Node<BaselineFrameData>[] = file.teams.map((team) => ({
    id: team.id,
    type: 'frame',
    position: { x: team.x ?? 0, y: team.y ?? 0 },
    style: { width: team.w ?? TEAM_SIZE.w, height: team.h ?? TEAM_SIZE.h, pointerEvents: 'none' },
    draggable: false,
    selectable: false,
    data: { name: team.name },
  }));
  const notes: Node<BaselineNoteData>[] = file.notes.map((note) => ({
    id: note.id,
    type: 'note',
    position: { x: note.x ?? 0, y: note.y ?? 0 },
    style: { width: NOTE_SIZE.w, height: NOTE_SIZE.h },
    data: { kind: note.kind, text: note.text, author: note.author ?? '' },
  }));
  const edges: Edge[] = file.links.map((link) => ({
    id: link.id,
    source: link.from,
    target: link.to,
    sourceHandle: 'top',
    targetHandle: 'bottom',
  }));
  return { nodes: [...frames, ...notes], edges };
}
