import { useRef, useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES, parseImport, type ImportResult } from '../../core/data/data-file';
import type { HistoryEntry } from '../../core/history/history-entry';
import type { Reply, Request } from '../../core/messages';
import type { Settings } from '../../core/settings/settings';
import { formatList, t, tCount } from '../../utils/i18n';
import { useOptionsPlatform } from './options-platform';
import { settingLabel } from './setting-label';

interface Props {
  settings: Settings;
  history: readonly HistoryEntry[];
}

type State =
  | { step: 'idle' }
  | { step: 'error'; message: string }
  | { step: 'preview'; fileName: string; result: Extract<ImportResult, { ok: true }> }
  | { step: 'sending' }
  | { step: 'done'; message: string };

function errorMessage(result: Extract<ImportResult, { ok: false }>): string {
  switch (result.code) {
    case 'tooLarge':
      return t('options_import_tooLarge', Math.round(MAX_IMPORT_BYTES / 1024 / 1024));
    case 'notJson':
      return t('options_import_notJson');
    case 'notOurs':
      return t('options_import_notOurs');
    case 'futureVersion':
      return t('options_import_future');
    case 'invalid':
      return t('options_import_invalid', result.where ?? '?');
  }
}

/** Import: choose a file → see what would change → confirm; any problem changes nothing. */
export function ImportPanel({ settings, history }: Props) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const { send } = useOptionsPlatform();
  const input = useRef<HTMLInputElement>(null);
  /** The chosen file's name, until the import ends or is cancelled (the input is cleared then too). */
  const [chosen, setChosen] = useState<string | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setChosen(file.name);
    // Check the size before reading: a huge file should not be loaded into memory.
    const result: ImportResult =
      file.size > MAX_IMPORT_BYTES ? { ok: false, code: 'tooLarge' } : parseImport(await file.text(), { settings, history });
    // A refused file can be fixed and chosen again: an input still holding it would not report the same file.
    if (!result.ok && input.current) input.current.value = '';
    setState(
      result.ok
        ? { step: 'preview', fileName: file.name, result }
        : { step: 'error', message: `${errorMessage(result)} ${t('options_import_nothingChanged')}` },
    );
  };

  /** Back to "No file chosen", with the input emptied so that the same file can be chosen again. */
  const forgetFile = () => {
    setChosen(null);
    if (input.current) input.current.value = '';
  };

  const reset = () => {
    setState({ step: 'idle' });
    forgetFile();
  };

  const confirm = async (result: Extract<ImportResult, { ok: true }>) => {
    setState({ step: 'sending' });
    const request: Request = {
      type: 'importData',
      ...(result.settings ? { settings: result.settings } : {}),
      ...(result.history ? { history: result.history } : {}),
    };
    let reply: Reply | undefined;
    try {
      reply = await send(request);
    } catch (e) {
      reply = { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
    forgetFile();
    setState(
      reply?.ok
        ? { step: 'done', message: t('options_import_done') }
        : { step: 'error', message: t('options_import_failed', reply && !reply.ok ? reply.error : t('options_import_noReply')) },
    );
  };

  const preview = state.step === 'preview' ? state : null;
  return (
    <div class="subsection" aria-labelledby="import-title">
      <h3 id="import-title" class="subsection__title">
        {t('options_import_title')}
      </h3>
      <p class="field__hint" id="import-hint">
        {t('options_import_hint')}
      </p>
      {/* Our own button and words over a visually hidden, still focusable input: the browser's
          file button speaks the browser's language, not the page's (a German Firefox showed
          "Browse… No file selected."), and its look cannot follow the page's. */}
      <div class="file-pick">
        <input
          ref={input}
          id="import-file"
          type="file"
          accept="application/json,.json"
          class="visually-hidden file-pick__input"
          aria-describedby="import-hint import-file-name"
          data-testid="import-file"
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
        <label for="import-file" class="button button--secondary file-pick__button">
          {t('options_import_choose')}
        </label>
        <span id="import-file-name" class="file-pick__name muted" data-testid="import-file-name">
          {chosen ?? t('options_import_noFile')}
        </span>
      </div>

      <div aria-live="polite">
        {state.step === 'error' && (
          <p class="notice notice--error" role="alert" data-testid="import-error">
            {state.message}
          </p>
        )}
        {state.step === 'done' && (
          <p class="notice notice--success" data-testid="import-done">
            {state.message}
          </p>
        )}
        {preview && (
          <div class="preview" role="group" aria-labelledby="preview-title" data-testid="import-preview">
            <p id="preview-title" class="preview__title">
              {t('options_import_previewTitle', preview.fileName)}
            </p>
            <ul class="preview__list">
              {preview.result.preview.hasSettings && (
                <li>
                  {preview.result.preview.settingsChanged.length === 0
                    ? t('options_import_settingsSame')
                    : t('options_import_settingsChanged', formatList(preview.result.preview.settingsChanged.map(settingLabel)))}
                </li>
              )}
              {preview.result.history && (
                <li>{tCount('options_import_historyAdded', preview.result.preview.historyAdded, preview.result.preview.historyTotal)}</li>
              )}
            </ul>
            <div class="button-row">
              <button type="button" class="button button--primary" onClick={() => void confirm(preview.result)}>
                {t('options_import_confirm')}
              </button>
              <button type="button" class="button button--secondary" onClick={reset}>
                {t('options_cancel')}
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
