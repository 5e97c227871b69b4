import type { Status } from '../../core/engine/status-types';
import { t } from '../../utils/i18n';
import { PauseControls } from './PauseControls';
import { Section } from './Section';
import type { SettingsSectionProps } from './settings-section-props';
import { WorkHoursEditor } from './WorkHoursEditor';

interface Props extends SettingsSectionProps {
  status: Status | null;
  now: number;
}

export function ScheduleSection({ status, now, ...settingsProps }: Props) {
  return (
    <Section id="schedule" title={t('options_schedule_title')} intro={t('options_schedule_intro')}>
      <WorkHoursEditor {...settingsProps} />
      <PauseControls status={status} now={now} />
    </Section>
  );
}
