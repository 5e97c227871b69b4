/**
 * Flattens nested text (`{id: {field: string | string[] | {…}}}`) to
 * `{"id.field.0": text}`, so catalogue and safety text of any shape can go
 * through `translationGaps` with per-exercise, per-field, per-line keys.
 */
export function flattenText(tree: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (node: unknown, path: string): void => {
    // An empty text (a note an entry does not have) has nothing to translate.
    if (typeof node === 'string') {
      if (node !== '') out[path] = node;
    } else if (Array.isArray(node)) node.forEach((child, i) => visit(child, join(path, String(i))));
    else if (node !== null && typeof node === 'object') {
      for (const [k, child] of Object.entries(node)) visit(child, join(path, k));
    }
  };
  visit(tree, prefix);
  return out;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
