// Standing exercises. Side views face right; one-leg exercises always hold a desk (or lean on a wall).
import { arrow, ball, desk, floor, frame, front, side, target, wall } from './svg.mjs';

/** A person standing tall, seen from the side, centred on x, arms hanging. */
const stand = (x, arms) => ({
  head: [x + 2, 18], sh: [x, 31], hip: [x, 62],
  arms: arms ?? [[[x + 1, 47], [x + 3, 63]], [[x + 1, 47], [x + 3, 63]]],
  legs: [[[x + 1, 84], [x + 1, 106], [x + 9, 106]], [[x, 84], [x, 106], [x + 8, 106]]],
  solid: true,
});
const glute = (x, y = 64) => target([x, y], 6, 8);

/** A person standing tall seen from the front (or behind), centred on x. */
/** @param {number} x @param {{ arms?: import('./svg.mjs').Limb[], legs?: import('./svg.mjs').Limb[] }} [limbs] */
const facing = (x, { arms, legs } = {}) => ({
  head: [x, 18], neck: [x, 26], pelvis: [x, 60], sh: [[x - 11, 31], [x + 11, 31]], hips: [[x - 6, 62], [x + 6, 62]],
  arms: arms ?? [[[x - 13, 47], [x - 13, 62]], [[x + 13, 47], [x + 13, 62]]],
  legs: legs ?? [[[x - 6, 84], [x - 6, 106], [x - 10, 106]], [[x + 6, 84], [x + 6, 106], [x + 10, 106]]],
});

/** A half squat seen from the front, centred on x; kneeSpread pushes the knees out. */
const squat = (x, kneeSpread = 0, arms) => ({
  head: [x, 28], neck: [x, 36], pelvis: [x, 66], sh: [[x - 11, 40], [x + 11, 40]], hips: [[x - 7, 68], [x + 7, 68]],
  arms: arms ?? [[[x - 14, 54], [x - 3, 56]], [[x + 14, 54], [x + 3, 56]]],
  legs: [[[x - 11 - kneeSpread, 86], [x - 10, 106], [x - 15, 107]], [[x + 11 + kneeSpread, 86], [x + 10, 106], [x + 15, 107]]],
});

