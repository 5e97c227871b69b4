import { render } from 'preact';
import { applyDocumentLanguage } from '../../utils/i18n';
import { App } from './App';
import './options.css';

applyDocumentLanguage();
render(<App />, document.getElementById('app')!);
