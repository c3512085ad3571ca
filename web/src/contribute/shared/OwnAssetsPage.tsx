import type { ReactNode } from 'react';
import { getMe, type Me } from '../../api/me.ts';
import { type Asset, getMyAssets, getTaxonomy, type TaxonomyDomain } from '../../api/assets.ts';
import { useApiData } from '../../use-api-data.ts';
import { ContributePageLayout } from './ContributePageLayout.tsx';
import { LoadedData } from './LoadedData.tsx';
import { MyItemsSection, useAssetList, type AssetList } from './MyItems.tsx';

/** What the form of an own-assets page gets: the account, the tags, what else it loaded, and the list of saved items. */
interface OwnAssetsData<M> {
  me: Me;
  taxonomy: TaxonomyDomain[];
  more: M;
  list: AssetList;
}

interface OwnAssetsPageProps<M> {
  title: string;
  type: Asset['type'];
  /** What the form needs beside the account and the tags (the buurten, for a map). */
  loadMore?: (signal: AbortSignal) => Promise<M>;
  /** "My places", "my things": how the saved items are listed under the form. */
  mine: {
    headingId: string;
    heading: string;
    kindLabel: (asset: Asset) => string;
    meta: (asset: Asset) => ReactNode;
  };
  /** The form that adds an item; it tells `list` of each one it saved. */
  children: (data: OwnAssetsData<M>) => ReactNode;
}

/**
 * A page where a resident adds places, things or stories, with the ones they saved before listed under the form: for
 * logged-in accounts, shown once the account, the tags, their saved items and what else the form needs are loaded.
 */
export function OwnAssetsPage<M = undefined>({ title, ...props }: OwnAssetsPageProps<M>) {
  return <ContributePageLayout title={title}>{() => <OwnAssetsLoader {...props} />}</ContributePageLayout>;
}

function OwnAssetsLoader<M>({ type, loadMore, mine, children }: Omit<OwnAssetsPageProps<M>, 'title'>) {
  const data = useApiData(
    (signal) =>
      Promise.all([getMe(signal), getTaxonomy(signal), getMyAssets(signal), loadMore?.(signal) as Promise<M>]),
    [],
  );
  return (
    <LoadedData data={data}>
      {([me, taxonomy, assets, more]) => (
        <OwnAssetsSections
          data={{ me, taxonomy, more }}
          initialItems={assets.filter((asset) => asset.type === type)}
          mine={mine}
        >
          {children}
        </OwnAssetsSections>
      )}
    </LoadedData>
  );
}

interface OwnAssetsSectionsProps<M> extends Pick<OwnAssetsPageProps<M>, 'mine' | 'children'> {
  data: Omit<OwnAssetsData<M>, 'list'>;
  initialItems: Asset[];
}

function OwnAssetsSections<M>({ data, initialItems, mine, children }: OwnAssetsSectionsProps<M>) {
  const list = useAssetList(initialItems);
  return (
    <div className="sections">
      {children({ ...data, list })}
      <MyItemsSection {...mine} list={list} taxonomy={data.taxonomy} />
    </div>
  );
}
