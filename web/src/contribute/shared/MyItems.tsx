import { useRef, useState, type ReactNode, type RefObject } from 'react';
import type { Asset, TaxonomyDomain } from '../../api/assets.ts';
import { SimpleItemCard } from './SimpleItemCard.tsx';

interface SavedAssets {
  items: Asset[];
  add: (asset: Asset) => void;
  replace: (asset: Asset) => void;
  remove: (asset: Asset) => void;
}

/** The person's saved items as a page keeps them: added after a save, replaced after a change, removed after a delete. */
export function useSavedAssets(initialItems: Asset[]): SavedAssets {
  const [items, setItems] = useState(initialItems);

  function add(asset: Asset): void {
    setItems((previous) => [...previous, asset]);
  }

  function replace(asset: Asset): void {
    setItems((previous) => previous.map((item) => (item.id === asset.id ? asset : item)));
  }

  function remove(asset: Asset): void {
    setItems((previous) => previous.filter((item) => item.id !== asset.id));
  }

  return { items, add, replace, remove };
}

export interface AssetList extends SavedAssets {
  /** Takes it out of the list and moves focus to the list's heading, as the card it was in is gone. */
  remove: (asset: Asset) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** The saved items a page lists under a heading, which takes the focus of a card that is removed. */
export function useAssetList(initialItems: Asset[]): AssetList {
  const saved = useSavedAssets(initialItems);
  const headingRef = useRef<HTMLHeadingElement>(null);

  function remove(asset: Asset): void {
    saved.remove(asset);
    headingRef.current?.focus();
  }

  return { ...saved, remove, headingRef };
}

interface MyItemsSectionProps {
  headingId: string;
  heading: string;
  list: AssetList;
  taxonomy: readonly TaxonomyDomain[];
  kindLabel: (asset: Asset) => string;
  /** Facts under an item's title: where it is, who sees it. */
  meta: (asset: Asset) => ReactNode;
}

/** "My places", "my things", "my stories": the saved items as cards, once there is one. */
export function MyItemsSection({ headingId, heading, list, taxonomy, kindLabel, meta }: MyItemsSectionProps) {
  if (list.items.length === 0) return null;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={list.headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <ul className="item-list">
        {list.items.map((item) => (
          <SimpleItemCard
            key={item.id}
            asset={item}
            kindLabel={kindLabel(item)}
            taxonomy={taxonomy}
            onChanged={list.replace}
            onDeleted={list.remove}
          >
            {meta(item)}
          </SimpleItemCard>
        ))}
      </ul>
    </section>
  );
}
