/**
 * Exercise names in Spanish, by id (same ids as ../en/names.ts). Apart from the
 * other words so the worker can name the exercise in a notification without
 * loading any other text.
 */
const names: Readonly<Record<string, string>> = {
  'knees-to-chest': 'Rodillas al pecho',
  'lying-glute-stretch': 'Estiramiento de glúteo tumbado',
  'pigeon-pose': 'Postura de la paloma',
  'knee-to-opposite-shoulder': 'Rodilla al hombro contrario',
  'single-knee-to-chest': 'Una rodilla al pecho',
  'seated-forward-bend': 'Flexión hacia delante sentado',
  'glute-bridge': 'Puente de glúteos',
  'single-leg-glute-bridge': 'Puente de glúteos a una pierna',
  'clamshell': 'Almeja',
  'fire-hydrant': 'Hidrante',
  'donkey-kick': 'Patada de burro',
  'seated-band-abduction': 'Abducción de cadera sentado con banda',
  'chair-band-abduction': 'Abducción con banda en la silla',
  'ball-glute-release': 'Masaje de glúteo con pelota',
  'seated-figure-four': 'Figura cuatro sentado',
  'standing-figure-four': 'Figura cuatro de pie',
  'chair-forward-fold': 'Flexión hacia delante en la silla',
  'seated-hamstring-stretch': 'Estiramiento de isquiotibiales sentado',
  'desk-hip-hinge': 'Bisagra de cadera en el escritorio',
  'standing-hip-flexor-stretch': 'Estiramiento de flexores de cadera de pie',
  'seated-hip-flexor-stretch': 'Estiramiento de flexores de cadera sentado',
  'seated-knee-to-chest': 'Abrazo de rodilla sentado',
  'seated-knee-to-shoulder': 'Rodilla cruzada sentado',
  'standing-knee-hug': 'Abrazo de rodilla de pie',
  'seated-leg-cradle': 'Acunar la pierna sentado',
  'desk-pigeon': 'Paloma en el escritorio',
  'glute-squeeze': 'Apretar glúteos',
  'seated-glute-squeeze': 'Apretar glúteos sentado',
  'seated-knee-press-out': 'Rodillas hacia fuera sentado',
  'sit-to-stand-squeeze': 'Levantarse de la silla apretando glúteos',
  'standing-kickback': 'Patada atrás en el escritorio',
  'standing-side-leg-raise': 'Elevación lateral de pierna de pie',
  'squat-knees-out': 'Sentadilla con rodillas hacia fuera',
  'squat-side-leg-lift': 'Sentadilla con elevación lateral',
  'crab-walk': 'Paso de cangrejo',
  'walking-long-strides': 'Caminar a pasos largos',
  'single-leg-stand': 'Equilibrio a una pierna',
  'seated-heel-press': 'Presión de talones sentado',
  'desk-split-squat': 'Sentadilla en tijera en el escritorio',
  'standing-hip-hinge': 'Bisagra de cadera de pie',
};

export default names;
