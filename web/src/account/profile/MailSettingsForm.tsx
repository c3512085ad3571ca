import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  getNotificationPreferences,
  updateNotificationPreferences,
  type MailKind,
  type MailMode,
  type NotificationPreferences,
} from '../../api/mail.ts';
import { FormFrame } from '../../forms/FormFrame.tsx';
import { LoadProblem } from '../../forms/LoadProblem.tsx';
import { LoadingStatus } from '../../forms/LoadingStatus.tsx';
import { Options, SelectField } from '../../forms/fields.tsx';
import { useSavedStatus } from '../../forms/use-saved-status.ts';
import { useForm } from '../../forms/use-form.ts';
import { useApiData } from '../../use-api-data.ts';

/** The kinds in the order the profile shows them, and the modes each may have (as the API's schema says). */
const KINDS: readonly { kind: MailKind; modes: readonly MailMode[] }[] = [
  { kind: 'introduction_asked', modes: ['immediate', 'daily', 'never'] },
  { kind: 'connector_introduction', modes: ['immediate', 'daily', 'never'] },
  { kind: 'introduction_accepted', modes: ['immediate', 'daily', 'never'] },
  { kind: 'thread_message', modes: ['immediate', 'daily', 'never'] },
  { kind: 'agenda_status', modes: ['immediate', 'daily', 'never'] },
  { kind: 'buurt_digest', modes: ['immediate', 'never'] },
];
const FIELDS = KINDS.map(({ kind }) => `modes/${kind}`);

/** The id the mails' settings link points at (/profiel#meldingen). */
const MAIL_SETTINGS_ID = 'meldingen';

/** "Meldingen per e-mail": per kind of notification, a mail right away, in the daily summary, or never. */
export function MailSettingsForm() {
  const { t } = useTranslation();
  const preferences = useApiData(getNotificationPreferences, []);
  const sectionRef = useRef<HTMLElement>(null);
  const ready = preferences.state.status === 'ready';

  useEffect(
    function goToSettingsFromMail() {
      // A mail's settings link opens /profiel#meldingen: the page loads first, so the browser could not go there.
      if (ready && window.location.hash === `#${MAIL_SETTINGS_ID}`) sectionRef.current?.focus();
    },
    [ready],
  );

  return (
    <section
      ref={sectionRef}
      className="section"
      id={MAIL_SETTINGS_ID}
      aria-labelledby="mail-settings-heading"
      tabIndex={-1}
    >
      <h2 id="mail-settings-heading">{t('mailSettings.title')}</h2>
      <p>{t('mailSettings.intro')}</p>
      {preferences.state.status === 'error' && <LoadProblem onRetry={preferences.retry} />}
      {preferences.state.status === 'loading' && <LoadingStatus />}
      {preferences.state.status === 'ready' && <Choices saved={preferences.state.data} onSaved={preferences.replace} />}
    </section>
  );
}

interface ChoicesProps {
  saved: NotificationPreferences;
  onSaved: (preferences: NotificationPreferences) => void;
}

function Choices({ saved, onSaved }: ChoicesProps) {
  const { t } = useTranslation();
  const [modes, setModes] = useState(saved.modes);
  const form = useForm(FIELDS);
  const savedStatus = useSavedStatus(t('mailSettings.saved'));

  const onSubmit = form.handleSubmit({
    action: async () => {
      onSaved(await updateNotificationPreferences(modes));
      savedStatus.markSaved();
    },
  });

  function modeLabel(kind: MailKind, mode: MailMode): string {
    const word =
      kind === 'buurt_digest' && mode === 'immediate' ? t('mailSettings.mode-weekly') : t(`mailSettings.mode-${mode}`);
    return mode === saved.defaults[kind] ? `${word} ${t('mailSettings.default')}` : word;
  }

  return (
    <FormFrame form={form} onSubmit={onSubmit} submitLabel={t('mailSettings.save')} {...savedStatus.frame}>
      {KINDS.map(({ kind, modes: allowed }) => (
        <SelectField
          key={kind}
          id={`mail-setting-${kind}`}
          label={t(`mailSettings.kind-${kind}`)}
          value={modes[kind]}
          error={form.errors[`modes/${kind}`]}
          selectRef={form.fieldRef(`modes/${kind}`)}
          onChange={(event) => {
            setModes({ ...modes, [kind]: event.target.value as MailMode });
            savedStatus.frame.onChange();
          }}
        >
          <Options options={allowed.map((mode) => ({ value: mode, label: modeLabel(kind, mode) }))} />
        </SelectField>
      ))}
    </FormFrame>
  );
}
