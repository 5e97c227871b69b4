import type { NameTranslation } from '../../exercise';

/** Exercise names in German, by id (glossary: docs/i18n/glossary.de.md). */
const names: NameTranslation = {
  'clamshell': 'Muschel',
};

export default names;