export default {
  'desk-hip-hinge': () => {
    const props = floor() + desk(84, 116);
    const start = { ...stand(66), sh: [69, 31], head: [72, 19], arms: [[[77, 48], [86, 65]], [[77, 48], [86, 65]]] };
    const end = {
      head: [84, 51], sh: [74, 56], hip: [42, 60], solid: true,
      arms: [[[81, 60], [88, 65]], [[81, 60], [88, 65]]],
      legs: [[[47, 84], [43, 106], [51, 106]], [[46, 84], [42, 106], [50, 106]]],
    };
    return {
      start: frame(props, glute(61), side(start)),
      end: frame(props, target([38, 61], 6, 8, -20), side(end), arrow([58, 46], [46, 40], [36, 48])),
    };
  },

  'desk-pigeon': () => {
    // Seen from the front, standing behind a hip-high desk (its top a line across): the right
    // shin is laid flat along the desk top, the knee out to the side, the standing leg straight
    // behind the desk, both hands on the desk. It reads as a leg resting on the desk, not a climb.
    const props = floor() + desk(10, 110, 74);
    const start = facing(60, { arms: [[[46, 50], [42, 74]], [[74, 50], [78, 74]]] });
    // The thigh points at the viewer (short, foreshortened); the shin lies along the desk top.
    const end = facing(60, {
      arms: [[[46, 50], [38, 74]], [[74, 50], [84, 74]]],
      legs: [[[42, 68], [78, 68], [84, 65]], [[66, 84], [66, 106], [70, 106]]],
    });
    return {
      start: frame(props, target([52, 62], 6, 5), front(start)),
      end: frame(props, target([52, 60], 6, 5), front(end), arrow([26, 96], [18, 82], [30, 70])),
    };
  },


  'single-leg-stand': () => {
    const props = floor() + desk(84, 116);
    const arms = [[[37, 46], [46, 58]], [[70, 46], [86, 66]]];
    const start = facing(54, { arms });
    const end = facing(56, {
      arms: [[[39, 46], [48, 58]], [[72, 46], [86, 66]]],
      legs: [[[49, 82], [47, 95], [43, 95]], [[62, 84], [62, 106], [66, 106]]],
    });
    return {
      start: frame(props, target([64, 62], 4, 7), front(start)),
      end: frame(props, target([66, 62], 4, 7), front(end), arrow([34, 108], [32, 100], [34, 90])),
    };
  },

  'squat-side-leg-lift': () => {
    // Start: the squat itself, deep enough to read (hips back and down, knees over the toes),
    // a hand on the desk. End: up on the left leg, the right leg lifted out to the side.
    const props = floor() + desk(4, 30);
    const x = 56;
    const start = {
      head: [x, 36], neck: [x, 44], pelvis: [x, 74], sh: [[x - 11, 48], [x + 11, 48]], hips: [[x - 7, 76], [x + 7, 76]],
      arms: [[[36, 60], [26, 66]], [[70, 62], [62, 66]]],
      legs: [[[x - 16, 90], [x - 10, 106], [x - 15, 107]], [[x + 16, 90], [x + 10, 106], [x + 15, 107]]],
    };
    const end = facing(54, {
      arms: [[[36, 46], [26, 66]], [[70, 46], [61, 58]]],
      legs: [[[48, 84], [48, 106], [44, 106]], [[76, 80], [92, 96], [97, 95]]],
    });
    return {
      start: frame(props, target([64, 74], 4, 7), front(start)),
      end: frame(props, target([63, 61], 4, 7), front(end), arrow([70, 104], [94, 106], [100, 88])),
    };
  },


  'standing-side-leg-raise': () => {
    const props = floor() + desk(4, 30);
    const arms = [[[36, 46], [26, 66]], [[70, 46], [61, 58]]];
    const start = facing(54, { arms });
    const end = facing(54, { arms, legs: [[[48, 84], [48, 106], [44, 106]], [[68, 83], [77, 103], [81, 103]]] });
    return {
      start: frame(props, target([63, 62], 4, 7), front(start)),
      end: frame(props, target([63, 62], 4, 7), front(end), arrow([68, 106], [80, 108], [88, 98])),
    };
  },

  'standing-kickback': () => {
    const props = floor() + desk(84, 116);
    // A slight forward lean (≈ 5°) and the straight leg ≈ 10° behind vertical: ≈ 15° behind the torso line.
    const base = { head: [69, 19], sh: [65, 31], hip: [62, 62], arms: [[[75, 48], [86, 65]], [[75, 48], [86, 65]]], solid: true };
    const start = { ...base, legs: [[[63, 84], [63, 106], [71, 106]], [[62, 84], [62, 106], [70, 106]]] };
    const end = { ...base, legs: [[[63, 84], [63, 106], [71, 106]], [[58.2, 83.7], [54.6, 103.6], [50, 102.5]]] };
    return {
      start: frame(props, glute(58), side(start)),
      end: frame(props, glute(57), side(end), arrow([50, 96], [44, 97], [36, 93])),
    };
  },

  'standing-figure-four': () => {
    const props = floor() + desk(84, 116);
    const start = {
      head: [62, 19], sh: [59, 31], hip: [56, 62], solid: true,
      arms: [[[66, 46], [70, 70]], [[74, 46], [86, 65]]],
      legs: [[[56, 84], [56, 106], [64, 106]], [[76, 70], [60, 80], [55, 77]]],
    };
    const end = {
      head: [72, 29], sh: [64, 39], hip: [42, 66], solid: true,
      arms: [[[68, 56], [70, 72]], [[78, 50], [88, 65]]],
      legs: [[[56, 88], [50, 106], [58, 106]], [[67, 67], [57, 84], [52, 83]]],
    };
    return {
      start: frame(props, glute(52), side(start)),
      end: frame(props, glute(38, 66), side(end), arrow([50, 56], [40, 50], [32, 58])),
    };
  },

  'standing-hip-flexor-stretch': () => {
    const props = floor() + desk(84, 116);
    const arm = [[[70, 47], [86, 65]], [[70, 47], [86, 65]]];
    const start = { ...stand(58, arm) };
    const end = {
      head: [60, 20], sh: [58, 32], hip: [56, 64], arms: arm, solid: true,
      legs: [[[70, 83], [74, 106], [82, 106]], [[43, 83], [30, 101], [24, 107]]],
    };
    return {
      start: frame(props, target([57, 70], 6, 3, 100), side(start)),
      end: frame(props, target([51, 71], 8, 3.5, 124), side(end), arrow([54, 104], [42, 96], [32, 96]), arrow([46, 62], [46, 72], [54, 76])),
    };
  },

  'standing-knee-hug': () => {
    const props = floor() + desk(84, 116);
    const far = [[70, 46], [86, 65]];
    const start = stand(58, [far, [[59, 47], [61, 63]]]);
    const end = { ...stand(58, [far, [[64, 48], [72, 56]]]), legs: [[[59, 84], [59, 106], [67, 106]], [[70, 44], [72, 68], [80, 70]]] };
    return {
      start: frame(props, glute(54), side(start)),
      end: frame(props, glute(54), side(end), arrow([80, 80], [86, 60], [78, 42])),
    };
  },

  'walking-long-strides': () => {
    const start = {
      head: [60, 18], sh: [58, 31], hip: [57, 62], solid: true,
      arms: [[[55, 47], [54, 62]], [[61, 47], [64, 62]]],
      legs: [[[62, 84], [64, 106], [72, 106]], [[53, 84], [49, 106], [57, 106]]],
    };
    const end = {
      head: [62, 20], sh: [59, 32], hip: [56, 62], solid: true,
      arms: [[[48, 45], [42, 56]], [[68, 42], [77, 48]]],
      legs: [[[70, 82], [82, 102], [90, 99]], [[44, 82], [30, 100], [25, 107]]],
    };
    return {
      start: frame(floor(), glute(53), side(start)),
      end: frame(floor(), glute(52), side(end), arrow([28, 10], [58, 4], [92, 10])),
    };
  },

  'crab-walk': () => {
    const start = squat(56);
    const end = {
      ...squat(66),
      legs: [[[56, 86], [55, 106], [50, 107]], [[82, 86], [88, 106], [93, 107]]],
    };
    const glutes = (x) => target([x - 9, 66], 3.5, 6) + target([x + 9, 66], 3.5, 6);
    return {
      start: frame(floor(), glutes(56), front(start)),
      end: frame(floor(), glutes(66), front(end), arrow([40, 12], [62, 8], [86, 12])),
    };
  },

  'glute-squeeze': () => {
    const start = facing(60);
    return {
      start: frame(floor(), target([54, 68], 6, 7), target([66, 68], 6, 7), front(start)),
      end: frame(floor(), target([55, 68], 5, 7), target([65, 68], 5, 7), front(start), arrow([34, 70], [40, 70], [46, 70]), arrow([86, 70], [80, 70], [74, 70])),
    };
  },

  'squat-knees-out': () => {
    const start = squat(60);
    const end = squat(60, 7);
    const glutes = target([51, 66], 3.5, 6) + target([69, 66], 3.5, 6);
    return {
      start: frame(floor(), glutes, front(start)),
      end: frame(floor(), glutes, front(end), arrow([38, 80], [34, 80], [28, 80]), arrow([82, 80], [86, 80], [92, 80])),
    };
  },

  'standing-hip-hinge': () => {
    const start = stand(56, [[[58, 47], [61, 63]], [[59, 47], [62, 63]]]); // hands on the fronts of the thighs
    const end = {
      head: [82, 38], sh: [72, 44], hip: [44, 62], solid: true,
      arms: [[[64, 59], [53, 73]], [[65, 60], [54, 74]]], // slid down towards the knees
      legs: [[[51, 84], [49, 106], [57, 106]], [[50, 84], [48, 106], [56, 106]]],
    };
    return {
      start: frame(floor(), glute(52), side(start)),
      end: frame(floor(), glute(40, 63), side(end), arrow([50, 34], [40, 32], [34, 44])),
    };
  },

  'desk-split-squat': () => {
    const props = floor() + desk(80, 116);
    const start = {
      head: [58, 17], sh: [56, 29], hip: [54, 60], solid: true,
      arms: [[[68, 46], [82, 65]], [[68, 46], [82, 65]]],
      legs: [[[44, 82], [30, 101], [25, 107]], [[68, 80], [72, 106], [80, 106]]],
    };
    const end = {
      head: [58, 32], sh: [56, 44], hip: [54, 76], solid: true,
      arms: [[[70, 54], [82, 65]], [[70, 54], [82, 65]]],
      legs: [[[46, 98], [29, 102], [24, 107]], [[74, 80], [72, 106], [80, 106]]],
    };
    return {
      start: frame(props, glute(51, 62), side(start)),
      end: frame(props, glute(50, 78), side(end), arrow([40, 54], [38, 64], [40, 74])),
    };
  },

  'ball-glute-release': () => {
    // Standing with the back to a wall, a ball between the buttock and the wall; bending the
    // knees a little rolls the ball up and down the buttock.
    const props = floor() + wall(20, -1);
    const pose = (drop) => ({
      head: [33, 18 + drop], sh: [34, 31 + drop], hip: [38, 62 + drop], solid: true,
      arms: [[[40, 47 + drop], [48, 60 + drop]], [[40, 47 + drop], [48, 60 + drop]]],
      legs: drop
        ? [[[54, 84], [50, 106], [58, 106]], [[53, 84], [49, 106], [57, 106]]]
        : [[[45, 84], [49, 106], [57, 106]], [[44, 84], [48, 106], [56, 106]]],
    });
    return {
      start: frame(props, target([33, 62], 5, 8), ball([25.5, 62]), side(pose(0))),
      end: frame(props, target([33, 70], 5, 8), ball([25.5, 66]), side(pose(8)),
        arrow([72, 66], [72, 58], [72, 48]), arrow([72, 66], [72, 74], [72, 84])),
    };
  },
};
