import { useState } from 'react';
import { DownloadIcon } from './exportIcons';
import { EXPORT_CHOICES, type ExportSource } from './exportChoices';
import { ExportProgressPanel } from './ExportProgressPanel';
import { ImportDialog } from './ImportDialog';
import { useExport } from './useExport';
import { PopoverButton } from '../ui/PopoverButton';
import './export.css';

interface ExportMenuProps {
  source: ExportSource;
  /** Offer "Import into a new board…" (on the live board; a snapshot page has its own actions). */
  withImport?: boolean;
}

/** Every download of a board or snapshot in one menu: images drawn here, files from the server. */
export function ExportMenu({ source, withImport = false }: ExportMenuProps) {
  const { run, progress } = useExport(source);
  const [importing, setImporting] = useState(false);
  const images = EXPORT_CHOICES.filter((choice) => choice.kind === 'image');
  const files = EXPORT_CHOICES.filter((choice) => choice.kind === 'file');

  const item = (close: () => void) => (choice: (typeof EXPORT_CHOICES)[number]) => (
    <li key={choice.id}>
      <button
        type="button"
        role="menuitem"
        className="menu__item"
        data-testid={`export-${choice.id}`}
        disabled={progress !== null}
        onClick={() => {
          close();
          void run(choice);
        }}
      >
        <strong>{choice.label}</strong>
        <span>{choice.hint}</span>
      </button>
    </li>
  );

  return (
    <>
      <PopoverButton
        className="menu"
        buttonClassName="button button--small"
        buttonTestId="export-menu"
        label={
          <>
            <DownloadIcon /> Export
          </>
        }
        popup="menu"
        panelClassName="menu__popover"
        panelLabel="Export"
      >
        {(close) => (
          <>
            <h3 className="menu__section">Picture of the whole board</h3>
            <ul>{images.map(item(close))}</ul>
            <h3 className="menu__section">Files</h3>
            <ul>{files.map(item(close))}</ul>
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
                        close();
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
          </>
        )}
      </PopoverButton>
      {progress && <ExportProgressPanel progress={progress} />}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </>
  );
}
