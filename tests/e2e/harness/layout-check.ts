import type { EvaluatingPage } from './language-scan';

/**
 * Runs in the page (self-contained: it is sent to the browser as source) and
 * lists what a longer language breaks, in words a reviewer can act on:
 * - text clipped: an element holding text is wider than its box (unless it is
 *   a deliberate ellipsis with a title carrying the full text), or cut off
 *   vertically by overflow: hidden;
 * - text outside the viewport sideways;
 * - two buttons whose boxes overlap (an open menu is compared only with itself:
 *   it is meant to cover what lies under it).
 */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const vw = document.documentElement.clientWidth;
  const label = (el: Element) => {
    const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
  };
  const shown = (el: Element) => {
    if (el.closest('details:not([open]) > :not(summary)')) return false;
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || s.display === 'none') return false;
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1;
  };
  const scrollsSideways = (el: Element) => {
    for (let p = el.parentElement; p; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === 'auto' || o === 'scroll') return p !== document.documentElement && p !== document.body;
    }
    return false;
  };

  for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
    if (!(el instanceof HTMLElement) || !shown(el)) continue;
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    const s = getComputedStyle(el);
    if (!ownText || s.display === 'inline' || el.clientWidth === 0) continue;
    const ellipsis = s.textOverflow === 'ellipsis' && el.title !== '';
    if (el.scrollWidth > el.clientWidth + 1 && !ellipsis)
      problems.push(`clipped sideways (${el.scrollWidth} > ${el.clientWidth} px): ${label(el)}`);
    if ((s.overflowY === 'hidden' || s.overflowY === 'clip') && el.scrollHeight > el.clientHeight + 1) {
      problems.push(`clipped at the bottom (${el.scrollHeight} > ${el.clientHeight} px): ${label(el)}`);
    }
  }

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || (node.textContent ?? '').trim() === '' || !shown(el) || scrollsSideways(el)) continue;
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    if (r.width > 1 && (r.right > vw + 1 || r.left < -1))
      problems.push(`text outside the viewport (${Math.round(r.left)}–${Math.round(r.right)} of ${vw} px): ${label(el)}`);
  }

  // The part of a box not cut off by a scrolling or clipping ancestor (the popup's card scrolls under its buttons).
  const visibleRect = (el: Element) => {
    const r = el.getBoundingClientRect();
    let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const q = p.getBoundingClientRect();
      [left, top, right, bottom] = [Math.max(left, q.left), Math.max(top, q.top), Math.min(right, q.right), Math.min(bottom, q.bottom)];
    }
    return right - left > 1 && bottom - top > 1 ? { left, top, right, bottom } : null;
  };
  const buttons = [...document.body.querySelectorAll('button, summary, [role="button"], a.button, a.btn')].filter(
    (b) => shown(b) && visibleRect(b),
  );
  const layer = (el: Element) => el.closest('details[open] > :not(summary)') ?? document.body;
  for (let i = 0; i < buttons.length; i++) {
    for (let j = i + 1; j < buttons.length; j++) {
      const [a, b] = [buttons[i]!, buttons[j]!];
      if (a.contains(b) || b.contains(a) || layer(a) !== layer(b)) continue;
      const [ra, rb] = [visibleRect(a)!, visibleRect(b)!];
      const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
      const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
      if (w > 1 && h > 1) problems.push(`buttons overlap (${Math.round(w)}×${Math.round(h)} px): ${label(a)} and ${label(b)}`);
    }
  }
  return [...new Set(problems)];
}

export const checkLayout = (page: EvaluatingPage): Promise<string[]> => page.evaluate(layoutProblems);
