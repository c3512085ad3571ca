import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuurtCollection } from '../../api/areas.ts';
import { ApiError, type LngLat } from '../../api/client.ts';
import type { AddressSuggestion } from '../../api/geocoder.ts';
import { type ConsentText, type Me, removeHomeLocation, setHomeLocation } from '../../api/me.ts';
import { AddressSearch } from '../../forms/AddressSearch.tsx';
import { CheckboxField, FormAlert, SubmitButton, FormStatus } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/FormFrame.tsx';
import { useForm, type Failure, type FieldMessages } from '../../forms/use-form.ts';
import { HomeLocationMap } from '../../map/HomeLocationMap.tsx';
import { useInstance } from '../../instance/instance-settings.ts';
import { formatDate } from '../format.ts';

const FIELDS = ['consent', 'point'] as const;
type Field = (typeof FIELDS)[number];

interface HomeLocationSectionProps {
  me: Me;
  buurten: BuurtCollection;
  consent: ConsentText;
  onSaved: (me: Me) => void;
}

/**
 * The optional home location: stored only after the person has read and accepted the current consent text, shown
 * only to them, and removable (with the consent) at any time.
 */
export function HomeLocationSection({ me, buurten, consent, onSaved }: HomeLocationSectionProps) {
  const { t, i18n } = useTranslation();
  const [picked, setPicked] = useState<LngLat | null>(null);
  const [chosenAddress, setChosenAddress] = useState<AddressSuggestion | null>(null);
  const instance = useInstance();
  const addressSearch = instance !== null && instance !== 'unknown' && instance.addressSearch;
  const [agreed, setAgreed] = useState(false);
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const saveForm = useForm(FIELDS);
  const removeForm = useForm([] as const);
  const consentText = i18n.resolvedLanguage === 'en' ? consent.en : consent.nl;
  // Agreement to this very version is on record: moving the point needs no new tick.
  const consentOnRecord = me.homeLocationConsent?.textVersion === consent.version ? me.homeLocationConsent : null;
  const shownPoint = picked ?? me.homeLocation;

  function validate(): FieldMessages<Field> {
    const problems: FieldMessages<Field> = {};
    if (consentOnRecord === null && !agreed) problems.consent = t('homeLocation.consentRequired');
    if (picked === null && chosenAddress === null)
      problems.point = t(addressSearch ? 'homeLocation.placeRequired' : 'homeLocation.pointRequired');
    return problems;
  }

  function describeFailure(error: unknown): Failure<Field> | undefined {
    if (!(error instanceof ApiError) || error.status !== 400) return undefined;
    if (error.errors.some((problem) => problem.rule === 'inside-a-buurt'))
      return { fields: { point: t('rules.insideABuurt') } };
    if (error.errors.some((problem) => problem.field === 'body/address'))
      return { fields: { point: t('addressSearch.notFound') } };
    if (error.errors.some((problem) => problem.field === 'body/consentTextVersion')) {
      return { fields: { consent: t('fieldRules.consentCurrent') } };
    }
    return undefined;
  }

  function pick(lngLat: LngLat): void {
    setPicked(lngLat);
    setChosenAddress(null);
    setStatus('');
  }

  function chooseAddress(suggestion: AddressSuggestion): void {
    setChosenAddress(suggestion);
    setPicked(null);
    setStatus('');
  }

  const onSave = saveForm.handleSubmit({
    validate,
    describeFailure,
    action: async () => {
      const where = chosenAddress === null ? picked : { address: chosenAddress.id };
      if (where === null) return;
      const updated = await setHomeLocation(where, consent.version);
      onSaved(updated);
      setPicked(null);
      setChosenAddress(null);
      setAgreed(false);
      setStatus(t('homeLocation.saved', { buurt: updated.homeBuurt?.name ?? '–' }));
    },
  });

  const onRemove = removeForm.handleSubmit({
    action: async () => {
      onSaved(await removeHomeLocation());
      setPicked(null);
      setStatus(t('homeLocation.removed'));
      // The remove button goes away with the point: keep focus in this section.
      headingRef.current?.focus();
    },
  });

  const mapDescribedBy = ['home-map-instructions', saveForm.errors.point === undefined ? null : 'home-point-error']
    .filter((id) => id !== null)
    .join(' ');

  return (
    <section className="section" aria-labelledby="home-location-heading">
      <h2 id="home-location-heading" ref={headingRef} tabIndex={-1}>
        {t('homeLocation.heading')}
      </h2>
      <p>{t('homeLocation.intro')}</p>
      <p className="privacy-note">{t('homeLocation.onlyYou')}</p>
      <p className="home-location-state">
        {me.homeLocation === null
          ? t('homeLocation.noneSaved')
          : t('homeLocation.savedPoint', { buurt: me.homeBuurt?.name ?? '–' })}
      </p>

      <FormFrame form={saveForm} onSubmit={onSave} submitLabel={t('homeLocation.save')}>
        <div className="consent" lang={i18n.resolvedLanguage === 'en' ? 'en' : 'nl'}>
          <h3 className="consent__heading">{t('homeLocation.consentHeading')}</h3>
          <p id="home-consent-text">{consentText}</p>
        </div>
        {consentOnRecord === null ? (
          <CheckboxField
            id="home-consent"
            label={t('homeLocation.agree')}
            checked={agreed}
            onChange={(event) => setAgreed(event.target.checked)}
            error={saveForm.errors.consent}
            inputRef={saveForm.fieldRef('consent')}
          />
        ) : (
          <p>{t('homeLocation.agreedOn', { date: formatDate(consentOnRecord.givenAt, i18n.language) })}</p>
        )}

        <div
          ref={saveForm.fieldRef('point')}
          className="field"
          data-invalid={saveForm.errors.point === undefined ? undefined : ''}
          role="group"
          aria-labelledby="home-map-label"
          aria-describedby={mapDescribedBy}
          tabIndex={-1}
        >
          {addressSearch && (
            <AddressSearch
              label={t('homeLocation.addressLabel')}
              hint={t('homeLocation.addressHint')}
              onChoose={chooseAddress}
            />
          )}
          <p id="home-map-label" className="field__label">
            {t(addressSearch ? 'homeLocation.orMapLabel' : 'homeLocation.mapLabel')}
          </p>
          <p id="home-map-instructions" className="field__hint">
            {t('homeLocation.instructions')}
          </p>
          {saveForm.errors.point !== undefined && (
            <p id="home-point-error" className="field__error">
              {saveForm.errors.point}
            </p>
          )}
          <HomeLocationMap
            point={shownPoint}
            buurten={buurten}
            homeBuurtCode={me.homeBuurt?.code ?? null}
            onPick={pick}
            describedBy="home-map-instructions"
          />
          <p className="picked-point" role="status">
            {chosenAddress !== null
              ? t('homeLocation.chosenAddress', { address: chosenAddress.label })
              : picked !== null
                ? t('homeLocation.picked')
                : ''}
          </p>
        </div>
      </FormFrame>

      {me.homeLocation !== null && (
        <form className="form form--inline" noValidate onSubmit={onRemove}>
          <FormAlert message={removeForm.alert} alertRef={removeForm.alertRef} />
          <SubmitButton label={t('homeLocation.remove')} submitting={removeForm.submitting} className="button" />
        </form>
      )}
      <FormStatus>{status}</FormStatus>
    </section>
  );
}
