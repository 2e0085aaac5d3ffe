import { useCallback, useState, useSyncExternalStore } from 'react';
import { setBudget, type Budget } from '../../shared/board';
import { useBoardSession } from '../board/BoardContext';
import { PopoverButton } from '../ui/PopoverButton';
import { MAX_BUDGET, parseBudgetCount } from './budgetInput';

const FIELDS: readonly { key: keyof Budget; label: string }[] = [
  { key: 'objectivesPerTeam', label: 'Objectives per team' },
  { key: 'krsPerObjective', label: 'Key results per objective' },
];

/**
 * The board's focus budget, in the overlay bar. Only the facilitator changes it (the
 * budget is the workshop's rule, not a participant's); everyone else sees it.
 */
export function BudgetSettings() {
  const session = useBoardSession();
  const { store } = session;
  const objectivesPerTeam = useSyncExternalStore(store.subscribe, () => store.getSnapshot().meta.budget.objectivesPerTeam);
  const krsPerObjective = useSyncExternalStore(store.subscribe, () => store.getSnapshot().meta.budget.krsPerObjective);
  const budget: Budget = { objectivesPerTeam, krsPerObjective };
  const editable = session.role === 'facilitator';

  return (
    <PopoverButton
      className="budget"
      buttonClassName="overlay-bar__budget"
      buttonTestId="budget-toggle"
      buttonTitle="The focus budget the overlay checks teams and objectives against"
      label={`Budget ${objectivesPerTeam} × ${krsPerObjective}`}
      popup="dialog"
      panelClassName="budget__popover"
      panelLabel="Focus budget"
      panelTestId="budget-settings"
    >
      {() => (
        <>
          <p className="budget__intro">
            A team keeps its focus with few objectives, each with few key results.
            {!editable && ' The facilitator sets the budget.'}
          </p>
          {FIELDS.map(({ key, label }) => (
            <BudgetField
              key={key}
              label={label}
              value={budget[key]}
              editable={editable}
              onChange={(value) => setBudget(session.doc, { ...budget, [key]: value }, session.origin)}
              testId={`budget-${key}`}
            />
          ))}
        </>
      )}
    </PopoverButton>
  );
}

interface BudgetFieldProps {
  label: string;
  value: number;
  editable: boolean;
  onChange(value: number): void;
  testId: string;
}

/** A number field that writes only whole numbers in range; what else is typed waits, marked invalid. */
function BudgetField({ label, value, editable, onChange, testId }: BudgetFieldProps) {
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? String(value);
  const valid = parseBudgetCount(shown) !== null;
  const commit = useCallback(() => {
    const parsed = parseBudgetCount(shown);
    if (parsed !== null && parsed !== value) onChange(parsed);
    setText(null);
  }, [shown, value, onChange]);

  return (
    <label className="budget__field">
      <span>{label}</span>
      {editable ? (
        <input
          type="number"
          min={1}
          max={MAX_BUDGET}
          value={shown}
          aria-invalid={!valid}
          data-testid={testId}
          onChange={(event) => {
            setText(event.target.value);
            const parsed = parseBudgetCount(event.target.value);
            if (parsed !== null && parsed !== value) onChange(parsed);
          }}
          onBlur={commit}
          onKeyDown={(event) => event.key === 'Enter' && commit()}
        />
      ) : (
        <output data-testid={testId}>{value}</output>
      )}
    </label>
  );
}
