// Drawing primitives for the exercise illustrations (120 × 120, stroke-only, currentColor).
// Every frame is: props (floor, chair, desk, wall) thin, the target muscle as a tinted
// shape, the figure in thick strokes (far limbs fainter), and arrows (end frame only).
// The chair seat, desk top and wall carry a class so tests can check each drawing shows
// the support its exercise relies on.

export const FLOOR = 108;
const r = (n) => Math.round(n * 10) / 10;
const d = (pts) => pts.map(([x, y], i) => `${i ? 'L' : 'M'}${r(x)} ${r(y)}`).join('');

export const line = (pts, attrs = '') => `<path${attrs} d="${d(pts)}"/>`;
// Behind: props' far legs and rails stay faint; the figure's far limbs are drawn dashed, so they never look
// like the grey start-frame ghost behind the end frame (one meaning per grey).
const FAR = ' opacity=".5"';
const FAR_LIMB = ' stroke-dasharray="5 3.5"';
const THIN = ' stroke-width="2.5"';

/** A floor line. */
export const floor = (y = FLOOR, x0 = 4, x1 = 116) => line([[x0, y], [x1, y]], THIN);

/** A fixed four-leg chair seen from the side: seat, back, two near and two far legs, a rail (no wheels). */
export function chair(x, { facing = 1, seat = 84, depth = 26, back = true } = {}) {
  const f = x + facing * depth;
  const out = [
    line([[x, seat], [f, seat]], ' class="chair" stroke-width="3.5"'),
    line([[x, seat], [x, FLOOR]], THIN),
    line([[f, seat], [f, FLOOR]], THIN),
    line([[x + facing * 4, seat - 3], [x + facing * 4, FLOOR - 3]], THIN + FAR),
    line([[f + facing * 4, seat - 3], [f + facing * 4, FLOOR - 3]], THIN + FAR),
    line([[x, seat + 13], [f, seat + 13]], THIN + FAR),
  ];
  if (back) out.push(line([[x, seat], [x - facing * 3, seat - 32]], ' stroke-width="3.5"'));
  return out.join('');
}

/** A fixed four-leg chair seen from the front (for front views); back: false leaves out the backrest. */
export function chairFront(cx, { seat = 84, half = 16, back = true } = {}) {
  const parts = [
    line([[cx - half, seat], [cx + half, seat]], ' class="chair" stroke-width="3.5"'),
    line([[cx - half, seat], [cx - half, FLOOR]], THIN),
    line([[cx + half, seat], [cx + half, FLOOR]], THIN),
    line([[cx - half + 3, seat - 3], [cx - half + 3, FLOOR - 4]], THIN + FAR),
    line([[cx + half - 3, seat - 3], [cx + half - 3, FLOOR - 4]], THIN + FAR),
  ];
  // The backrest sits behind the torso; drop it where limbs cross the body (fewer lines).
  if (back) parts.push(line([[cx - half + 2, seat - 4], [cx - half + 2, seat - 34], [cx + half - 2, seat - 34], [cx + half - 2, seat - 4]], THIN + FAR));
  return parts.join('');
}

/** A desk seen from the side or front: a thick top and two legs. */
export function desk(x0, x1, top = 68) {
  return [
    line([[x0, top], [x1, top]], ' class="desk" stroke-width="4"'),
    line([[x0 + 4, top], [x0 + 4, FLOOR]], THIN),
    line([[x1 - 4, top], [x1 - 4, FLOOR]], THIN),
  ].join('');
}

/** A wall: a vertical line with short hatching behind it. */
export function wall(x, side = 1) {
  const hatch = [];
  for (let y = 12; y < FLOOR; y += 12) hatch.push(line([[x, y + 6], [x + side * 5, y]], ' stroke-width="1.5"' + FAR));
  return line([[x, 6], [x, FLOOR]], ' class="wall"' + THIN) + hatch.join('');
}

/** A small ball. */
export const ball = ([x, y], rad = 5) => `<circle cx="${r(x)}" cy="${r(y)}" r="${rad}" stroke-width="2.5"/>`;

/** A loop band: a thin closed outline between two points. */
export const band = (a, b) => line([a, b], ' stroke-width="2" stroke-dasharray="3 2"');

