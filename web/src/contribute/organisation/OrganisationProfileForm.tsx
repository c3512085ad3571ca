import { useState } from 'react';
import type { BuurtCollection } from '../../api/areas.ts';
import type { LngLat } from '../../api/client.ts';
import { BoundTextAreaField, BoundTextField, FormAlert, SubmitButton, FormStatus } from '../../forms/fields.tsx';
import { useFormWithValues, type FieldMessages } from '../../forms/use-form.ts';
import type { TaxonomyDomain } from '../../api/assets.ts';
import { type Organisation, updateOrganisation, type UpdateOrganisationBody } from '../../api/organisations.ts';
import { useContributeTranslation } from '../i18n.ts';
import { useDescribeFailure } from '../shared/problems.ts';
import { ShapeField } from '../shared/ShapeField.tsx';
import { TagPicker } from '../shared/TagPicker.tsx';

const FIELDS = ['description', 'website', 'tags', 'location'] as const;
type Field = (typeof FIELDS)[number];

/** People type "www.example.nl"; the API wants the scheme. */
function websiteWithScheme(website: string): string {
  const trimmed = website.trim();
  if (trimmed === '' || /^https?:\/\//i.test(trimmed)) return trimmed;
  return `https://${trimmed}`;
}

interface OrganisationProfileFormProps {
  organisation: Organisation;
  taxonomy: readonly TaxonomyDomain[];
  buurten: BuurtCollection;
  homeBuurtCode: string | null;
  onSaved: (organisation: Organisation) => void;
}

/** What the organisation does, its website and tags, and where it is: a pin on the map, public and exact. */
export function OrganisationProfileForm({
  organisation,
  taxonomy,
  buurten,
  homeBuurtCode,
  onSaved,
}: OrganisationProfileFormProps) {
  const { t } = useContributeTranslation();
  const [status, setStatus] = useState('');
  const form = useFormWithValues<{ description: string; website: string; tags: string[]; location: LngLat[] }>({
    description: organisation.description,
    website: organisation.website ?? '',
    tags: organisation.tags,
    location: organisation.location === null ? [] : [organisation.location],
  });
  const { description, website, tags, location: pin } = form.values;
  const describeFailure = useDescribeFailure(FIELDS);

  function validate(): FieldMessages<Field> {
    return pin.length === 0 && organisation.location === null ? { location: t('organisation.pinRequired') } : {};
  }

  const onSubmit = form.handleSubmit({
    validate,
    describeFailure,
    action: async () => {
      const changes: UpdateOrganisationBody = { description: description.trim(), tags };
      const url = websiteWithScheme(website);
      if (url !== '') changes.website = url;
      const point = pin[0];
      if (point !== undefined)
        changes.location = { lng: Number(point.lng.toFixed(6)), lat: Number(point.lat.toFixed(6)) };
      const updated = await updateOrganisation(organisation.id, changes);
      onSaved(updated);
      setStatus(
        updated.buurt === null
          ? t('organisation.profileSaved')
          : t('organisation.profileSavedIn', { buurt: updated.buurt.name }),
      );
    },
  });

  return (
    <section className="section" aria-labelledby="organisation-profile-heading">
      <h2 id="organisation-profile-heading">{t('organisation.profileHeading')}</h2>
      <p className="privacy-note">{t('organisation.publicNote')}</p>
      <form className="form" noValidate onSubmit={onSubmit} onChange={() => setStatus('')}>
        <FormAlert message={form.alert} alertRef={form.alertRef} />
        <BoundTextAreaField
          id="organisation-description"
          label={t('organisation.description')}
          hint={t('organisation.descriptionHint')}
          maxLength={2000}
          {...form.field('description')}
        />
        <BoundTextField
          id="organisation-website"
          type="url"
          inputMode="url"
          autoComplete="url"
          label={t('organisation.website')}
          hint={t('organisation.websiteHint')}
          maxLength={300}
          {...form.field('website')}
        />
        <TagPicker
          taxonomy={taxonomy}
          selected={tags}
          onChange={(keys) => form.setValues({ tags: keys })}
          legend={t('organisation.tags')}
          error={form.errors.tags}
          groupRef={form.fieldRef('tags')}
        />
        <ShapeField
          id="organisation-pin"
          mode="point"
          lngLats={pin}
          onChange={(lngLats) => {
            form.setValues({ location: lngLats });
            setStatus('');
          }}
          label={t('organisation.pin')}
          error={form.errors.location}
          fieldRef={form.fieldRef('location')}
          buurten={buurten}
          focusBuurtCode={organisation.buurt?.code ?? homeBuurtCode}
          removable={organisation.location === null}
        />
        <SubmitButton label={t('organisation.saveProfile')} submitting={form.submitting} />
        <FormStatus>{status}</FormStatus>
      </form>
    </section>
  );
}
