import { z } from 'zod';
import { OVERLAY_MODES } from '../script/types';

const viewport = z.object({ x: z.number().finite(), y: z.number().finite(), zoom: z.number().positive().max(100) });
const MAX_ADD_MS = 60 * 60_000;

/** Every change to the control state, as validated from the wire. */
export const controlCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('next') }),
  z.object({ type: z.literal('previous') }),
  z.object({ type: z.literal('jump'), stepIndex: z.number().int().min(0) }),
  z.object({ type: z.literal('timer-start') }),
  z.object({ type: z.literal('timer-pause') }),
  z.object({ type: z.literal('timer-add'), ms: z.number().int().min(-MAX_ADD_MS).max(MAX_ADD_MS) }),
  z.object({ type: z.literal('lock'), locked: z.boolean() }),
  z.object({ type: z.literal('follow-me'), on: z.boolean(), viewport: viewport.optional() }),
  z.object({ type: z.literal('viewport'), viewport }),
  z.object({
    type: z.literal('spotlight'),
    target: z.object({ kind: z.enum(['note', 'team']), id: z.string().min(1).max(100) }).nullable(),
  }),
  z.object({ type: z.literal('private-mode'), on: z.boolean() }),
  z.object({ type: z.literal('reveal') }),
  z.object({ type: z.literal('overlay'), mode: z.enum(OVERLAY_MODES) }),
]);

export type ControlCommand = z.infer<typeof controlCommandSchema>;

export function parseControlCommand(input: unknown): { ok: true; command: ControlCommand } | { ok: false; error: string } {
  const parsed = controlCommandSchema.safeParse(input);
  if (parsed.success) return { ok: true, command: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: `invalid control command${issue?.path.length ? ` at ${issue.path.join('.')}` : ''}: ${issue?.message ?? 'unknown'}` };
}
