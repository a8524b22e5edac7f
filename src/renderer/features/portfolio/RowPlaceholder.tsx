import { useEffect } from 'react';

/**
 * Stands in for a row whose page has not arrived; being drawn is what asks for that page, so only
 * the rows on screen (plus the list's overscan) are ever fetched.
 */
export function RowPlaceholder({ index, need }: { index: number; need: (index: number) => void }) {
  useEffect(() => need(index), [index, need]);
  return <span className="icp-row-placeholder" aria-hidden />;
}
