import { useEffect, useState } from 'react';
import { fetchBoardInfo, type BoardInfoResult } from '../api';

/**
 * The board's title and my role, checked with the server for a link's key: null while
 * asking. `retry` asks again (the error page's button).
 */
export function useBoardInfo(id: string, key: string): { result: BoardInfoResult | null; retry(): void } {
  const [result, setResult] = useState<BoardInfoResult | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setResult(null);
    void fetchBoardInfo(id, key).then((next) => live && setResult(next));
    return () => {
      live = false;
    };
  }, [id, key, attempt]);
  return { result, retry: () => setAttempt((n) => n + 1) };
}
