import { CascadeToast } from './CascadeToast';
import { CopyDownDialog } from './CopyDownDialog';
import { FindingsPanel } from './FindingsPanel';
import { OverlaySwitch } from './OverlaySwitch';
import { ProjectionPanel } from './ProjectionPanel';

/** The overlay's controls over the canvas: the mode switch, the cascade toast, the copy-down dialog. */
export function OverlayControls() {
  return (
    <>
      <OverlaySwitch />
      <CascadeToast />
      <CopyDownDialog />
    </>
  );
}

/** The overlay's side panels: findings, and in ballooning mode the cascade projection. */
export function OverlayPanels() {
  return (
    <>
      <FindingsPanel />
      <ProjectionPanel />
    </>
  );
}
