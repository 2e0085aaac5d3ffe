import { useCallback, useContext, useState, type FormEvent } from 'react';
import { snapshotPath, type BoardInfoResponse, type SnapshotInfo } from '../../shared/protocol/api';
import { ROLE_PERMISSIONS } from '../../shared/protocol/roles';
import { BoardContext } from '../board/BoardContext';
import { CameraIcon } from '../export/exportIcons';
import { navigate, useRoute } from '../router';
import { PopoverButton } from '../ui/PopoverButton';
import { useUi } from '../ui/store';
import { listSnapshots, takeSnapshot } from './snapshotApi';
import { snapshotKind, snapshotTime } from './snapshotLabels';
import './snapshots.css';

/**
 * The board's snapshots, newest first: each opens read-only. The facilitator takes one
 * by name here; the server also takes one at every step change.
 */
export function SnapshotsMenu({ info }: { info: BoardInfoResponse }) {
  const session = useContext(BoardContext);
  const route = useRoute();
  const key = route.page === 'board' ? route.key : '';
  const [snapshots, setSnapshots] = useState<SnapshotInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    listSnapshots(info.id, key).then(
      (list) => {
        setSnapshots(list);
        setError(null);
      },
      (failure: Error) => setError(failure.message),
    );
  }, [info.id, key]);

  if (!session) return null;
  return (
    <PopoverButton
      className="menu"
      buttonClassName="button button--small"
      buttonTestId="snapshots-menu"
      label={
        <>
          <CameraIcon /> Snapshots
        </>
      }
      popup="dialog"
      panelClassName="menu__popover snapshots"
      panelLabel="Snapshots"
      panelTestId="snapshots-panel"
      onOpen={refresh}
    >
      {() => (
        <>
          {ROLE_PERMISSIONS[info.role].control && <TakeSnapshotForm boardId={info.id} boardKey={key} onTaken={refresh} />}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <h3 className="menu__section">Open one read-only</h3>
          <SnapshotList snapshots={snapshots} open={(sid) => navigate(snapshotPath(info.id, sid, key))} />
        </>
      )}
    </PopoverButton>
  );
}

function TakeSnapshotForm({ boardId, boardKey, onTaken }: { boardId: string; boardKey: string; onTaken(): void }) {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const toast = useUi((s) => s.toast);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const taken = await takeSnapshot(boardId, boardKey, name);
      toast(`Snapshot “${taken.name}” taken`);
      setName('');
      onTaken();
    } catch (failure) {
      toast(`No snapshot taken: ${(failure as Error).message}`, 'warning');
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="snapshots__take" onSubmit={submit}>
      <input
        value={name}
        onChange={(event) => setName(event.target.value)}
        placeholder="Name, e.g. After the focus check"
        maxLength={120}
        aria-label="Snapshot name"
        data-testid="snapshot-name"
      />
      <button type="submit" className="button button--primary button--small" disabled={busy} data-testid="take-snapshot">
        Take snapshot
      </button>
    </form>
  );
}

function SnapshotList({ snapshots, open }: { snapshots: SnapshotInfo[] | null; open(snapshotId: string): void }) {
  if (!snapshots) return <p className="muted small snapshots__empty">Loading snapshots…</p>;
  if (snapshots.length === 0) {
    return <p className="muted small snapshots__empty">No snapshots yet. One is taken at every step change of the workshop.</p>;
  }
  return (
    <ul className="snapshots__list" data-testid="snapshot-list">
      {snapshots.map((snapshot) => (
        <li key={snapshot.id}>
          <button
            type="button"
            className="menu__item"
            data-testid="snapshot-item"
            data-snapshot-id={snapshot.id}
            data-auto={snapshot.auto}
            onClick={() => open(snapshot.id)}
          >
            <strong>{snapshot.name}</strong>
            <span>
              {snapshotTime(snapshot.createdAt)} · {snapshotKind(snapshot)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
