// Bundle sizes of a built extension folder, gzipped the way a size budget counts
// them: every file an entry loads (its HTML's scripts, module preloads and
// stylesheets, then every static import of those chunks, transitively), each
// gzipped on its own (level 9) and summed. Dynamic import() targets are counted
// apart as "lazy": they do not delay first render.
import { readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Resolves an absolute extension URL ("/chunks/x.js") or a relative one against `from`. */
function resolveRef(root, fromFile, ref) {
  const clean = ref.split(/[?#]/)[0];
  if (clean.startsWith('/')) return path.resolve(root, '.' + clean);
  return path.resolve(path.dirname(fromFile), clean);
}

const Q = `["'\`]`;
const STATIC_IMPORT = new RegExp(
  `(?:^|[;\\s}])(?:import|export)\\s*(?:[\\w*$\\{\\}\\s,]+from\\s*)?${Q}([^"'\`]+\\.(?:js|mjs|css))${Q}`,
  'g',
);
const DYNAMIC_IMPORT = new RegExp(`import\\(\\s*${Q}([^"'\`]+\\.(?:js|mjs))${Q}\\s*\\)`, 'g');
// Vite's preload helper lists a lazy chunk's dependencies as string arrays.
const CSS_REF = new RegExp(`${Q}([^"'\`]+\\.css)${Q}`, 'g');

function follow(root, startFiles) {
  const eager = new Set();
  const lazy = new Set();
  const queue = startFiles.map((f) => ({ f, lazy: false }));
  while (queue.length) {
    const { f, lazy: isLazy } = queue.shift();
    if (!existsSync(f)) continue;
    const set = isLazy ? lazy : eager;
    if (eager.has(f) || set.has(f)) continue;
    set.add(f);
    if (!f.endsWith('.js') && !f.endsWith('.mjs')) continue;
    const code = readFileSync(f, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push({ f: resolveRef(root, f, m[1]), lazy: isLazy });
    for (const m of code.matchAll(DYNAMIC_IMPORT)) queue.push({ f: resolveRef(root, f, m[1]), lazy: true });
    if (!isLazy) for (const m of code.matchAll(CSS_REF)) queue.push({ f: resolveRef(root, f, m[1]), lazy: true });
  }
  for (const f of eager) lazy.delete(f);
  return { eager: [...eager], lazy: [...lazy] };
}

/** Files an HTML entry loads before first render. */
export function htmlEntry(dir, htmlName) {
  const root = path.resolve(dir);
  const html = path.join(root, htmlName);
  if (!existsSync(html)) return null;
  const text = readFileSync(html, 'utf8');
  const starts = [];
  for (const m of text.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/g)) starts.push(resolveRef(root, html, m[1]));
  for (const m of text.matchAll(/<link\b[^>]*\brel=["'](?:modulepreload|stylesheet)["'][^>]*>/g)) {
    const href = /\bhref=["']([^"']+)["']/.exec(m[0]);
    if (href) starts.push(resolveRef(root, html, href[1]));
  }
  return measure(root, [html, ...starts]);
}

export function scriptEntry(dir, file) {
  const root = path.resolve(dir);
  const f = path.join(root, file);
  if (!existsSync(f)) return null;
  return measure(root, [f]);
}

function measure(root, starts) {
  const { eager, lazy } = follow(root, starts);
  const row = (files) => {
    const per = files.map((f) => ({ file: path.relative(root, f), raw: statSync(f).size, gz: gz(f) }));
    return {
      files: per,
      raw: per.reduce((s, x) => s + x.raw, 0),
      gz: per.reduce((s, x) => s + x.gz, 0),
      jsGz: per.filter((x) => /\.m?js$/.test(x.file)).reduce((s, x) => s + x.gz, 0),
      cssGz: per.filter((x) => x.file.endsWith('.css')).reduce((s, x) => s + x.gz, 0),
    };
  };
  const e = row(eager);
  const l = row(lazy);
  // The HTML file itself is tiny and not JS/CSS; the budget counts JS + CSS.
  return { ...e, jsCssGz: e.jsGz + e.cssGz, lazy: l };
}

export function bundleSizes(dir, zipFile) {
  const root = path.resolve(dir);
  const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  const popupHtml = manifest.action?.default_popup ?? 'popup.html';
  const optionsHtml = manifest.options_ui?.page ?? manifest.options_page ?? 'options.html';
  const bg = manifest.background?.service_worker ?? 'background.js';
  return {
    popup: htmlEntry(root, popupHtml),
    options: htmlEntry(root, optionsHtml),
    background: scriptEntry(root, bg),
    zip: zipFile && existsSync(zipFile) ? { file: path.basename(zipFile), bytes: statSync(zipFile).size } : null,
  };
}
