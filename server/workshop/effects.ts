import type { ControlEffect } from '../../shared/workshop/applyControl';
import { takeSnapshot, type SnapshotDeps } from '../boards/snapshots';
import type { Logger } from '../logger';
import { revealPrivateIdeas } from './reveal';

export interface EffectDeps extends SnapshotDeps {
  logger: Logger;
}

/**
 * The one place where a control change reaches beyond the control state: automatic
 * snapshots at step changes and reveals. A failed effect is logged, never undoes the
 * step change the room has already seen.
 */
export function runControlEffects(deps: EffectDeps, boardId: string, effects: readonly ControlEffect[]): void {
  for (const effect of effects) {
    try {
      if (effect.type === 'snapshot') takeSnapshot(deps, boardId, effect.name, true);
      else revealPrivateIdeas(deps.store, deps.rooms, boardId);
    } catch (error) {
      deps.logger.error('workshop effect failed', { boardId, effect: effect.type, error: String(error) });
    }
  }
}
