// `npm run docs:images`: the README's two pictures, copied from a fresh run of the popup
// end-to-end test (which writes tests/e2e/__screenshots__/, ignored by git).
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync('docs/images', { recursive: true });
for (const name of ['popup-light.png', 'popup-session.png']) copyFileSync(`tests/e2e/__screenshots__/${name}`, `docs/images/${name}`);
console.log('docs/images: popup-light.png, popup-session.png');
