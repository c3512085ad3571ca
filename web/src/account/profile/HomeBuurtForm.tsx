import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuurtCollection } from '../../api/areas.ts';
import { type Me, updateMe } from '../../api/me.ts';
import { BuurtSelect } from '../../forms/BuurtSelect.tsx';
import { FormFrame } from '../../forms/FormFrame.tsx';
import { useSavedStatus } from '../../forms/use-saved-status.ts';
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
  const savedCode = me.homeBuurt?.code ?? '';
  const [code, setCode] = useState(savedCode);
  const [shownSavedCode, setShownSavedCode] = useState(savedCode);
  const savedStatus = useSavedStatus(t('profile.saved'));
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
      savedStatus.markSaved();
    },
  });

  return (
    <section className="section" aria-labelledby="home-buurt-heading">
      <h2 id="home-buurt-heading">{t('homeBuurt.heading')}</h2>
      <p>{t('homeBuurt.intro')}</p>
      <FormFrame
        form={form}
        onSubmit={onSubmit}
        submitLabel={followsHomeLocation ? null : t('homeBuurt.save')}
        {...savedStatus.frame}
      >
        <BuurtSelect
          id="profile-home-buurt"
          label={t('homeBuurt.label')}
          hint={followsHomeLocation ? t('homeBuurt.followsHomeLocation') : undefined}
          emptyLabel={t('homeBuurt.none')}
          buurten={buurten}
          value={code}
          disabled={followsHomeLocation}
          onChange={setCode}
          error={form.errors.homeBuurtCode}
          selectRef={form.fieldRef('homeBuurtCode')}
        />
      </FormFrame>
    </section>
  );
}
