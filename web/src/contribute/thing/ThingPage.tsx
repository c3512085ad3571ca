import { useState } from 'react';
import { getMe, type Me } from '../../api/me.ts';
import { FormAlert, SelectField, SubmitButton, FormStatus } from '../../forms/fields.tsx';
import { useForm, type FieldMessages } from '../../forms/use-form.ts';
import { useApiData } from '../../use-api-data.ts';
import {
  type Asset,
  createAsset,
  getMyAssets,
  getTaxonomy,
  type TaxonomyDomain,
  type ThingKind,
} from '../../api/assets.ts';
import { useContributeTranslation } from '../i18n.ts';
import { THING_KINDS } from '../../../../api/assets/asset-kinds.ts';
import { AssetFields, assetText, draftAfterSaving, emptyAssetDraft, kindOptions } from '../shared/AssetFields.tsx';
import { ContributePageLayout } from '../shared/ContributePageLayout.tsx';
import { LoadedData } from '../shared/LoadedData.tsx';
import { useDescribeFailure } from '../shared/problems.ts';
import { MyItemsSection, useAssetList } from '../shared/MyItems.tsx';

const FIELDS = ['kind', 'title', 'description', 'tags', 'ownerOrganisationId', 'visibility'] as const;
type Field = (typeof FIELDS)[number];

/** Things to lend: a drill, a cargo bike, a party tent. Mine are placed only in aggregate; an organisation's publicly. */
export function ThingPage() {
  const { t } = useContributeTranslation();
  return <ContributePageLayout title={t('thing.title')}>{() => <ThingLoader />}</ContributePageLayout>;
}

function loadThingPage(signal: AbortSignal) {
  return Promise.all([getMe(signal), getTaxonomy(signal), getMyAssets(signal)]);
}

function ThingLoader() {
  const data = useApiData(loadThingPage, []);
  return (
    <LoadedData data={data}>
      {([me, taxonomy, assets]) => (
        <ThingSections me={me} taxonomy={taxonomy} initialThings={assets.filter((asset) => asset.type === 'thing')} />
      )}
    </LoadedData>
  );
}

interface ThingSectionsProps {
  me: Me;
  taxonomy: TaxonomyDomain[];
  initialThings: Asset[];
}

function ThingSections({ me, taxonomy, initialThings }: ThingSectionsProps) {
  const { t } = useContributeTranslation();
  const things = useAssetList(initialThings);
  const [draft, setDraft] = useState(emptyAssetDraft<ThingKind>());
  const [owner, setOwner] = useState('');
  const [status, setStatus] = useState('');
  const form = useForm(FIELDS);
  const describeFailure = useDescribeFailure(FIELDS);

  function validate(): FieldMessages<Field> {
    const problems: FieldMessages<Field> = {};
    if (draft.kind === '') problems.kind = t('thing.kindRequired');
    if (draft.title.trim() === '') problems.title = t('add.titleRequired');
    return problems;
  }

  const onSubmit = form.handleSubmit({
    validate,
    describeFailure,
    action: async () => {
      if (draft.kind === '') return;
      const asset = await createAsset({
        type: 'thing',
        kind: draft.kind,
        ...assetText(draft),
        ...(owner === '' ? { visibility: draft.visibility } : { ownerOrganisationId: owner }),
      });
      things.add(asset);
      setDraft(draftAfterSaving);
      setStatus(t('add.saved', { title: asset.title }));
    },
  });

  return (
    <div className="sections">
      <section className="section" aria-labelledby="new-thing-heading">
        <h2 id="new-thing-heading">{t('thing.newHeading')}</h2>
        <p>{t('thing.intro')}</p>
        <form className="form" noValidate onSubmit={onSubmit}>
          <FormAlert message={form.alert} alertRef={form.alertRef} />
          <AssetFields
            idPrefix="thing"
            draft={draft}
            onChange={(changes) => setDraft((previous) => ({ ...previous, ...changes }))}
            form={form}
            taxonomy={taxonomy}
            kind={{
              style: 'select',
              label: t('thing.kind'),
              emptyLabel: t('thing.chooseKind'),
              options: kindOptions(THING_KINDS, (each) => t(`thing.kinds.${each}`)),
            }}
            title={{ label: t('thing.name'), hint: t('thing.nameHint') }}
            askVisibility={owner === ''}
          >
            {me.organisations.length > 0 && (
              <SelectField
                id="thing-owner"
                label={t('thing.owner')}
                value={owner}
                onChange={(event) => setOwner(event.target.value)}
                error={form.errors.ownerOrganisationId}
                selectRef={form.fieldRef('ownerOrganisationId')}
              >
                <option value="">{t('thing.ownerMe')}</option>
                {me.organisations.map((organisation) => (
                  <option key={organisation.id} value={organisation.id}>
                    {organisation.name}
                  </option>
                ))}
              </SelectField>
            )}
            {owner !== '' && <p className="privacy-note">{t('thing.organisationPublic')}</p>}
          </AssetFields>
          <SubmitButton label={t('add.submit')} submitting={form.submitting} />
          <FormStatus>{status}</FormStatus>
        </form>
      </section>
      <MyItemsSection
        headingId="my-things-heading"
        heading={t('thing.mineHeading')}
        list={things}
        taxonomy={taxonomy}
        kindLabel={(thing) => t(`thing.kinds.${thing.kind}` as 'thing.kinds.tool')}
        meta={(thing) => (
          <p className="item-card__meta">
            {thing.owner?.kind === 'organisation'
              ? thing.owner.name
              : t('item.visibleTo', { who: t(`visibility.${thing.visibility}.label`) })}
          </p>
        )}
      />
    </div>
  );
}
