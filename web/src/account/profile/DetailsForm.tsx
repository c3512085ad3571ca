import { useTranslation } from 'react-i18next';
import { type Me, updateMe, type UpdateMeBody } from '../../api/me.ts';
import { FormFrame } from '../../forms/FormFrame.tsx';
import { useSavedStatus } from '../../forms/use-saved-status.ts';
import { useFormWithValues } from '../../forms/use-form.ts';
import { requiredFields } from '../../forms/validate.ts';
import { chooseLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../format.ts';
import { DisplayNameField, LanguageField } from '../AccountFields.tsx';

interface DetailsFormProps {
  me: Me;
  onSaved: (me: Me) => void;
}

/** Name and language; the e-mail address is shown, not changed here. */
export function DetailsForm({ me, onSaved }: DetailsFormProps) {
  const { t, i18n } = useTranslation();
  const savedStatus = useSavedStatus(t('profile.saved'));
  const form = useFormWithValues({ displayName: me.displayName, language: me.language });
  const { displayName, language } = form.values;

  const onSubmit = form.handleSubmit({
    validate: () => requiredFields(t, { displayName }),
    action: async () => {
      const changes: UpdateMeBody = {};
      if (displayName.trim() !== me.displayName) changes.displayName = displayName.trim();
      if (language !== me.language) changes.language = language;
      const updated = Object.keys(changes).length === 0 ? me : await updateMe(changes);
      onSaved(updated);
      form.setValues({ displayName: updated.displayName });
      // The account's language is also the interface's: a change shows at once.
      if (changes.language !== undefined) await chooseLanguage(changes.language);
      savedStatus.markSaved();
    },
  });

  return (
    <section className="section" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('profile.detailsHeading')}</h2>
      <dl className="facts">
        <dt>{t('fields.email')}</dt>
        <dd>
          {me.email}{' '}
          <span className="facts__note">
            ({me.emailVerified ? t('profile.emailVerified') : t('profile.emailNotVerified')})
          </span>
        </dd>
        <dt>{t('profile.memberSince')}</dt>
        <dd>{formatDate(me.createdAt, i18n.language)}</dd>
      </dl>
      <FormFrame form={form} onSubmit={onSubmit} submitLabel={t('profile.saveDetails')} {...savedStatus.frame}>
        <DisplayNameField id="profile-display-name" {...form.field('displayName')} />
        <LanguageField id="profile-language" {...form.field('language')} />
      </FormFrame>
    </section>
  );
}
