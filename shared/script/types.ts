import type { NoteKind } from '../board/types';

/** What the overlay draws; a step can switch it for the whole room. */
export const OVERLAY_MODES = ['off', 'alignment', 'silos', 'ballooning', 'kr-quality'] as const;
export type OverlayMode = (typeof OVERLAY_MODES)[number];

export interface ScriptStep {
  id: string;
  title: string;
  /** Why the room does this step. */
  goal: string;
  /** What participants see in their banner. */
  participantPrompt: string;
  /** Talking points for the facilitator only. */
  facilitatorNotes: string[];
  minutes: number;
  overlayMode: OverlayMode;
  /** Note kinds participants are invited to add during the step. */
  invitedKinds: NoteKind[];
  /** The top level is read-only for participants (strategic intent is the facilitator's). */
  topLevelReadOnly: boolean;
  /** Ideas stay private to their author until the facilitator reveals them. */
  privateIdeas: boolean;
}

export interface WorkshopScript {
  id: string;
  title: string;
  steps: ScriptStep[];
}
