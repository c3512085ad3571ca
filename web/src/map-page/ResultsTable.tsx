import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapFeature } from '../api/assets.ts';
import { featureText, type FeatureText, type Privacy } from './feature-text.ts';
import { SymbolIcon } from './SymbolIcon.tsx';
import { SYMBOLS, symbolOf, type SymbolKey } from './symbols.ts';
import { DataTable, type TableColumn } from '../layout/DataTable.tsx';

export const RESULTS_HEADING_ID = 'results-heading';

interface ResultsTableProps {
  features: readonly MapFeature[];
  privacy: Privacy;
  buurtNames: ReadonlyMap<string, string>;
  openFeatureId: string | null;
  onOpenFeature: (feature: MapFeature) => void;
}

interface Row {
  feature: MapFeature;
  symbol: SymbolKey;
  text: FeatureText;
  buurt: string | null;
}

function byTypeThenTitle(a: Row, b: Row): number {
  return SYMBOLS.indexOf(a.symbol) - SYMBOLS.indexOf(b.symbol) || a.text.title.localeCompare(b.text.title, 'nl');
}

/**
 * The same features as the map, as a table: one row each, with a button that opens the details. The way in for
 * keyboard and screen-reader users, and for anyone who would rather read than look.
 */
export function ResultsTable({ features, privacy, buurtNames, openFeatureId, onOpenFeature }: ResultsTableProps) {
  const { t } = useTranslation();
  const rows = useMemo(
    () =>
      features
        .map((feature): Row => {
          const code = feature.properties.buurtCode ?? null;
          return {
            feature,
            symbol: symbolOf(feature),
            text: featureText(t, feature, privacy),
            buurt: feature.properties.buurtName ?? (code === null ? null : (buurtNames.get(code) ?? code)),
          };
        })
        .sort(byTypeThenTitle),
    [features, privacy, buurtNames, t],
  );

  const columns: TableColumn<Row>[] = [
    {
      key: 'type',
      heading: t('results.columnType'),
      cell: ({ symbol, text }) => (
        <span className="results-table__type">
          <SymbolIcon symbol={symbol} />
          <span>
            {text.symbol}
            {text.kind !== '' && <span className="results-table__kind">{text.kind}</span>}
          </span>
        </span>
      ),
    },
    {
      key: 'name',
      heading: t('results.columnName'),
      rowHeader: true,
      cell: ({ feature, text }) => (
        <>
          <button type="button" className="results-table__open" onClick={() => onOpenFeature(feature)}>
            {text.title}
          </button>
          {feature.properties.organisation && feature.properties.organisation.name !== '' && (
            <span className="results-table__organisation">
              {t('results.atOrganisation', { name: feature.properties.organisation.name })}
            </span>
          )}
        </>
      ),
    },
    {
      key: 'buurt',
      heading: t('results.columnBuurt'),
      cell: ({ buurt }) =>
        buurt ?? (
          <>
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">{t('results.noBuurt')}</span>
          </>
        ),
    },
  ];

  return (
    <div className="results-table-scroll">
      <DataTable
        className="results-table"
        caption={t('results.caption')}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.feature.id}
        rowAttributes={({ feature, symbol }) => ({
          'data-id': feature.id,
          'data-symbol': symbol,
          'aria-current': feature.id === openFeatureId ? 'true' : undefined,
        })}
      />
    </div>
  );
}
