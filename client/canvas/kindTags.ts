import type { NoteKind } from '../../shared/board';

/** The tag a note wears for its kind, on the note and wherever it is named. */
export const KIND_TAGS: Record<NoteKind, string> = { objective: 'Objective', kr: 'Key result', idea: 'Idea' };
