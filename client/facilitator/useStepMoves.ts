import { useCallback, useEffect, useState } from 'react';
import type { ControlCommand } from '../../shared/workshop/controlCommands';
import type { ControlState } from '../../shared/workshop/controlState';
import { undoCommand, type StepMove } from './stepProgress';

/** How long "Moved to step N — Undo" stays offered. */
export const UNDO_OFFER_MS = 8000;
/** A second click before the room has moved is a double click, not a second step. */
const SETTLE_MS = 1500;

export interface StepMoves {
  goTo(stepIndex: number): void;
  undo(): void;
  /** The last forward move, while it can still be undone. */
  lastMove: StepMove | null;
  /** True between a step command and the room's answer: the buttons wait. */
  pending: boolean;
}

/**
 * The facilitator's step changes. A forward move can be undone for a few seconds, and
 * step buttons ignore clicks until the room has moved, so a double click on "Next" moves
 * one step, not two.
 */
export function useStepMoves(state: ControlState, sendCommand: (command: ControlCommand) => unknown): StepMoves {
  const [lastMove, setLastMove] = useState<StepMove | null>(null);
  const [pendingVersion, setPendingVersion] = useState<number | null>(null);
  const pending = pendingVersion === state.version;

  useEffect(() => {
    if (!lastMove) return;
    const timer = setTimeout(() => setLastMove(null), UNDO_OFFER_MS);
    return () => clearTimeout(timer);
  }, [lastMove]);

  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setPendingVersion(null), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [pending]);

  const send = useCallback(
    (command: ControlCommand) => {
      setPendingVersion(state.version);
      sendCommand(command);
    },
    [sendCommand, state.version],
  );

  const goTo = useCallback(
    (stepIndex: number) => {
      if (pending || stepIndex === state.stepIndex) return;
      const from = state.stepIndex;
      send(stepIndex === from + 1 ? { type: 'next' } : stepIndex === from - 1 ? { type: 'previous' } : { type: 'jump', stepIndex });
      setLastMove(stepIndex > from ? { from, to: stepIndex } : null);
    },
    [pending, send, state.stepIndex],
  );

  const undo = useCallback(() => {
    if (!lastMove || pending) return;
    send(undoCommand(lastMove));
    setLastMove(null);
  }, [lastMove, pending, send]);

  return { goTo, undo, lastMove, pending };
}
