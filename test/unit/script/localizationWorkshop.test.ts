import { describe, expect, it } from 'vitest';
import { cascadeProjection, OUTPUT_VERBS, outputKrReason, outputVerbMatcher } from '../../../shared/analysis';
import type { Note } from '../../../shared/board/types';
import { localizationWorkshop } from '../../../shared/script/localizationWorkshop';
import { OVERLAY_MODES } from '../../../shared/script/overlayModes';
import type { ScriptStep } from '../../../shared/script/types';

const script = localizationWorkshop;

function step(id: string): ScriptStep {
  const found = script.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

function kr(text: string): Note {
  return { id: 'k', kind: 'kr', text, teamId: null, objectiveId: null, x: 0, y: 0, author: '', createdAt: 0, extra: {} };
}

describe('the localization workshop script', () => {
  it('has the nine steps of PRODUCT.md section 5, in order', () => {
    expect(script.steps.map((s) => s.title)).toEqual([
      'Welcome',
      'Strategic intent',
      'Support',
      'Localize',
      'Key results',
      'Copy down',
      'Cross-functional check',
      'Focus check',
      'Wrap-up',
    ]);
  });

  it('writes every field of every step: goal, prompt, a few facilitator notes, whole minutes', () => {
    for (const s of script.steps) {
      expect(s.goal.length, s.id).toBeGreaterThan(40);
      expect(s.participantPrompt.length, s.id).toBeGreaterThan(60);
      expect(s.facilitatorNotes.length, s.id).toBeGreaterThanOrEqual(3);
      expect(s.facilitatorNotes.length, s.id).toBeLessThanOrEqual(6);
      for (const note of s.facilitatorNotes) expect(note.length, s.id).toBeGreaterThan(30);
      expect(Number.isInteger(s.minutes) && s.minutes >= 5 && s.minutes <= 30, s.id).toBe(true);
      expect(Object.keys(OVERLAY_MODES), s.id).toContain(s.overlayMode);
    }
  });

  it('fits a workshop of about two hours', () => {
    const total = script.steps.reduce((sum, s) => sum + s.minutes, 0);
    expect(total).toBeGreaterThanOrEqual(90);
    expect(total).toBeLessThanOrEqual(150);
  });

  it('opens with the ballooning arithmetic the cascade projection computes', () => {
    const notes = step('welcome').facilitatorNotes.join(' ');
    for (const count of cascadeProjection(3, 3, 3)) expect(notes).toMatch(new RegExp(`\\b${count}\\b`));
    expect(notes).toMatch(/silo/i);
    expect(notes).toMatch(/output|tactical/i);
  });

  it('keeps the top level read-only from strategic intent until wrap-up', () => {
    expect(script.steps.map((s) => s.topLevelReadOnly)).toEqual([false, true, true, true, true, true, true, true, false]);
  });

  it('runs the Support step as a private brainstorm of ideas, asking the article\'s question', () => {
    expect(script.steps.filter((s) => s.privateIdeas).map((s) => s.id)).toEqual(['support']);
    expect(step('support')).toMatchObject({ invitedKinds: ['idea'], overlayMode: 'off' });
    expect(step('support').participantPrompt).toContain('What can we do to support this goal?');
    expect(step('support').facilitatorNotes.join(' ')).toMatch(/HR supports a growth objective/);
  });

  it('asks teams to link their objective to the upper objective, never to its key result', () => {
    const localize = step('localize');
    expect(localize).toMatchObject({ invitedKinds: ['objective'], overlayMode: 'alignment' });
    expect(localize.participantPrompt).toMatch(/link it to the upper objective it serves, not to one of its key results/i);
    expect(localize.example?.poor).toMatch(/key result copied as an objective/);
  });

  it('gives the Key results step examples the output-KR check agrees with', () => {
    const keyResults = step('key-results');
    const matcher = outputVerbMatcher(OUTPUT_VERBS);
    expect(keyResults).toMatchObject({ invitedKinds: ['kr'], overlayMode: 'kr-quality' });
    expect(outputKrReason(kr(keyResults.example!.good), matcher)).toBeNull();
    expect(outputKrReason(kr(keyResults.example!.poor), matcher)).toEqual({ kind: 'verb', verb: 'launch' });
    for (const model of ['Increase sales hires per quarter from 4 to 10', 'Decrease time from first interview to offer from 30 to 14 days']) {
      expect(keyResults.facilitatorNotes.join(' ')).toContain(model);
      expect(outputKrReason(kr(model), matcher)).toBeNull();
    }
  });

  it('switches to the overlay each check needs: alignment, KR quality, silos, ballooning', () => {
    expect(script.steps.map((s) => [s.id, s.overlayMode])).toEqual([
      ['welcome', 'off'],
      ['strategic-intent', 'off'],
      ['support', 'off'],
      ['localize', 'alignment'],
      ['key-results', 'kr-quality'],
      ['copy-down', 'alignment'],
      ['cross-functional', 'silos'],
      ['focus', 'ballooning'],
      ['wrap-up', 'off'],
    ]);
  });

  it('invites key results, not objectives, when copying down, and limits it to what a team owns', () => {
    expect(step('copy-down').invitedKinds).toEqual(['kr']);
    expect(step('copy-down').participantPrompt).toMatch(/only what you own/i);
  });

  it('invites nothing while the room listens, and new notes only where a step asks for them', () => {
    expect(step('welcome').invitedKinds).toEqual([]);
    expect(step('strategic-intent').invitedKinds).toEqual([]);
    expect(step('wrap-up').invitedKinds).toEqual([]);
    expect(step('cross-functional').invitedKinds).toEqual(['objective', 'kr']);
  });
});
