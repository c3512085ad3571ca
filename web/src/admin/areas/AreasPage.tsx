import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { getLoadedAreas, type LoadedMunicipality } from '../../api/admin.ts';
import { formatDateTime } from '../../account/format.ts';
import { DataTable, type TableColumn } from '../../layout/DataTable.tsx';
import { useApiData } from '../../use-api-data.ts';
import { AdminLoadStatus, AdminPage } from '../AdminGate.tsx';
import { AreaImportForm, References } from './AreaImportForm.tsx';
import '../admin.css';

/** The areas an administrator has loaded (current and retired, with their figures and sources), and the import. */
export function AreasPage() {
  const { t } = useTranslation();
  return <AdminPage title={t('areaAdmin.title')}>{() => <AreasAdmin />}</AdminPage>;
}

function AreasAdmin() {
  const { t, i18n } = useTranslation();
  const { state, retry } = useApiData(getLoadedAreas, []);
  const retired =
    state.status === 'ready'
      ? state.data.flatMap((municipality) =>
          municipality.retired.map((area) => ({ ...area, municipality: municipality.name })),
        )
      : [];

  return (
    <>
      <p className="page-intro">{t('areaAdmin.intro')}</p>
      <div>
        {state.status !== 'ready' ? (
          <AdminLoadStatus state={state} onRetry={retry} />
        ) : state.data.length === 0 ? (
          <p>{t('areaAdmin.noneLoaded')}</p>
        ) : (
          <DataTable
            className="areas-table"
            caption={t('areaAdmin.loadedCaption')}
            region={{ captionId: 'loaded-areas-caption' }}
            columns={loadedColumns(t)}
            rows={state.data}
            rowKey={(municipality) => municipality.code}
          />
        )}
      </div>
      {retired.length > 0 && (
        <div>
          <DataTable
            className="areas-table"
            caption={t('areaAdmin.retiredCaption')}
            region={{ captionId: 'retired-areas-caption' }}
            columns={[
              {
                key: 'area',
                heading: t('areaAdmin.area'),
                rowHeader: true,
                cell: (area) => `${area.name} (${area.code})`,
              },
              { key: 'municipality', heading: t('areaAdmin.municipality'), cell: (area) => area.municipality },
              {
                key: 'level',
                heading: t('areaAdmin.level'),
                cell: (area) => t(area.level === 'wijk' ? 'areaAdmin.wijk' : 'areaAdmin.buurt'),
              },
              {
                key: 'since',
                heading: t('areaAdmin.retiredSince'),
                cell: (area) => (
                  <>
                    <time dateTime={area.retiredAt}>{formatDateTime(area.retiredAt, i18n.language)}</time>
                    {area.retiredBy !== null && ` · ${area.retiredBy}`}
                  </>
                ),
              },
              { key: 'references', heading: t('areaAdmin.referredBy'), cell: (area) => <References area={area} /> },
            ]}
            rows={retired}
            rowKey={(area) => `${area.level} ${area.code}`}
          />
        </div>
      )}
      <AreaImportForm onImported={retry} />
    </>
  );
}

function loadedColumns(t: TFunction<'translation'>): TableColumn<LoadedMunicipality>[] {
  const level = (municipality: LoadedMunicipality, which: 'wijk' | 'buurt') => {
    const counts = municipality.levels.find((entry) => entry.level === which);
    return counts === undefined
      ? '0'
      : t('areaAdmin.currentAndRetired', { current: counts.current, retired: counts.retired });
  };
  return [
    {
      key: 'municipality',
      heading: t('areaAdmin.municipality'),
      rowHeader: true,
      cell: (municipality) => `${municipality.name} (${municipality.code})`,
    },
    { key: 'wijken', heading: t('areaAdmin.wijken'), cell: (municipality) => level(municipality, 'wijk') },
    { key: 'buurten', heading: t('areaAdmin.buurten'), cell: (municipality) => level(municipality, 'buurt') },
    {
      key: 'years',
      heading: t('areaAdmin.figureYears'),
      cell: (municipality) => (municipality.figureYears.length === 0 ? '–' : municipality.figureYears.join(', ')),
    },
    {
      key: 'sources',
      heading: t('areaAdmin.sources'),
      cell: (municipality) => (
        <ul className="areas-table__sources">
          {municipality.sources.map((source) => (
            <li key={source.key}>
              {source.title} ({source.publisher}, {source.year})
            </li>
          ))}
        </ul>
      ),
    },
  ];
}
