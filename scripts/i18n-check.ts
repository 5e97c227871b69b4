// `npm run i18n:check`: per locale, every text that is missing (falls back to
// English), stale (English changed since it was translated) or extra.
// `npm run i18n:check -- --stamp de key1 key2`: after translating or updating
// those keys in de, record the current English they were translated from.
// `npm run i18n:check -- --stamp-text de clamshell safety.redFlags` (or `all`):
// the same for catalogue/safety text in content/text/de/ (keys or key prefixes).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stampDescription } from '../core/i18n/messages-file';
import { stampedCatalogue } from '../content/catalogue-text';
import { catalogueSource, i18nReport, LOCALES_DIR, readMessages, translatedLocales, uiSource } from './i18n-report';

const args = process.argv.slice(2);
if (args[0] === '--stamp') stamp(args[1], args.slice(2));
else if (args[0] === '--stamp-text') stampText(args[1], args.slice(2));
else check();

function check(): void {
  const report = i18nReport([uiSource(), catalogueSource()], translatedLocales());
  let total = 0;
  for (const [locale, bySource] of Object.entries(report)) {
    for (const [source, gaps] of Object.entries(bySource)) {
      const n = gaps.missing.length + gaps.stale.length + gaps.extra.length;
      total += n;
      console.log(`${locale} ${source}: ${n === 0 ? 'complete' : `${n} to do`}`);
      for (const key of gaps.missing) console.log(`  missing  ${key}`);
      for (const key of gaps.stale) console.log(`  stale    ${key}`);
      for (const key of gaps.extra) console.log(`  extra    ${key}`);
    }
  }
  process.exitCode = total === 0 ? 0 : 1;
}

function stamp(locale: string | undefined, keys: string[]): void {
  if (!locale || keys.length === 0) throw new Error('usage: --stamp <locale> <key>…');
  const en = readMessages('en');
  const file = readMessages(locale);
  for (const key of keys) {
    const entry = file[key];
    const source = en[key];
    if (!entry || !source) throw new Error(`${locale}/${key}: no such message in both files`);
    entry.description = stampDescription(source.message, entry.description);
  }
  writeFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), JSON.stringify(file, null, 2) + '\n');
  console.log(`${locale}: recorded the English source of ${keys.length} message(s)`);
}

function stampText(locale: string | undefined, prefixes: string[]): void {
  if (!locale || prefixes.length === 0) throw new Error('usage: --stamp-text <locale> <key or prefix>…|all');
  const stamps = stampedCatalogue(locale, prefixes);
  writeFileSync(
    path.resolve(import.meta.dirname ?? __dirname, `../content/text/${locale}/stamps.json`),
    JSON.stringify(stamps, null, 2) + '\n',
  );
  console.log(`${locale}: ${Object.keys(stamps).length} catalogue text(s) stamped in total`);
}
