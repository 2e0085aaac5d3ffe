import { useCallback, useMemo, useRef, type KeyboardEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Finding, Severity } from '../../shared/analysis';
import { OVERLAY_MODES } from '../../shared/script/overlayModes';
import { useBoardSession } from '../board/BoardContext';
import { FIT_HIDDEN } from '../canvas/detail';
import { useUi } from '../ui/store';
import { applyCascadeFix } from './cascadeActions';
import { findingKey, findingTarget, groupFindings } from './findings';
import type { OverlayState } from './overlayModel';
import { useOverlayUi } from './overlayUi';
import { useOverlayState } from './useOverlay';

const selectState = (state: OverlayState) => state;
const NO_STATE = null;

const SEVERITY_LABEL: Record<Severity, string> = { info: 'Info', warning: 'Warning', problem: 'Problem' };

/**
 * Everything the overlay found, grouped by rule: the mode's rules, or all of them. A
 * finding takes the view to what it concerns and selects it; arrow keys move between
 * findings, Enter goes.
 */
export function FindingsPanel() {
  const session = useBoardSession();
  const state = useOverlayState<OverlayState | null>(selectState, NO_STATE);
  const allRules = useOverlayUi((s) => s.allRules);
  const active = useOverlayUi((s) => s.activeFinding);
  const { fitView } = useReactFlow();
  const list = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLElement>(null);

  const mode = state?.mode ?? 'off';
  const findings = state?.analysis?.findings;
  const groups = useMemo(
    () => (findings ? groupFindings(findings, allRules ? null : OVERLAY_MODES[mode].rules) : []),
    [findings, allRules, mode],
  );

  const goTo = useCallback(
    (finding: Finding) => {
      const target = findingTarget(finding, session.store.getSnapshot());
      const ui = useUi.getState();
      ui.selectOnly(target.selectNodes);
      if (target.selectEdges.length > 0) ui.changeSelection('edges', target.selectEdges.map((id) => ({ id, selected: true })));
      useOverlayUi.getState().setActiveFinding(findingKey(finding));
      // Fit into the part of the canvas the toolbar, the overlay bar and this panel leave free.
      const right = `${(panel.current?.offsetWidth ?? 0) + 48}px` as const;
      const padding = { top: '88px', bottom: '40px', left: '96px', right } as const;
      if (target.fit.length > 0) void fitView({ nodes: target.fit.map((id) => ({ id })), padding, duration: 400, maxZoom: 1.1, ...FIT_HIDDEN });
    },
    [session, fitView],
  );

  if (!state || mode === 'off') return null;
  const total = groups.reduce((sum, group) => sum + group.findings.length, 0);
  const keys = groups.flatMap((group) => group.findings.map(findingKey));
  const focusable = keys.includes(active ?? '') ? active : keys[0];

  const onKeyDown = (event: KeyboardEvent) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('[data-finding-key]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      event.key === 'ArrowDown' ? at + 1 : event.key === 'ArrowUp' ? at - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : null;
    if (next === null || buttons.length === 0) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]!.focus();
  };

  return (
    <section ref={panel} className="findings panel" aria-labelledby="findings-title" data-testid="findings-panel">
      <header className="panel__head">
        <h2 id="findings-title">
          Findings <span className="findings__mode">{allRules ? 'all rules' : OVERLAY_MODES[mode].title}</span>
        </h2>
        <span className="findings__total" data-testid="findings-total">
          {total}
        </span>
      </header>
      <label className="findings__all">
        <input type="checkbox" checked={allRules} onChange={() => useOverlayUi.getState().toggleAllRules()} />
        Show every rule
      </label>
      <div className="findings__list" ref={list} onKeyDown={onKeyDown}>
        {groups.length === 0 && <p className="findings__none">Nothing to point out here.</p>}
        {groups.map((group) => (
          <div key={group.rule} className="findings__group" data-testid="finding-group" data-rule={group.rule}>
            <h3 id={`findings-${group.rule}`}>
              <SeverityIcon severity={group.severity} />
              <span>{group.title}</span>
              <span className="findings__count" data-testid="finding-count">
                {group.findings.length}
              </span>
            </h3>
            <ul aria-labelledby={`findings-${group.rule}`}>
              {group.findings.map((finding) => {
                const key = findingKey(finding);
                // A cascade finding names the objective to localize from last, when there is one.
                const fixable = finding.rule === 'cascade-link' && session.canEdit && finding.ids.length > 3;
                return (
                  <li key={key} className={`finding${key === active ? ' is-active' : ''}`}>
                    <button
                      type="button"
                      className="finding__go"
                      tabIndex={key === focusable ? 0 : -1}
                      aria-current={key === active ? 'true' : undefined}
                      data-finding-key={key}
                      data-testid="finding"
                      data-rule={finding.rule}
                      data-subject={finding.ids[0]}
                      onClick={() => goTo(finding)}
                    >
                      {finding.message}
                      {key === active && finding.suggestion && finding.rule !== 'cascade-link' && (
                        <span className="finding__suggestion">{finding.suggestion}</span>
                      )}
                    </button>
                    {fixable && (
                      <button
                        type="button"
                        className="finding__fix"
                        data-testid="finding-fix"
                        onClick={() => applyCascadeFix(session, finding.ids[0]!)}
                      >
                        Link to its objective instead
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg className={`severity severity--${severity}`} width="14" height="14" viewBox="0 0 14 14" role="img" aria-label={SEVERITY_LABEL[severity]}>
      {severity === 'problem' && <path d="M7 1.5 13 12.5H1Z" />}
      {severity === 'warning' && <rect x="2" y="2" width="10" height="10" rx="2" transform="rotate(45 7 7)" />}
      {severity === 'info' && <circle cx="7" cy="7" r="5.5" />}
    </svg>
  );
}
