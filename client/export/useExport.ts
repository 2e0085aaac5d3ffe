import { useCallback, useContext, useState } from 'react';
import { BoardContext } from '../board/BoardContext';
import { useUi } from '../ui/store';
import { downloadFromServer, saveBlob } from './download';
import { withEveryNodeDrawn } from './everyNodeDrawn';
import { fallbackFilename, imageFilename, serverExportUrl, type ExportChoice, type ExportSource } from './exportChoices';
import { PNG_LIMITS } from './imageFrame';

/** An export under way: what it is and how far (0 to 1) the picture is drawn. */
export interface ExportProgress {
  label: string;
  done: number;
}

/** Where the canvas on screen keeps its nodes and edges; what an image export captures. */
const VIEWPORT_SELECTOR = '[data-testid=canvas] .react-flow__viewport';

/**
 * Runs one export choice: images are drawn from the canvas on this page, files come from
 * the server. Successes and failures are told in a toast.
 */
export function useExport(source: ExportSource): { run(choice: ExportChoice): Promise<void>; progress: ExportProgress | null } {
  const session = useContext(BoardContext);
  const toast = useUi((s) => s.toast);
  const [progress, setProgress] = useState<ExportProgress | null>(null);

  const run = useCallback(
    async (choice: ExportChoice) => {
      const label = choice.kind === 'image' ? `Preparing the ${choice.format.toUpperCase()} image` : `Preparing ${choice.label}`;
      setProgress({ label, done: 0 });
      try {
        if (choice.kind === 'file') {
          const name = await downloadFromServer(serverExportUrl(source, choice.format), fallbackFilename(source, choice.format, new Date()));
          toast(`Saved ${name}`);
          return;
        }
        const viewport = document.querySelector<HTMLElement>(VIEWPORT_SELECTOR);
        if (!viewport || !session) throw new Error('The board is not on screen yet.');
        const board = session.store.getSnapshot();
        const options = { overlay: choice.overlay, onProgress: (done: number) => setProgress({ label, done }) };
        const name = imageFilename(source, choice.format, choice.overlay, new Date());
        const nodeCount = board.notes.length + board.teams.length;
        // Loaded on the first picture: html-to-image and the tiling are no part of opening a board.
        const { renderPng, renderSvg } = await import('./renderImage');
        if (choice.format === 'svg') {
          saveBlob(await withEveryNodeDrawn(viewport, nodeCount, () => renderSvg(viewport, board, options)), name);
          toast(`Saved ${name}`);
          return;
        }
        const png = await withEveryNodeDrawn(viewport, nodeCount, () => renderPng(viewport, board, options));
        saveBlob(png.blob, name);
        toast(
          png.pixelRatio < PNG_LIMITS.pixelRatio
            ? `Saved ${name} at ${png.pixelRatio}x: the board is too big for 2x. The SVG is sharp at any size.`
            : `Saved ${name}`,
        );
      } catch (error) {
        toast(`Export failed: ${error instanceof Error ? error.message : String(error)}`, 'warning');
      } finally {
        setProgress(null);
      }
    },
    [session, source, toast],
  );
  return { run, progress };
}
