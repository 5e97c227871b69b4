import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { ENGLISH_TEXT, type LocaleText } from '../content/locale-text';

/** Safety text in the UI language; the pages provide it, English by default (tests). */
export const LocaleTextContext = createContext<LocaleText>(ENGLISH_TEXT);

export const useLocaleText = (): LocaleText => useContext(LocaleTextContext);
