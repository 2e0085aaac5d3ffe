import type { ReactNode, SVGProps } from 'react';

/** Line icons on a 20px grid, stroked with currentColor so buttons colour them. */
function Icon({ children, ...props }: SVGProps<SVGSVGElement> & { children: ReactNode }) {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      {...props}
    >
      {children}
    </svg>
  );
}

export const ObjectiveIcon = () => (
  <Icon>
    <circle cx="10" cy="10" r="7" />
    <circle cx="10" cy="10" r="3.5" />
    <circle cx="10" cy="10" r="0.6" fill="currentColor" />
  </Icon>
);
export const KeyResultIcon = () => (
  <Icon>
    <path d="M3 15.5 L7.5 10.5 L10.5 13 L16.5 5.5" />
    <path d="M12.5 5.5 H16.5 V9.5" />
  </Icon>
);
export const IdeaIcon = () => (
  <Icon>
    <path d="M7 13.5 C5 12 4.5 10.5 4.5 9 A5.5 5.5 0 0 1 15.5 9 C15.5 10.5 15 12 13 13.5 V15 H7 Z" />
    <path d="M8 17.5 H12" />
  </Icon>
);
export const FrameIcon = () => (
  <Icon>
    <rect x="3" y="4.5" width="14" height="12" rx="1.5" />
    <path d="M3 8 H17" />
  </Icon>
);
export const UndoIcon = () => (
  <Icon>
    <path d="M7 5 L3.5 8.5 L7 12" />
    <path d="M3.5 8.5 H12 A4.5 4.5 0 0 1 12 17.5 H9" />
  </Icon>
);
export const RedoIcon = () => (
  <Icon>
    <path d="M13 5 L16.5 8.5 L13 12" />
    <path d="M16.5 8.5 H8 A4.5 4.5 0 0 0 8 17.5 H11" />
  </Icon>
);
export const FitIcon = () => (
  <Icon>
    <path d="M3.5 7.5 V3.5 H7.5 M12.5 3.5 H16.5 V7.5 M16.5 12.5 V16.5 H12.5 M7.5 16.5 H3.5 V12.5" />
  </Icon>
);
export const LegendIcon = () => (
  <Icon>
    <path d="M3 6 H7 M3 10 H7 M3 14 H7" />
    <path d="M10 6 H17 M10 10 H17 M10 14 H17" strokeDasharray="2 2" />
  </Icon>
);
export const LinkIcon = () => (
  <Icon>
    <path d="M8.5 11.5 A3 3 0 0 0 12.7 11.7 L15 9.4 A3 3 0 0 0 10.6 5 L9.6 6" />
    <path d="M11.5 8.5 A3 3 0 0 0 7.3 8.3 L5 10.6 A3 3 0 0 0 9.4 15 L10.4 14" />
  </Icon>
);
export const EyeIcon = () => (
  <Icon>
    <path d="M2 10 C4 6 7 4.5 10 4.5 C13 4.5 16 6 18 10 C16 14 13 15.5 10 15.5 C7 15.5 4 14 2 10 Z" />
    <circle cx="10" cy="10" r="2.5" />
  </Icon>
);
export const CopyIcon = () => (
  <Icon>
    <rect x="7" y="7" width="10" height="10" rx="1.5" />
    <path d="M13 4.5 V4 A1 1 0 0 0 12 3 H4 A1 1 0 0 0 3 4 V12 A1 1 0 0 0 4 13 H4.5" />
  </Icon>
);

/** A filled 16px padlock, for notices and chips about what cannot be changed. */
export function LockGlyph() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
