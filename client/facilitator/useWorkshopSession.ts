import { useEffect } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { Role } from '../../shared/protocol/roles';
import type { ControlChannel } from '../sync/controlChannel';
import { useUi } from '../ui/store';
import { usePublishPrivateCount } from './awarenessCounts';
import { currentStep } from '../../shared/workshop/controlState';
import { canEditBoard, topLevelHeldFor } from './editRights';
import type { PrivateIdeasLayer } from './privateLayer';
import { useControlSelector } from './useControlSelector';
import { usePrivateIdeas } from './usePrivateIdeas';

interface WorkshopSessionInput {
  boardId: string;
  boardKey: string;
  role: Role;
  awareness: Awareness;
  control: ControlChannel;
}

export interface WorkshopSession {
  /** Role and lock together: the one answer the canvas and toolbar read. */
  canEdit: boolean;
  /** The step makes the top level read-only for me (see BoardSession). */
  topLevelReadOnly: boolean;
  privateIdeas: PrivateIdeasLayer | null;
}

/** What the running workshop changes about my board session: whether I may edit, the top level too, and my private ideas. */
export function useWorkshopSession({ boardId, boardKey, role, awareness, control }: WorkshopSessionInput): WorkshopSession {
  const locked = useControlSelector(control, (state) => state?.locked ?? false);
  const privateMode = useControlSelector(control, (state) => state?.privateMode ?? false);
  const topLevelReadOnly = useControlSelector(control, (state) => (state ? topLevelHeldFor(role, currentStep(state)) : false));
  const privateIdeas = usePrivateIdeas(boardId, boardKey, role, privateMode);
  usePublishPrivateCount(awareness, privateIdeas?.store ?? null);
  const canEdit = canEditBoard(role, locked);

  // The lock lands mid-sentence: close the note editor so no keystroke is sent and refused.
  useEffect(() => {
    if (!canEdit) useUi.getState().stopEditing();
  }, [canEdit]);

  return { canEdit, topLevelReadOnly, privateIdeas };
}
