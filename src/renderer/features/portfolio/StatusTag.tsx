import { Tag } from 'antd';
import type { FiledMarker, FiledState } from '../../../shared/domain';
import { useLabels } from './useLabels';

const COLORS: Readonly<Record<FiledState, string>> = {
  UNFILED: 'default',
  ACTIVE: 'success',
  ACCESS_REMOVED: 'warning',
  SHELL: 'error',
  CANCELLED: 'default',
  REVOKED: 'error',
};

/** A filed state (and its markers) as coloured tags; the words carry the meaning, not the colour. */
export function StatusTag({ state, markers = [] }: { state: FiledState; markers?: readonly FiledMarker[] }) {
  const labels = useLabels();
  return (
    <>
      <Tag color={COLORS[state]}>{labels.state(state)}</Tag>
      {markers.map((marker) => (
        <Tag key={marker} color="orange">
          {labels.marker(marker)}
        </Tag>
      ))}
    </>
  );
}
