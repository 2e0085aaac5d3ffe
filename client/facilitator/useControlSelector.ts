import { useSyncExternalStore } from 'react';
import type { ControlState } from '../../shared/workshop/controlState';
import type { ControlChannel } from '../sync/controlChannel';

/**
 * One primitive slice of the control state, for the page that creates the board session
 * (useControlState needs the session). Re-renders only when the slice changes.
 */
export function useControlSelector<T extends string | number | boolean | null>(
  control: ControlChannel,
  select: (state: ControlState | null) => T,
): T {
  return useSyncExternalStore(control.subscribe, () => select(control.getSnapshot().state));
}
