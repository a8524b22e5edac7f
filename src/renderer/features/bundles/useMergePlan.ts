import { useCallback, useRef, useState } from 'react';
import type { BundlePlan, BundlePreview, BundleResolution, IpcError } from '../../../shared/ipc';
import { invoke } from '../../api';

export interface MergePlanState {
  /** The plan for the resolutions chosen so far (the preview's until the first change). */
  plan: BundlePlan;
  resolutions: Readonly<Record<string, BundleResolution>>;
  /** A re-plan is on its way: the counts on screen are for the previous choice. */
  planning: boolean;
  error: IpcError | undefined;
  choose: (conflictId: string, resolution: BundleResolution) => void;
  /** The resolutions of the conflicts the current plan has (a choice for one that went away is dropped). */
  chosen: () => Record<string, BundleResolution>;
}

/**
 * The merge plan following the user's resolutions: each change asks main to plan again (bundle:plan,
 * the same rule the import carries out), so "a merge adds" and the conflicts are never computed a
 * second way here. Only the answer to the latest choice is shown.
 */
export function useMergePlan(preview: BundlePreview): MergePlanState {
  const [plan, setPlan] = useState<BundlePlan>(preview);
  const [resolutions, setResolutions] = useState<Record<string, BundleResolution>>({});
  const [planning, setPlanning] = useState(false);
  const [error, setError] = useState<IpcError>();
  const latest = useRef(0);

  const choose = useCallback(
    (conflictId: string, resolution: BundleResolution) => {
      const next = { ...resolutions, [conflictId]: resolution };
      setResolutions(next);
      const request = ++latest.current;
      setPlanning(true);
      void invoke('bundle:plan', { bundleId: preview.bundleId, resolutions: next }).then((result) => {
        if (request !== latest.current) return;
        setPlanning(false);
        setError(result.ok ? undefined : result.error);
        if (result.ok) setPlan(result.data);
      });
    },
    [preview.bundleId, resolutions],
  );

  const chosen = useCallback(() => {
    const out: Record<string, BundleResolution> = {};
    for (const c of plan.conflicts) {
      const r = resolutions[c.id];
      if (r) out[c.id] = r;
    }
    return out;
  }, [plan, resolutions]);

  return { plan, resolutions, planning, error, choose, chosen };
}
