import type { ReactNode } from 'react';
import type { Asset, TaxonomyDomain } from '../../api/assets.ts';
import { DeleteButton } from './DeleteButton.tsx';
import { StillActivePrompt } from './StillActivePrompt.tsx';
import { TagList } from './TagPicker.tsx';

/** What every card of a saved item gets: the item, the tags to name its own, and what to do when it changes or goes. */
export interface ItemCardProps {
  asset: Asset;
  taxonomy: readonly TaxonomyDomain[];
  onChanged: (asset: Asset) => void;
  onDeleted: (asset: Asset) => void;
}

interface SimpleItemCardProps extends ItemCardProps {
  kindLabel: string;
  /** Facts under the title: where it is, who sees it. */
  children?: ReactNode;
}

/** A saved offer, wish, place, thing or story: what it is, "still active?" when it is old, and remove. */
export function SimpleItemCard({ asset, kindLabel, taxonomy, onChanged, onDeleted, children }: SimpleItemCardProps) {
  const headingId = `item-${asset.id}-title`;
  return (
    <li className="item-card" aria-labelledby={headingId}>
      <p className="item-card__kind">{kindLabel}</p>
      <h3 id={headingId} className="item-card__title">
        {asset.title}
      </h3>
      {asset.description !== '' && <p className="item-card__description">{asset.description}</p>}
      <TagList tags={asset.tags} taxonomy={taxonomy} />
      {children}
      {!asset.stillActive && <StillActivePrompt asset={asset} onConfirmed={onChanged} onDeleted={onDeleted} />}
      <div className="item-actions">
        <DeleteButton asset={asset} onDeleted={onDeleted} />
      </div>
    </li>
  );
}
