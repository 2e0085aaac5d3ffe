import { memo } from 'react';
import { Badges } from './Badges';
import { useTeamOverlay } from './useOverlay';

/** What the overlay adds to a team frame: budget and ballooning badges on its border, silo shading. */
function TeamOverlay({ id }: { id: string }) {
  const decoration = useTeamOverlay(id);
  if (!decoration) return null;
  return (
    <>
      {decoration.silo && <div className="team-silo overlay-decoration" data-testid="silo-team" aria-hidden="true" />}
      <Badges badges={decoration.badges} className="overlay-badges--team" />
    </>
  );
}

export default memo(TeamOverlay);
