#!/usr/bin/env node
// `npm run bench`: builds the extension into .output-bench (production build +
// zip, and the e2e build for punctuality), then measures bundle sizes, the
// quiet-worker day (fake browser, through vitest as a TS runner) and the real
// browser figures (headless Chromium, through vitest too), prints one table and
// writes bench/results.json. It measures; it never fails on a threshold. It
// exits non-zero only when it could not run (a build failed).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleSizes } from './sizes.mjs';
import { topModules } from './attribute.mjs';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = '.output-bench';
const OUT_ABS = path.join(ROOT, OUT);
const env = { ...process.env, WXT_OUT_DIR: OUT };
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);
const t0 = Date.now();
const phases = {};
// Other work on the machine skews timings: the load average is recorded with them.
const load = { atStart: os.loadavg().map((x) => Math.round(x * 100) / 100) };

function step(name, cmd, args, extraEnv = {}) {
  const started = Date.now();
  process.stderr.write(`bench: ${name}…\n`);
  const r = spawnSync(cmd, args, { cwd: ROOT, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  phases[name] = (Date.now() - started) / 1000;
  return r;
}
function mustSucceed(name, r) {
  if (r.status !== 0) {
    process.stderr.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    throw new Error(`bench: ${name} failed (exit ${r.status})`);
  }
}
const readJson = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);

// 1. Builds. `wxt zip` builds the production extension and zips it.
mkdirSync(OUT_ABS, { recursive: true });
for (const f of readdirSync(OUT_ABS)) if (f.endsWith('.zip') || f.endsWith('.json')) rmSync(path.join(OUT_ABS, f));
mustSucceed('production build + zip', step('production build + zip', bin('wxt'), ['zip']));
mustSucceed('e2e build', step('e2e build', bin('wxt'), ['build', '--mode', 'e2e']));
// The popup's floor: the production build plus a blank page (bench/fixtures/blank-page)
// that renders a card at once, so both run in the same extension process.
const floorDir = path.join(OUT_ABS, 'chrome-mv3-floor');
rmSync(floorDir, { recursive: true, force: true });
cpSync(path.join(OUT_ABS, 'chrome-mv3'), floorDir, { recursive: true });
cpSync(path.join(ROOT, 'bench', 'fixtures', 'blank-page'), floorDir, { recursive: true });
// The same build with source maps (bench/wxt.sourcemap.config.ts), to name what fills each chunk.
const mapsBuild = step('source-map build', bin('wxt'), ['build', '-c', 'bench/wxt.sourcemap.config.ts']);

// 2. Sizes.
const prodDir = path.join(OUT_ABS, 'chrome-mv3');
const zip = readdirSync(OUT_ABS).find((f) => f.endsWith('-chrome.zip'));
/** @type {Record<string, any>} */
const sizes = bundleSizes(prodDir, zip ? path.join(OUT_ABS, zip) : null);
const mapsDir = path.join(OUT_ABS, 'sourcemap', 'chrome-mv3');
const composition = {};
if (mapsBuild.status === 0) {
  const mapped = bundleSizes(mapsDir, null);
  for (const k of ['popup', 'options', 'background']) {
    if (mapped[k]) composition[k] = topModules(mapsDir, [...mapped[k].files, ...mapped[k].lazy.files], 10);
  }
}

// 3. Quiet worker (fake browser) and 4. real browser, both TypeScript through vitest.
/** Runs bench TS files through vitest; each writes JSON to the file named by its variable. */
const vitest = (name, jobs) => {
  const r = step(
    name,
    bin('vitest'),
    ['run', '--config', 'bench/vitest.bench.config.ts', ...jobs.map((j) => j.file), '--reporter=dot'],
    Object.fromEntries(jobs.map((j) => [j.outVar, j.out])),
  );
  return jobs.map(
    (j) => readJson(j.out) ?? { error: `${j.file} wrote no result (exit ${r.status}): ${(r.stderr || r.stdout || '').slice(-1500)}` },
  );
};
const [sim, compute, week] = vitest('simulations', [
  { file: 'bench/quiet-day.sim.ts', outVar: 'BENCH_SIM_OUT', out: path.join(OUT_ABS, 'sim.json') },
  { file: 'bench/popup-compute.sim.ts', outVar: 'BENCH_COMPUTE_OUT', out: path.join(OUT_ABS, 'compute.json') },
  { file: 'bench/input-week.sim.ts', outVar: 'BENCH_WEEK_OUT', out: path.join(OUT_ABS, 'week.json') },
]);
const [real] = vitest('headless Chromium', [
  { file: 'bench/chromium.browser.ts', outVar: 'BENCH_BROWSER_OUT', out: path.join(OUT_ABS, 'browser.json') },
]);

const totalSeconds = Math.round((Date.now() - t0) / 100) / 10;
load.atEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);

