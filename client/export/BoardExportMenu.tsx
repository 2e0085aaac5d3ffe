import { useContext, useMemo } from 'react';
import type { BoardInfoResponse } from '../../shared/protocol/api';
import { BoardContext } from '../board/BoardContext';
import { useRoute } from '../router';
import { ExportMenu } from './ExportMenu';

/** The live board's export menu, for every role; shown once the board is open. */
export function BoardExportMenu({ info }: { info: BoardInfoResponse }) {
  const session = useContext(BoardContext);
  const route = useRoute();
  const key = route.page === 'board' ? route.key : '';
  const source = useMemo(() => ({ boardId: info.id, key, title: info.title }), [info.id, info.title, key]);
  if (!session) return null;
  return <ExportMenu source={source} withImport />;
}
