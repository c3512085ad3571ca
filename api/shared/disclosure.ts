import { K_ANONYMITY } from './policy.ts';

/** An area in a tree of areas (a municipality over its wijken, a wijk over its buurten) and whether it may be shown. */
export interface DisclosureCell<T extends DisclosureCell<T>> {
  areaCode: string;
  shown: boolean;
  children: T[];
}

/**
 * Which figures about residents may be shown, per area: the one rule for every such figure (survey results, the
 * kompas's residents with talents). Primary and secondary suppression, as statistics offices do it:
 *
 * - An area with fewer than k residents in its figure (but some) is hidden (primary). An area with none hides no one.
 * - So that no small figure can be recovered by subtracting shown figures from their total, in every shown parent (a
 *   wijk over its buurten, then the municipality over its wijken) a hidden part that holds a small figure must be at
 *   least two areas with residents, holding together at least k: otherwise the smallest shown child with residents is
 *   hidden too, and when none is left the parent itself. A hidden area hides everything inside it, so a hidden wijk
 *   cannot be rebuilt from its buurten. Hidden areas that hold no one, or only figures of k or more (a buurt that is
 *   never published), hide no one by being recovered.
 *
 * Sets `shown` on every cell of the tree; `size` gives the number of residents a cell's figure rests on. A cell that
 * is never published (`published` false: a buurt without the figure it is divided by) stays hidden, and counts as
 * hidden in its parent's sum like any other.
 */
export function suppressSmallCounts<T extends DisclosureCell<T>>(
  root: T,
  size: (cell: T) => number,
  options: { k?: number; published?: (cell: T) => boolean } = {},
) {
  const { k = K_ANONYMITY, published = () => true } = options;
  const cells = [root, ...descendants(root)];
  for (const cell of cells) cell.shown = published(cell) && (size(cell) === 0 || size(cell) >= k);
  // Deepest parents first: a wijk is settled over its buurten before the municipality over its wijken.
  const parents = cells.filter((cell) => cell.children.length > 0).reverse();
  for (const parent of parents) protect(parent, size, k);
}

function descendants<T extends DisclosureCell<T>>(cell: T): T[] {
  return cell.children.flatMap((child) => [child, ...descendants(child)]);
}

function hide<T extends DisclosureCell<T>>(cell: T) {
  cell.shown = false;
  for (const child of cell.children) hide(child);
}

function protect<T extends DisclosureCell<T>>(parent: T, size: (cell: T) => number, k: number) {
  for (;;) {
    if (!parent.shown) return hide(parent);
    const hidden = parent.children.filter((child) => !child.shown && size(child) > 0);
    if (
      hidden.every((child) => size(child) >= k) ||
      (hidden.length >= 2 && hidden.reduce((sum, child) => sum + size(child), 0) >= k)
    )
      return;
    // An area with none adds nothing to the hidden sum: hiding it would protect no one.
    const [smallest] = parent.children
      .filter((child) => child.shown && size(child) > 0)
      .sort((a, b) => size(a) - size(b) || a.areaCode.localeCompare(b.areaCode));
    if (smallest) hide(smallest);
    else hide(parent);
  }
}
