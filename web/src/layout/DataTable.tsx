import type { HTMLAttributes, ReactNode } from 'react';

/** One column: its heading, and what each row shows in it. */
export interface TableColumn<Row> {
  key: string;
  heading: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The cell names its row (a row header, `<th scope="row">`), as the first column usually does. */
  rowHeader?: boolean;
  className?: string;
}

/** Rows under a heading of their own that spans every column (`<th scope="colgroup">`), each group in a `<tbody>`. */
interface TableGroup<Row> {
  key: string;
  heading: ReactNode;
  rows: readonly Row[];
}

type RowAttributes = HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string | undefined>;

/**
 * A region around a wide table that scrolls sideways and that keyboards can reach, named by its own label or by the
 * table's caption (then the caption has this id).
 */
type ScrollRegion = { label: string; className?: string } | { captionId: string };

type DataTableProps<Row> = {
  className?: string;
  caption: ReactNode;
  columns: readonly TableColumn<Row>[];
  rowKey: (row: Row) => string;
  rowAttributes?: (row: Row) => RowAttributes;
  /** Rows shown in the table's foot, such as totals. */
  footRows?: readonly Row[];
  groupClassName?: string;
  region?: ScrollRegion;
} & ({ rows: readonly Row[] } | { groups: readonly TableGroup<Row>[] });

/** A table of rows with a caption and column headings, for screen readers as much as for the eye. */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { className, caption, columns, rowKey, rowAttributes, footRows = [], groupClassName, region } = props;
  const captionId = region !== undefined && 'captionId' in region ? region.captionId : undefined;

  function row(item: Row) {
    return (
      <tr key={rowKey(item)} {...rowAttributes?.(item)}>
        {columns.map((column) =>
          column.rowHeader === true ? (
            <th key={column.key} scope="row" className={column.className}>
              {column.cell(item)}
            </th>
          ) : (
            <td key={column.key} className={column.className}>
              {column.cell(item)}
            </td>
          ),
        )}
      </tr>
    );
  }

  const table = (
    <table className={className}>
      <caption id={captionId}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col">
              {column.heading}
            </th>
          ))}
        </tr>
      </thead>
      {'rows' in props ? (
        <tbody>{props.rows.map(row)}</tbody>
      ) : (
        props.groups.map((group) => (
          <tbody key={group.key}>
            <tr className={groupClassName}>
              <th scope="colgroup" colSpan={columns.length}>
                {group.heading}
              </th>
            </tr>
            {group.rows.map(row)}
          </tbody>
        ))
      )}
      {footRows.length > 0 && <tfoot>{footRows.map(row)}</tfoot>}
    </table>
  );

  if (region === undefined) return table;
  const label = 'label' in region ? region.label : undefined;
  const regionClassName = 'className' in region && region.className !== undefined ? `${region.className} ` : '';
  return (
    <div
      className={`${regionClassName}table-scroll`}
      role="region"
      aria-label={label}
      aria-labelledby={captionId}
      tabIndex={0}
    >
      {table}
    </div>
  );
}