// 5. The table.
const KB = (b) => (b == null ? 'n/a' : `${(b / 1024).toFixed(1)} KB`);
const ms = (x) => (x == null || Number.isNaN(x) ? 'n/a' : `${Math.round(x)} ms`);
const spread = (s) => (s && s.n ? `${ms(s.median)} (${Math.round(s.min)}–${Math.round(s.max)}, n=${s.n})` : 'n/a');
const num = (x) => (x == null ? 'n/a' : Number.isInteger(x) ? String(x) : x.toFixed(2));
const rows = [];
/** @param {string} section @param {string} figure @param {string} value @param {string} [goal] @param {boolean | null} [meets] @param {string} [note] */
const row = (section, figure, value, goal = '', meets = null, note = '') =>
  rows.push({ section, figure, value, goal, meets: meets === null ? '' : meets ? 'yes' : 'NO', note });

// Bundle. The popup's figure is what its first open really fetched (resource
// timing in Chromium), which includes a dynamic import it needs to render.
const loadedFiles = (real.popup?.loaded ?? [])
  .map((u) => u.replace(/^\//, ''))
  .filter((f) => /\.(m?js|css)$/.test(f) && existsSync(path.join(prodDir, f)));
const loadedGz = loadedFiles.reduce((s, f) => s + gzipSync(readFileSync(path.join(prodDir, f)), { level: 9 }).length, 0);
if (sizes.popup) sizes.popup.loadedAtOpen = { files: loadedFiles, gz: loadedGz };
// What fills the popup's first open: its loaded files, matched by chunk name in the source-mapped build.
if (mapsBuild.status === 0 && loadedFiles.length) {
  const matched = loadedFiles.flatMap((f) => {
    const dir = path.dirname(f);
    const m = /^(.*)-[\w-]{6,}(\.m?js|\.css)$/.exec(path.basename(f));
    if (!m || !existsSync(path.join(mapsDir, dir))) return [];
    const twin = readdirSync(path.join(mapsDir, dir)).find((x) => x.startsWith(`${m[1]}-`) && x.endsWith(m[2]) && !x.endsWith('.map'));
    return twin ? [{ file: path.join(dir, twin), gz: gzipSync(readFileSync(path.join(prodDir, f)), { level: 9 }).length }] : [];
  });
  composition.popupAtOpen = topModules(mapsDir, matched, 12);
}
const popupStatic = sizes.popup ? `static: eager ${KB(sizes.popup.jsCssGz)} + dynamic ${KB(sizes.popup.lazy.gz)}` : 'no popup';
if (loadedFiles.length) {
  row(
    'bundle',
    'popup JS+CSS loaded at open (gz)',
    KB(loadedGz),
    '≤ 16 KB gz',
    loadedGz <= 16 * 1024,
    `${loadedFiles.length} files; ${popupStatic}`,
  );
} else {
  row(
    'bundle',
    'popup JS+CSS (gz, static eager)',
    KB(sizes.popup?.jsCssGz),
    '≤ 16 KB gz',
    sizes.popup ? sizes.popup.jsCssGz <= 16 * 1024 : null,
    popupStatic,
  );
}
const jsCssCount = (e) => e.files.filter((f) => /\.(m?js|css)$/.test(f.file)).length;
row(
  'bundle',
  'options JS+CSS (gz, eager)',
  KB(sizes.options?.jsCssGz),
  '',
  null,
  sizes.options ? `${jsCssCount(sizes.options)} files; dynamic imports ${KB(sizes.options.lazy.gz)}` : '',
);
row(
  'bundle',
  'background JS (gz)',
  KB(sizes.background?.jsGz),
  '',
  null,
  sizes.background ? `${jsCssCount(sizes.background)} files loaded at each worker start` : '',
);
row('bundle', 'zip (wxt zip)', KB(sizes.zip?.bytes), '', null, sizes.zip?.file ?? '');

// Popup
const p = real.popup;
if (p && !p.error) {
  const vis = p.visible;
  row(
    'popup',
    `nav start → exercise card visible`,
    spread(vis),
    '≤ 60 ms (median)',
    vis?.n ? vis.median <= 60 : null,
    `selector: ${p.selector}; first open after install ${ms(p.firstEverOpen?.cardFrame)} (not in the median; 2 more opens of each page discarded as warm-up)`,
  );
  row('popup', 'nav start → interactive', spread(p.interactive), '', null, 'first task after first enabled button');
  const ph = real.popupWithHistory;
  if (ph && !ph.error) {
    row(
      'popup',
      `  with 90 days of history → card visible`,
      spread(ph.visible),
      '≤ 60 ms (median)',
      ph.visible?.n ? ph.visible.median <= 60 : null,
      `${ph.entries} history entries in storage.local; JS runs ${ms(ph.storageStart?.median)} → storage answered ${ms(ph.storageEnd?.median)} → card ${ms(ph.cardInDom?.median)}; ` +
        `blank floor in the same rounds ${spread(real.blankPageWithHistoryRun?.visible)}`,
    );
  }
  if (compute && !compute.error) {
    row(
      'popup',
      '  todayAndStreak over that history (V8 in Node)',
      `${compute.todayAndStreak.coldMs} ms cold, ${compute.todayAndStreak.warmMedianMs} ms warm`,
      '',
      null,
      `${compute.entries} entries; of which dayKey() for every entry ${compute.dayKeyForEveryEntry.warmMedianMs} ms warm`,
    );
  }
  const blank = real.blankPage;
  if (blank && !blank.error) {
    row(
      'popup',
      'floor: blank extension page → card visible',
      spread(blank.visible),
      '',
      null,
      'bench/fixtures/blank-page added to a copy of the build, opens alternating with the popup: what the browser and the extension process cost here' +
        (p.visible?.n && blank.visible?.n ? `; popup's own cost ≈ ${ms(p.visible.median - blank.visible.median)}` : ''),
    );
  }
  row('popup', 'nav start → first contentful paint', spread(p.fcp));
  if (p.storageStart?.n) {
    const nv = p.navigation ?? {};
    const ls = p.lastScript;
    const lastScript = ls?.requested?.n ? ` → last script asked ${ms(ls.requested.median)}, arrived ${ms(ls.loaded.median)}` : '';
    row(
      'popup',
      'phases (medians)',
      `HTML ${ms(nv.responseEnd?.median)} → parsed ${ms(nv.domInteractive?.median)} → JS runs ${ms(p.storageStart.median)} → storage answered ${ms(p.storageEnd?.median)}${lastScript} → card ${ms(p.cardInDom?.median)}`,
      '',
      null,
      `HTML = responseEnd; parsed = domInteractive; JS runs = first storage read starts; last script = ${ls?.path ?? 'n/a'} (the last one requested before the card); card = card in the DOM; ` +
        `blank page: parsed ${ms(real.blankPage?.navigation?.domInteractive?.median)}, script ran ${ms(real.blankPage?.navigation?.domContentLoaded?.median)}`,
    );
  }
  for (const [m, s] of Object.entries(p.marks ?? {})) row('popup', `nav start → mark "${m}"`, spread(s));
} else row('popup', 'popup speed', 'n/a', '≤ 60 ms', null, p?.error ?? real.error ?? '');

// Worker start
const w = real.workerStart;
if (w && !w.error) {
  const bgFiles = sizes.background?.files.length;
  row(
    'worker',
    'worker start → reconcile done',
    spread(w.inWorker),
    '',
    null,
    `measured to ${w.measuredTo}; each start loads ${bgFiles ?? '?'} file(s) (background.js and its static imports)` +
      (w.failures?.length ? `; ${w.failures.length} stop(s) not confirmed` : ''),
  );
  row('worker', 'CDP start → reconcile done', spread(w.total), '', null, `spawn ${spread(w.spawn)}`);
} else row('worker', 'worker start', 'n/a', '', null, w?.error ?? real.error ?? '');

// Quiet worker. Engine figures come from the engine's own simulation
// (tests/sim runQuietDay) when it exists, else from the bench driver; the
// other is shown as a cross-check. Naive: the bench driver, same day.
const naive = sim.naive;
const es = sim.engineSim && !sim.engineSim.missing && !sim.engineSim.error ? sim.engineSim : null;
const eb = sim.engineBenchDriver && !sim.engineBenchDriver.missing ? sim.engineBenchDriver : null;
const ratio = (a, b) => (a == null || b == null ? '' : b === 0 ? (a === 0 ? 'same' : `${num(a)} vs 0`) : `×${(a / b).toFixed(1)}`);
if (naive && !sim.error) {
  const per = (n, h) => (n == null || !h ? null : Math.round((n / h) * 100) / 100);
  // [label, engine-sim value, bench-driver engine value, naive value, goal, ok]
  const m = [
    [
      "alarm wake-ups besides prompts /active h (a prompt's own: its due moment, its wait's cap, the first show)",
      es?.perActiveHour?.alarmWakeupsBesidesPrompt,
      eb?.perActiveHour.otherWakeups,
      naive.perActiveHour.otherWakeups,
      '≤ 2',
      (v) => v <= 2,
    ],
    [
      '  of which showed nothing /active h',
      es
        ? per(
            es.alarmWakeups - (es.promptWakeups ?? 0) - (es.waitWakeups ?? 0) - (es.snoozeWakeups ?? 0) - (es.nudgeWakeups ?? 0),
            es.activeHours,
          )
        : undefined,
      eb?.perActiveHour.silentWakeups,
      naive.perActiveHour.silentWakeups,
      '',
      null,
    ],
    [
      'idle/active events handled /active h',
      es?.perActiveHour?.idleEvents,
      eb?.perActiveHour.idleEvents,
      naive.perActiveHour.idleEvents,
      '',
      null,
    ],
    [
      'storage writes /active h',
      es?.perActiveHour?.storageWrites,
      eb?.perActiveHour.storageWrites,
      naive.perActiveHour.storageWrites,
      '',
      null,
    ],
    ['writes that changed nothing (whole day)', es?.writesOnNoopEvents, eb?.noopWrites, naive.noopWrites, '0', (v) => v === 0],
    [
      'notifications /active h',
      es?.perActiveHour?.notifications,
      eb?.perActiveHour.notifications,
      naive.perActiveHour.notifications,
      '',
      null,
    ],
    [
      'worker starts /active h',
      es ? per(es.workerStarts, es.activeHours) : undefined,
      eb?.perActiveHour.workerStarts,
      naive.perActiveHour.workerStarts,
      '',
      null,
    ],
  ];
  for (const [label, vs, vb, vn, goal, ok] of m) {
    const v = vs ?? vb ?? null;
    const src = vs != null ? 'engine sim' : 'bench driver';
    const cross = vs != null && vb != null ? `; bench driver ${num(vb)}` : '';
    row(
      'quiet day',
      label,
      v == null ? 'n/a' : num(v),
      goal,
      v != null && ok ? ok(v) : null,
      v == null ? `naive ${num(vn)}` : `naive ${num(vn)} (${ratio(vn, v)}); ${src}${cross}`,
    );
  }
  if (!es)
    row('quiet day', 'engine simulation (tests/sim)', 'n/a', '', null, sim.engineSim?.missing ?? sim.engineSim?.error ?? 'no result');
  if (!eb) row('quiet day', 'bench driver on the real background', 'n/a', '', null, sim.engineBenchDriver?.missing ?? 'no result');
  else if (eb.errors?.length)
    row('quiet day', 'errors in the real background (bench driver)', String(eb.errors.length), '', null, eb.errors[0]);
  if (es && es.maxWritesPerEvent != null)
    row(
      'quiet day',
      'most storage writes for one event',
      num(es.maxWritesPerEvent),
      '≤ 1',
      es.maxWritesPerEvent <= 1,
      `engine sim: ${es.noopEvents} events changed nothing, ${es.writesOnNoopEvents} writes on them`,
    );
} else row('quiet day', 'simulation', 'n/a', '', null, sim.error ?? '');

// The right moment: a simulated week with input (tests/sim/input-week.ts).
if (week && !week.error) {
  const w = week;
  const sec = (x) => `${Math.round(x)} s`;
  const note = `${w.days} days, ${w.activeHours} active h, ${w.prompts} prompts, ${w.nudges} nudges (tests/sim/input-week.ts)`;
  row(
    'right moment',
    'prompts shown at a natural pause',
    `${Math.round(w.atPauseShare * 1000) / 10} % (${w.atPause}/${w.prompts})`,
    '≥ 90 %',
    w.atPauseShare >= 0.9,
    note,
  );
  row(
    'right moment',
    'wait after due, not in a call: median / max',
    `${sec(w.waitS.median)} / ${sec(w.waitS.max)}`,
    `max ≤ the cap (${sec(w.waitS.capS)})`,
    w.waitS.max <= w.waitS.capS,
  );
  row(
    'right moment',
    'wait after due, held by a call or music: max',
    sec(w.heldWaitS.max),
    `≤ call cap + pause cap (${sec(w.heldWaitS.capS)})`,
    w.heldWaitS.max <= w.heldWaitS.capS,
  );
  row('right moment', 'prompts shown during a call before its cap', num(w.shownDuringCallBeforeCap), '0', w.shownDuringCallBeforeCap === 0);
  row(
    'right moment',
    'call ends with a prompt held: shown within 60 s',
    `${w.callEnds.within60s}/${w.callEnds.held} (max ${sec(w.callEnds.maxDelayS)})`,
    'all',
    w.callEnds.held > 0 ? w.callEnds.within60s === w.callEnds.held : null,
    `long calls that offered the break: ${w.longCallOffers}`,
  );
  row(
    'right moment',
    'silent wake-ups per active hour',
    num(w.silentWakeupsPerActiveHour),
    '≤ 2',
    w.silentWakeupsPerActiveHour <= 2,
    `${w.alarmWakeups} alarm wake-ups in all; ${w.workerStarts} worker starts`,
  );
  row(
    'right moment',
    'storage writes on events that changed nothing',
    num(w.noopWrites),
    '0',
    w.noopWrites === 0,
    `${w.storageWrites} writes in ${w.events} events`,
  );
} else row('right moment', 'simulated week', 'n/a', '', null, week?.error ?? '');

// Punctuality
const pu = real.punctuality;
if (pu && !pu.error) {
  const lates = pu.cycles.map((c) => (c.lateMs == null ? `– (${c.note ?? 'none'})` : `${Math.round(c.lateMs)}`)).join(', ');
  const okLate = pu.late.n === pu.cycles.length && pu.late.n > 0 ? pu.late.max <= 2000 && pu.early === 0 : null;
  row(
    'punctuality',
    `prompt lateness, ${pu.cycles.length} cycles (ms)`,
    lates,
    '≤ 2000 ms late, never early',
    okLate,
    `${pu.intervalMin}-min interval in the e2e build (= ${pu.intervalMs / 1000} s); early: ${pu.early}; ` +
      `worker stopped before each due time: ${pu.cycles.every((c) => c.workerStopped) ? 'yes' : 'no'}; ` +
      `alarm set ${pu.cycles.map((c) => (c.alarmAt == null || c.dueAt == null ? '–' : Math.round(c.alarmAt - c.dueAt))).join(', ')} ms from due`,
  );
} else row('punctuality', 'prompt lateness', 'n/a', '≤ 2 s', null, pu?.error ?? real.error ?? '');

// Memory
const h = pu?.heapAfterCycle;
if (h && !h.error)
  row(
    'memory',
    'worker JS heap after one cycle',
    KB(h.usedSize),
    '',
    null,
    `after GC ${KB(h.afterGc?.usedSize)}; idle production worker after GC ${KB(real.heapIdle?.afterGc?.usedSize)}`,
  );
else row('memory', 'worker JS heap after one cycle', 'n/a', '', null, h?.error ?? 'no cycle completed');

row(
  'run',
  'whole bench run',
  `${totalSeconds} s`,
  '≤ 180 s',
  totalSeconds <= 180,
  Object.entries(phases)
    .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
    .join('; '),
);

const machine = {
  os: `${os.type()} ${os.release()} (${os.platform()}/${os.arch()})`,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
  loadAverage1m: { atStart: load.atStart[0], atEnd: load.atEnd[0] },
};

const cols = ['section', 'figure', 'value', 'goal', 'meets', 'note'];
const width = Object.fromEntries(
  cols.map((c) => [c, Math.min(c === 'note' ? 200 : 60, Math.max(c.length, ...rows.map((r) => String(r[c]).length)))]),
);
const line = (r) =>
  cols
    .map((c) => String(r[c]).padEnd(width[c]))
    .join(' | ')
    .trimEnd();
console.log(
  `\nGlute Break bench — ${new Date().toISOString()} — Chromium ${real.browserVersion ?? '?'} — Node ${process.version} — ${machine.cpus} CPUs, ${machine.memoryGB} GB, ${machine.os}`,
);
console.log(line(Object.fromEntries(cols.map((c) => [c, c]))));
console.log(cols.map((c) => '-'.repeat(width[c])).join('-|-'));
for (const r of rows) console.log(line(r));
const compositionLabel = {
  popupAtOpen: 'popup (files its first open loaded)',
  popup: 'popup (static: eager + dynamic imports)',
  options: 'options',
  background: 'background',
};
const shownComposition = Object.entries(composition).filter(([k]) => !(k === 'popup' && composition.popupAtOpen));
for (const [k, mods] of shownComposition) {
  console.log(
    `\n${compositionLabel[k] ?? k}: largest modules (gz estimated from source maps): ` +
      mods
        .slice(0, 7)
        .map((m) => `${m.module} ${KB(m.gzEst)}`)
        .join(', '),
  );
}
const busy = Math.max(load.atStart[0], load.atEnd[0]) > machine.cpus;
console.log(
  `\nLoad average (1 min) at start ${load.atStart[0]}, at end ${load.atEnd[0]} on ${machine.cpus} CPUs` +
    (busy ? ': the machine was busy with other work; read timings as upper bounds.' : '.'),
);
console.log('KB = 1024 bytes. Goals are printed, never enforced. Details: bench/results.json');

// The latest figures into bench/README.md (between its markers); results.json (gitignored) keeps the details.
const sectionFile = path.join(ROOT, 'bench/README.md');
if (existsSync(sectionFile)) {
  const md = (x) => String(x).replace(/\|/g, '\\|');
  const figures = [
    '<!-- bench:figures -->',
    `Latest run (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; Chromium ${real.browserVersion ?? '?'}, Node ${process.version}, ` +
      `${machine.cpus} CPUs, ${machine.memoryGB} GB; load average ${load.atStart[0]} → ${load.atEnd[0]}; whole run ${totalSeconds} s):`,
    '',
    '| section | figure | value | goal | meets | note |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${cols.map((c) => md(r[c])).join(' | ')} |`),
    '',
    ...shownComposition.map(
      ([k, mods]) =>
        `Largest modules in ${compositionLabel[k] ?? k} (gz, estimated from source maps): ${mods
          .slice(0, 7)
          .map((m) => `${m.module} ${KB(m.gzEst)}`)
          .join(', ')}.`,
    ),
    '<!-- /bench:figures -->',
  ].join('\n');
  const text = readFileSync(sectionFile, 'utf8');
  writeFileSync(
    sectionFile,
    text.replace(/<!-- bench:figures -->[\s\S]*<!-- \/bench:figures -->/, () => figures),
  );
}

writeFileSync(
  path.join(ROOT, 'bench', 'results.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine,
      node: process.version,
      browser: real.browserVersion ? `Chromium ${real.browserVersion}` : null,
      totalSeconds,
      phases,
      table: rows,
      sizes,
      composition,
      popup: real.popup ?? null,
      workerStart: real.workerStart ?? null,
      quietWorker: sim,
      inputWeek: week,
      popupCompute: compute,
      punctuality: pu ?? null,
      memory: { afterOneCycle: pu?.heapAfterCycle ?? null, idleProduction: real.heapIdle ?? null },
      consoleErrors: { production: real.consoleErrorsProduction ?? [], e2e: real.consoleErrorsE2e ?? [] },
      errors: [real.error, sim.error].filter(Boolean),
    },
    null,
    2,
  ) + '\n',
);
