import { ENGLISH_PROVENANCE } from '../../provenance';
import type { SafetyText } from '../../safety-text';

/**
 * Health text in English, the source for every translation. Reviewed sentence
 * by sentence as health content. Red flags: the signs from seed 002 ("when to
 * see a doctor"), sorted into the NHS urgency tiers for back pain (emergency,
 * the same day, a GP) and completed against NICE NG59, which advises staying
 * active rather than resting. Precautions follow common physiotherapy advice: after
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
  redFlagsTitle: 'When to get your back checked',
  beforeYouStart: 'If you have had a back injury or a back condition, ask a physiotherapist or doctor which of these exercises suit you.',
  redFlags: {
    'bladder-bowel': { sign: 'You lose control of your bladder or bowels, or cannot pass urine' },
    'saddle-numbness': { sign: 'Numbness around your genitals or bottom' },
    'both-legs': { sign: 'Numbness or weakness in both legs' },
    'chest-pain': { sign: 'Chest pain' },
    'serious-accident': { sign: 'Back pain after a serious accident, such as a car crash or a bad fall' },
    'cough-sneeze': { sign: 'Pain that gets worse when you cough, sneeze or open your bowels' },
    fever: { sign: 'Back pain with a high temperature, or feeling hot and shivery' },
    'back-shape': { sign: 'A lump, a swelling or a change in the shape of your back' },
    'between-shoulder-blades': { sign: 'Pain high up between your shoulder blades' },
    'night-pain': { sign: 'Pain that is worse at night' },
    'not-improving': { sign: 'Back pain that has not got better after 2 to 4 weeks of staying active' },
    'weight-loss': { sign: 'Weight loss you cannot explain' },
    'cancer-history': { sign: 'Back pain when you have had cancer' },
    'steroids-osteoporosis': { sign: 'Back pain when you take steroids long-term or have osteoporosis (bones that break more easily)' },
    'morning-stiffness': { sign: 'Stiffness in the morning that lasts more than 30 minutes and eases as you move' },
  },
  tiers: {
    emergency: {
      title: 'Emergency: call 112 or 999 (your local emergency number) or go to A&E',
      advice: 'Do not wait to see whether it passes, and do not exercise.',
    },
    'same-day': {
      title: 'Get advice the same day: an urgent GP appointment, or NHS 111',
      advice: 'Leave the exercises until you have been checked.',
    },
    gp: {
      title: 'Book a visit to a GP or physiotherapist',
      advice: 'Gentle movement is usually fine meanwhile; mention the sign when you go.',
    },
  },
  precautions: {
    'hip-replacement': {
      label: 'I have had a hip replacement',
      removes:
        'bending the hip past a right angle, crossed legs, knee-across stretches, and stretches that take the leg back and turn it out',
      note: "Follow your surgeon's precautions; in the first 3 months after surgery, ask before any new exercise.",
    },
    pregnancy: {
      label: 'I am pregnant',
      removes: 'lying on your back and deep folds over the belly',
      note: 'If you have pain at the front or back of the pelvis, go easy on one-leg, split and wide stances.',
    },
    knees: { label: 'My knees are sore or weak', removes: 'kneeling, squats and stretches that twist the knee', note: '' },
    balance: { label: 'My balance is unsteady', removes: 'standing on one leg and side steps', note: '' },
    sciatica: {
      label: 'I have pain or tingling down a leg now (sciatica)',
      removes: 'stretches that pull on the nerve down the back of the leg, leaving gentle options',
      note: 'Pain or tingling that spreads down a leg is worth showing to a physiotherapist or doctor.',
    },
    wheels: {
      label: 'My chair has wheels or swivels',
      removes: 'exercises that need a chair that stays put, such as sitting back down onto the seat',
      note: 'Most office chairs roll. You get standing or desk-supported versions instead.',
    },
  },
  screeningNote:
    'Optional. Your answers stay in this browser and only hide exercises; they are no substitute for advice from your own clinician.',
  provenance: ENGLISH_PROVENANCE,
};

export default text;
