// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ExerciseArt } from '../../components/ExerciseArt';

afterEach(cleanup);

const hrefs = (root: HTMLElement) => [...root.querySelectorAll('use')].map((u) => u.getAttribute('href'));

describe('ExerciseArt', () => {
  it('stacks the start frame behind the end frame, each referenced from its own file', () => {
    render(<ExerciseArt frames={{ start: '/a/x-start.svg', end: '/a/x-end.svg' }} label="A person kneeling." />);
    const art = screen.getByRole('img', { name: 'A person kneeling.' });
    expect(hrefs(art)).toEqual(['/a/x-start.svg#f', '/a/x-end.svg#f']); // document order: start painted first, behind
    expect([...art.querySelectorAll('svg')].map((s) => s.getAttribute('class'))).toEqual([
      'art__frame art__frame--start',
      'art__frame art__frame--end',
    ]);
    for (const svg of art.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).toBe('true');
  });

  it('draws only the end frame when that is all there is', () => {
    render(<ExerciseArt frames={{ end: '/a/x-end.svg' }} label="A person." />);
    expect(hrefs(screen.getByRole('img', { name: 'A person.' }))).toEqual(['/a/x-end.svg#f']);
  });

  it('keeps its place as an empty tile, still labelled, when an exercise has no drawing', () => {
    render(<ExerciseArt class="card__art" frames={{}} label="A person." />);
    const art = screen.getByRole('img', { name: 'A person.' });
    expect(art.className).toBe('card__art card__art--empty');
    expect(art.querySelector('svg')).toBeNull();
  });
});
