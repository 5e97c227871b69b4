import { render } from 'preact';
import { applyDocumentLanguage, textLanguage } from '../../utils/i18n';
import { loadLocaleText } from '../../content/locale-text';
import { LocaleTextContext } from '../../components/locale-text-context';
import { App } from './App';
import './options.css';

applyDocumentLanguage();
// Safety text in the UI language, before the one render.
void loadLocaleText(textLanguage()).then((text) =>
  render(
    <LocaleTextContext.Provider value={text}>
      <App />
    </LocaleTextContext.Provider>,
    document.getElementById('app')!,
  ),
);
