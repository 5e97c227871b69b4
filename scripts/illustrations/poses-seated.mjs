// Seated exercises: fixed four-leg chairs (no wheels). Side views face right.
import { arrow, band, chair, chairFront, floor, frame, front, side, target } from './svg.mjs';

const CHAIR = floor() + chair(30);
const hands = [[[46, 64], [58, 77]], [[46, 64], [58, 77]]];
/** Sitting tall on the chair, seen from the side; hipX moves the seat position (front edge ≈ 50). */
const sit = (hipX = 38, extra = {}) => ({
  head: [hipX + 5, 36], sh: [hipX + 2, 48], hip: [hipX, 80],
  arms: hands.map(([e, h]) => [[e[0] + hipX - 38, e[1]], [h[0] + hipX - 38, h[1]]]),
  legs: [[[hipX + 25, 80], [hipX + 27, 106], [hipX + 35, 106]], [[hipX + 24, 80], [hipX + 26, 106], [hipX + 34, 106]]],
  ...extra,
});
const glute = (x, y = 78) => target([x, y], 7, 5);

/** Sitting seen from the front on a front-view chair, centred on x. */
/** @param {number} x @param {{ arms?: import('./svg.mjs').Limb[], legs?: import('./svg.mjs').Limb[], farArms?: boolean }} [limbs] */
const sitFront = (x, { arms, legs, farArms } = {}) => ({
  farArms,
  head: [x, 36], neck: [x, 44], pelvis: [x, 78], sh: [[x - 11, 48], [x + 11, 48]], hips: [[x - 8, 80], [x + 8, 80]],
  arms: arms ?? [[[x - 15, 64], [x - 13, 78]], [[x + 15, 64], [x + 13, 78]]],
  legs: legs ?? [[[x - 9, 90], [x - 9, 106], [x - 13, 107]], [[x + 9, 90], [x + 9, 106], [x + 13, 107]]],
});
const CHAIR_FRONT = floor() + chairFront(60, { half: 18 });
const outerHips = (x, y = 78) => target([x - 11, y], 3.5, 6) + target([x + 11, y], 3.5, 6);

