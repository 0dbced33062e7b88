import { useContext } from 'react';
import { PreferencesContext, type Preferences } from './preferences-context';

export function usePreferences(): Preferences {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences must be used inside <PreferencesProvider>');
  return value;
}
