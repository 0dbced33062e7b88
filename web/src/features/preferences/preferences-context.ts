import { createContext } from 'react';
import type { Language } from '../../i18n';

export interface Preferences {
  language: Language;
  elder: boolean;
  setLanguage: (language: Language) => void;
  setElder: (elder: boolean) => void;
}

export const PreferencesContext = createContext<Preferences | null>(null);
