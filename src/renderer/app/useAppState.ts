import { useContext } from 'react';
import { AppStateContext, type AppStateValue } from './app-state-context';

export function useAppState(): AppStateValue {
  const value = useContext(AppStateContext);
  if (!value) throw new Error('useAppState is used outside AppStateProvider');
  return value;
}
