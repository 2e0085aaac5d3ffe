import type { Badge } from './decorations';

/** Findings on a note or frame as small pills; the full sentence on hover and for screen readers. */
export function Badges({ badges, className }: { badges: readonly Badge[]; className: string }) {
  if (badges.length === 0) return null;
  return (
    <div className={`overlay-badges overlay-decoration ${className}`}>
      {badges.map((badge) => (
        <span
          key={`${badge.rule}:${badge.label}`}
          className={`overlay-badge overlay-badge--${badge.severity}`}
          title={badge.message}
          data-testid="overlay-badge"
          data-rule={badge.rule}
          data-label={badge.label}
        >
          {badge.label}
          <span className="overlay-sr-only">: {badge.message}</span>
        </span>
      ))}
    </div>
  );
}
