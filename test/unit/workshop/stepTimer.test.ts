import { describe, expect, it } from 'vitest';
import { localizationWorkshop } from '../../../shared/script/localizationWorkshop';
import { applyControl } from '../../../shared/workshop/applyControl';
import type { ControlCommand } from '../../../shared/workshop/controlCommands';
import { initialControlState, timeLeftMs, type ControlState } from '../../../shared/workshop/controlState';
import { addTime, MAX_TIMER_MS, newTimer, pauseTimer, setTime, startTimer, timerLeftMs } from '../../../shared/workshop/stepTimer';

const T0 = 5_000_000;
const MIN = 60_000;

function at(state: ControlState, now: number, command: ControlCommand) {
  return applyControl(state, command, now, localizationWorkshop);
}

describe('the step countdown', () => {
  it('counts down only while running and stops at zero', () => {
    const timer = newTimer(5 * MIN, T0, true);
    expect(timerLeftMs(timer, T0)).toBe(5 * MIN);
    expect(timerLeftMs(timer, T0 + 90_000)).toBe(3.5 * MIN);
    expect(timerLeftMs(timer, T0 + 6 * MIN)).toBe(0);
    expect(timerLeftMs(newTimer(5 * MIN, T0, false), T0 + 6 * MIN)).toBe(5 * MIN);
  });

  it('never gains time when the server clock steps back', () => {
    expect(timerLeftMs(newTimer(5 * MIN, T0, true), T0 - 10_000)).toBe(5 * MIN);
  });

  it('starts, pauses and resumes to the millisecond', () => {
    let timer = startTimer(newTimer(10 * MIN, T0, false), T0 + 1_000);
    timer = pauseTimer(timer, T0 + 1_000 + 123_457);
    expect(timerLeftMs(timer, T0 + 999 * MIN)).toBe(10 * MIN - 123_457);
    timer = startTimer(timer, T0 + 20 * MIN);
    expect(timerLeftMs(timer, T0 + 20 * MIN + 7)).toBe(10 * MIN - 123_457 - 7);
  });

  it('leaves a running countdown alone when started again, and a paused one when paused again', () => {
    const running = newTimer(MIN, T0, true);
    expect(startTimer(running, T0 + 5_000)).toBe(running);
    const paused = newTimer(MIN, T0, false);
    expect(pauseTimer(paused, T0 + 5_000)).toBe(paused);
  });

  it('adds time to what is left, running or paused, and to the time box', () => {
    const running = addTime(newTimer(5 * MIN, T0, true), MIN, T0 + 2 * MIN);
    expect(timerLeftMs(running, T0 + 2 * MIN)).toBe(4 * MIN);
    expect(timerLeftMs(running, T0 + 3 * MIN)).toBe(3 * MIN);
    expect(running.durationMs).toBe(6 * MIN);
    const paused = addTime(newTimer(5 * MIN, T0, false), 5 * MIN, T0 + 2 * MIN);
    expect(paused).toEqual({ durationMs: 10 * MIN, remainingMs: 10 * MIN, runningSince: null });
  });

  // Regression: storing the time elapsed, +1 min on a countdown that ran out minutes ago added nothing.
  it('gives the whole minute added to a countdown that ran out while running', () => {
    const overran = newTimer(5 * MIN, T0, true);
    const extended = addTime(overran, MIN, T0 + 12 * MIN);
    expect(timerLeftMs(extended, T0 + 12 * MIN)).toBe(MIN);
    expect(timerLeftMs(extended, T0 + 12 * MIN + 15_000)).toBe(45_000);
  });

  it('takes time away down to zero left, never below, and keeps the time box at least what is left', () => {
    const shortened = addTime(newTimer(5 * MIN, T0, true), -2 * MIN, T0 + MIN);
    expect(timerLeftMs(shortened, T0 + MIN)).toBe(2 * MIN);
    const emptied = addTime(shortened, -60 * MIN, T0 + MIN);
    expect(timerLeftMs(emptied, T0 + MIN)).toBe(0);
    expect(emptied.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('sets a fresh time box, keeping a running countdown running', () => {
    expect(setTime(newTimer(5 * MIN, T0, true), 3 * MIN, T0 + MIN)).toEqual({ durationMs: 3 * MIN, remainingMs: 3 * MIN, runningSince: T0 + MIN });
    expect(setTime(newTimer(5 * MIN, T0, false), 3 * MIN, T0 + MIN).runningSince).toBeNull();
  });

  it('caps a countdown at four hours however much time is added', () => {
    let timer = newTimer(MIN, T0, false);
    for (let i = 0; i < 10; i++) timer = addTime(timer, 60 * MIN, T0);
    expect(timerLeftMs(timer, T0)).toBe(MAX_TIMER_MS);
    expect(timer.durationMs).toBe(MAX_TIMER_MS);
  });
});

describe('timer commands', () => {
  it('start, pause, +1 min and resume the room countdown exactly', () => {
    let state = initialControlState(T0);
    state = at(state, T0, { type: 'timer-start' }).state;
    expect(timeLeftMs(state, T0 + MIN)).toBe(9 * MIN);
    state = at(state, T0 + MIN, { type: 'timer-pause' }).state;
    expect(timeLeftMs(state, T0 + 30 * MIN)).toBe(9 * MIN);
    state = at(state, T0 + 2 * MIN, { type: 'timer-add', ms: MIN }).state;
    state = at(state, T0 + 3 * MIN, { type: 'timer-start' }).state;
    expect(timeLeftMs(state, T0 + 3 * MIN + 30_000)).toBe(9.5 * MIN);
    expect(state.version).toBe(5);
  });

  it('sets the countdown with timer-set', () => {
    const { state } = at(initialControlState(T0), T0 + MIN, { type: 'timer-set', ms: 2 * MIN });
    expect(state.timer).toEqual({ durationMs: 2 * MIN, remainingMs: 2 * MIN, runningSince: null });
  });

  it('changes nothing for a start while running, a pause while paused, or adding no time', () => {
    const paused = initialControlState(T0);
    expect(at(paused, T0, { type: 'timer-pause' }).state).toBe(paused);
    expect(at(paused, T0, { type: 'timer-add', ms: 0 }).state).toBe(paused);
    const running = at(paused, T0, { type: 'timer-start' }).state;
    expect(at(running, T0 + MIN, { type: 'timer-start' }).state).toBe(running);
  });
});
