import { useRef, useState } from 'react';
import { getMe, type Me } from '../../api/me.ts';
import { FormAlert, SelectField, SubmitButton, TextAreaField, TextField } from '../../forms/fields.tsx';
import { useForm, type FieldMessages } from '../../forms/use-form.ts';
import { useApiData } from '../../use-api-data.ts';
import { type Asset, createAsset, getMyAssets, getTaxonomy, type TaxonomyDomain, type ThingKind, type Visibility } from '../../api/assets.ts';
import { useContributeTranslation } from '../i18n.ts';
import { DEFAULT_VISIBILITY, THING_KIND_CHOICES } from '../kinds.ts';
import { ContributePageLayout } from '../shared/ContributePageLayout.tsx';
import { LoadedData } from '../shared/LoadedData.tsx';
import { useDescribeFailure } from '../shared/problems.ts';
import { SimpleItemCard } from '../shared/SimpleItemCard.tsx';
import { TagPicker } from '../shared/TagPicker.tsx';
import { VisibilityRadios } from '../shared/VisibilityChoice.tsx';

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
  return <LoadedData data={data}>{([me, taxonomy, assets]) => <ThingSections me={me} taxonomy={taxonomy} initialThings={assets.filter((asset) => asset.type === 'thing')} />}</LoadedData>;
}

interface ThingSectionsProps {
  me: Me;
  taxonomy: TaxonomyDomain[];
  initialThings: Asset[];
}

function ThingSections({ me, taxonomy, initialThings }: ThingSectionsProps) {
  const { t } = useContributeTranslation();
  const [things, setThings] = useState(initialThings);
  const [kind, setKind] = useState<ThingKind | ''>('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [owner, setOwner] = useState('');
  const [visibility, setVisibility] = useState<Visibility>(DEFAULT_VISIBILITY);
  const [status, setStatus] = useState('');
  const form = useForm(FIELDS);
  const describeFailure = useDescribeFailure(FIELDS);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);

  function validate(): FieldMessages<Field> {
    const problems: FieldMessages<Field> = {};
    if (kind === '') problems.kind = t('thing.kindRequired');
    if (title.trim() === '') problems.title = t('add.titleRequired');
    return problems;
  }

  const onSubmit = form.handleSubmit({
    validate,
    describeFailure,
    action: async () => {
      if (kind === '') return;
      const asset = await createAsset({
        type: 'thing',
        kind,
        title: title.trim(),
        ...(description.trim() === '' ? {} : { description: description.trim() }),
        tags,
        ...(owner === '' ? { visibility } : { ownerOrganisationId: owner }),
      });
      setThings((previous) => [...previous, asset]);
      setTitle('');
      setDescription('');
      setTags([]);
      setStatus(t('add.saved', { title: asset.title }));
    },
  });

  function remove(asset: Asset): void {
    setThings((previous) => previous.filter((thing) => thing.id !== asset.id));
    listHeadingRef.current?.focus();
  }

  return (
    <div className="sections">
      <section className="section" aria-labelledby="new-thing-heading">
        <h2 id="new-thing-heading">{t('thing.newHeading')}</h2>
        <p>{t('thing.intro')}</p>
        <form className="form" noValidate onSubmit={onSubmit}>
          <FormAlert message={form.alert} alertRef={form.alertRef} />
          <SelectField
            id="thing-kind"
            label={t('thing.kind')}
            value={kind}
            onChange={(event) => setKind(event.target.value as ThingKind | '')}
            error={form.errors.kind}
            selectRef={form.fieldRef('kind')}
          >
            <option value="">{t('thing.chooseKind')}</option>
            {THING_KIND_CHOICES.map((each) => (
              <option key={each} value={each}>
                {t(`thing.kinds.${each}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id="thing-title"
            label={t('thing.name')}
            hint={t('thing.nameHint')}
            value={title}
            maxLength={120}
            onChange={(event) => setTitle(event.target.value)}
            error={form.errors.title}
            inputRef={form.fieldRef('title')}
          />
          <TextAreaField
            id="thing-description"
            label={t('add.description')}
            value={description}
            maxLength={2000}
            onChange={(event) => setDescription(event.target.value)}
            error={form.errors.description}
            textAreaRef={form.fieldRef('description')}
          />
          <TagPicker
            taxonomy={taxonomy}
            selected={tags}
            onChange={setTags}
            legend={t('add.tags')}
            error={form.errors.tags}
            groupRef={form.fieldRef('tags')}
          />
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
          {owner === '' ? (
            <VisibilityRadios value={visibility} onChange={setVisibility} />
          ) : (
            <p className="privacy-note">{t('thing.organisationPublic')}</p>
          )}
          <SubmitButton label={t('add.submit')} submitting={form.submitting} />
          <p className="form-status" role="status">
            {status}
          </p>
        </form>
      </section>
      {things.length > 0 && (
        <section className="section" aria-labelledby="my-things-heading">
          <h2 id="my-things-heading" ref={listHeadingRef} tabIndex={-1}>
            {t('thing.mineHeading')}
          </h2>
          <ul className="item-list">
            {things.map((thing) => (
              <SimpleItemCard
                key={thing.id}
                asset={thing}
                kindLabel={t(`thing.kinds.${thing.kind}` as 'thing.kinds.tool')}
                taxonomy={taxonomy}
                onChanged={(asset) => setThings((previous) => previous.map((each) => (each.id === asset.id ? asset : each)))}
                onDeleted={remove}
              >
                <p className="item-card__meta">
                  {thing.owner?.kind === 'organisation'
                    ? thing.owner.name
                    : t('item.visibleTo', { who: t(`visibility.${thing.visibility}.label`) })}
                </p>
              </SimpleItemCard>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
