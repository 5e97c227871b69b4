import type { EntrypointGroup } from 'wxt';

/**
 * WXT builds all extension pages in one Vite build, so chunks shared by the popup and the
 * options page hold the code of both (tree-shaken for both: every valibot check, engine
 * helper and component the options page uses). The popup opens often and must paint at
 * once; the options page rarely. Built on its own, the popup's chunks hold only what the
 * popup runs (≈ 1.3 KB gz less at open). The cost: the two pages no longer share cached
 * chunks, and the zip carries both copies of what they have in common.
 * For WXT's `entrypoints:grouped` hook: moves the popup out of its group (by reference).
 */
export function buildPopupAlone(groups: EntrypointGroup[]): void {
  for (const group of groups) {
    if (!Array.isArray(group)) continue;
    const at = group.findIndex((entry) => entry.type === 'popup');
    if (at < 0 || group.length < 2) continue;
    const [popup] = group.splice(at, 1);
    groups.push([popup!]);
    return;
  }
}
