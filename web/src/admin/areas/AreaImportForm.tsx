import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { importAreaFile, type AreaImportResult } from '../../api/admin.ts';
import { ApiError, type FieldError } from '../../api/client.ts';
import { failureMessage } from '../../forms/messages.ts';

const AREA_FILE_TYPES = '.geojson,.json,.gpkg,application/geo+json,application/geopackage+sqlite3';
const NAMES_SHOWN = 5;

interface AreaImportFormProps {
  /** Called once an import has been written, with its result (to reload what is loaded, or to go on). */
  onImported: (result: AreaImportResult) => void;
}

type Work = { step: 'uploading'; fraction: number } | { step: 'working' } | null;

/**
 * Imports a CBS area file in two steps: "Check" uploads it as a dry run and shows what it would do, with its
 * municipalities to choose from; "Import" sends the same file again for the chosen ones.
 */
export function AreaImportForm({ onImported }: AreaImportFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [year, setYear] = useState('');
  const [work, setWork] = useState<Work>(null);
  const [preview, setPreview] = useState<AreaImportResult | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<AreaImportResult | null>(null);
  const [problems, setProblems] = useState<readonly FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  async function send(dryRun: boolean): Promise<void> {
    if (file === null) {
      setFailure(t('areaAdmin.chooseFileFirst'));
      return;
    }
    setProblems([]);
    setFailure(null);
    setOutcome(null);
    setWork({ step: 'uploading', fraction: 0 });
    try {
      const result = await importAreaFile(
        {
          file,
          dryRun,
          municipalities: dryRun ? [] : [...chosen],
          year: year.trim() === '' ? null : Number(year),
        },
        function reportProgress(fraction) {
          setWork(fraction >= 1 ? { step: 'working' } : { step: 'uploading', fraction });
        },
      );
      if (dryRun) {
        setPreview(result);
        setChosen(new Set(result.municipalities.map((municipality) => municipality.code)));
      } else {
        setPreview(null);
        setOutcome(result);
        onImported(result);
      }
    } catch (error) {
      if (error instanceof ApiError && error.errors.length > 0) setProblems(error.errors);
      else setFailure(failureMessage(t, error));
    } finally {
      setWork(null);
    }
  }

  function check(event: FormEvent): void {
    event.preventDefault();
    setPreview(null);
    void send(true);
  }

  function toggle(code: string, on: boolean): void {
    const next = new Set(chosen);
    if (on) next.add(code);
    else next.delete(code);
    setChosen(next);
  }

  return (
    <section className="area-import" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('areaAdmin.importHeading')}</h2>
      <p>{t('areaAdmin.importIntro')}</p>
      <form onSubmit={check} noValidate>
        <div className="area-import__field">
          <label htmlFor={`${id}-file`}>{t('areaAdmin.file')}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept={AREA_FILE_TYPES}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setPreview(null);
              setOutcome(null);
            }}
          />
        </div>
        <div className="area-import__field">
          <label htmlFor={`${id}-year`}>{t('areaAdmin.year')}</label>
          <input
            id={`${id}-year`}
            inputMode="numeric"
            value={year}
            aria-describedby={`${id}-year-hint`}
            onChange={(event) => setYear(event.target.value)}
          />
          <p id={`${id}-year-hint`} className="area-import__hint">
            {t('areaAdmin.yearHint')}
          </p>
        </div>
        <button type="submit" className="button" disabled={work !== null}>
          {t('areaAdmin.check')}
        </button>
      </form>

      <div role="status" aria-live="polite" className="area-import__status">
        {work?.step === 'uploading' && (
          <>
            <progress max={1} value={work.fraction} aria-label={t('areaAdmin.uploading')} />{' '}
            {t('areaAdmin.uploadingPercent', { percent: Math.round(work.fraction * 100) })}
          </>
        )}
        {work?.step === 'working' && t('areaAdmin.working')}
        {outcome !== null && <ImportOutcome result={outcome} />}
      </div>
      <div role="alert" className="problem-list">
        {failure !== null && <p>{failure}</p>}
        {problems.length > 0 && (
          <>
            <p>{t('areaAdmin.refused')}</p>
            <ul className="area-import__problems">
              {problems.map((problem, index) => (
                <li key={index}>
                  <span className="area-import__place">{problem.field}</span>: {problem.message}{' '}
                  <span className="area-import__rule">({t('areaAdmin.rule', { rule: problem.rule })})</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      {preview !== null && (
        <ImportPreview
          result={preview}
          chosen={chosen}
          onToggle={toggle}
          onImport={() => void send(false)}
          busy={work !== null}
        />
      )}
    </section>
  );
}

interface ImportPreviewProps {
  result: AreaImportResult;
  chosen: ReadonlySet<string>;
  onToggle: (code: string, on: boolean) => void;
  onImport: () => void;
  busy: boolean;
}

function ImportPreview({ result, chosen, onToggle, onImport, busy }: ImportPreviewProps) {
  const { t } = useTranslation();
  const id = useId();
  const { homes, organisations, assets, observations } = result.moves;
  return (
    <section className="area-import__preview" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('areaAdmin.previewHeading', { file: result.file })}</h3>
      <p>{t('areaAdmin.source', { title: result.source.title, publisher: result.source.publisher })}</p>

      <fieldset>
        <legend>{t('areaAdmin.chooseMunicipalities')}</legend>
        {result.municipalities.map((municipality) => (
          <label key={municipality.code} className="area-import__choice">
            <input
              type="checkbox"
              checked={chosen.has(municipality.code)}
              onChange={(event) => onToggle(municipality.code, event.target.checked)}
            />{' '}
            {municipality.name} ({municipality.code}){municipality.new && ` · ${t('areaAdmin.newMunicipality')}`}
            {municipality.renamed !== null && ` · ${t('areaAdmin.renamedFrom', { name: municipality.renamed })}`}
          </label>
        ))}
      </fieldset>

      {result.levels.map((level) => (
        <section key={level.level} aria-labelledby={`${id}-${level.level}`}>
          <h4 id={`${id}-${level.level}`}>
            {t(level.level === 'wijk' ? 'areaAdmin.wijkenCount' : 'areaAdmin.buurtenCount', { count: level.count })}
          </h4>
          <p>
            {level.areas
              .slice(0, NAMES_SHOWN)
              .map((area) => area.name)
              .join(', ')}
            {level.areas.length > NAMES_SHOWN &&
              ` ${t('areaAdmin.andMore', { count: level.areas.length - NAMES_SHOWN })}`}
          </p>
          <dl className="area-import__facts">
            <dt>{t('areaAdmin.extent')}</dt>
            <dd>{level.extent.join(', ')}</dd>
            <dt>{t('areaAdmin.new')}</dt>
            <dd>{level.new.length}</dd>
            <dt>{t('areaAdmin.renamed')}</dt>
            <dd>
              {level.renamed.length === 0 ? 0 : level.renamed.map((area) => `${area.from} → ${area.to}`).join(', ')}
            </dd>
            <dt>{t('areaAdmin.reshaped')}</dt>
            <dd>{level.reshaped.length}</dd>
            <dt>{result.retiresMissing ? t('areaAdmin.retiring') : t('areaAdmin.missingKept')}</dt>
            <dd>
              {level.missing.length === 0 ? 0 : level.missing.map((area) => `${area.name} (${area.code})`).join(', ')}
            </dd>
            <dt>{t('areaAdmin.restored')}</dt>
            <dd>
              {level.restored.length === 0 ? 0 : level.restored.map((area) => `${area.name} (${area.code})`).join(', ')}
            </dd>
          </dl>
        </section>
      ))}

      <h4>{t('areaAdmin.figuresHeading')}</h4>
      {result.figures.length === 0 ? (
        <p>{t('areaAdmin.noFigures')}</p>
      ) : (
        <ul className="area-import__figures">
          {result.figures.map((figure) => (
            <li key={figure.field}>
              <code>{figure.field}</code> →{' '}
              {figure.indicators.length > 0 ? figure.indicators.join(', ') : figure.figure}
            </li>
          ))}
        </ul>
      )}
      {result.repaired.length > 0 && <p>{t('areaAdmin.repaired', { count: result.repaired.length })}</p>}
      <p>
        {t('areaAdmin.moves', {
          homes: t('areaAdmin.movesHomes', { count: homes }),
          organisations: t('areaAdmin.movesOrganisations', { count: organisations }),
          assets: t('areaAdmin.movesAssets', { count: assets }),
          observations: t('areaAdmin.movesObservations', { count: observations }),
        })}
      </p>
      {result.stillReferred.length > 0 && (
        <>
          <h4>{t('areaAdmin.stillReferredHeading')}</h4>
          <ul>
            {result.stillReferred.map((area) => (
              <li key={area.code}>
                {area.code}: <References area={area} />
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="button button--primary" onClick={onImport} disabled={busy || chosen.size === 0}>
        {t('areaAdmin.import', { count: chosen.size })}
      </button>
    </section>
  );
}

/** What still refers to an area, in words. */
export function References({ area }: { area: AreaImportResult['stillReferred'][number] }) {
  const { t } = useTranslation();
  return (
    <>
      {t('areaAdmin.references', {
        agendas: area.agendas,
        surveyRounds: area.surveyRounds,
        surveyAnswers: area.surveyAnswers,
        connectorGrants: area.connectorGrants,
      })}
    </>
  );
}

function ImportOutcome({ result }: { result: AreaImportResult }) {
  const { t } = useTranslation();
  const changes = result.changes;
  if (changes === null) return null;
  return (
    <p className="area-import__outcome">
      {t('areaAdmin.imported', {
        file: result.file,
        municipalities: result.municipalities.map((municipality) => municipality.name).join(', '),
        wijken: changes.wijken.inserted + changes.wijken.updated,
        buurten: changes.buurten.inserted + changes.buurten.updated,
        figures: changes.keyFigures.inserted + changes.keyFigures.updated,
        retired: changes.retired.wijken + changes.retired.buurten,
      })}
    </p>
  );
}
