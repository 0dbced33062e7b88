/**
 * Language and elder mode (长辈版): both remembered in localStorage and reflected on <html>
 * (`lang`, `data-elder`) so CSS, screen readers and the browser's own features follow.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import i18n, { LANGUAGE_STORAGE_KEY, readStoredLanguage, type Language } from '../../i18n';
import { PreferencesContext, type Preferences } from './preferences-context';

const ELDER_STORAGE_KEY = 'ow.elder';

function readStoredElder(): boolean {
  try {
    return localStorage.getItem(ELDER_STORAGE_KEY) === 'true';
  } catch {
    return false;
  }
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // private browsing: the choice lasts for this page only
  }
}

export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(readStoredLanguage);
  const [elder, setElderState] = useState<boolean>(readStoredElder);

  useEffect(() => {
    document.documentElement.lang = language;
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [language]);

  useEffect(() => {
    if (elder) document.documentElement.dataset.elder = 'true';
    else delete document.documentElement.dataset.elder;
  }, [elder]);

  const value = useMemo<Preferences>(
    () => ({
      language,
      elder,
      setLanguage: (next) => {
        store(LANGUAGE_STORAGE_KEY, next);
        setLanguageState(next);
      },
      setElder: (next) => {
        store(ELDER_STORAGE_KEY, String(next));
        setElderState(next);
      },
    }),
    [language, elder],
  );

  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}
