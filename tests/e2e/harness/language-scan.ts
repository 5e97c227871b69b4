import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOGUE } from '../../../content/catalogue';
import { ROOT } from './paths';

/**
 * The "no English left" scanner for a page rendered in another language, used
 * by the Chromium and the Firefox language tests: it reads what a user can
 * read (text, labels, titles, alt text) and lists every English UI sentence
 * that still shows.
 */
export type Messages = Record<string, { message: string; description?: string }>;

export const messages = (locale: string): Messages =>
  JSON.parse(readFileSync(path.join(ROOT, `public/_locales/${locale}/messages.json`), 'utf8')) as Messages;

/** English UI sentences in `text`: every English message (longer than a word or two, without placeholders) the locale says differently. */
/** Seed exercises a desk variant cites by their English name ("Desk version of Pigeon pose"): citations stay English. */
const CITED = new Set(CATALOGUE.flatMap((e) => (e.adaptsFrom ? [e.adaptsFrom] : [])));

export function englishLeft(text: string, locale: string): string[] {
  const english = messages('en');
  const local = messages(locale);
  return Object.entries(english)
    .filter(([key, m]) => m.message.length > 8 && !m.message.includes('$') && local[key]?.message !== m.message)
    .filter(([key, m]) => !(key.startsWith('exercise_') && CITED.has(m.message)))
    .map(([, m]) => m.message)
    .filter((m) => text.includes(m));
}

/**
 * Runs in the page: the text a user can read or hear, attributes included.
 * Self-contained (it is sent to the browser as source).
 */
function readableText(): string {
  const parts = [document.body.innerText];
  for (const el of document.querySelectorAll('[aria-label],[title],[alt],[placeholder]')) {
    for (const a of ['aria-label', 'title', 'alt', 'placeholder']) parts.push(el.getAttribute(a) ?? '');
  }
  return parts.join('\n');
}

/** A Playwright or a Puppeteer page: both evaluate a function in the page. */
export interface EvaluatingPage {
  evaluate<T>(fn: () => T): Promise<T>;
}

export const readable = (page: EvaluatingPage): Promise<string> => page.evaluate(readableText);

/** `<html lang>` as the page set it. */
export const documentLanguage = (page: EvaluatingPage): Promise<string> => page.evaluate(() => document.documentElement.lang);
