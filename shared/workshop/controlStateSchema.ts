import { z } from 'zod';
import { OVERLAY_MODE_IDS } from '../script/overlayModes';
import { scriptById } from '../script/scripts';
import { spotlightTargetSchema, viewportSchema } from './controlCommands';
import { initialControlState, stepMs, type ControlState } from './controlState';
import { newTimer } from './stepTimer';

const count = z.number().int().min(0);
const duration = z.number().min(0);
const overlayMode = z.enum(OVERLAY_MODE_IDS);

/** The control state as it travels and is stored; checked against ControlState at compile time. */
export const controlStateSchema: z.ZodType<ControlState> = z.object({
  scriptId: z.string(),
  stepIndex: count,
  reachedStepIndex: count,
  stepStartedAt: z.number(),
  timer: z.object({ durationMs: duration, remainingMs: duration, runningSince: z.number().nullable() }),
  locked: z.boolean(),
  followMe: z.object({
    on: z.boolean(),
    facilitatorViewport: viewportSchema.nullable(),
    facilitatorClientId: count.nullable(),
  }),
  spotlight: spotlightTargetSchema.nullable(),
  privateMode: z.boolean(),
  revealCount: count,
  revealedAt: z.number().nullable(),
  overlayMode,
  parkedSteps: z.record(
    z.string(),
    z.object({ durationMs: duration, remainingMs: duration, running: z.boolean(), privateMode: z.boolean(), overlayMode }),
  ),
  version: z.number().int().min(1),
});

/** What can be kept of a stored state that no longer parses whole (an older shape, a damaged row). */
const salvageSchema = z
  .object({
    scriptId: z.string().optional().catch(undefined),
    stepIndex: count.optional().catch(undefined),
    reachedStepIndex: count.optional().catch(undefined),
    locked: z.boolean().optional().catch(undefined),
    revealCount: count.optional().catch(undefined),
    version: count.optional().catch(undefined),
  })
  .catch({});

/**
 * The control state a server loads from its store. A state that parses whole is kept
 * as it was. Otherwise the room goes back to the step it was on (countdown paused at
 * the step's full time, lock as it was) rather than to the first step, with a version
 * above the stored one so clients that held it take the new state.
 */
export function restoreControlState(stored: unknown, now: number): ControlState {
  const parsed = controlStateSchema.safeParse(stored);
  if (parsed.success) {
    const script = scriptById(parsed.data.scriptId);
    if (script.id === parsed.data.scriptId && parsed.data.stepIndex < script.steps.length) return parsed.data;
  }
  const kept = salvageSchema.parse(stored);
  const fresh = initialControlState(now, kept.scriptId);
  const { steps } = scriptById(fresh.scriptId);
  // Step numbers of a retired script mean nothing in the default one.
  const sameScript = fresh.scriptId === kept.scriptId;
  const stepIndex = sameScript ? Math.min(kept.stepIndex ?? 0, steps.length - 1) : 0;
  const step = steps[stepIndex]!;
  return {
    ...fresh,
    stepIndex,
    reachedStepIndex: sameScript ? Math.max(stepIndex, Math.min(kept.reachedStepIndex ?? 0, steps.length - 1)) : 0,
    timer: newTimer(stepMs(step), now, false),
    privateMode: step.privateIdeas,
    overlayMode: step.overlayMode,
    locked: kept.locked ?? false,
    revealCount: kept.revealCount ?? 0,
    version: (kept.version ?? 0) + 1,
  };
}
