import { ENGLISH_PROVENANCE } from '../../provenance';
import type { SafetyText } from '../../safety-text';

/**
 * Health text in English, the source for every translation. Reviewed sentence
 * by sentence as health content. Red flags: the six signs from seed 002 ("when
 * to see a doctor"), completed against public clinical guidance on low back
 * pain (NHS, NICE NG59). Precautions follow common physiotherapy advice: after
 * a hip replacement (posterior approach), avoid deep hip bending, crossing the
 * leg past the middle and turning it in; in pregnancy, avoid lying flat on the
 * back and deep folds over the belly; with sore knees, avoid kneeling and
 * loaded deep knee bends; with poor balance, avoid standing on one leg or
 * stepping across.
 */
const text: SafetyText = {
  disclaimer: 'Glute Break offers general exercise education, not medical advice. Move gently, and stop any exercise that hurts.',
  details: [
    'The exercises here do not diagnose or treat any condition, and they are no substitute for an assessment.',
    'A mild, even pull while stretching is normal. Severe or unusual pain is not: stop and rest.',
    'If you already have back pain or another health issue, ask a physiotherapist or doctor before you begin.',
  ],
  redFlagsTitle: 'When to stop and get help',
  beforeYouStart: 'If you have had a back injury or a back condition, ask a physiotherapist or doctor which of these exercises suit you.',
  redFlags: {
    'saddle-numbness': {
      sign: 'Numbness around the groin, genitals or inner buttocks',
      advice: 'Get emergency medical help straight away; it can mean nerves at the base of the spine are pressed.',
    },
    'bladder-bowel': {
      sign: 'Any change in bladder or bowel control',
      advice: 'Treat this as an emergency and get medical help straight away.',
    },
    'leg-weakness': {
      sign: 'Leg weakness that is getting worse, or weakness in both legs',
      advice: 'Get emergency medical help straight away rather than waiting to see if it passes.',
    },
    'radiating-pain': {
      sign: 'Sharp pain that shoots down a leg or into the hip',
      advice: 'Stop the exercises and have it checked; it can point to an irritated nerve or a disc problem.',
    },
    numbness: { sign: 'Numbness or tingling in one leg or foot', advice: 'Stop and see a doctor, since a nerve may be involved.' },
    fever: {
      sign: 'Back pain together with a fever or feeling generally unwell',
      advice: 'See a doctor soon; an infection needs ruling out.',
    },
    'after-fall': {
      sign: 'Pain that began after a fall, an accident or another injury',
      advice: 'Have it checked before you exercise it.',
    },
    'cancer-weight-loss': {
      sign: 'New back pain with a past cancer, or weight loss you cannot explain',
      advice: 'See a doctor soon and mention this history.',
    },
    'night-pain': {
      sign: 'Pain that is worse at night or does not ease when you lie still',
      advice: 'Book a doctor visit rather than exercising through it.',
    },
    'lasting-pain': {
      sign: 'Back pain that is still there after a few days of rest',
      advice: 'Book a visit to a doctor or physiotherapist instead of pushing on.',
    },
    'lost-mobility': {
      sign: 'Trouble bending, lifting or walking in daily life',
      advice: 'Get a professional assessment before continuing.',
    },
  },
  precautions: {
    'hip-replacement': { label: 'I have had a hip replacement', removes: 'deep hip bends, crossed legs and knee-across stretches' },
    pregnancy: { label: 'I am pregnant', removes: 'lying on your back and deep forward folds' },
    knees: { label: 'My knees are sore or weak', removes: 'kneeling, squats and stretches that twist the knee' },
    balance: { label: 'My balance is unsteady', removes: 'standing on one leg and side steps' },
  },
  screeningNote:
    'Optional. Your answers stay in this browser and only hide exercises; they are no substitute for advice from your own clinician.',
  provenance: ENGLISH_PROVENANCE,
};

export default text;
