// Writes content/illustrations/<id>-start.svg and <id>-end.svg from the poses.
// Run: node scripts/illustrations/build.mjs
import { writeFileSync } from 'node:fs';
import floor from './poses-floor.mjs';
import seated from './poses-seated.mjs';
import standing from './poses-standing.mjs';

const out = new URL('../../content/illustrations/', import.meta.url);
for (const [id, draw] of Object.entries({ ...standing, ...seated, ...floor })) {
  const { start, end } = draw();
  writeFileSync(new URL(`${id}-start.svg`, out), start);
  writeFileSync(new URL(`${id}-end.svg`, out), end);
}
