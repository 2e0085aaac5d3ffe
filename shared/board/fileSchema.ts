import { z } from 'zod';
import { NOTE_KINDS } from './types';

/**
 * The JSON board file, format v1 (PRODUCT.md section 2), as zod schemas. Objects are
 * loose so fields a newer tool wrote survive a round trip; geometry is optional because
 * hand-made and spreadsheet-made files have none (the import lays them out).
 * References between entries are checked after the shape, in fileChecks.ts.
 */

export const BOARD_FILE_FORMAT = 'alignboard';

const id = z.string().min(1);
const nullableId = id.nullable();
const coordinate = z.number();
const size = z.number().positive();

export const budgetSchema = z.object({
  objectivesPerTeam: z.number().int().min(1),
  krsPerObjective: z.number().int().min(1),
});

export const metricSchema = z.object({
  baseline: z.number().optional(),
  target: z.number().optional(),
  unit: z.string().optional(),
});

export const fileTeamSchema = z.looseObject({
  id,
  name: z.string(),
  function: z.string(),
  level: z.number().int().min(0),
  parentId: nullableId.optional(),
  x: coordinate.optional(),
  y: coordinate.optional(),
  w: size.optional(),
  h: size.optional(),
  color: z.string().optional(),
});

export const fileNoteSchema = z.looseObject({
  id,
  kind: z.enum(NOTE_KINDS),
  text: z.string(),
  /** Omitted on a key result: it sits in its objective's team. */
  teamId: nullableId.optional(),
  objectiveId: nullableId.optional(),
  x: coordinate.optional(),
  y: coordinate.optional(),
  author: z.string().optional(),
  createdAt: z.number().optional(),
  metric: metricSchema.optional(),
});

export const fileLinkSchema = z.looseObject({
  id,
  from: id,
  to: id,
});

export const boardFileSchema = z.looseObject({
  format: z.literal(BOARD_FILE_FORMAT),
  version: z.literal(1),
  title: z.string(),
  createdAt: z.number().optional(),
  levels: z.array(z.string().min(1)).min(1).optional(),
  budget: budgetSchema.optional(),
  teams: z.array(fileTeamSchema),
  notes: z.array(fileNoteSchema),
  links: z.array(fileLinkSchema),
});

export type BoardFile = z.infer<typeof boardFileSchema>;
export type FileTeam = z.infer<typeof fileTeamSchema>;
export type FileNote = z.infer<typeof fileNoteSchema>;
export type FileLink = z.infer<typeof fileLinkSchema>;

/** Fields the format names; everything else on an entry is kept as an extra. */
export const FILE_TOP_FIELDS: readonly string[] = Object.keys(boardFileSchema.shape);
export const FILE_TEAM_FIELDS: readonly string[] = Object.keys(fileTeamSchema.shape);
export const FILE_NOTE_FIELDS: readonly string[] = Object.keys(fileNoteSchema.shape);
export const FILE_LINK_FIELDS: readonly string[] = Object.keys(fileLinkSchema.shape);
