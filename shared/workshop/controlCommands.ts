import { z } from 'zod';
import { OVERLAY_MODE_IDS } from '../script/overlayModes';
import { MAX_TIMER_MS } from './stepTimer';

const screenPixels = z.number().positive().max(100_000);

export const viewportSchema = z.object({
  x: z.number(),
  y: z.number(),
  zoom: z.number().positive().max(100),
  width: screenPixels.optional(),
  height: screenPixels.optional(),
});

export const spotlightTargetSchema = z.object({
  kind: z.enum(['note', 'team']),
  id: z.string().min(1).max(64),
});

const ms = z.number().int();

/** Every change to the control state, as validated from the wire (unknown keys are dropped). */
export const controlCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('next') }),
  z.object({ type: z.literal('previous') }),
  // Past the last step lands on the last step.
  z.object({ type: z.literal('jump'), stepIndex: z.number().int().min(0).max(999) }),
  z.object({ type: z.literal('timer-start') }),
  z.object({ type: z.literal('timer-pause') }),
  // Negative takes time away, down to zero left.
  z.object({ type: z.literal('timer-add'), ms: ms.min(-MAX_TIMER_MS).max(MAX_TIMER_MS) }),
  z.object({ type: z.literal('timer-set'), ms: ms.min(0).max(MAX_TIMER_MS) }),
  z.object({ type: z.literal('lock'), locked: z.boolean() }),
  z.object({
    type: z.literal('follow-me'),
    on: z.boolean(),
    viewport: viewportSchema.optional(),
    // The sender's awareness client id, so participants know whose cursor leads.
    clientId: z.number().int().min(0).optional(),
  }),
  // The leading facilitator's viewport while follow-me is on: high-rate, ignored otherwise.
  z.object({ type: z.literal('viewport'), ...viewportSchema.shape }),
  z.object({ type: z.literal('spotlight'), target: spotlightTargetSchema.nullable() }),
  z.object({ type: z.literal('private-mode'), on: z.boolean() }),
  z.object({ type: z.literal('reveal') }),
  z.object({ type: z.literal('overlay'), mode: z.enum(OVERLAY_MODE_IDS) }),
]);

export type ControlCommand = z.infer<typeof controlCommandSchema>;
export type ControlCommandType = ControlCommand['type'];

export type ParsedCommand = { ok: true; command: ControlCommand } | { ok: false; error: string };

/**
 * Validates an untrusted command. The error names the command and the field, for the
 * `control-refused` reply, e.g. "invalid jump command: stepIndex: Too small: expected number to be >=0".
 */
export function parseControlCommand(input: unknown): ParsedCommand {
  const parsed = controlCommandSchema.safeParse(input);
  if (parsed.success) return { ok: true, command: parsed.data };
  const issue = parsed.error.issues[0]!;
  const type = (input as { type?: unknown } | null)?.type;
  const what =
    typeof type !== 'string' ? 'invalid control command' : issue.path[0] === 'type' ? `unknown control command "${type}"` : `invalid ${type} command`;
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { ok: false, error: `${what}: ${where}${issue.message}` };
}
