import { useContext, useSyncExternalStore, type ReactNode } from 'react';
import { topLevelName } from '../../shared/board';
import { scriptById } from '../../shared/script/scripts';
import { useBoardSession } from '../board/BoardContext';
import { useControlState } from '../sync/useControlState';
import { LockGlyph } from '../ui/icons';
import { Countdown } from './Countdown';
import { PresentingContext, useFollowUi } from './followUi';
import { followRoleOf } from './useFollowViewport';
import './facilitator.css';

/**
 * The strip over everyone's canvas: the step the room is in, its prompt and time left,
 * and the room's state when it matters to me (locked, top level read-only, private
 * brainstorm, following).
 */
export function WorkshopBanner() {
  const { role, awareness, store } = useBoardSession();
  const topLevel = useSyncExternalStore(store.subscribe, () => topLevelName(store.getSnapshot().meta));
  const { state, serverOffset } = useControlState();
  const presenting = useContext(PresentingContext);
  const steppedOut = useFollowUi((s) => s.steppedOut);
  if (!state) return null;
  const script = scriptById(state.scriptId);
  const step = script.steps[state.stepIndex];
  if (!step) return null;
  const facilitator = role === 'facilitator';
  const follow = followRoleOf(state, role, awareness.clientID, presenting, steppedOut);

  return (
    <section className="workshop-banner" data-testid="step-banner" aria-label="Workshop step">
      <div className="workshop-banner__main">
        <span className="workshop-banner__count">
          Step {state.stepIndex + 1} of {script.steps.length}
        </span>
        <div className="workshop-banner__text">
          <h2 className="workshop-banner__title" data-testid="step-title">
            {step.title}
          </h2>
          <p className="workshop-banner__prompt" data-testid="step-prompt">
            {step.participantPrompt}
          </p>
        </div>
        <Countdown state={state} serverOffset={serverOffset} className="workshop-banner__timer" />
      </div>
      {state.locked && role !== 'viewer' && (
        <Notice tone="locked" testId="locked-banner" glyph={<LockGlyph />}>
          {facilitator
            ? 'The board is locked: participants cannot change it. You still can.'
            : 'The facilitator has locked the board. You can look, but not change anything until it is unlocked.'}
        </Notice>
      )}
      {step.topLevelReadOnly && !state.locked && role !== 'viewer' && (
        <Notice tone="locked" testId="top-level-banner" glyph={<LockGlyph />}>
          {facilitator
            ? `Participants cannot change the ${topLevel} level in this step. You still can.`
            : `The ${topLevel} level is read-only in this step. Link your team's objectives up to it.`}
        </Notice>
      )}
      {state.privateMode && role !== 'viewer' && (
        <Notice tone="private" testId="private-banner" glyph={<EyeOffGlyph />}>
          {facilitator
            ? "Private brainstorm: participants' ideas stay on their own screens until you reveal them."
            : 'Private brainstorm: your ideas are only visible to you until the facilitator reveals them.'}
        </Notice>
      )}
      {state.followMe.on && !follow.leading && !follow.following && (
        <p className="workshop-notice workshop-notice--follow" role="status">
          You are looking around on your own.
          <button
            type="button"
            className="button button--small button--primary"
            data-testid="back-to-facilitator"
            onClick={() => useFollowUi.getState().rejoin()}
          >
            Back to facilitator
          </button>
        </p>
      )}
    </section>
  );
}

/** One line about the room's state, under the step. */
function Notice({ tone, testId, glyph, children }: { tone: 'locked' | 'private'; testId: string; glyph: ReactNode; children: ReactNode }) {
  return (
    <p className={`workshop-notice workshop-notice--${tone}`} data-testid={testId} role="status">
      {glyph}
      {children}
    </p>
  );
}

function EyeOffGlyph() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <path d="M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8 12.1 12.5 8 12.5 1.5 8 1.5 8z" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <circle cx="8" cy="8" r="2" fill="currentColor" />
      <path d="M2.5 2.5l11 11" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
