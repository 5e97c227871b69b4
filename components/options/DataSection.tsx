import { useRef, useState } from 'preact/hooks';
import { buildExport, exportFileName, exportJson, historyToCsv } from '../../core/data/data-file';
import type { HistoryEntry } from '../../core/history/history-entry';
import type { Settings } from '../../core/settings/settings';
import { t, tCount } from '../../utils/i18n';
import { download } from './download';
import { ImportPanel } from './ImportPanel';
import { useOptionsPlatform } from './options-platform';
import { Section } from './Section';

interface Props {
  settings: Settings;
  history: readonly HistoryEntry[];
}

function ResetControl() {
  const [step, setStep] = useState<'idle' | 'confirm' | 'sending' | 'done' | 'failed'>('idle');
  const { send } = useOptionsPlatform();
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  const open = () => {
    setStep('confirm');
    // The safe choice gets focus, so an Enter pressed by habit erases nothing.
    requestAnimationFrame(() => cancel.current?.focus());
  };
  const close = () => {
    setStep('idle');
    requestAnimationFrame(() => opener.current?.focus());
  };
  const erase = async () => {
    setStep('sending');
    try {
      const reply = await send({ type: 'resetData' });
      setStep(reply?.ok ? 'done' : 'failed');
    } catch {
      setStep('failed');
    }
  };

  return (
    <div class="subsection" aria-labelledby="reset-title">
      <h3 id="reset-title" class="subsection__title">
        {t('options_reset_title')}
      </h3>
      <p class="field__hint">{t('options_reset_hint')}</p>
      {step === 'confirm' || step === 'sending' ? (
        <div class="confirm" role="group" aria-labelledby="reset-question">
          <p id="reset-question" class="confirm__question">
            {t('options_reset_question')}
          </p>
          <div class="button-row">
            <button type="button" class="button button--danger" disabled={step === 'sending'} onClick={() => void erase()}>
              {t('options_reset_confirm')}
            </button>
            <button ref={cancel} type="button" class="button button--secondary" onClick={close}>
              {t('options_cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button ref={opener} type="button" class="button button--danger-outline" onClick={open}>
          {t('options_reset_button')}
        </button>
      )}
      <div aria-live="polite">
        {step === 'done' && <p class="notice notice--success">{t('options_reset_done')}</p>}
        {step === 'failed' && (
          <p class="notice notice--error" role="alert">
            {t('options_reset_failed')}
          </p>
        )}
      </div>
    </div>
  );
}

export function DataSection({ settings, history }: Props) {
  const exportAll = () => {
    const now = Date.now();
    download(exportJson(buildExport(settings, history, now)), 'application/json', exportFileName(now, 'json'));
  };
  const exportCsv = () => {
    download(historyToCsv(history), 'text/csv', exportFileName(Date.now(), 'csv'));
  };
  return (
    <Section id="data" title={t('options_data_title')} intro={t('options_data_intro')}>
      <div class="subsection" aria-labelledby="export-title">
        <h3 id="export-title" class="subsection__title">
          {t('options_export_title')}
        </h3>
        <div class="button-row">
          <button type="button" class="button button--secondary" onClick={exportAll} data-testid="export-json">
            {t('options_export_json')}
          </button>
          <button type="button" class="button button--secondary" onClick={exportCsv} data-testid="export-csv">
            {t('options_export_csv')}
          </button>
        </div>
        <p class="field__hint">{tCount('options_export_hint', history.length)}</p>
      </div>
      <ImportPanel settings={settings} history={history} />
      <ResetControl />
    </Section>
  );
}
