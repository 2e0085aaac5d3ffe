import { useState, type FocusEvent } from 'react';
import { updateTeam } from '../../shared/board';
import { useBoardSession } from '../board/BoardContext';
import { useBoardSnapshot } from '../sync/useBoardSnapshot';
import { useUi } from '../ui/store';
import type { TeamNodeData } from './toFlow';

/** Renames a team, changes its function or level; saved on Enter or when focus leaves. */
export function TeamHeaderEditor({ id, data }: { id: string; data: TeamNodeData }) {
  const session = useBoardSession();
  const levels = useBoardSnapshot(session.store).meta.levels;
  const stopEditing = useUi((s) => s.stopEditing);
  const [name, setName] = useState(data.name);
  const [fn, setFn] = useState(data.function);
  const [level, setLevel] = useState(data.level);

  const save = () => {
    const newName = name.trim() || data.name;
    // A team named "Sales" works in Sales unless someone says otherwise.
    updateTeam(session.doc, id, { name: newName, function: fn.trim() || data.function || newName, level }, session.origin);
    stopEditing();
  };
  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) save();
  };

  return (
    <form
      className="team-editor nodrag nopan"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onBlur={onBlur}
      onKeyDown={(event) => event.key === 'Escape' && stopEditing()}
    >
      <input
        autoFocus
        aria-label="Team name"
        data-testid="team-name-input"
        value={name}
        onChange={(event) => setName(event.target.value)}
        onFocus={(event) => event.target.select()}
      />
      <input aria-label="Function" placeholder="Function" value={fn} onChange={(event) => setFn(event.target.value)} />
      <select aria-label="Level" value={level} onChange={(event) => setLevel(Number(event.target.value))}>
        {levels.map((levelName, index) => (
          <option key={levelName + index} value={index}>
            {levelName}
          </option>
        ))}
      </select>
      <button type="submit">Save</button>
    </form>
  );
}
