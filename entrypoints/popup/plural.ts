import { t } from '../../utils/i18n';

/**
 * Picks `${base}_${category}` by the locale's plural rules (one, few, other…),
 * falling back to `${base}_other`, so a language with more forms only adds keys.
 */
export function tPlural(base: string, n: number, locale: string): string {
  const key = `${base}_${new Intl.PluralRules(locale).select(n)}`;
  const text = t(key, n);
  return text === key ? t(`${base}_other`, n) : text;
}
