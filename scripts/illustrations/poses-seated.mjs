// Seated exercises: fixed four-leg chairs (no wheels). Side views face right.
import { arrow, ball, band, chair, chairFront, floor, frame, front, side, target } from './svg.mjs';

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

  'seated-glute-squeeze': () => {
    const start = sit();
    const end = sit(38, { head: [43, 33], sh: [40, 45], hip: [38, 77] });
    return {
      start: frame(CHAIR, glute(36), side(start)),
      end: frame(CHAIR, target([35, 76], 6, 4), side(end), arrow([22, 84], [21, 78], [22, 70])),
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
      end: frame(CHAIR, glute(40), side(pose), arrow([90, 104], [90, 114], [76, 114])),
    };
  },

  'seated-hip-flexor-stretch': () => {
    const seat = floor() + chairFront(46, { half: 12 });
    const start = sit(46);
    const end = sit(46, { legs: [[[70, 80], [72, 106], [80, 106]], [[40, 100], [18, 104], [13, 108]]] });
    return {
      start: frame(seat, target([52, 84], 7, 3, 0), side(start)),
      end: frame(seat, target([45, 88], 7, 3, 108), side(end), arrow([52, 114], [36, 116], [20, 113])),
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

  'seated-knee-to-shoulder': () => {
    const up = (k) => [[[k[0] - 8, k[1] + 4], [k[0] - 2, k[1]]], [[k[0] + 10, k[1] + 6], [k[0] + 3, k[1] + 1]]];
    const start = sitFront(60, { farArms: true, arms: up([48, 62]), legs: [[[48, 62], [40, 84], [36, 85]], [[69, 84], [69, 106], [73, 107]]] });
    const end = sitFront(60, { farArms: true, arms: up([66, 56]), legs: [[[66, 56], [56, 80], [52, 81]], [[69, 84], [69, 106], [73, 107]]] });
    return {
      start: frame(CHAIR_FRONT, target([49, 78], 4, 6), front(start)),
      end: frame(CHAIR_FRONT, target([49, 78], 4, 6), front(end), arrow([36, 66], [56, 80], [76, 62])),
    };
  },

  'seated-leg-cradle': () => {
    const arms = (k, a) => [[[40, 58], k], [[80, 58], a]];
    const start = sitFront(60, { arms: arms([39, 74], [62, 82]), legs: [[[38, 76], [62, 82], [66, 80]], [[69, 84], [69, 106], [73, 107]]] });
    const end = sitFront(60, { arms: arms([37, 64], [68, 64]), legs: [[[36, 66], [68, 64], [72, 61]], [[69, 84], [69, 106], [73, 107]]] });
    return {
      start: frame(CHAIR_FRONT, target([48, 78], 4, 6), front(start)),
      end: frame(CHAIR_FRONT, target([48, 78], 4, 6), front(end), arrow([84, 84], [90, 76], [84, 66])),
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

  'ball-glute-release': () => {
    const lifted = (x) => sit(x, { head: [x + 5, 30], sh: [x + 2, 42], hip: [x, 74] });
    return {
      start: frame(CHAIR, ball([36, 79]), glute(36, 72), side(lifted(36))),
      end: frame(CHAIR, ball([44, 79]), glute(44, 72), side(lifted(44)), arrow([32, 94], [40, 93], [48, 94]), arrow([48, 98], [40, 99], [32, 98])),
    };
  },
};
