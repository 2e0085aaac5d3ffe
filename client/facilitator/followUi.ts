import { createContext } from 'react';
import { create } from 'zustand';

/**
 * Whether I stepped out of follow-me by panning or zooming myself. Local UI state: the
 * facilitator leads everyone else's viewport until they look around on their own, then
 * "Back to facilitator" rejoins.
 */
interface FollowUi {
  steppedOut: boolean;
  stepOut(): void;
  rejoin(): void;
}

export const useFollowUi = create<FollowUi>()((set) => ({
  steppedOut: false,
  stepOut: () => set({ steppedOut: true }),
  rejoin: () => set({ steppedOut: false }),
}));

/**
 * True inside the presenter view: the canvas there always follows the facilitator and
 * never leads, whatever the role of the key that opened it.
 */
export const PresentingContext = createContext(false);
