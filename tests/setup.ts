import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../public/_locales/en/messages.json';
import { beforeEach } from 'vitest';

type MessageEntry = { message: string; placeholders?: Record<string, { content: string }> };
const table = messages as Record<string, MessageEntry>;

/** The real browser.i18n.getMessage, for the fake browser: reads en/messages.json. */
export function getMessage(key: string, subs?: string | string[]): string {
  const entry = table[key];
  if (!entry) return '';
  const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  let text = entry.message;
  for (const [name, ph] of Object.entries(entry.placeholders ?? {})) {
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), ph.content);
  }
  return text.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
});
