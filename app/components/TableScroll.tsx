// A wide table's own sideways scroll: on a phone the table scrolls inside this box instead of the whole page.
// The box is a named region that takes the keyboard focus, so the arrow keys scroll it too.
import type { ReactNode } from "react";

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
