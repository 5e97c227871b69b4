import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import { loadPopupData } from './popup-data';
import './popup.css';

// Render once, with the stored data already read: the first paint shows the
// exercise and nothing shifts when data "arrives" afterwards.
const breakWindow = new URLSearchParams(location.search).get('window') === 'break';
const locale = browser.i18n.getUILanguage() || navigator.language;
void loadPopupData(Date.now()).then((initial) => {
  render(<App initial={initial} breakWindow={breakWindow} locale={locale} />, document.getElementById('app')!);
});
