import { useState, type RefObject } from 'react';
import { getBuurten } from '../../api/areas.ts';
import { type Me, updateMe } from '../../api/me.ts';
import { FormAlert, SubmitOrCancel } from '../../forms/fields.tsx';
import { LoadProblem } from '../../forms/LoadProblem.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useApiData } from '../../use-api-data.ts';
import { useContributeTranslation } from '../i18n.ts';
import { BuurtSelect } from '../../forms/BuurtSelect.tsx';
import { LoadingStatus } from '../../forms/LoadingStatus.tsx';
import { WizardStep } from './WizardStep.tsx';

const FIELDS = ['homeBuurtCode'] as const;

interface HomeBuurtStepProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  onSaved: (me: Me) => void;
  onSkip: () => void;
}

/** Before the inventory, the buurt: it is what others see of where a person's talents are (never the address). */
export function HomeBuurtStep({ headingRef, onSaved, onSkip }: HomeBuurtStepProps) {
  const { t } = useContributeTranslation();
  const buurten = useApiData(getBuurten, []);
  const [code, setCode] = useState('');
  const form = useForm(FIELDS);

  const onSubmit = form.handleSubmit({
    validate: () => (code === '' ? { homeBuurtCode: t('buurtStep.required') } : {}),
    action: async () => onSaved(await updateMe({ homeBuurtCode: code })),
  });

  return (
    <WizardStep headingId="buurt-step-heading" headingRef={headingRef} heading={t('buurtStep.heading')}>
      <p>{t('buurtStep.why')}</p>
      <p className="privacy-note">{t('buurtStep.privacy')}</p>
      {buurten.state.status === 'error' && <LoadProblem onRetry={buurten.retry} />}
      {buurten.state.status === 'loading' && <LoadingStatus />}
      {buurten.state.status === 'ready' && (
        <form className="form" noValidate onSubmit={onSubmit}>
          <FormAlert message={form.alert} alertRef={form.alertRef} />
          <BuurtSelect
            id="wizard-home-buurt"
            label={t('buurtStep.label')}
            emptyLabel={t('buurtStep.choose')}
            buurten={buurten.state.data}
            value={code}
            onChange={setCode}
            error={form.errors.homeBuurtCode}
            selectRef={form.fieldRef('homeBuurtCode')}
          />
          <SubmitOrCancel
            className="wizard-nav"
            submitLabel={t('buurtStep.save')}
            submitting={form.submitting}
            cancelLabel={t('buurtStep.skip')}
            onCancel={onSkip}
          />
          <p className="field__hint">{t('buurtStep.skipExplained')}</p>
        </form>
      )}
    </WizardStep>
  );
}
