import { useCallback, useContext, useEffect, useMemo, useRef } from 'react';
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import type { Role } from '../../shared/protocol/roles';
import type { ControlState, Viewport } from '../../shared/workshop/controlState';
import { useBoardSession } from '../board/BoardContext';
import { WHOLE_BOARD_FIT } from '../canvas/detail';
import { useControlState } from '../sync/useControlState';
import { PresentingContext, useFollowUi } from './followUi';
import { createThrottle } from './throttle';
import { followViewport, sameViewport, seenViewport, transformToViewport } from './viewports';

/** About ten viewport messages a second while the leader pans: smooth enough to follow, cheap to broadcast. */
export const VIEWPORT_SEND_MS = 100;
/** Followers glide to each new viewport; a new one mid-glide starts from where they are. */
export const FOLLOW_GLIDE_MS = 280;

export interface FollowRole {
  /** I am the facilitator everyone follows: my viewport goes to the room. */
  leading: boolean;
  /** My viewport goes where the leader's does. */
  following: boolean;
}

/**
 * Who leads and who follows: the facilitator who turned follow-me on leads (a second
 * facilitator tab follows like everyone else); the others follow unless they stepped
 * out; the presenter view always follows.
 */
export function followRoleOf(
  state: ControlState | null,
  role: Role,
  clientId: number,
  presenting: boolean,
  steppedOut: boolean,
): FollowRole {
  const follow = state?.followMe;
  if (!follow?.on) return { leading: false, following: false };
  const leaderId = follow.facilitatorClientId;
  const leading = !presenting && role === 'facilitator' && (leaderId === null || leaderId === clientId);
  return { leading, following: !leading && (presenting || !steppedOut) };
}

/**
 * Follow-me on the canvas. The leading facilitator's viewport and canvas size are sent
 * (throttled) as they change; everyone else glides to show the same part of the board on
 * their own screen (followViewport) unless they stepped out by panning or zooming
 * themselves. The presenter view always follows and never leads. Returns the handler
 * the canvas gives React Flow's `onMove`, which tells my own moves from the glides.
 */
export function useFollowViewport(): { onMove(event: MouseEvent | TouchEvent | null): void; role: FollowRole } {
  const { role, awareness } = useBoardSession();
  const presenting = useContext(PresentingContext);
  const { state, sendCommand } = useControlState();
  const flowStore = useStoreApi();
  const { setViewport, fitView } = useReactFlow();
  const steppedOut = useFollowUi((s) => s.steppedOut);

  const followOn = state?.followMe.on ?? false;
  const target = state?.followMe.facilitatorViewport ?? null;
  const { leading, following } = followRoleOf(state, role, awareness.clientID, presenting, steppedOut);

  // Everyone snaps to the facilitator each time follow-me starts.
  useEffect(() => {
    if (followOn) useFollowUi.getState().rejoin();
  }, [followOn]);

  const throttle = useMemo(
    () => createThrottle((viewport: Viewport) => sendCommand({ type: 'viewport', ...viewport }), VIEWPORT_SEND_MS),
    [sendCommand],
  );
  useEffect(() => {
    if (!leading) return;
    let last = seenViewport(flowStore.getState());
    // I may have moved between asking for follow-me and hearing it is on: say where I am now.
    throttle.push(last);
    const unsubscribe = flowStore.subscribe((s) => {
      const next = seenViewport(s);
      if (sameViewport(next, last)) return;
      last = next;
      throttle.push(next);
    });
    return () => {
      unsubscribe();
      throttle.cancel();
    };
  }, [leading, flowStore, throttle]);

  // Not before the canvas can move, nor before its own first fit (which would undo ours).
  const ready = useStore((s) => s.panZoom !== null && !s.fitViewQueued);
  const glideStartedAt = useRef(Number.NEGATIVE_INFINITY);
  // By value: each control state brings a new object, often with the same viewport.
  const tx = target?.x;
  const ty = target?.y;
  const tzoom = target?.zoom;
  const twidth = target?.width;
  const theight = target?.height;
  const myWidth = useStore((s) => s.width);
  const myHeight = useStore((s) => s.height);
  useEffect(() => {
    if (!following || !ready || tx === undefined || ty === undefined || tzoom === undefined) return;
    const { minZoom, maxZoom } = flowStore.getState();
    const leader = { x: tx, y: ty, zoom: tzoom, width: twidth, height: theight };
    const next = followViewport(leader, { width: myWidth, height: myHeight, minZoom, maxZoom });
    if (sameViewport(transformToViewport(flowStore.getState().transform), next)) return;
    glideStartedAt.current = performance.now();
    void setViewport(next, { duration: FOLLOW_GLIDE_MS });
  }, [following, ready, tx, ty, tzoom, twidth, theight, myWidth, myHeight, setViewport, flowStore]);

  // Nobody leads the projector: it shows the whole board.
  useEffect(() => {
    if (presenting && ready && !followOn) void fitView({ ...WHOLE_BOARD_FIT, duration: FOLLOW_GLIDE_MS });
  }, [presenting, ready, followOn, fitView]);

  const onMove = useCallback(
    (event: MouseEvent | TouchEvent | null) => {
      // Glides and fits have no source event; a wheel, drag or pinch does. Hazard: d3
      // carries the event of a wheel gesture still running (150 ms) into a glide that
      // starts during it, so only an event newer than the glide is mine.
      if (event && event.timeStamp > glideStartedAt.current && following && !presenting) useFollowUi.getState().stepOut();
    },
    [following, presenting],
  );

  return { onMove, role: { leading, following } };
}
