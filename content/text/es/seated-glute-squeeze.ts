import type { ExerciseTranslation } from '../../../core/exercise';

const text: ExerciseTranslation = {
  steps: [
    'Siéntate con la espalda recta y los dos pies apoyados en el suelo.',
    'Aprieta los dos glúteos hasta elevarte un poco en el asiento.',
    'Mantén el apretón contando despacio hasta cuatro.',
    'Relájate del todo y repite.',
  ],
  feel: 'En los dos glúteos, que te elevan un poco de la silla.',
  caution: 'Deja relajados los hombros y la mandíbula; para este ejercicio sirve una silla con ruedas.',
  why: 'Unos glúteos inactivos durante horas pueden volverse perezosos; despertarlos puede quitar algo de trabajo a la zona lumbar.',
  alt: 'Una persona sentada con la espalda recta en una silla, con flechas que muestran los glúteos apretándose.',
  mistakes: ['Tensar los hombros y la mandíbula a la vez que los glúteos.'],
  easier: 'Aprieta un lado cada vez.',
  harder: 'Mantén cada apretón contando despacio hasta ocho.',
  breathing: 'Respira con normalidad; no aguantes la respiración.',
  intensity: 'Un apretón firme, más o menos un siete sobre diez.',
};

export default text;
