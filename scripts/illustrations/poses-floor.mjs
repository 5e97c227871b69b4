// Floor exercises (opt-in: need a clear floor or a mat). Side views, head to the left.
import { arrow, band, floor, frame, front, line, side, target } from './svg.mjs';

/** Lying on the back, seen from the side: head left, shoulders at x 26, hips at x 58. */
const back = (extra) => ({ head: [13, 99], sh: [26, 102], hip: [58, 102], arms: [[[40, 105], [54, 106]], [[40, 105], [54, 106]]], ...extra });
/** On hands and knees, seen from the side, facing right. */
const fours = (legs) => ({
  head: [90, 70], sh: [80, 80], hip: [46, 82],
  arms: [[[80, 94], [81, 106]], [[80, 94], [81, 106]]],
  legs: legs ?? [[[47, 106], [27, 106], [22, 105]], [[46, 106], [26, 106], [21, 105]]],
  solid: true,
});
const bentLegs = [[[74, 84], [81, 106], [89, 106]], [[73, 84], [80, 106], [88, 106]]];

export default {
  'clamshell': () => {
    // Lying on the left side, seen from the front, head left, drawn large: hips and knees bent,
    // feet together. End: the top knee lifts well clear of the bottom one (the opening is the
    // exercise), the feet stay touching.
    const body = (top) => ({
      head: [12, 82], sh: [26, 90], hip: [66, 88], solid: true,
      arms: [[[12, 98], [4, 88]], [[42, 98], [52, 102]]],
      legs: [[[90, 102], [104, 84], [110, 86]], top],
    });
    const feet = `<circle cx="104" cy="84" r="2.5" fill="currentColor" stroke="none"/>`;
    return {
      start: frame(floor(), target([62, 82], 9, 6), side(body([[90, 96], [104, 82], [110, 84]])), feet),
      end: frame(floor(), target([62, 82], 9, 6), side(body([[82, 60], [104, 80], [110, 81]])), feet, arrow([96, 94], [100, 74], [88, 60])),
    };
  },


  'donkey-kick': () => ({
    start: frame(floor(), target([44, 80], 6, 7), side(fours())),
    end: frame(floor(), target([44, 80], 6, 7), side(fours([[[47, 106], [27, 106], [22, 105]], [[24, 80], [24, 58], [17, 58]]])), arrow([40, 100], [16, 100], [14, 76])),
  }),

  'fire-hydrant': () => {
    // Seen from behind, on all fours on a mat drawn in perspective (hands on its far part,
    // knees on its near edge): buttocks and thighs in front; back, arms and head further
    // away (fainter). The knee goes out to the side, up to hip height.
    const far = ' stroke-dasharray="5 3.5"';
    const mat = `<path stroke-width="2"${far} d="M36 80L84 80L106 108L14 108Z"/>`;
    const body = (leg) =>
      [
        line([[60, 62], [60, 54]], ' stroke-width="5"' + far),
        line([[49, 54], [71, 54]], far),
        line([[50, 54], [50, 86]], far),
        line([[70, 54], [70, 86]], far),
        `<path d="M46 68C45 56 59 55 60 62C61 55 75 56 74 68"/>`,
        line([[47, 66], [47, 100], [45, 108]]),
        line([[73, 66], ...leg]),
        `<circle cx="60" cy="45" r="6.5" fill="currentColor" stroke="none"/>`,
      ].join('');
    return {
      start: frame(mat, target([67, 63], 6, 6), body([[73, 100], [75, 108]])),
      end: frame(mat, target([67, 63], 6, 6), body([[98, 66], [100, 78]]), arrow([84, 102], [106, 100], [106, 80])),
    };
  },


  'glute-bridge': () => ({
    start: frame(floor(), target([56, 98], 7, 4), side(back({ legs: bentLegs }))),
    end: frame(floor(), target([52, 88], 7, 4, -30), side(back({ hip: [55, 84], legs: [[[74, 78], [80, 106], [88, 106]], [[73, 78], [79, 106], [87, 106]]] })), arrow([46, 106], [45, 100], [46, 93])),
  }),

  'single-leg-glute-bridge': () => {
    const start = back({ legs: [bentLegs[0], [[74, 84], [90, 66], [94, 60]]], solid: true });
    const end = back({ hip: [55, 84], legs: [[[74, 78], [80, 106], [88, 106]], [[76, 78], [97, 72], [101, 66]]], solid: true });
    return {
      start: frame(floor(), target([56, 98], 7, 4), side(start)),
      end: frame(floor(), target([52, 88], 7, 4, -30), side(end), arrow([46, 106], [45, 100], [46, 93])),
    };
  },

  'knee-to-opposite-shoulder': () => {
    // Side view, lying on the back, head left. Start: both legs long, hands by the sides.
    // End: the near (right) knee drawn up and across, both hands holding it below the kneecap;
    // the arrow curves over the body towards the far (left) shoulder.
    const long = [[81, 104], [104, 104], [106, 97]];
    const start = back({ legs: [long, [[81, 103], [104, 103], [106, 96]]] });
    const end = back({ arms: [[[34, 90], [46, 80]], [[36, 92], [48, 82]]], legs: [long, [[46, 78], [66, 80], [70, 75]]] });
    return {
      start: frame(floor(), target([60, 98], 7, 4), side(start)),
      end: frame(floor(), target([60, 98], 7, 4), side(end), arrow([74, 66], [54, 52], [32, 82])),
    };
  },


  'knees-to-chest': () => {
    // Holding is the action: both hands wrap the fronts of the shins, elbows out, in both frames.
    const start = back({ sh: [28, 102], head: [15, 99], arms: [[[38, 84], [64, 82]], [[40, 86], [66, 84]]], legs: [[[66, 80], [82, 82], [86, 78]], [[65, 80], [81, 82], [85, 78]]], solid: true });
    const end = back({ sh: [28, 102], head: [15, 99], arms: [[[36, 82], [56, 74]], [[38, 84], [58, 76]]], legs: [[[48, 80], [67, 76], [70, 71]], [[47, 80], [66, 76], [69, 71]]], solid: true });
    return {
      start: frame(floor(), target([56, 98], 7, 4), side(start)),
      end: frame(floor(), target([54, 98], 7, 4), side(end), arrow([84, 68], [72, 56], [60, 64])),
    };
  },


  'single-knee-to-chest': () => {
    const straight = [[81, 104], [104, 104], [106, 97]];
    const start = back({ legs: [straight, [[81, 103], [104, 103], [106, 96]]] });
    const end = back({ arms: [[[36, 88], [50, 80]], [[36, 88], [50, 80]]], legs: [straight, [[50, 80], [70, 78], [73, 73]]] });
    const flexor = target([66, 101], 8, 3);
    return {
      start: frame(floor(), flexor, side(start)),
      end: frame(floor(), flexor, side(end), arrow([84, 96], [82, 74], [62, 72])),
    };
  },

  'lying-glute-stretch': () => {
    // Start: on the back, knees bent, feet flat, hands by the sides. End: the right ankle crossed
    // over the left knee (a figure four) and both hands behind the left thigh drawing it in: the
    // arms are drawn up to the thigh, since holding is the action.
    const start = back({ legs: bentLegs, solid: true });
    const end = back({
      arms: [[[36, 90], [52, 80]], [[38, 92], [54, 82]]], solid: false,
      legs: [[[55, 76], [78, 74], [82, 69]], [[82, 96], [58, 78], [54, 75]]],
    });
    return {
      start: frame(floor(), target([56, 98], 7, 4), side(start)),
      end: frame(floor(), target([58, 97], 7, 4), side(end), arrow([92, 64], [80, 54], [66, 62])),
    };
  },


  'pigeon-pose': () => {
    // The caution puts the weight on the hands: in the end frame both arms are straight, hands
    // flat on the floor beside the front knee (a short palm line each).
    const start = fours();
    const end = {
      head: [66, 54], sh: [62, 66], hip: [54, 96], solid: true,
      arms: [[[68, 86], [74, 106]], [[66, 86], [72, 106]]],
      legs: [[[32, 104], [10, 106], [6, 106]], [[76, 104], [66, 106], [62, 106]]],
    };
    const palms = line([[70, 106], [80, 106]], ' stroke-width="4"');
    return {
      start: frame(floor(), target([44, 80], 6, 7), side(start)),
      end: frame(floor(), target([52, 92], 7, 5), side(end), palms, arrow([36, 96], [22, 92], [12, 98])),
    };
  },


  'seated-band-abduction': () => {
    const body = (kl, kr) => ({
      head: [60, 44], neck: [60, 52], pelvis: [60, 98], sh: [[49, 56], [71, 56]], hips: [[52, 100], [68, 100]],
      arms: [[[40, 80], [34, 104]], [[80, 80], [86, 104]]],
      legs: [[kl, [54, 104], [50, 106]], [kr, [66, 104], [70, 106]]],
    });
    const mid = (k, a) => [(k[0] + a[0]) / 2, (k[1] + a[1]) / 2];
    const [l1, r1, l2, r2] = [[50, 78], [70, 78], [40, 80], [80, 80]];
    return {
      start: frame(floor(), target([48, 98], 3.5, 5), target([72, 98], 3.5, 5), front(body(l1, r1)), band(mid(l1, [54, 104]), mid(r1, [66, 104]))),
      end: frame(floor(), target([48, 98], 3.5, 5), target([72, 98], 3.5, 5), front(body(l2, r2)), band(mid(l2, [54, 104]), mid(r2, [66, 104])),
        arrow([34, 70], [30, 70], [24, 70]), arrow([86, 70], [90, 70], [96, 70])),
    };
  },

  'seated-forward-bend': () => {
    const legs = [[[60, 104], [84, 104], [87, 97]], [[60, 104], [84, 104], [87, 97]]];
    const start = { head: [40, 58], sh: [38, 70], hip: [36, 102], arms: [[[44, 86], [54, 100]], [[44, 86], [54, 100]]], legs };
    const end = { head: [70, 78], sh: [60, 84], hip: [36, 102], arms: [[[70, 94], [80, 102]], [[70, 94], [80, 102]]], legs };
    const ham = target([52, 105], 14, 3);
    return {
      start: frame(floor(), ham, side(start)),
      end: frame(floor(), ham, side(end), arrow([46, 56], [66, 56], [74, 70])),
    };
  },
};

