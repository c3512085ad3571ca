import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addTag, changeTag } from '../api/admin.ts';
import { getTaxonomy, type TaxonomyDomain } from '../api/assets.ts';
import { ApiError, languageParam } from '../api/client.ts';
import { FormFrame } from '../forms/FormFrame.tsx';
import { ActionOutcome, BoundTextField, SelectField } from '../forms/fields.tsx';
import { failureMessage } from '../forms/messages.ts';
import { useFormWithValues } from '../forms/use-form.ts';
import { requiredFields } from '../forms/validate.ts';
import { useApiData } from '../use-api-data.ts';
import { AdminLoadStatus, AdminPage } from './AdminGate.tsx';
import './admin.css';

type Tag = TaxonomyDomain['tags'][number];

/** The taxonomy's domains and tags: add a tag, rename one, retire one (forms stop offering it) or restore it. */
export function TaxonomyAdminPage() {
  const { t } = useTranslation();
  return <AdminPage title={t('taxonomyAdmin.title')}>{() => <Taxonomy />}</AdminPage>;
}

function Taxonomy() {
  const { t, i18n } = useTranslation();
  const { state, retry, replace } = useApiData(getTaxonomy, []);
  if (state.status !== 'ready') return <AdminLoadStatus state={state} onRetry={retry} />;
  const language = languageParam(i18n.language);

  async function reload(): Promise<void> {
    replace(await getTaxonomy());
  }

  return (
    <>
      <p className="page-intro">{t('taxonomyAdmin.intro')}</p>
      <div className="sections">
        <AddTagSection taxonomy={state.data} onAdded={reload} />
        {state.data.map((domain) => (
          <section key={domain.key} className="section" aria-labelledby={`domain-${domain.key}`}>
            <h2 id={`domain-${domain.key}`}>{domain[language]}</h2>
            <p className="facts__note">{t('taxonomyAdmin.count', { count: domain.tags.length })}</p>
            <ul className="tag-admin-list" aria-label={t('taxonomyAdmin.tagsLabel', { domain: domain[language] })}>
              {domain.tags.map((tag) => (
                <TagRow key={tag.key} tag={tag} onChanged={reload} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}

interface AddTagSectionProps {
  taxonomy: readonly TaxonomyDomain[];
  onAdded: () => Promise<void>;
}

function AddTagSection({ taxonomy, onAdded }: AddTagSectionProps) {
  const { t, i18n } = useTranslation();
  const language = languageParam(i18n.language);
  const [status, setStatus] = useState('');
  const form = useFormWithValues({ domain: taxonomy[0]?.key ?? '', key: '', nl: '', en: '' });
  const { domain, key, nl, en } = form.values;

  const onSubmit = form.handleSubmit({
    validate: () => requiredFields(t, { key, nl, en }),
    action: async () => {
      setStatus('');
      await addTag({ domain, key: key.trim(), nl: nl.trim(), en: en.trim() });
      await onAdded();
      const domainName = taxonomy.find((each) => each.key === domain)?.[language] ?? domain;
      setStatus(t('taxonomyAdmin.added', { tag: language === 'en' ? en.trim() : nl.trim(), domain: domainName }));
      form.setValues({ key: '', nl: '', en: '' });
    },
    describeFailure: (error) =>
      error instanceof ApiError && error.status === 409 ? { fields: { key: t('taxonomyAdmin.keyTaken') } } : undefined,
  });

  return (
    <section className="section" aria-labelledby="add-tag-title">
      <h2 id="add-tag-title">{t('taxonomyAdmin.addTitle')}</h2>
      <FormFrame form={form} onSubmit={onSubmit} submitLabel={t('taxonomyAdmin.add')} status={status}>
        <SelectField
          id="new-tag-domain"
          label={t('taxonomyAdmin.domain')}
          value={domain}
          onChange={(event) => form.setValues({ domain: event.target.value })}
        >
          {taxonomy.map((each) => (
            <option key={each.key} value={each.key}>
              {each[language]}
            </option>
          ))}
        </SelectField>
        <BoundTextField
          id="new-tag-key"
          label={t('taxonomyAdmin.newKey')}
          hint={t('taxonomyAdmin.newKeyHint')}
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          {...form.field('key')}
        />
        <BoundTextField id="new-tag-nl" label={t('taxonomyAdmin.nl')} maxLength={80} lang="nl" {...form.field('nl')} />
        <BoundTextField id="new-tag-en" label={t('taxonomyAdmin.en')} maxLength={80} lang="en" {...form.field('en')} />
      </FormFrame>
    </section>
  );
}

interface TagRowProps {
  tag: Tag;
  onChanged: () => Promise<void>;
}

function TagRow({ tag, onChanged }: TagRowProps) {
  const { t, i18n } = useTranslation();
  const language = languageParam(i18n.language);
  const [renaming, setRenaming] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const label = tag[language];

  async function toggleRetired(): Promise<void> {
    setProblem(null);
    setAnnouncement('');
    try {
      await changeTag(tag.key, { retired: !tag.retired });
      await onChanged();
      setAnnouncement(t(tag.retired ? 'taxonomyAdmin.restoredDone' : 'taxonomyAdmin.retiredDone', { tag: label }));
    } catch (error) {
      setProblem(failureMessage(t, error));
    }
  }

  return (
    <li className="tag-admin" data-retired={tag.retired ? '' : undefined}>
      <p className="tag-admin__names">
        <span className="tag-admin__name">{label}</span>{' '}
        <span className="tag-admin__other" lang={language === 'en' ? 'nl' : 'en'}>
          ({tag[language === 'en' ? 'nl' : 'en']})
        </span>
        {tag.retired && <span className="tag-admin__retired"> {t('taxonomyAdmin.retired')}</span>}
      </p>
      <p className="facts__note">
        {t('taxonomyAdmin.key')} <code>{tag.key}</code>
      </p>
      {renaming ? (
        <RenameForm
          tag={tag}
          onCancel={() => setRenaming(false)}
          onRenamed={async (renamedLabel) => {
            await onChanged();
            setRenaming(false);
            setProblem(null);
            setAnnouncement(t('taxonomyAdmin.renamed', { tag: renamedLabel }));
            requestAnimationFrame(() => statusRef.current?.focus());
          }}
        />
      ) : (
        <div className="tag-admin__actions">
          <button type="button" className="button button--quiet" onClick={() => setRenaming(true)}>
            {t('taxonomyAdmin.rename')}
            <span className="visually-hidden"> ({label})</span>
          </button>
          <button type="button" className="button button--quiet" onClick={() => void toggleRetired()}>
            {t(tag.retired ? 'taxonomyAdmin.restore' : 'taxonomyAdmin.retire')}
            <span className="visually-hidden"> ({label})</span>
          </button>
        </div>
      )}
      <ActionOutcome status={announcement} problem={problem} statusRef={statusRef} />
    </li>
  );
}

interface RenameFormProps {
  tag: Tag;
  onRenamed: (label: string) => Promise<void>;
  onCancel: () => void;
}

function RenameForm({ tag, onRenamed, onCancel }: RenameFormProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const language = languageParam(i18n.language);
  const form = useFormWithValues({ nl: tag.nl, en: tag.en });
  const { nl, en } = form.values;

  const onSubmit = form.handleSubmit({
    validate: () => requiredFields(t, { nl, en }),
    action: async () => {
      await changeTag(tag.key, { nl: nl.trim(), en: en.trim() });
      await onRenamed(language === 'en' ? en.trim() : nl.trim());
    },
  });

  return (
    <FormFrame
      form={form}
      onSubmit={onSubmit}
      submitLabel={t('taxonomyAdmin.save')}
      cancel={{ label: t('taxonomyAdmin.cancel'), onCancel }}
      aria-label={t('taxonomyAdmin.renameTitle', { tag: tag[language] })}
      className="tag-admin__rename"
    >
      <BoundTextField id={`${id}-nl`} label={t('taxonomyAdmin.nl')} maxLength={80} lang="nl" {...form.field('nl')} />
      <BoundTextField id={`${id}-en`} label={t('taxonomyAdmin.en')} maxLength={80} lang="en" {...form.field('en')} />
    </FormFrame>
  );
}
