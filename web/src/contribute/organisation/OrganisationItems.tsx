import { useRef, useState } from 'react';
import { FormAlert, SelectField, SubmitButton, TextAreaField, TextField } from '../../forms/fields.tsx';
import { useForm, type FieldMessages } from '../../forms/use-form.ts';
import { type Asset, createAsset, type OrganisationItemKind, type TaxonomyDomain } from '../../api/assets.ts';
import type { Organisation } from '../../api/organisations.ts';
import { useContributeTranslation } from '../i18n.ts';
import { ORGANISATION_OFFER_KINDS, ORGANISATION_WISH_KINDS } from '../kinds.ts';
import { useDescribeFailure } from '../shared/problems.ts';
import { SimpleItemCard } from '../shared/SimpleItemCard.tsx';
import { TagPicker } from '../shared/TagPicker.tsx';

const FIELDS = ['kind', 'title', 'description', 'tags'] as const;
type Field = (typeof FIELDS)[number];

interface OrganisationItemsProps {
  organisation: Organisation;
  initialItems: Asset[];
  taxonomy: readonly TaxonomyDomain[];
}

/** What the organisation offers (a room, materials, an activity, expertise) and looks for (volunteers, partners, space). */
export function OrganisationItems({ organisation, initialItems, taxonomy }: OrganisationItemsProps) {
  const { t } = useContributeTranslation();
  const [items, setItems] = useState(initialItems);
  const [kind, setKind] = useState<OrganisationItemKind | ''>('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const form = useForm(FIELDS);
  const describeFailure = useDescribeFailure(FIELDS);
  const headingRef = useRef<HTMLHeadingElement>(null);

  function validate(): FieldMessages<Field> {
    const problems: FieldMessages<Field> = {};
    if (kind === '') problems.kind = t('organisationItems.kindRequired');
    if (title.trim() === '') problems.title = t('add.titleRequired');
    return problems;
  }

  const onSubmit = form.handleSubmit({
    validate,
    describeFailure,
    action: async () => {
      if (kind === '') return;
      const asset = await createAsset({
        type: 'organisation-item',
        ownerOrganisationId: organisation.id,
        kind,
        title: title.trim(),
        ...(description.trim() === '' ? {} : { description: description.trim() }),
        tags,
      });
      setItems((previous) => [...previous, asset]);
      setTitle('');
      setDescription('');
      setTags([]);
      setStatus(t('add.saved', { title: asset.title }));
    },
  });

  function replace(asset: Asset): void {
    setItems((previous) => previous.map((item) => (item.id === asset.id ? asset : item)));
  }

  function remove(asset: Asset): void {
    setItems((previous) => previous.filter((item) => item.id !== asset.id));
    setStatus(t('item.deleted', { title: asset.title }));
    headingRef.current?.focus();
  }

  return (
    <section className="section" aria-labelledby="organisation-items-heading">
      <h2 id="organisation-items-heading" ref={headingRef} tabIndex={-1}>
        {t('organisationItems.heading')}
      </h2>
      <p>{t('organisationItems.intro')}</p>
      {items.length === 0 ? (
        <p className="field__hint">{t('item.none')}</p>
      ) : (
        <ul className="item-list">
          {items.map((item) => (
            <SimpleItemCard
              key={item.id}
              asset={item}
              kindLabel={t(`organisationItems.kinds.${item.kind}` as 'organisationItems.kinds.room')}
              taxonomy={taxonomy}
              onChanged={replace}
              onDeleted={remove}
            />
          ))}
        </ul>
      )}
      <form className="form add-item" noValidate onSubmit={onSubmit} aria-labelledby="organisation-item-add-heading">
        <h3 id="organisation-item-add-heading">{t('organisationItems.addHeading')}</h3>
        <FormAlert message={form.alert} alertRef={form.alertRef} />
        <SelectField
          id="organisation-item-kind"
          label={t('organisationItems.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as OrganisationItemKind | '')}
          error={form.errors.kind}
          selectRef={form.fieldRef('kind')}
        >
          <option value="">{t('organisationItems.chooseKind')}</option>
          <optgroup label={t('organisationItems.offers')}>
            {ORGANISATION_OFFER_KINDS.map((each) => (
              <option key={each} value={each}>
                {t(`organisationItems.kinds.${each}`)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('organisationItems.wishes')}>
            {ORGANISATION_WISH_KINDS.map((each) => (
              <option key={each} value={each}>
                {t(`organisationItems.kinds.${each}`)}
              </option>
            ))}
          </optgroup>
        </SelectField>
        <TextField
          id="organisation-item-title"
          label={t('organisationItems.title')}
          hint={t('organisationItems.titleHint')}
          value={title}
          maxLength={120}
          onChange={(event) => setTitle(event.target.value)}
          error={form.errors.title}
          inputRef={form.fieldRef('title')}
        />
        <TextAreaField
          id="organisation-item-description"
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
        <SubmitButton label={t('add.submit')} submitting={form.submitting} />
        <p className="form-status" role="status">
          {status}
        </p>
      </form>
    </section>
  );
}
