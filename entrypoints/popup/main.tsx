import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import { loadPopupData } from './popup-data';
import { loadSessionView } from './session-view-loader';
import './popup.css';

// Render once, with the stored data already read: the first paint shows the
// exercise and nothing shifts when data "arrives" afterwards.
const breakWindow = new URLSearchParams(location.search).get('window') === 'break';
const locale = browser.i18n.getUILanguage() || navigator.language;
// The catalogue is mostly text the popup shows one item of; as its own chunk it
// loads in parallel with the storage reads instead of delaying the app's code.
void Promise.all([loadPopupData(Date.now()), import('../../content/exercises')]).then(async ([initial, catalogue]) => {
  const sessionView = initial.session ? await loadSessionView() : undefined;
  render(
    <App initial={initial} catalogue={catalogue} breakWindow={breakWindow} locale={locale} sessionView={sessionView} />,
    document.getElementById('app')!,
  );
  // For the bench: the exercise card is in the DOM from here.
  performance.mark('popup-rendered');
});
