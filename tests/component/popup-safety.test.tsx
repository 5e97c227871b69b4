// @vitest-environment happy-dom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exerciseById } from '../../content/exercises';
import { redFlagsOf } from '../../content/safety';
import english from '../../content/text/en/safety';
import { ExerciseCard } from '../../components/ExerciseCard';
import { loadSessionView } from '../../entrypoints/popup/session-view-loader';
import { mountPopup, SIDE_HOLD, T0, trackerAt } from './popup-fixtures';
import { usePageAt } from './page-at';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { staticExerciseSource } from '../../entrypoints/popup/exercise-source';

const { disclaimer: DISCLAIMER, beforeYouStart: BEFORE_YOU_START } = english;
const RED_FLAGS = redFlagsOf(english);

const storedAck = async () =>
  ((await fakeBrowser.storage.sync.get('settings')).settings as { safetyAcknowledged?: boolean } | undefined)?.safetyAcknowledged;
const start = () => fireEvent.click(screen.getByRole('button', { name: 'Start · 1 minute' }));

usePageAt(T0);

describe('the safety text before the first guided minute', () => {
  it('a first-time user pressing Start reads the safety text, acknowledges it, and only then the minute starts', async () => {
    await mountPopup({ settings: { safetyAcknowledged: false } });
    start();
    const intro = await screen.findByTestId('safety-intro');
    expect(intro.textContent).toContain(DISCLAIMER);
    expect(intro.textContent).toContain(BEFORE_YOU_START);
    for (const f of RED_FLAGS) expect(intro.textContent).toContain(f.sign);
    // The signs sit under their tier, the emergency one first, each saying where to go.
    const tiers = within(intro).getAllByRole('region');
    expect(tiers.map((t) => t.getAttribute('aria-label'))).toEqual(Object.values(english.tiers).map((t) => t.title));
    for (const f of RED_FLAGS.filter((x) => x.tier === 'emergency')) expect(tiers[0]!.textContent).toContain(f.sign);
    expect(document.activeElement?.id).toBe('safety-intro-title');
    expect(document.querySelector('.ring__value')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'I have read this, start' }));
    await act(async () => {
      await loadSessionView();
    });
    await waitFor(() => expect(document.querySelector('.ring__value')).not.toBeNull());
    expect(await storedAck()).toBe(true);
  });

  it('a user who has acknowledged it goes straight into the minute, with the safety text one click away on the card', async () => {
    await mountPopup({ settings: { safetyAcknowledged: true } });
    const details = screen.getByText('Safety').closest('details')!;
    // Opening the disclosure shows the text (it loads then: the first paint does not carry it).
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(details.textContent).toContain(RED_FLAGS[0]!.sign));
    start();
    expect(screen.queryByTestId('safety-intro')).toBeNull();
  });
});

describe('a seated exercise at a break prompt', () => {
  const due = { prompt: { phase: 'due' as const, firstAt: T0 - 60_000, shownAt: T0 - 60_000, nudges: 0, until: null, checks: 0 } };
  it.each([
    ['the prompt is due: the card begins with standing up and a few steps', due, true],
    ['no prompt yet (opened early from the toolbar): no lead-in', {}, false],
  ])('%s', async (_, patch, shown) => {
    await mountPopup({ tracker: trackerAt(T0, { exerciseId: SIDE_HOLD.id, ...patch }, 46) });
    expect(screen.queryByTestId('stand-up-first') !== null).toBe(shown);
  });
});

describe('on a chair with wheels', () => {
  const squeeze = exerciseById('glute-squeeze')!;
  it.each([
    ['"my chair has wheels": the standing stand-in says which seated exercise it replaces, and why', ['wheels'], true],
    ['a fixed chair: no such line', [], false],
  ] as const)('%s', async (_, precautions, shown) => {
    const base = DEFAULT_SETTINGS.exercises;
    await mountPopup(
      { tracker: trackerAt(T0, { exerciseId: squeeze.id }), settings: { exercises: { ...base, precautions: [...precautions] } } },
      false,
      'en-US',
      undefined,
      staticExerciseSource([squeeze]),
    );
    const card = screen.getByRole('article');
    expect(card.textContent?.includes('Instead of Sit-to-stand with a squeeze: your chair has wheels')).toBe(shown);
  });
});

describe('the card coaches like a physiotherapist', () => {
  it('shows how hard and how to breathe, with mistakes, easier, harder and the source one click away', () => {
    const pigeon = exerciseById('desk-pigeon')!;
    render(<ExerciseCard exercise={pigeon} />);
    expect(screen.getByText(/How hard:/).parentElement!.textContent).toContain(pigeon.intensity);
    expect(screen.getByText(/How hard:/).parentElement!.textContent).toContain(pigeon.breathing);
    const tips = screen.getByText('Tips: mistakes, easier, harder').closest('details')!;
    for (const text of [...pigeon.mistakes, pigeon.easier, pigeon.harder, pigeon.why]) expect(tips.textContent).toContain(text);
    expect(tips.textContent).toContain(
      'Desk version of Pigeon pose · from: Tight Glutes Causing Lower Back Pain? How To Release The Glutes',
    );
  });
});
