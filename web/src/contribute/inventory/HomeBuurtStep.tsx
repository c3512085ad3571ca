import { useState, type RefObject } from 'react';
import { getBuurten } from '../../api/areas.ts';
import { ApiError } from '../../api/client.ts';
import type { AddressSuggestion } from '../../api/geocoder.ts';
import { getHomeLocationConsentText, type Me, setHomeLocation, updateMe } from '../../api/me.ts';
import { AddressSearch } from '../../forms/AddressSearch.tsx';
import { CheckboxField, FormAlert, SubmitOrCancel } from '../../forms/fields.tsx';
import { LoadProblem } from '../../forms/LoadProblem.tsx';
import { useForm, type Failure, type FieldMessages } from '../../forms/use-form.ts';
import { useInstance } from '../../instance/instance-settings.ts';
import { useApiData } from '../../use-api-data.ts';
import { useContributeTranslation } from '../i18n.ts';
import { BuurtSelect } from '../../forms/BuurtSelect.tsx';
import { LoadingStatus } from '../../forms/LoadingStatus.tsx';
import { WizardStep } from './WizardStep.tsx';

const FIELDS = ['address', 'consent', 'homeBuurtCode'] as const;
type Field = (typeof FIELDS)[number];

interface HomeBuurtStepProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  onSaved: (me: Me) => void;
  onSkip: () => void;
}

/**
 * Before the inventory, where a person lives: their address or postcode where the instance has an address search (the
 * buurt follows from its point, stored with consent; the address itself is not kept), or only their buurt. The buurt
 * is what others see of where a person's talents are, never the address.
 */
export function HomeBuurtStep({ headingRef, onSaved, onSkip }: HomeBuurtStepProps) {
  const { t, language } = useContributeTranslation();
  const buurten = useApiData(getBuurten, []);
  const consent = useApiData(getHomeLocationConsentText, []);
  const instance = useInstance();
  const addressSearch = instance !== null && instance !== 'unknown' && instance.addressSearch;
  const [code, setCode] = useState('');
  const [chosen, setChosen] = useState<AddressSuggestion | null>(null);
  const [agreed, setAgreed] = useState(false);
  const form = useForm(FIELDS);
  const consentText = consent.state.status === 'ready' ? consent.state.data : null;

  function validate(): FieldMessages<Field> {
    if (chosen !== null) return agreed ? {} : { consent: t('buurtStep.consentRequired') };
    if (code === '')
      return { homeBuurtCode: t(addressSearch ? 'buurtStep.addressOrBuurtRequired' : 'buurtStep.required') };
    return {};
  }

  function describeFailure(error: unknown): Failure<Field> | undefined {
    if (!(error instanceof ApiError) || error.status !== 400) return undefined;
    const problem = error.errors.find((found) => found.field === 'body/address');
    if (problem === undefined) return undefined;
    return {
      fields: {
        address: t(problem.rule === 'inside-a-buurt' ? 'buurtStep.addressOutside' : 'buurtStep.addressUnknown'),
      },
    };
  }

  const onSubmit = form.handleSubmit({
    validate,
    describeFailure,
    action: async () => {
      if (chosen !== null && consentText !== null)
        onSaved(await setHomeLocation({ address: chosen.id }, consentText.version));
      else onSaved(await updateMe({ homeBuurtCode: code }));
    },
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
          {addressSearch && consentText !== null && (
            <>
              <AddressSearch
                label={t('buurtStep.addressLabel')}
                hint={t('buurtStep.addressHint')}
                onChoose={(suggestion) => {
                  setChosen(suggestion);
                  setCode('');
                }}
                error={form.errors.address}
                inputRef={form.fieldRef('address')}
              />
              {chosen !== null && (
                <div className="consent" lang={language}>
                  <p role="status">{t('buurtStep.chosen', { address: chosen.label })}</p>
                  <p>{language === 'en' ? consentText.en : consentText.nl}</p>
                  <CheckboxField
                    id="wizard-home-consent"
                    label={t('buurtStep.agree')}
                    checked={agreed}
                    onChange={(event) => setAgreed(event.target.checked)}
                    error={form.errors.consent}
                    inputRef={form.fieldRef('consent')}
                  />
                </div>
              )}
            </>
          )}
          <BuurtSelect
            id="wizard-home-buurt"
            label={t(addressSearch ? 'buurtStep.orLabel' : 'buurtStep.label')}
            emptyLabel={t('buurtStep.choose')}
            buurten={buurten.state.data}
            value={code}
            onChange={(next) => {
              setCode(next);
              setChosen(null);
            }}
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
