import type { ControlState } from '../../shared/workshop/controlState';
import { countdownTone, formatCountdown } from './countdown';
import { useCountdown } from './useCountdown';

interface CountdownProps {
  state: ControlState;
  serverOffset: number;
  className?: string;
}

/** Time left on the step, by the server's clock; red in the last minute and at zero. */
export function Countdown({ state, serverOffset, className = '' }: CountdownProps) {
  const left = useCountdown(state, serverOffset);
  const tone = countdownTone(left);
  const paused = state.timer.runningSince === null;
  return (
    <span
      className={`countdown countdown--${tone}${paused ? ' is-paused' : ''} ${className}`}
      data-testid="countdown"
      data-tone={tone}
      data-paused={paused}
      role="timer"
      aria-label={`${formatCountdown(left)} left${paused ? ', paused' : ''}`}
    >
      <span className="countdown__time">{formatCountdown(left)}</span>
      {paused && <span className="countdown__state">paused</span>}
    </span>
  );
}
