import type { ExportProgress } from './useExport';

/** "Preparing the PNG image… 40%", with a spinner, while an export runs. */
export function ExportProgressPanel({ progress }: { progress: ExportProgress }) {
  const percent = Math.round(progress.done * 100);
  return (
    <div className="export-progress panel" role="status" aria-live="polite" data-testid="export-progress">
      <span className="spinner" aria-hidden="true" />
      <div className="export-progress__text">
        <strong>{progress.done < 1 ? `${progress.label}…` : 'Saving…'}</strong>
        <div className="export-progress__bar" aria-hidden="true">
          <div style={{ width: `${percent}%` }} />
        </div>
      </div>
      <span className="export-progress__percent">{percent}%</span>
    </div>
  );
}
