/** Icons of the export and snapshot menus, drawn like client/ui/icons.tsx: 20px grid, currentColor. */

const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

export const DownloadIcon = () => (
  <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" {...stroke}>
    <path d="M10 3.5 V12.5 M6 8.5 L10 12.5 L14 8.5" />
    <path d="M3.5 13.5 V16.5 H16.5 V13.5" />
  </svg>
);

export const CameraIcon = () => (
  <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" {...stroke}>
    <path d="M3 7 H6 L7.5 5 H12.5 L14 7 H17 V16 H3 Z" />
    <circle cx="10" cy="11" r="3" />
  </svg>
);
