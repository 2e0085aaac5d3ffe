import { OVERLAY_MODES, OVERLAY_MODE_IDS } from '../../shared/script/overlayModes';
import { BudgetSettings } from './BudgetSettings';
import { useOverlayMode } from './useOverlayMode';

/**
 * The overlay mode switch, for everyone: the facilitator's switches the room; anyone
 * else's switches only their own view until the room changes mode again.
 */
export function OverlaySwitch() {
  const { mode, roomMode, switchesRoom, choose } = useOverlayMode();
  const mine = mode !== roomMode;
  return (
    <div className="overlay-bar" data-testid="overlay-bar" data-mode={mode} data-room-mode={roomMode}>
      <div className="overlay-bar__modes" role="group" aria-label={switchesRoom ? 'Overlay for the room' : 'Overlay for my view'}>
        {OVERLAY_MODE_IDS.map((id) => (
          <button
            key={id}
            type="button"
            className={`overlay-bar__mode${id === mode ? ' is-on' : ''}${id === roomMode && mine ? ' is-room' : ''}`}
            aria-pressed={id === mode}
            title={`${OVERLAY_MODES[id].hint}${switchesRoom ? ' (switches the room)' : ''}`}
            data-testid={`overlay-mode-${id}`}
            onClick={() => choose(id)}
          >
            {OVERLAY_MODES[id].title}
          </button>
        ))}
      </div>
      {mine && (
        <button
          type="button"
          className="overlay-bar__back"
          data-testid="overlay-back-to-room"
          title="You are looking at your own overlay; the room is on another"
          onClick={() => choose(roomMode)}
        >
          My view · back to the room's ({OVERLAY_MODES[roomMode].title})
        </button>
      )}
      <BudgetSettings />
    </div>
  );
}
