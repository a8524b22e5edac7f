import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** "← Entities" above a page title: where this page was reached from. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <div style={{ marginBottom: 8 }}>
      <Link to={to}>
        <span aria-hidden>← </span>
        {children}
      </Link>
    </div>
  );
}
