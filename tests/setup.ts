import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../public/_locales/en/messages.json';
import { beforeEach } from 'vitest';

type MessageEntry = { message: string; placeholders?: Record<string, { content: string }> };
const english = messages as Record<string, MessageEntry>;
let table: Record<string, MessageEntry> = english;

/** The real browser.i18n.getMessage, for the fake browser: the UI language's messages, else English. */
export function getMessage(key: string, subs?: string | string[]): string {
  const entry = table[key] ?? english[key];
  if (!entry) return '';
  const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  let text = entry.message;
  for (const [name, ph] of Object.entries(entry.placeholders ?? {})) {
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), ph.content);
  }
  return text.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
}

/**
 * Runs the test as if the browser's UI language were `lang`: its
 * public/_locales/<lang>/messages.json, or `custom` (a pseudo-locale).
 */
export function useMessages(lang: string, custom?: Record<string, MessageEntry>): void {
  const file = path.resolve(import.meta.dirname, '../public/_locales', lang.split('-')[0]!, 'messages.json');
  table = custom ?? (lang === 'en' ? english : (JSON.parse(readFileSync(file, 'utf8')) as Record<string, MessageEntry>));
  fakeBrowser.i18n.getUILanguage = () => lang;
}

beforeEach(() => {
  fakeBrowser.reset();
  table = english;
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
});
