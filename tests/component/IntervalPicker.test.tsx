// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IntervalPicker, parseMinutes } from '../../components/IntervalPicker';

afterEach(cleanup);

describe('parseMinutes', () => {
  it.each([
    ['45', 45],
    [' 5 ', 5],
    ['180', 180],
    ['4', null],
    ['181', null],
    ['45.0', null],
    ['-10', null],
    ['1e2', null],
    ['0x1e', null],
    ['', null],
    ['forty', null],
  ])('"%s" → %s', (text, minutes) => {
    expect(parseMinutes(text, 5, 180)).toBe(minutes);
  });
});

describe('IntervalPicker', () => {
  const mount = (onSave = vi.fn().mockResolvedValue(true)) => {
    render(<IntervalPicker value={45} presets={[20, 30, 45]} min={5} max={180} onSave={onSave} />);
    return onSave;
  };
  const submit = async (text: string) => {
    fireEvent.input(screen.getByLabelText('Remind me every'), { target: { value: text } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Set' }));
    });
  };
  const error = () => document.getElementById('interval-error')!.textContent;

  it('summarises the current interval, briefly on screen and in full for screen readers', () => {
    mount();
    const summary = document.querySelector('summary')!;
    expect([summary.textContent, summary.getAttribute('aria-label')]).toEqual(['Every 45 min', 'Remind me every 45 min']);
  });

  it('saves nothing and explains the range for an invalid value', async () => {
    const onSave = mount();
    await submit('200');
    expect(onSave).not.toHaveBeenCalled();
    expect(error()).toBe('Use a whole number of minutes from 5 to 180.');
  });

  it('does not save the value it already has', async () => {
    const onSave = mount();
    await submit('45');
    expect(onSave).not.toHaveBeenCalled();
    expect(error()).toBe('');
  });

  it('says so when saving fails', async () => {
    mount(vi.fn().mockResolvedValue(false));
    await submit('50');
    expect(error()).toBe('Could not save. Please try again.');
  });
});
