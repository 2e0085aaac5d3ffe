import { describe, expect, it } from 'vitest';
import { RULES, type RuleId } from '../../../shared/analysis/types';
import { NOTE_KINDS } from '../../../shared/board/types';
import { localizationWorkshop } from '../../../shared/script/localizationWorkshop';
import { OVERLAY_MODE_IDS, OVERLAY_MODES } from '../../../shared/script/overlayModes';
import { DEFAULT_SCRIPT_ID, SCRIPTS, defaultScript, scriptById } from '../../../shared/script/scripts';

describe('the script registry', () => {
  it('serves the localization workshop by default and for an unknown or inherited id', () => {
    expect(defaultScript).toBe(localizationWorkshop);
    expect(DEFAULT_SCRIPT_ID).toBe('localization');
    expect(scriptById('localization')).toBe(localizationWorkshop);
    expect(scriptById('retired-script')).toBe(defaultScript);
    expect(scriptById('toString')).toBe(defaultScript);
  });

  it.each(Object.entries(SCRIPTS))('holds script %s under its own id, well formed', (id, script) => {
    expect(script.id).toBe(id);
    expect(script.title.trim()).not.toBe('');
    expect(script.summary.trim()).not.toBe('');
    expect(script.steps.length).toBeGreaterThan(0);
    expect(new Set(script.steps.map((s) => s.id)).size).toBe(script.steps.length);
    for (const step of script.steps) {
      expect(step.id, step.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(step.minutes, step.id).toBeGreaterThan(0);
      expect(OVERLAY_MODE_IDS, step.id).toContain(step.overlayMode);
      for (const kind of step.invitedKinds) expect(NOTE_KINDS, step.id).toContain(kind);
      expect(new Set(step.invitedKinds).size, step.id).toBe(step.invitedKinds.length);
    }
  });
});

describe('overlay modes', () => {
  it('lists off first, then the four modes of the overlay switch', () => {
    expect(OVERLAY_MODE_IDS).toEqual(['off', 'alignment', 'silos', 'ballooning', 'kr-quality']);
    expect(OVERLAY_MODES.off.rules).toEqual([]);
  });

  it('brings every analysis rule forward in at least one mode, and names no other', () => {
    const shown = new Set<RuleId>(OVERLAY_MODE_IDS.flatMap((mode) => [...OVERLAY_MODES[mode].rules]));
    expect([...shown].sort()).toEqual(Object.keys(RULES).sort());
  });
});
