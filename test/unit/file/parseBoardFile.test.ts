import { describe, expect, it } from 'vitest';
import { parseBoardFile, parseBoardFileJson } from '../../../shared/board/file';
import { sampleFile } from './sampleFile';

type SampleFile = ReturnType<typeof sampleFile>;

function refusal(edit: (file: SampleFile) => void) {
  const file = sampleFile();
  edit(file);
  const result = parseBoardFile(file);
  if (result.ok) throw new Error('expected the file to be refused');
  return { field: result.field, error: result.error };
}

describe('parseBoardFile', () => {
  it('accepts the example file of the spec, geometry or not', () => {
    const result = parseBoardFile(sampleFile());
    expect(result.ok).toBe(true);
  });

  it('keeps fields it does not know on the file, its teams, notes and links', () => {
    const file = sampleFile();
    file.theme = 'dark';
    file.teams[0]!.owner = 'Ana';
    file.notes[0]!.tags = ['growth'];
    file.links[0]!.strength = 2;
    const result = parseBoardFile(file);
    expect(result.ok && result.file.theme).toBe('dark');
    expect(result.ok && result.file.teams[0]!.owner).toBe('Ana');
    expect(result.ok && result.file.notes[0]!.tags).toEqual(['growth']);
    expect(result.ok && result.file.links[0]!.strength).toBe(2);
  });

  it('refuses something that is not an object', () => {
    expect(parseBoardFile([1, 2])).toEqual({
      ok: false,
      field: '',
      error: 'the file is not a board file: expected a JSON object, got a list',
    });
  });

  it('refuses text that is not JSON, such as a truncated file', () => {
    const text = JSON.stringify(sampleFile()).slice(0, 80);
    const result = parseBoardFileJson(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^the file is not valid JSON: /);
  });

  it('refuses a file of another format', () => {
    expect(refusal((f) => (f.format = 'miro'))).toEqual({
      field: 'format',
      error: 'format: "miro", not "alignboard"; this is not an Alignboard board file',
    });
  });

  it('refuses a file with no format', () => {
    expect(refusal((f) => delete f.format)).toEqual({
      field: 'format',
      error: 'format: missing; this is not an Alignboard board file',
    });
  });

  it('refuses another version before looking at anything else', () => {
    expect(refusal((f) => ((f.version = 2), (f.notes = [])))).toEqual({
      field: 'version',
      error: 'version: this is a version 2 file; Alignboard reads version 1',
    });
  });

  it('names a missing field', () => {
    expect(refusal((f) => delete f.notes[1]!.text)).toEqual({
      field: 'notes[1].text',
      error: 'notes[1].text: missing; expected text',
    });
  });

  it('names a field of the wrong type with the value it got', () => {
    expect(refusal((f) => (f.teams[0]!.level = 'top'))).toEqual({
      field: 'teams[0].level',
      error: 'teams[0].level: expected a number, got "top"',
    });
  });

  it('refuses a missing list of notes', () => {
    expect(refusal((f) => delete (f as Record<string, unknown>).notes)).toEqual({ field: 'notes', error: 'notes: missing; expected a list' });
  });

  it('refuses an unknown kind, listing the kinds', () => {
    expect(refusal((f) => (f.notes[0]!.kind = 'goal'))).toEqual({
      field: 'notes[0].kind',
      error: 'notes[0].kind: "goal" is not one of objective, kr, idea',
    });
  });

  it('refuses a budget below one', () => {
    expect(refusal((f) => (f.budget = { objectivesPerTeam: 0, krsPerObjective: 4 }))).toEqual({
      field: 'budget.objectivesPerTeam',
      error: 'budget.objectivesPerTeam: 0 is too small; expected at least 1',
    });
  });

  it('refuses a level name listed twice', () => {
    expect(refusal((f) => (f.levels = ['Company', 'Team', 'Team']))).toEqual({
      field: 'levels[2]',
      error: 'levels[2]: "Team" is listed twice',
    });
  });

  it('refuses a team on a level the board does not have', () => {
    expect(refusal((f) => (f.teams[1]!.level = 3))).toEqual({
      field: 'teams[1].level',
      error: 'teams[1].level: 3 is not a level on this board (0 Company, 1 Department, 2 Team)',
    });
  });

  it('refuses two notes with one id', () => {
    expect(refusal((f) => (f.notes[2]!.id = 'n1'))).toEqual({
      field: 'notes[2].id',
      error: 'notes[2].id: "n1" is already the id of notes[0]',
    });
  });

  it('refuses a note whose id is already a team id', () => {
    expect(refusal((f) => (f.notes[0]!.id = 't2'))).toEqual({
      field: 'notes[0].id',
      error: 'notes[0].id: "t2" is already the id of teams[1]',
    });
  });

  it('refuses a parent team that is not on the board', () => {
    expect(refusal((f) => (f.teams[1]!.parentId = 't9'))).toEqual({
      field: 'teams[1].parentId',
      error: 'teams[1].parentId: "t9" is not a team on this board',
    });
  });

  it('refuses a team that is its own parent', () => {
    expect(refusal((f) => (f.teams[1]!.parentId = 't2'))).toEqual({
      field: 'teams[1].parentId',
      error: 'teams[1].parentId: a team cannot be its own parent',
    });
  });

  it('refuses a loop in the org chart', () => {
    expect(refusal((f) => (f.teams[0]!.parentId = 't2'))).toEqual({
      field: 'teams[0].parentId',
      error: 'teams[0].parentId: "t2" makes a loop in the org chart',
    });
  });

  it('refuses a note in a team that is not on the board', () => {
    expect(refusal((f) => (f.notes[3]!.teamId = 't9'))).toEqual({
      field: 'notes[3].teamId',
      error: 'notes[3].teamId: "t9" is not a team on this board',
    });
  });

  it('refuses a key result whose objective is not on the board', () => {
    expect(refusal((f) => (f.notes[1]!.objectiveId = 'n9'))).toEqual({
      field: 'notes[1].objectiveId',
      error: 'notes[1].objectiveId: "n9" is not a note on this board',
    });
  });

  it("refuses a key result whose objective is not an objective", () => {
    expect(refusal((f) => (f.notes[2]!.objectiveId = 'n2'))).toEqual({
      field: 'notes[2].objectiveId',
      error: 'notes[2].objectiveId: "n2" is a key result, not an objective',
    });
  });

  it('refuses an objective that claims to belong to an objective', () => {
    expect(refusal((f) => (f.notes[3]!.objectiveId = 'n1'))).toEqual({
      field: 'notes[3].objectiveId',
      error: 'notes[3].objectiveId: only a key result belongs to an objective, and this note is an objective',
    });
  });

  it('refuses a link from a note that is not on the board', () => {
    expect(refusal((f) => (f.links[0]!.from = 'n5'))).toEqual({
      field: 'links[0].from',
      error: 'links[0].from: "n5" is not a note on this board',
    });
  });

  it('refuses a link to a note that is not on the board', () => {
    expect(refusal((f) => (f.links[1]!.to = 't1'))).toEqual({
      field: 'links[1].to',
      error: 'links[1].to: "t1" is not a note on this board',
    });
  });

  it('refuses a note linked to itself', () => {
    expect(refusal((f) => (f.links[0]!.to = 'n7'))).toEqual({
      field: 'links[0].to',
      error: 'links[0].to: a note cannot link to itself',
    });
  });

  it('refuses a second link between the same two notes, in either direction', () => {
    expect(refusal((f) => f.links.push({ id: 'l3', from: 'n1', to: 'n7' }))).toEqual({
      field: 'links[2]',
      error: 'links[2]: links "n1" and "n7" again; links[0] already joins them',
    });
  });
});
