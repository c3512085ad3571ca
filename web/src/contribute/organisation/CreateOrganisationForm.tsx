import { BoundTextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/FormFrame.tsx';
import { useFormWithValues, type FieldMessages } from '../../forms/use-form.ts';
import { createOrganisation, type Organisation, type OrganisationKind } from '../../api/organisations.ts';
import { useContributeTranslation } from '../i18n.ts';
import { ORGANISATION_KINDS } from '../kinds.ts';
import { RadioChoices } from '../shared/RadioChoices.tsx';
import { useDescribeFailure } from '../shared/problems.ts';

const FIELDS = ['name', 'kind'] as const;
type Field = (typeof FIELDS)[number];

interface CreateOrganisationFormProps {
  onCreated: (organisation: Organisation) => void;
}

/** The first step: a name and what kind of organisation it is. You become its owner. */
export function CreateOrganisationForm({ onCreated }: CreateOrganisationFormProps) {
  const { t } = useContributeTranslation();
  const form = useFormWithValues<{ name: string; kind: OrganisationKind | '' }>({ name: '', kind: '' });
  const { name, kind } = form.values;
  const describeFailure = useDescribeFailure(FIELDS);

  function validate(): FieldMessages<Field> {
    const problems: FieldMessages<Field> = {};
    if (name.trim() === '') problems.name = t('organisation.nameRequired');
    if (kind === '') problems.kind = t('organisation.kindRequired');
    return problems;
  }

  const onSubmit = form.handleSubmit({
    validate,
    describeFailure,
    action: async () => {
      if (kind === '') return;
      onCreated(await createOrganisation(name.trim(), kind));
    },
  });

  return (
    <section className="section" aria-labelledby="new-organisation-heading">
      <h2 id="new-organisation-heading">{t('organisation.newHeading')}</h2>
      <p>{t('organisation.newIntro')}</p>
      <FormFrame form={form} onSubmit={onSubmit} submitLabel={t('organisation.create')}>
        <BoundTextField id="organisation-name" label={t('organisation.name')} maxLength={120} {...form.field('name')} />
        <RadioChoices
          name="organisation-kind"
          legend={t('organisation.kind')}
          choices={ORGANISATION_KINDS.map((each) => ({
            value: each,
            label: t(`organisationKinds.${each}.label`),
            explained: t(`organisationKinds.${each}.explained`),
          }))}
          chosen={kind}
          onChoose={(each) => form.setValues({ kind: each })}
          error={form.errors.kind}
          fieldsetRef={form.fieldRef('kind')}
        />
      </FormFrame>
    </section>
  );
}
