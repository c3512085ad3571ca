import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addAgendaEvidence,
  addAgendaItem,
  updateAgendaItem,
  type AgendaItem,
  type EvidenceKind,
} from '../api/agendas.ts';
import { getIndicators } from '../api/kompas.ts';
import { useApiData } from '../use-api-data.ts';
import { useAgenda } from './agenda-context.ts';
import { useAgendaChange } from './agenda-text.ts';
import {
  AgendaForm,
  AgendaInput,
  AgendaSelect,
  CheckedField,
  ChooseOption,
  Field,
  VoiceOptions,
} from './AgendaParts.tsx';
import { useAreaVoices } from './use-area-voices.ts';

interface ItemFormProps {
  /** The item to edit; without it, a new item. */
  item?: AgendaItem;
  onDone: () => void;
}

interface ChosenEvidence {
  kind: EvidenceKind;
  ref: string;
  label: string;
}

/**
 * A new agenda item, or an edit of one (each save is a new version): ambition, theme, next step, carriers, and the
 * evidence it rests on — the scan's indicators first, then any indicator, then the area's observations and stories.
 */
export function ItemForm({ item, onDone }: ItemFormProps) {
  const { t } = useTranslation();
  const { agenda, language } = useAgenda();
  const id = useId();
  const indicators = useApiData((signal) => getIndicators(language, signal), [language]);
  const voices = useAreaVoices();
  const [ambition, setAmbition] = useState(item?.ambition ?? '');
  const [description, setDescription] = useState(item?.description ?? '');
  const [theme, setTheme] = useState(item?.theme ?? agenda.scan[0]?.theme ?? '');
  const [nextStep, setNextStep] = useState(item?.nextStep ?? '');
  const [nextStepDate, setNextStepDate] = useState(item?.nextStepDate ?? '');
  const [carriers, setCarriers] = useState<string[]>(item?.carriers.map((party) => party.id) ?? []);
  const [evidence, setEvidence] = useState<ChosenEvidence[]>([]);
  const [otherIndicator, setOtherIndicator] = useState('');
  const [voice, setVoice] = useState('');
  const [missing, setMissing] = useState(false);
  const { change, ...action } = useAgendaChange();

  const allIndicators = indicators.state.status === 'ready' ? indicators.state.data : [];
  const themes = new Map<string, string>();
  for (const entry of agenda.scan) themes.set(entry.theme, entry.themeLabel);
  for (const indicator of allIndicators) themes.set(indicator.theme, indicator.themeLabel);
  if (item !== undefined) themes.set(item.theme, item.themeLabel);
  const scanKeys = new Set(agenda.scan.map((entry) => entry.key));
  const already = new Set(item?.evidence.map((entry) => `${entry.kind}:${entry.ref}`) ?? []);
  const chosen = (kind: EvidenceKind, ref: string) =>
    evidence.some((entry) => entry.kind === kind && entry.ref === ref);

  function toggle(entry: ChosenEvidence, on: boolean): void {
    setEvidence(
      on ? [...evidence, entry] : evidence.filter((other) => !(other.kind === entry.kind && other.ref === entry.ref)),
    );
  }

  async function submit(): Promise<boolean> {
    if (ambition.trim() === '' || theme === '') {
      setMissing(true);
      return false;
    }
    setMissing(false);
    const fields = {
      ambition: ambition.trim(),
      description: description.trim(),
      theme,
      nextStep: nextStep.trim(),
      nextStepDate: nextStepDate === '' ? null : nextStepDate,
      carriers,
    };
    return change(
      async () => {
        const itemId =
          item === undefined
            ? await addAgendaItem(agenda.id, fields)
            : (await updateAgendaItem(item.id, fields), item.id);
        for (const entry of evidence) await addAgendaEvidence(agenda.id, { kind: entry.kind, ref: entry.ref, itemId });
      },
      t(item === undefined ? 'agenda.itemAdded' : 'agenda.itemSaved'),
    );
  }

  return (
    <AgendaForm
      label={item === undefined ? t('agenda.itemAdd') : t('agenda.itemEditNamed', { ambition: item.ambition })}
      className="agenda-item-form"
      noValidate
      action={action}
      submitLabel={t(item === undefined ? 'agenda.itemSubmit' : 'agenda.itemSave')}
      submit={submit}
      onDone={onDone}
    >
      <CheckedField
        id={`${id}-ambition`}
        label={t('agenda.field-ambition')}
        problem={missing && ambition.trim() === '' ? t('agenda.ruleRequired') : null}
      >
        {(problemLink) => (
          <input
            id={`${id}-ambition`}
            className="field__control"
            maxLength={300}
            value={ambition}
            {...problemLink}
            onChange={(event) => setAmbition(event.target.value)}
            autoFocus
          />
        )}
      </CheckedField>
      <Field id={`${id}-description`} label={t('agenda.field-description')}>
        <textarea
          id={`${id}-description`}
          className="field__control field__control--textarea"
          rows={3}
          maxLength={4000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </Field>
      <AgendaSelect id={`${id}-theme`} label={t('agenda.field-theme')} value={theme} onChange={setTheme}>
        <ChooseOption />
        {[...themes].map(([key, label]) => (
          <option key={key} value={key}>
            {label}
          </option>
        ))}
      </AgendaSelect>
      <AgendaInput
        id={`${id}-next`}
        label={t('agenda.field-nextStep')}
        maxLength={500}
        value={nextStep}
        onChange={setNextStep}
      />
      <AgendaInput
        id={`${id}-date`}
        label={t('agenda.field-nextStepDate')}
        type="date"
        value={nextStepDate}
        onChange={setNextStepDate}
      />
      {agenda.parties.length > 0 && (
        <fieldset className="agenda-fieldset">
          <legend>{t('agenda.carriersLegend')}</legend>
          {agenda.parties.map((party) => (
            <label key={party.id} className="agenda-check">
              <input
                type="checkbox"
                checked={carriers.includes(party.id)}
                onChange={(event) =>
                  setCarriers(
                    event.target.checked ? [...carriers, party.id] : carriers.filter((other) => other !== party.id),
                  )
                }
              />{' '}
              {party.name} ({t(`agenda.role-${party.role}`)})
            </label>
          ))}
        </fieldset>
      )}

      <fieldset className="agenda-fieldset">
        <legend>{t(item === undefined ? 'agenda.evidenceLegend' : 'agenda.evidenceLegendMore')}</legend>
        {agenda.scan.length > 0 && (
          <fieldset className="agenda-fieldset agenda-fieldset--inner">
            <legend>{t('agenda.evidenceFromScan')}</legend>
            {agenda.scan
              .filter((entry) => !already.has(`indicator:${entry.key}`))
              .map((entry) => (
                <label key={entry.key} className="agenda-check">
                  <input
                    type="checkbox"
                    checked={chosen('indicator', entry.key)}
                    onChange={(event) =>
                      toggle({ kind: 'indicator', ref: entry.key, label: entry.label }, event.target.checked)
                    }
                  />{' '}
                  {entry.label}
                </label>
              ))}
          </fieldset>
        )}
        <div className="agenda-picker">
          <AgendaSelect
            id={`${id}-indicator`}
            label={t('agenda.evidenceOtherIndicator')}
            value={otherIndicator}
            onChange={setOtherIndicator}
          >
            <ChooseOption loading={indicators.state.status === 'loading'} />
            {allIndicators
              .filter((indicator) => !scanKeys.has(indicator.key))
              .map((indicator) => (
                <option key={indicator.key} value={indicator.key}>
                  {indicator.themeLabel}: {indicator.label}
                </option>
              ))}
          </AgendaSelect>
          <button
            type="button"
            className="button"
            disabled={otherIndicator === '' || chosen('indicator', otherIndicator)}
            onClick={() => {
              const indicator = allIndicators.find((entry) => entry.key === otherIndicator);
              if (indicator !== undefined)
                toggle({ kind: 'indicator', ref: indicator.key, label: indicator.label }, true);
              setOtherIndicator('');
            }}
          >
            {t('agenda.evidenceAddChoice')}
          </button>
        </div>
        <div className="agenda-picker">
          <AgendaSelect id={`${id}-voice`} label={t('agenda.evidenceVoice')} value={voice} onChange={setVoice}>
            <ChooseOption loading={voices.loading} />
            <VoiceOptions options={voices.options} />
          </AgendaSelect>
          <button
            type="button"
            className="button"
            disabled={voice === ''}
            onClick={() => {
              const option = voices.options.find((entry) => entry.value === voice);
              const [kind, ref] = voice.split(':') as [EvidenceKind, string];
              if (option !== undefined && !chosen(kind, ref)) toggle({ kind, ref, label: option.label }, true);
              setVoice('');
            }}
          >
            {t('agenda.evidenceAddChoice')}
          </button>
        </div>
        {evidence.filter((entry) => !(entry.kind === 'indicator' && scanKeys.has(entry.ref))).length > 0 && (
          <ul className="agenda-chosen" aria-label={t('agenda.evidenceChosen')}>
            {evidence
              .filter((entry) => !(entry.kind === 'indicator' && scanKeys.has(entry.ref)))
              .map((entry) => (
                <li key={`${entry.kind}:${entry.ref}`}>
                  {t(`agenda.evidence-${entry.kind}`)}: {entry.label}{' '}
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t('agenda.removeNamed', { name: entry.label })}
                    onClick={() => toggle(entry, false)}
                  >
                    {t('agenda.remove')}
                  </button>
                </li>
              ))}
          </ul>
        )}
      </fieldset>
      {missing && theme === '' && <p className="field__error">{t('agenda.themeMissing')}</p>}
    </AgendaForm>
  );
}
