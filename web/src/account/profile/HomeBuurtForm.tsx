import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuurtCollection } from '../../api/areas.ts';
import { type Me, updateMe } from '../../api/me.ts';
import { groupBuurtenByWijk } from '../../map-page/group-buurten.ts';
import { FormAlert, SelectField, SubmitButton } from '../../forms/fields.tsx';
import { useForm } from '../../forms/use-form.ts';

const FIELDS = ['homeBuurtCode'] as const;

interface HomeBuurtFormProps {
  me: Me;
  buurten: BuurtCollection;
  onSaved: (me: Me) => void;
}

/** The buurt one lives in, from a list grouped by wijk. With a home location set, the buurt follows from that point. */
export function HomeBuurtForm({ me, buurten, onSaved }: HomeBuurtFormProps) {
  const { t } = useTranslation();
  const groups = useMemo(
    () =>
      groupBuurtenByWijk(
        [],
        buurten.features.map((feature) => feature.properties),
      ),
    [buurten],
  );
  const savedCode = me.homeBuurt?.code ?? '';
  const [code, setCode] = useState(savedCode);
  const [shownSavedCode, setShownSavedCode] = useState(savedCode);
  const [saved, setSaved] = useState(false);
  const form = useForm(FIELDS);
  const followsHomeLocation = me.homeLocation !== null;

  // Saving a home location can change the buurt: the list then shows the new one.
  if (savedCode !== shownSavedCode) {
    setShownSavedCode(savedCode);
    setCode(savedCode);
  }

  const onSubmit = form.handleSubmit({
    action: async () => {
      onSaved(await updateMe({ homeBuurtCode: code === '' ? null : code }));
      setSaved(true);
    },
  });

  return (
    <section className="section" aria-labelledby="home-buurt-heading">
      <h2 id="home-buurt-heading">{t('homeBuurt.heading')}</h2>
      <p>{t('homeBuurt.intro')}</p>
      <form className="form" noValidate onSubmit={onSubmit} onChange={() => setSaved(false)}>
        <FormAlert message={form.alert} alertRef={form.alertRef} />
        <SelectField
          id="profile-home-buurt"
          label={t('homeBuurt.label')}
          hint={followsHomeLocation ? t('homeBuurt.followsHomeLocation') : undefined}
          value={code}
          disabled={followsHomeLocation}
          onChange={(event) => setCode(event.target.value)}
          error={form.errors.homeBuurtCode}
          selectRef={form.fieldRef('homeBuurtCode')}
        >
          <option value="">{t('homeBuurt.none')}</option>
          {groups.map((group) => (
            <optgroup key={group.wijk.code} label={group.wijk.name}>
              {group.buurten.map((buurt) => (
                <option key={buurt.code} value={buurt.code}>
                  {buurt.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        {!followsHomeLocation && (
          <div className="form__actions">
            <SubmitButton label={t('homeBuurt.save')} submitting={form.submitting} />
            <p className="form-status" role="status">
              {saved ? t('profile.saved') : ''}
            </p>
          </div>
        )}
      </form>
    </section>
  );
}
