// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChoiceMenu } from '../../components/ChoiceMenu';

afterEach(cleanup);

function setup() {
  const onChoose = vi.fn();
  render(
    <div>
      <ChoiceMenu
        label="Snooze"
        choices={[
          { value: 5, label: '5 minutes' },
          { value: 10, label: '10 minutes' },
        ]}
        onChoose={onChoose}
      />
      <button type="button">elsewhere</button>
    </div>,
  );
  const details = document.querySelector('details')!;
  const open = () =>
    act(() => {
      details.open = true;
      fireEvent(details, new Event('toggle'));
    });
  return { onChoose, details, open };
}

describe('ChoiceMenu', () => {
  it('reports the choice and closes, returning focus to its button', async () => {
    const { onChoose, details, open } = setup();
    await open();
    fireEvent.click(screen.getByRole('button', { name: '10 minutes' }));
    expect(onChoose).toHaveBeenCalledWith(10);
    expect(details.open).toBe(false);
    expect(document.activeElement?.textContent).toBe('Snooze');
  });

  it.each([
    ['Escape', () => fireEvent.keyDown(document, { key: 'Escape' })],
    ['a click elsewhere', () => fireEvent.pointerDown(screen.getByRole('button', { name: 'elsewhere' }))],
  ])('closes on %s without choosing', async (_, act) => {
    const { onChoose, details, open } = setup();
    await open();
    act();
    expect(details.open).toBe(false);
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('keeps Escape from reaching the page while open (the break window would close)', async () => {
    const { open } = setup();
    const pageHandler = vi.fn();
    document.addEventListener('keydown', pageHandler);
    await open();
    fireEvent.keyDown(document, { key: 'Escape' });
    fireEvent.keyDown(document, { key: 'Escape' });
    document.removeEventListener('keydown', pageHandler);
    expect(pageHandler).toHaveBeenCalledTimes(1);
  });
});
