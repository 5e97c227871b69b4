// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CountdownRing } from '../../components/CountdownRing';

afterEach(cleanup);

const C = 2 * Math.PI * 54;

describe('CountdownRing', () => {
  it.each([
    [1, 0],
    [0.75, C * 0.25],
    [0.5, C * 0.5],
    [0, C],
    [1.5, 0], // clamped: never more than a full ring
    [-0.2, C], // clamped: never less than empty
  ])('with %f of the time left, hides %f of the stroke', (remaining, offset) => {
    render(<CountdownRing remaining={remaining} value="30" label="30 seconds left" />);
    const bar = document.querySelector('.ring__bar')!;
    expect(Number(bar.getAttribute('stroke-dashoffset'))).toBeCloseTo(offset, 1);
  });

  it('is a timer named by its label, with the visible text hidden from screen readers', () => {
    render(<CountdownRing remaining={0.5} value="30" caption="Hold" label="30 seconds left" tone="alert" />);
    const timer = screen.getByRole('timer', { name: '30 seconds left' });
    expect(timer.classList.contains('ring--alert')).toBe(true);
    expect(timer.querySelector('.ring__center')!.getAttribute('aria-hidden')).toBe('true');
    expect(timer.querySelector('.ring__center')!.textContent).toBe('30Hold');
  });
});
