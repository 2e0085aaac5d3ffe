import { useState } from 'react';
import { DownloadIcon } from './exportIcons';
import { EXPORT_CHOICES, type ExportSource } from './exportChoices';
import { ExportProgressPanel } from './ExportProgressPanel';
import { ImportDialog } from './ImportDialog';
import { useExport } from './useExport';
import { usePopover } from './usePopover';
import './export.css';

interface ExportMenuProps {
  source: ExportSource;
  /** Offer "Import into a new board…" (on the live board; a snapshot page has its own actions). */
  withImport?: boolean;
}

/** Every download of a board or snapshot in one menu: images drawn here, files from the server. */
export function ExportMenu({ source, withImport = false }: ExportMenuProps) {
  const { open, setOpen, anchor } = usePopover<HTMLDivElement>();
  const { run, progress } = useExport(source);
  const [importing, setImporting] = useState(false);
  const images = EXPORT_CHOICES.filter((choice) => choice.kind === 'image');
  const files = EXPORT_CHOICES.filter((choice) => choice.kind === 'file');

  const item = (choice: (typeof EXPORT_CHOICES)[number]) => (
    <li key={choice.id}>
      <button
        type="button"
        role="menuitem"
        className="menu__item"
        data-testid={`export-${choice.id}`}
        disabled={progress !== null}
        onClick={() => {
          setOpen(false);
          void run(choice);
        }}
      >
        <strong>{choice.label}</strong>
        <span>{choice.hint}</span>
      </button>
    </li>
  );

  return (
    <div className="menu" ref={anchor}>
      <button
        type="button"
        className="button button--small"
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid="export-menu"
        onClick={() => setOpen(!open)}
      >
        <DownloadIcon /> Export
      </button>
      {open && (
        <div className="menu__popover panel" role="menu" aria-label="Export">
          <h3 className="menu__section">Picture of the whole board</h3>
          <ul>{images.map(item)}</ul>
          <h3 className="menu__section">Files</h3>
          <ul>{files.map(item)}</ul>
          {withImport && (
            <>
              <h3 className="menu__section">Another board</h3>
              <ul>
                <li>
                  <button
                    type="button"
                    role="menuitem"
                    className="menu__item"
                    data-testid="import-into-new"
                    onClick={() => {
                      setOpen(false);
                      setImporting(true);
                    }}
                  >
                    <strong>Import into a new board…</strong>
                    <span>From a board file (.json) or an OKR list (.csv)</span>
                  </button>
                </li>
              </ul>
            </>
          )}
        </div>
      )}
      {progress && <ExportProgressPanel progress={progress} />}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </div>
  );
}
