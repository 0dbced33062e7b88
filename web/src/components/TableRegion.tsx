import type { ReactNode } from 'react';

/**
 * A keyboard-scrollable box for a wide read-only table on a narrow screen (the table itself has
 * nothing focusable, so the box takes the focus and a name).
 */
export function TableRegion({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <div className="table-region" role="region" aria-label={label} tabIndex={0}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
