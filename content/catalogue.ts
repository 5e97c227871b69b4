import type { ExerciseData } from '../core/exercise';
import kneesToChest from './exercises/knees-to-chest';
import lyingGluteStretch from './exercises/lying-glute-stretch';
import pigeonPose from './exercises/pigeon-pose';
import kneeToOppositeShoulder from './exercises/knee-to-opposite-shoulder';
import singleKneeToChest from './exercises/single-knee-to-chest';
import seatedForwardBend from './exercises/seated-forward-bend';
import gluteBridge from './exercises/glute-bridge';
import singleLegGluteBridge from './exercises/single-leg-glute-bridge';
import clamshell from './exercises/clamshell';
import fireHydrant from './exercises/fire-hydrant';
import donkeyKick from './exercises/donkey-kick';
import seatedBandAbduction from './exercises/seated-band-abduction';
import chairBandAbduction from './exercises/chair-band-abduction';
import ballGluteRelease from './exercises/ball-glute-release';
import seatedFigureFour from './exercises/seated-figure-four';
import standingFigureFour from './exercises/standing-figure-four';
import chairForwardFold from './exercises/chair-forward-fold';
import seatedHamstringStretch from './exercises/seated-hamstring-stretch';
import deskHipHinge from './exercises/desk-hip-hinge';
import standingHipFlexorStretch from './exercises/standing-hip-flexor-stretch';
import seatedHipFlexorStretch from './exercises/seated-hip-flexor-stretch';
import seatedKneeToChest from './exercises/seated-knee-to-chest';
import seatedKneeToShoulder from './exercises/seated-knee-to-shoulder';
import standingKneeHug from './exercises/standing-knee-hug';
import seatedLegCradle from './exercises/seated-leg-cradle';
import deskPigeon from './exercises/desk-pigeon';
import gluteSqueeze from './exercises/glute-squeeze';
import seatedGluteSqueeze from './exercises/seated-glute-squeeze';
import seatedKneePressOut from './exercises/seated-knee-press-out';
import sitToStandSqueeze from './exercises/sit-to-stand-squeeze';
import standingKickback from './exercises/standing-kickback';
import standingSideLegRaise from './exercises/standing-side-leg-raise';
import squatKneesOut from './exercises/squat-knees-out';
import squatSideLegLift from './exercises/squat-side-leg-lift';
import crabWalk from './exercises/crab-walk';
import walkingLongStrides from './exercises/walking-long-strides';
import singleLegStand from './exercises/single-leg-stand';
import seatedHeelPress from './exercises/seated-heel-press';
import deskSplitSquat from './exercises/desk-split-squat';
import standingHipHinge from './exercises/standing-hip-hinge';

/**
 * The catalogue's language-neutral facts, in a fixed order: all the worker's
 * picker needs (kinds, positions, equipment, precautions), without the words.
 * Facts come from the seed articles named in `sources`; desk variants
 * (`adaptsFrom`) turn a seed exercise into one that needs no floor and no band.
 * The words are per locale in content/text/; content/exercises.ts joins them.
 */
export const CATALOGUE: readonly ExerciseData[] = [
  // ── Floor stretches ───────────────────────────────────────────────────────
  kneesToChest,
  lyingGluteStretch,
  pigeonPose,
  kneeToOppositeShoulder,
  singleKneeToChest,
  seatedForwardBend,

  // ── Floor activation ──────────────────────────────────────────────────────
  gluteBridge,
  singleLegGluteBridge,
  clamshell,
  fireHydrant,
  donkeyKick,

  // ── Band and ball (opt-in equipment) ──────────────────────────────────────
  seatedBandAbduction,
  chairBandAbduction,
  ballGluteRelease,

  // ── Desk stretches (no floor, no band) ────────────────────────────────────
  seatedFigureFour,
  standingFigureFour,
  chairForwardFold,
  seatedHamstringStretch,
  deskHipHinge,
  standingHipFlexorStretch,
  seatedHipFlexorStretch,
  seatedKneeToChest,
  seatedKneeToShoulder,
  standingKneeHug,
  seatedLegCradle,
  deskPigeon,

  // ── Desk activation (no floor, no band) ───────────────────────────────────
  gluteSqueeze,
  seatedGluteSqueeze,
  seatedKneePressOut,
  sitToStandSqueeze,
  standingKickback,
  standingSideLegRaise,
  squatKneesOut,
  squatSideLegLift,
  crabWalk,
  walkingLongStrides,
  singleLegStand,
  seatedHeelPress,
  deskSplitSquat,
  standingHipHinge,
];
