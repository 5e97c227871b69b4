import { englishHash } from './english-hash';
import type { TranslatedText } from './translation-gaps';

/** One entry of a `_locales/<lang>/messages.json` file. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessagesFile = Record<string, MessageEntry>;

/**
 * Where a translated message records its English source: the `description`
 * field (browsers ignore it) holds `en:<hash>`, optionally followed by a note
 * for translators after a space.
 */
const FROM = /^en:([0-9a-f]{8})\b/;

export function fromHashOf(entry: MessageEntry): string | undefined {
  return FROM.exec(entry.description ?? '')?.[1];
}

/** The description recording that `english` is the source, keeping any note. */
export function stampDescription(english: string, previous?: string): string {
  const note = (previous ?? '').replace(FROM, '').trim();
  return note === '' ? `en:${englishHash(english)}` : `en:${englishHash(english)} ${note}`;
}

/** Adapter: the English messages file as `{key → English}`. */
export function englishMessages(file: MessagesFile): Record<string, string> {
  return Object.fromEntries(Object.entries(file).map(([key, e]) => [key, e.message]));
}

/** Adapter: a translated messages file as `{key → {text, fromHash}}`. */
export function translatedMessages(file: MessagesFile): Record<string, TranslatedText> {
  return Object.fromEntries(Object.entries(file).map(([key, e]) => [key, { text: e.message, fromHash: fromHashOf(e) }]));
}
