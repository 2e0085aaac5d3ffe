import { scriptById } from '../../shared/script/scripts';
import { applyControl, type ControlResult } from '../../shared/workshop/applyControl';
import type { ControlCommand } from '../../shared/workshop/controlCommands';
import { initialControlState, type ControlState } from '../../shared/workshop/controlState';
import { restoreControlState } from '../../shared/workshop/controlStateSchema';
import type { Logger } from '../logger';
import type { Store } from '../store/store';

/**
 * Each board's workshop control state: kept in memory, saved on every change (except
 * the facilitator's high-rate viewport while following), so it survives a restart.
 */
export class WorkshopRegistry {
  private readonly states = new Map<string, ControlState>();

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
  ) {}

  get(boardId: string): ControlState {
    let state = this.states.get(boardId);
    if (!state) {
      state = this.load(boardId);
      this.states.set(boardId, state);
    }
    return state;
  }

  apply(boardId: string, command: ControlCommand, now: number): ControlResult {
    const current = this.get(boardId);
    const result = applyControl(current, command, now, scriptById(current.scriptId));
    if (result.state === current) return result;
    this.states.set(boardId, result.state);
    if (command.type !== 'viewport') this.store.saveControl(boardId, JSON.stringify(result.state));
    return result;
  }

  /** Titles of the steps the workshop reached, in script order. */
  stepsReached(boardId: string): string[] {
    const state = this.get(boardId);
    return scriptById(state.scriptId).steps.slice(0, state.reachedStepIndex + 1).map((step) => step.title);
  }

  private load(boardId: string): ControlState {
    const json = this.store.loadControl(boardId);
    if (json) {
      try {
        return restoreControlState(JSON.parse(json), Date.now());
      } catch (error) {
        this.logger.error('stored control state is unreadable; starting from the first step', { boardId, error: String(error) });
      }
    }
    return initialControlState(Date.now());
  }
}
