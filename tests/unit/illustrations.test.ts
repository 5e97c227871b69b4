import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../content/exercises';
import { illustrationFrames, illustrationUrl } from '../../content/illustrations';
import { REPO_ROOT } from './originality-seeds';
import { breaking } from '../breaking';

const DIR = path.join(REPO_ROOT, 'content/illustrations');
/** The exercises the catalogue v2 contract adds; drawn here even before their data lands. */
const CONTRACT_IDS = ['desk-split-squat', 'standing-hip-hinge', 'ball-glute-release'];
const IDS = [...new Set([...EXERCISES.map((e) => e.id), ...CONTRACT_IDS])].sort();
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.svg'));
const read = (file: string) => readFileSync(path.join(DIR, file), 'utf8');

/** What is wrong with the SVG's markup (text outside tags, a malformed or unclosed tag), or null. */
function wellFormedProblem(svg: string): string | null {
  const stack: string[] = [];
  const text = svg.trim();
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  let at = 0;
  while (at < text.length) {
    const next = text.indexOf('<', at);
    if (next === -1) return text.slice(at).trim() === '' ? null : 'text outside the root';
    if (text.slice(at, next).trim() !== '') return 'text content';
    tag.lastIndex = next;
    const m = tag.exec(text);
    if (!m) return `a malformed tag at ${text.slice(next, next + 40)}`;
    const [whole, closing, name, , selfClosing] = m;
    if (closing && stack.pop() !== name) return `</${name}> closes another tag`;
    if (!closing && !selfClosing) stack.push(name!);
    at = next + whole.length;
  }
  return stack.length === 0 ? null : `<${stack.at(-1)}> never closed`;
}

describe('the illustration files', () => {
  it('are exactly a start and an end frame for every exercise (the old single pictures are gone)', () => {
    const expected = IDS.flatMap((id) => [`${id}-end.svg`, `${id}-start.svg`]).sort();
    expect(FILES.sort()).toEqual(expected);
  });

  it('are each a well-formed 120 × 120 SVG under 4 KB, one group with id "f" (for <use href="…#f">)', () => {
    expect(
      breaking(FILES, (file) => {
        const svg = read(file);
        if (!svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120">')) return 'not a 120 × 120 SVG root';
        if (!/^<svg [^>]*><g id="f" /.test(svg)) return 'no group with id "f" first';
        if (svg.length >= 4096) return `${svg.length} bytes`;
        return wellFormedProblem(svg);
      }),
    ).toEqual([]);
  });

  it('are each drawn in currentColor, no fixed colour, with a tinted target muscle', () => {
    expect(
      breaking(FILES, (file) => {
        const svg = read(file);
        if (!svg.includes('stroke="currentColor"')) return 'no currentColor stroke';
        const paint = [...svg.matchAll(/(?:fill|stroke)="([^"]*)"/g)].map(([, v]) => v).find((v) => v !== 'none' && v !== 'currentColor');
        if (paint !== undefined) return `paints with ${paint}`;
        if (/#[0-9a-f]{3,6}\b|rgb\(/i.test(svg)) return 'a fixed colour';
        if (!/<(path|ellipse|circle)[^>]* class="target"/.test(svg)) return 'no shape with class "target"';
        return !svg.includes('fill:var(--target-fill,currentColor)') && 'the target is not tinted';
      }),
    ).toEqual([]);
  });

  it('hold no script, text or external reference', () => {
    expect(
      breaking(
        FILES,
        (file) => read(file).match(/<script|<text|<image|<foreignObject|<style|\son\w+=|href|url\(|javascript:/i)?.[0] ?? null,
      ),
    ).toEqual([]);
  });

  it('show the movement with arrows in the end frame only', () => {
    expect(
      breaking(
        IDS,
        (id) =>
          (!read(`${id}-end.svg`).includes('class="arrow"') && 'no arrow in the end frame') ||
          (read(`${id}-start.svg`).includes('class="arrow"') && 'an arrow in the start frame'),
      ),
    ).toEqual([]);
  });
});

describe('illustrationFrames', () => {
  it('gives every exercise a start and an end URL, each its own file (not inlined in the bundle)', () => {
    expect(
      breaking(IDS, (id) => {
        const { start, end } = illustrationFrames(id);
        if (!/^(?!data:)[^?]*-start[^/?]*\.svg(\?|$)/.test(start ?? '')) return `start ${start}`;
        return !/^(?!data:)[^?]*-end[^/?]*\.svg(\?|$)/.test(end ?? '') && `end ${end}`;
      }),
    ).toEqual([]);
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
  const bothFramesShow = (id: string, cls: string) =>
    ['start', 'end'].every((which) => read(`${id}-${which}.svg`).includes(`class="${cls}"`));

  it('both frames of an exercise with support show the chair, desk or wall the person holds or leans on', () => {
    const supported = EXERCISES.filter((e) => e.support !== 'none');
    expect(supported.length).toBeGreaterThan(0);
    expect(
      breaking(
        supported.map((e) => e.id),
        (id) => {
          const support = supported.find((e) => e.id === id)!.support;
          return !bothFramesShow(id, support) && `no ${support}`;
        },
      ),
    ).toEqual([]);
  });

  it('both frames of a seated exercise show the chair', () => {
    const seated = EXERCISES.filter((e) => e.position === 'seated').map((e) => e.id);
    expect(seated.length).toBeGreaterThan(0);
    expect(breaking(seated, (id) => !bothFramesShow(id, 'chair') && 'no chair')).toEqual([]);
  });
});
