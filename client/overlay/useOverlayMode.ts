import { useCallback, useEffect } from 'react';
import type { OverlayMode } from '../../shared/script/overlayModes';
import { ROLE_PERMISSIONS } from '../../shared/protocol/roles';
import { useBoardSession } from '../board/BoardContext';
import { useControlState } from '../sync/useControlState';
import { resolveOverlayMode, useOverlayUi } from './overlayUi';

export interface OverlayModeView {
  /** What this person sees. */
  mode: OverlayMode;
  /** What the room is in (the facilitator's choice, or the script step's). */
  roomMode: OverlayMode;
  /** True when I switch the room, false when I switch only my own view. */
  switchesRoom: boolean;
  choose(mode: OverlayMode): void;
}

/**
 * The overlay mode: the room's, from the workshop control state, unless I picked one for
 * my own view since the room last changed. The facilitator's choice changes the room's.
 */
export function useOverlayMode(): OverlayModeView {
  const { role } = useBoardSession();
  const { state, sendCommand } = useControlState();
  const myView = useOverlayUi((s) => s.myView);
  const roomMode = state?.overlayMode ?? 'off';
  const switchesRoom = ROLE_PERMISSIONS[role].control;

  useEffect(() => useOverlayUi.getState().roomModeIs(roomMode), [roomMode]);

  const choose = useCallback(
    (mode: OverlayMode) => {
      if (switchesRoom) {
        useOverlayUi.getState().pickMyView(roomMode, roomMode);
        sendCommand({ type: 'overlay', mode });
      } else {
        useOverlayUi.getState().pickMyView(mode, roomMode);
      }
    },
    [switchesRoom, roomMode, sendCommand],
  );

  return { mode: resolveOverlayMode(roomMode, myView), roomMode, switchesRoom, choose };
}