export default {
  'chair-band-abduction': () => {
    const out = sitFront(60, { legs: [[[43, 90], [51, 106], [47, 107]], [[77, 90], [69, 106], [73, 107]]] });
    return {
      start: frame(CHAIR_FRONT, outerHips(60), front(sitFront(60)), band([51, 89], [69, 89])),
      end: frame(CHAIR_FRONT, outerHips(60), front(out), band([44, 89], [76, 89]), arrow([36, 90], [32, 90], [26, 90]), arrow([84, 90], [88, 90], [94, 90])),
    };
  },

  'seated-knee-press-out': () => {
    const arms = (k) => [[[40, 66], [60 - k - 5, 88]], [[80, 66], [60 + k + 5, 88]]];
    const inn = sitFront(60, { arms: arms(9) });
    const out = sitFront(60, { arms: arms(12), legs: [[[47, 90], [51, 106], [47, 107]], [[73, 90], [69, 106], [73, 107]]] });
    return {
      start: frame(CHAIR_FRONT, outerHips(60), front(inn)),
      end: frame(CHAIR_FRONT, outerHips(60), front(out), arrow([38, 92], [33, 92], [26, 92]), arrow([82, 92], [87, 92], [94, 92])),
    };
  },

  'chair-forward-fold': () => {
    const start = sit(44, { legs: [[[70, 80], [72, 106], [80, 106]], [[68, 82], [70, 106], [78, 106]]] });
    const end = {
      head: [72, 102], sh: [66, 94], hip: [44, 80],
      arms: [[[66, 102], [63, 108]], [[68, 102], [66, 108]]],
      legs: start.legs,
    };
    return {
      start: frame(CHAIR, target([44, 70], 3.5, 8), side(start)),
      end: frame(CHAIR, target([50, 84], 8, 3.5, 32), side(end), arrow([56, 36], [80, 44], [82, 78])),
    };
  },

  'seated-figure-four': () => {
    const crossed = [[58, 70], [64, 79], [70, 77]];
    const start = sit(40, { arms: [[[48, 62], [58, 68]], [[48, 62], [58, 68]]], legs: [[[64, 80], [66, 106], [74, 106]], crossed], solid: true });
    const end = {
      head: [65, 44], sh: [56, 54], hip: [40, 80],
      arms: [[[58, 66], [60, 74]], [[58, 66], [60, 74]]],
      legs: start.legs, solid: true,
    };
    return {
      start: frame(CHAIR, glute(38), side(start)),
      end: frame(CHAIR, glute(38), side(end), arrow([46, 30], [58, 26], [66, 33])),
    };
  },


  'seated-hamstring-stretch': () => {
    const legs = [[[68, 80], [70, 106], [78, 106]], [[68, 91], [90, 103], [92, 95]]];
    const start = sit(46, { legs });
    const end = { head: [76, 48], sh: [68, 57], hip: [46, 80], arms: [[[74, 70], [80, 88]], [[75, 71], [82, 90]]], legs };
    const ham = target([62, 90], 14, 3.5, 28);
    return {
      start: frame(CHAIR, ham, side(start)),
      end: frame(CHAIR, ham, side(end), arrow([54, 32], [70, 30], [78, 40])),
    };
  },

  'seated-heel-press': () => {
    const pose = sit(42, { legs: [[[66, 80], [73, 106], [81, 106]], [[65, 80], [72, 106], [80, 106]]] });
    return {
      start: frame(CHAIR, glute(40), side(pose)),
      end: frame(CHAIR, glute(40), side(pose), arrow([96, 115], [86, 115], [72, 115])), // heels drag the floor back
    };
  },

  'seated-hip-flexor-stretch': () => {
    // Sitting sideways on the left edge of a chair with no back on that side: the chair runs to the
    // right under the front thigh, and the back leg goes down and back off the free edge, clear of
    // the chair (not through it).
    const seat = floor() + chair(46, { back: false });
    const start = sit(48, { legs: [[[70, 80], [72, 106], [80, 106]], [[69, 80], [71, 106], [79, 106]]] });
    const end = sit(48, { legs: [[[70, 80], [72, 106], [80, 106]], [[32, 98], [14, 104], [9, 108]]] });
    return {
      start: frame(seat, target([54, 84], 7, 3, 0), side(start)),
      end: frame(seat, target([44, 88], 7, 3, 108), side(end), arrow([40, 114], [26, 116], [12, 113])),
    };
  },


  'seated-knee-to-chest': () => {
    const start = sit();
    const end = sit(38, {
      arms: [[[50, 58], [58, 62]], [[50, 60], [58, 64]]],
      legs: [[[63, 80], [65, 106], [73, 106]], [[54, 64], [58, 86], [66, 86]]],
    });
    return {
      start: frame(CHAIR, glute(36), side(start)),
      end: frame(CHAIR, glute(36), side(end), arrow([70, 78], [72, 62], [62, 56])),
    };
  },

  'sit-to-stand-squeeze': () => {
    const crossed = (sx, sy) => [[[sx + 8, sy + 14], [sx - 2, sy + 10]], [[sx + 8, sy + 14], [sx - 2, sy + 10]]];
    const start = sit(44, { arms: crossed(46, 48), legs: [[[67, 80], [66, 106], [74, 106]], [[66, 80], [65, 106], [73, 106]]] });
    const end = {
      head: [68, 18], sh: [66, 31], hip: [64, 62], arms: crossed(66, 31), solid: true,
      legs: [[[65, 84], [66, 106], [74, 106]], [[64, 84], [65, 106], [73, 106]]],
    };
    return {
      start: frame(CHAIR, glute(42), side(start)),
      end: frame(CHAIR, target([60, 64], 6, 8), side(end), arrow([48, 66], [46, 50], [54, 40])),
    };
  },

  // Cross-body moves, seen from the front on a chair without its backrest (fewer lines behind
  // the torso). The start sits still with both feet down; only the moving leg and the hand
  // that guides it change, so the grey start and the solid end do not tangle.
  'seated-knee-to-shoulder': () => {
    const seat = floor() + chairFront(60, { half: 18, back: false });
    const still = sitFront(60);
    // The right knee (image left) rises and crosses towards the left shoulder; the left hand hooks it.
    const end = sitFront(60, {
      arms: [[[45, 64], [47, 78]], [[84, 56], [76, 62]]],
      legs: [[[72, 58], [78, 80], [82, 81]], still.legs[1]],
    });
    return {
      start: frame(seat, target([49, 78], 4, 6), front(still)),
      end: frame(seat, target([49, 78], 4, 6), front(end), arrow([98, 98], [102, 70], [90, 56])),
    };
  },

  'seated-leg-cradle': () => {
    const seat = floor() + chairFront(60, { half: 18, back: false });
    const still = sitFront(60);
    // The right shin (image left) is lifted level across the chest: one hand under the knee, one under the ankle.
    const end = sitFront(60, {
      arms: [[[38, 58], [36, 67]], [[82, 58], [74, 64]]],
      legs: [[[35, 68], [72, 64], [77, 61]], still.legs[1]],
    });
    return {
      start: frame(seat, target([49, 78], 4, 6), front(still)),
      end: frame(seat, target([49, 78], 4, 6), front(end), arrow([38, 100], [24, 96], [25, 76])),
    };
  },

  'seated-glute-squeeze': () => {
    // Seen from behind the seat edge: both buttocks tinted, arrows pressing them together,
    // and the body a little higher in the end frame (a squeeze lifts you slightly).
    const seat = floor() + chairFront(60, { half: 18, back: false });
    const start = sitFront(60);
    const up = (p) => [p[0], p[1] - 3];
    const end = { ...start, head: up(start.head), neck: up(start.neck), pelvis: up(start.pelvis), sh: start.sh.map(up), hips: start.hips.map(up),
      arms: start.arms.map((a) => a && a.map(up)) };
    const glutes = (dy) => target([53, 75 - dy], 6, 6) + target([67, 75 - dy], 6, 6);
    return {
      start: frame(seat, glutes(0), front(start)),
      end: frame(seat, glutes(3), front(end), arrow([26, 76], [33, 76], [41, 76]), arrow([94, 76], [87, 76], [79, 76])),
    };
  },
};
