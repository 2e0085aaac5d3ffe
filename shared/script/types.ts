import type { NoteKind } from '../board/types';
import type { OverlayMode } from './overlayModes';

/** A good and a poor answer to a step's prompt, shown to participants beside it. */
export interface StepExample {
  good: string;
  poor: string;
}

/** One step of a facilitator script: what the room does, for how long, with which board rules. */
export interface ScriptStep {
  /** Stable across versions of the script: stored control states remember steps by id. */
  id: string;
  title: string;
  /** Why the room does this step; the facilitator reads it, the presenter view shows it. */
  goal: string;
  /** What participants see in their banner. */
  participantPrompt: string;
  example?: StepExample;
  /** Talking points for the facilitator only. */
  facilitatorNotes: readonly string[];
  /** Suggested time box; the step timer starts with it. */
  minutes: number;
  /** The overlay the room switches to when the step starts. */
  overlayMode: OverlayMode;
  /** Note kinds participants are invited to add during the step. */
  invitedKinds: readonly NoteKind[];
  /** Participants may not change the top level's notes (the strategy being localized). */
  topLevelReadOnly: boolean;
  /** New ideas stay on their author's screen until the facilitator reveals them all. */
  privateIdeas: boolean;
}

export interface WorkshopScript {
  /** Stored in the control state; never rename a published script's id. */
  id: string;
  title: string;
  /** One line for a script picker. */
  summary: string;
  steps: readonly ScriptStep[];
}
