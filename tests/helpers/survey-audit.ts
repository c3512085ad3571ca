/**
 * An attacker's audit of published survey figures: which hidden areas' numbers follow from the shown ones by adding
 * and subtracting (a wijk is the sum of its buurten, the municipality of its wijken). Exhaustive: for every measure it
 * asks whether the hidden cell's unit vector lies in the row space of those equations over the unknown cells.
 */
export interface AuditCell {
  key: string;
  parent: string | null;
  /** The figure per measure when published (or derivable from what is published), else null. */
  published: Record<string, number | null>;
  /** Whether the publisher says this cell is hidden. */
  hidden: boolean;
}

export interface Leak {
  key: string;
  measure: string;
}

const EPSILON = 1e-9;

function rank(rows: number[][]): number {
  const matrix = rows.map((row) => [...row]);
  let rank = 0;
  const columns = matrix[0]?.length ?? 0;
  for (let column = 0; column < columns && rank < matrix.length; column++) {
    const pivot = matrix.findIndex((row, index) => index >= rank && Math.abs(row[column]!) > EPSILON);
    if (pivot === -1) continue;
    [matrix[rank], matrix[pivot]] = [matrix[pivot]!, matrix[rank]!];
    for (let index = 0; index < matrix.length; index++) {
      if (index === rank) continue;
      const factor = matrix[index]![column]! / matrix[rank]![column]!;
      if (factor !== 0) matrix[index] = matrix[index]!.map((value, c) => value - factor * matrix[rank]![c]!);
    }
    rank++;
  }
  return rank;
}

/** Every hidden cell whose figure for some measure a sequence of additions and subtractions of shown figures gives. */
export function findDerivableHiddenCells(cells: AuditCell[], measures: string[]): Leak[] {
  const leaks: Leak[] = [];
  const parents = [...new Set(cells.map((cell) => cell.parent).filter((parent): parent is string => parent !== null))];
  for (const measure of measures) {
    const unknown = cells.filter((cell) => cell.published[measure] === null).map((cell) => cell.key);
    if (unknown.length === 0) continue;
    const column = new Map(unknown.map((key, index) => [key, index]));
    // parent − Σ children = 0, with the shown figures moved to the other side.
    const equations = parents.map((parent) => {
      const row = new Array<number>(unknown.length).fill(0);
      if (column.has(parent)) row[column.get(parent)!] = 1;
      for (const child of cells.filter((cell) => cell.parent === parent))
        if (column.has(child.key)) row[column.get(child.key)!]! -= 1;
      return row;
    });
    const base = rank(equations);
    for (const cell of cells) {
      if (!cell.hidden || !column.has(cell.key)) continue;
      const unit = new Array<number>(unknown.length).fill(0);
      unit[column.get(cell.key)!] = 1;
      if (rank([...equations, unit]) === base) leaks.push({ key: cell.key, measure });
    }
    // A hidden cell whose figure is shown outright leaks too.
    for (const cell of cells)
      if (cell.hidden && cell.published[measure] !== null) leaks.push({ key: cell.key, measure });
  }
  return leaks;
}
