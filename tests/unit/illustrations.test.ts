import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../content/exercises';
import { illustrationFrames, illustrationUrl } from '../../content/illustrations';
import { REPO_ROOT } from './originality-seeds';

const DIR = path.join(REPO_ROOT, 'content/illustrations');
/** The exercises the catalogue v2 contract adds; drawn here even before their data lands. */
const CONTRACT_IDS = ['desk-split-squat', 'standing-hip-hinge', 'ball-glute-release'];
const IDS = [...new Set([...EXERCISES.map((e) => e.id), ...CONTRACT_IDS])].sort();
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.svg'));
const read = (file: string) => readFileSync(path.join(DIR, file), 'utf8');

/** Tag names in order, failing on anything that is not a well-formed tag with quoted attributes. */
function checkWellFormed(svg: string): void {
  const stack: string[] = [];
  const text = svg.trim();
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  let at = 0;
  while (at < text.length) {
    const next = text.indexOf('<', at);
    if (next === -1) {
      expect(text.slice(at).trim(), 'no text outside the root').toBe('');
      break;
    }
    expect(text.slice(at, next).trim(), 'no text content').toBe('');
    tag.lastIndex = next;
    const m = tag.exec(text);
    expect(m, `a well-formed tag at ${text.slice(next, next + 40)}`).not.toBeNull();
    const [whole, closing, name, , selfClosing] = m!;
    if (closing) expect(stack.pop(), `</${name}> closes its own tag`).toBe(name);
    else if (!selfClosing) stack.push(name!);
    at = next + whole.length;
  }
  expect(stack, 'every tag is closed').toEqual([]);
}

describe('the illustration files', () => {
  it('are exactly a start and an end frame for every exercise (the old single pictures are gone)', () => {
    const expected = IDS.flatMap((id) => [`${id}-end.svg`, `${id}-start.svg`]).sort();
    expect(FILES.sort()).toEqual(expected);
  });

  it.each(FILES)('%s is a well-formed 120 × 120 SVG', (file) => {
    const svg = read(file);
    checkWellFormed(svg);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 120 120">/);
    expect(svg, 'one group with id "f", for <use href="…#f">').toMatch(/^<svg [^>]*><g id="f" /);
    expect(svg.length).toBeLessThan(4096);
  });

  it.each(FILES)('%s is drawn in currentColor with a tinted target muscle', (file) => {
    const svg = read(file);
    expect(svg).toContain('stroke="currentColor"');
    for (const [, value] of svg.matchAll(/(?:fill|stroke)="([^"]*)"/g)) expect(['none', 'currentColor']).toContain(value);
    expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i); // no fixed colour anywhere
    expect(svg, 'a shape with class "target"').toMatch(/<(path|ellipse|circle)[^>]* class="target"/);
    expect(svg).toContain('fill:var(--target-fill,currentColor)');
  });

  it.each(FILES)('%s holds no script, text or external reference', (file) => {
    const svg = read(file);
    expect(svg).not.toMatch(/<script|<text|<image|<foreignObject|<style|\son\w+=|href|url\(|javascript:/i);
  });

  it.each(IDS)('%s: arrows show the movement in the end frame only', (id) => {
    expect(read(`${id}-end.svg`)).toContain('class="arrow"');
    expect(read(`${id}-start.svg`)).not.toContain('class="arrow"');
  });
});

describe('illustrationFrames', () => {
  it.each(IDS)('gives %s a start and an end URL, each its own file (not inlined in the bundle)', (id) => {
    const { start, end } = illustrationFrames(id);
    expect(start).toMatch(/^(?!data:)[^?]*-start[^/?]*\.svg(\?|$)/);
    expect(end).toMatch(/^(?!data:)[^?]*-end[^/?]*\.svg(\?|$)/);
  });

  it('keeps illustrationUrl working: it is the end frame', () => {
    for (const id of IDS) expect(illustrationUrl(id)).toBe(illustrationFrames(id).end);
  });

  it('has no frames for an unknown exercise', () => {
    expect(illustrationFrames('no-such-exercise')).toEqual({});
    expect(illustrationUrl('no-such-exercise')).toBeUndefined();
  });
});

describe('the drawings show what the exercise relies on', () => {
  const supported = EXERCISES.filter((e) => e.support !== 'none').map((e) => [e.id, e.support] as const);
  const seated = EXERCISES.filter((e) => e.position === 'seated').map((e) => e.id);

  it.each(supported)('%s: both frames show the %s the person holds or leans on', (id, support) => {
    for (const which of ['start', 'end']) expect(read(`${id}-${which}.svg`)).toContain(`class="${support}"`);
  });

  it.each(seated)('%s: both frames show the chair', (id) => {
    for (const which of ['start', 'end']) expect(read(`${id}-${which}.svg`)).toContain('class="chair"');
  });
});
