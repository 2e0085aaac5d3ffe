import { useState } from 'react';
import type { BoardInfoResponse } from '../../shared/protocol/api';
import { storedName } from '../sync/identity';
import { useBoardConnection } from '../sync/useBoardConnection';
import { BoardError } from './BoardError';
import { BoardView } from './BoardView';
import { NameDialog } from './NameDialog';
import { useBoardInfo } from './useBoardInfo';

/**
 * Opens a board from its link: check the key with the server (a clear page for a wrong key
 * or a deleted board instead of an endlessly reconnecting canvas) while already connecting,
 * so a big board is syncing by the time the check answers; then ask the person's name once
 * unless they only view.
 */
export function BoardPage({ id, boardKey }: { id: string; boardKey: string }) {
  const { result, retry } = useBoardInfo(id, boardKey);
  const [name, setName] = useState(storedName);
  const connection = useBoardConnection(id, boardKey, result === null || result.ok);

  if (!result) return <div className="page-loading">Opening board…</div>;
  if (!result.ok) return <BoardError reason={result.reason} message={result.message} onRetry={retry} />;
  const info: BoardInfoResponse = result.info;
  if (info.role !== 'viewer' && !name) return <NameDialog title={info.title} onName={setName} />;
  return <BoardView info={info} boardKey={boardKey} name={info.role === 'viewer' ? name || 'Viewer' : name} state={connection} />;
}