/** The tinted target muscle: an ellipse (rotated by deg) with class `target`. */
export function target([cx, cy], rx, ry, deg = 0) {
  const t = (deg * Math.PI) / 180;
  const p = (a) => [cx + rx * Math.cos(a) * Math.cos(t) - ry * Math.sin(a) * Math.sin(t), cy + rx * Math.cos(a) * Math.sin(t) + ry * Math.sin(a) * Math.cos(t)];
  const [a0, a1] = [p(0), p(Math.PI)];
  const arc = (to) => `A${rx} ${ry} ${deg} 1 1 ${r(to[0])} ${r(to[1])}`;
  return `<path class="target" stroke="none" fill="currentColor" style="fill:var(--target-fill,currentColor);fill-opacity:var(--target-opacity,.35)" d="M${r(a0[0])} ${r(a0[1])}${arc(a1)}${arc(a0)}Z"/>`;
}

/** A movement arrow: quadratic curve from → to, bent through ctrl, with an open head. */
export function arrow(from, ctrl, to) {
  const [dx, dy] = [to[0] - ctrl[0], to[1] - ctrl[1]];
  const len = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / len, dy / len];
  const wing = (s) => [to[0] - 6 * (ux * Math.cos(0.5) - s * uy * Math.sin(0.5)), to[1] - 6 * (uy * Math.cos(0.5) + s * ux * Math.sin(0.5))];
  const [w1, w2] = [wing(1), wing(-1)];
  return `<path class="arrow" stroke-width="2.5" d="M${r(from[0])} ${r(from[1])}Q${r(ctrl[0])} ${r(ctrl[1])} ${r(to[0])} ${r(to[1])}M${r(w1[0])} ${r(w1[1])}L${r(to[0])} ${r(to[1])}L${r(w2[0])} ${r(w2[1])}"/>`;
}

/** Small paired arrows pointing at each other (a squeeze) or apart, centred on c. */
export function squeeze([x, y], apart = false) {
  return apart
    ? arrow([x - 4, y], [x - 8, y], [x - 13, y]) + arrow([x + 4, y], [x + 8, y], [x + 13, y])
    : arrow([x - 13, y], [x - 9, y], [x - 4, y]) + arrow([x + 13, y], [x + 9, y], [x + 4, y]);
}

/**
 * A person seen from the side. Limbs are lists of joints; arms[0]/legs[0] are the far
 * ones (drawn fainter; `solid` draws both legs full, e.g. a standing leg). arm = [elbow, hand], leg = [knee, ankle, toe].
 */
/** @typedef {number[]} Pt a point [x, y] */
/** @typedef {Pt[] | null | undefined | false} Limb joints from the body out; a falsy limb is not drawn */

/** @param {{ head: Pt, sh: Pt, hip: Pt, arms?: Limb[], legs?: Limb[], solid?: boolean }} pose */
export function side({ head, sh, hip, arms = [], legs = [], solid = false }) {
  const far = [arms[0] && line([sh, ...arms[0]], FAR_LIMB), legs[0] && line([hip, ...legs[0]], solid ? '' : FAR_LIMB)];
  const near = [line([hip, sh], ' stroke-width="6"'), legs[1] && line([hip, ...legs[1]]), arms[1] && line([sh, ...arms[1]])];
  return [...far, ...near].filter(Boolean).join('') + `<circle cx="${r(head[0])}" cy="${r(head[1])}" r="7" fill="currentColor" stroke="none"/>`;
}

/**
 * A person seen from the front or behind: spine neck→pelvis, shoulder and hip lines,
 * arms from the shoulder ends, legs from the hip ends. Arm = [elbow, hand]; leg = [knee, ankle, toe?].
 * farArms/farLegs draw those limbs fainter (further from the viewer).
 */
/** @param {{ head: Pt, neck: Pt, pelvis: Pt, sh: Pt[], hips: Pt[], arms?: Limb[], legs?: Limb[], farLegs?: number[], farArms?: boolean }} pose */
export function front({ head, neck, pelvis, sh, hips, arms = [], legs = [], farLegs = [], farArms = false }) {
  const parts = [
    line([neck, pelvis], ' stroke-width="6"'),
    line(sh, ' stroke-width="5"'),
    line(hips, ' stroke-width="5"'),
    ...arms.map((a, i) => a && line([sh[i], ...a], farArms ? FAR_LIMB : '')),
    ...legs.map((l, i) => l && line([hips[i], ...l], farLegs.includes(i) ? FAR_LIMB : '')),
  ];
  return parts.filter(Boolean).join('') + `<circle cx="${r(head[0])}" cy="${r(head[1])}" r="7" fill="currentColor" stroke="none"/>`;
}

/** One frame as an SVG document; content parts are concatenated in drawing order. */
export function frame(...parts) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120"><g id="f" fill="none" stroke="currentColor" stroke-width="5" stroke-linecap="round" stroke-linejoin="round">${parts.join('')}</g></svg>\n`;
}
