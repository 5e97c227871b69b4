// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXERCISES } from '../../content/exercises';
import english from '../../content/text/en/safety';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import type { Precaution } from '../../core/exercise';
import { filterCatalogue } from '../../core/picker/picker';
import { mountOptions, saveWith, storedSettings } from './options-fixtures';

const PRECAUTION_TEXT = english.precautions;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
});
afterEach(() => cleanup());

/** Names of the exercises the default positions allow that carry this tag. */
const hiddenBy = (tag: Precaution) =>
  filterCatalogue(EXERCISES, { ...DEFAULT_SETTINGS.exercises, precautions: [] })
    .filter((e) => e.precautions.includes(tag))
    .map((e) => e.name);

describe('the optional screening in the options page', () => {
  it('a new install answers "my chair has wheels" (most office chairs roll) and lists the cards that need a fixed chair', async () => {
    await mountOptions();
    const box = screen.getByRole('checkbox', { name: new RegExp(PRECAUTION_TEXT.wheels.label) }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    const summary = screen.getByTestId('options-screening-removed');
    for (const name of hiddenBy('wheels')) expect(summary.textContent).toContain(name);
    expect(hiddenBy('wheels')).toHaveLength(3);
  });

  it.each(['hip-replacement', 'pregnancy', 'knees', 'balance', 'sciatica'] as const)(
    'answering "%s" saves the answer and lists every exercise it hides',
    async (tag) => {
      await mountOptions();
      const summary = screen.getByTestId('options-screening-removed');
      await saveWith(() => fireEvent.click(screen.getByRole('checkbox', { name: new RegExp(escape(PRECAUTION_TEXT[tag].label)) })));
      expect((await storedSettings())?.exercises.precautions).toEqual([tag, 'wheels']);
      const names = hiddenBy(tag);
      if (names.length === 0) expect(summary.textContent).toMatch(/None of the exercises/);
      for (const name of names) expect(summary.textContent).toContain(name);
    },
  );

  it('lowers the count of exercises that fit, and unticking brings them back', async () => {
    await mountOptions();
    const count = () => screen.getByTestId('exercise-count').querySelector('strong')!.textContent;
    const before = count();
    const box = screen.getByRole('checkbox', { name: new RegExp(PRECAUTION_TEXT.balance.label) });
    await saveWith(() => fireEvent.click(box));
    expect(count()).not.toBe(before);
    await saveWith(() => fireEvent.click(box));
    expect(count()).toBe(before);
    expect((await storedSettings())?.exercises.precautions).toEqual(['wheels']);
  });

  it('offers the floor as an opt-in for people with a clear floor or a mat, off for a new install', async () => {
    await mountOptions();
    const floor = screen.getByRole('checkbox', { name: /I have a clear floor or a mat/ }) as HTMLInputElement;
    expect(floor.checked).toBe(false);
  });
});

describe('the screening in the welcome', () => {
  it('is there on first run, optional, and saves an answer', async () => {
    await mountOptions('?welcome=1');
    const welcome = screen.getByTestId('welcome');
    await saveWith(() => fireEvent.click(within(welcome).getByRole('checkbox', { name: new RegExp(PRECAUTION_TEXT.pregnancy.label) })));
    expect((await storedSettings())?.exercises.precautions).toEqual(['pregnancy', 'wheels']);
    // The chair question is asked with the others, answered "wheels" until the person says otherwise.
    expect((within(welcome).getByRole('checkbox', { name: new RegExp(PRECAUTION_TEXT.wheels.label) }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(within(welcome).getByTestId('welcome-screening-removed').textContent).toMatch(/Hidden for you: /);
  });
});
