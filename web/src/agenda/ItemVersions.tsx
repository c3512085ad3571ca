import { diffWords } from 'diff';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getItemVersions, type AgendaItem, type ItemVersion } from '../api/agendas.ts';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { useApiData } from '../use-api-data.ts';
import { Field } from './AgendaParts.tsx';
import { useAgenda } from './agenda-context.ts';
import { formatMoment } from './agenda-text.ts';

/** "Eerdere versies": the item's current words beside a chosen earlier version, insertions and deletions marked. */
export function ItemVersions({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  if (item.version <= 1) return null;
  return (
    <details className="agenda-versions" onToggle={(event) => setOpened(opened || event.currentTarget.open)}>
      <summary>{t('agenda.versionsHeading')}</summary>
      {opened && <VersionCompare item={item} />}
    </details>
  );
}

const COMPARED_FIELDS = ['ambition', 'description', 'nextStep'] as const;

function VersionCompare({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const { language } = useAgenda();
  const id = useId();
  const { state, retry } = useApiData((signal) => getItemVersions(item.id, signal), [item.id, item.version]);
  const [chosen, setChosen] = useState<number | null>(null);
  if (state.status === 'loading') return <p role="status">{t('agenda.loading')}</p>;
  if (state.status === 'error') return <LoadProblem onRetry={retry} />;
  const versions = state.data;
  const current = versions.at(-1);
  const earlier = versions.slice(0, -1);
  if (current === undefined || earlier.length === 0) return <p className="agenda-empty">{t('agenda.versionsNone')}</p>;
  const base: ItemVersion = earlier.find((version) => version.version === chosen) ?? earlier.at(-1)!;

  return (
    <div className="agenda-versions__body">
      <Field id={`${id}-version`} label={t('agenda.versionChoice')}>
        <select
          id={`${id}-version`}
          className="field__control"
          value={base.version}
          onChange={(event) => setChosen(Number(event.target.value))}
        >
          {earlier.map((version) => (
            <option key={version.version} value={version.version}>
              {t('agenda.versionOption', {
                version: version.version,
                date: formatMoment(version.editedAt, language),
                by: version.editedBy ?? t('agenda.deletedAccount'),
              })}
            </option>
          ))}
        </select>
      </Field>
      <div aria-live="polite">
        <p>{t('agenda.versionCompared', { from: base.version, to: current.version })}</p>
        <dl className="agenda-diff">
          {COMPARED_FIELDS.map((field) => (
            <div key={field}>
              <dt>{t(`agenda.field-${field}`)}</dt>
              <dd>
                <TextDiff before={base[field]} after={current[field]} />
              </dd>
            </div>
          ))}
          {base.status !== current.status && (
            <div>
              <dt>{t('agenda.statusLabel')}</dt>
              <dd>
                <del>{t(`agenda.status-${base.status}`)}</del> <ins>{t(`agenda.status-${current.status}`)}</ins>
              </dd>
            </div>
          )}
        </dl>
      </div>
    </div>
  );
}

/** Word by word: deletions in <del>, insertions in <ins>, so screen readers and print say which is which too. */
function TextDiff({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  if (before === after)
    return <span className="agenda-diff__same">{after === '' ? '–' : t('agenda.unchanged', { text: after })}</span>;
  return (
    <span className="agenda-diff__text">
      {diffWords(before, after).map((part, index) =>
        part.added ? (
          <ins key={index}>{part.value}</ins>
        ) : part.removed ? (
          <del key={index}>{part.value}</del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </span>
  );
}
