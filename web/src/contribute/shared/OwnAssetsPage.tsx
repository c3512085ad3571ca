import type { ComponentProps, ReactNode } from 'react';
import { getMe, type Me } from '../../api/me.ts';
import { type Asset, getMyAssets, getTaxonomy, type TaxonomyDomain } from '../../api/assets.ts';
import { useApiData } from '../../use-api-data.ts';
import { type ContributeKey, useContributeTranslation } from '../i18n.ts';
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

type OwnAssetType = 'place' | 'thing' | 'story';

/** The id of the heading of "my places", "my things", "my stories". */
const MINE_HEADING_IDS: Record<OwnAssetType, string> = {
  place: 'my-places-heading',
  thing: 'my-things-heading',
  story: 'my-stories-heading',
};

interface OwnAssetsPageProps<M> {
  /** `thing` takes the page's title, the saved items' heading and their kinds' labels from the texts under `thing`. */
  type: OwnAssetType;
  /** What the form needs beside the account and the tags (the buurten, for a map). */
  loadMore?: (signal: AbortSignal) => Promise<M>;
  /** Facts under a saved item's title: where it is, who sees it. */
  meta: (asset: Asset) => ReactNode;
  /** The form that adds an item; it tells `list` of each one it saved. */
  children: (data: OwnAssetsData<M>) => ReactNode;
}

/** "My places", "my things": how the saved items are listed under the form. */
type Mine = Pick<ComponentProps<typeof MyItemsSection>, 'headingId' | 'heading' | 'kindLabel' | 'meta'>;

/**
 * A page where a resident adds places, things or stories, with the ones they saved before listed under the form: for
 * logged-in accounts, shown once the account, the tags, their saved items and what else the form needs are loaded.
 */
export function OwnAssetsPage<M = undefined>({ type, meta, ...props }: OwnAssetsPageProps<M>) {
  const { t } = useContributeTranslation();
  const mine: Mine = {
    headingId: MINE_HEADING_IDS[type],
    heading: t(`${type}.mineHeading`),
    kindLabel: (asset) => t(`${type}.kinds.${asset.kind}` as ContributeKey),
    meta,
  };
  return (
    <ContributePageLayout title={t(`${type}.title`)}>
      {() => <OwnAssetsLoader type={type} mine={mine} {...props} />}
    </ContributePageLayout>
  );
}

interface OwnAssetsLoaderProps<M> extends Omit<OwnAssetsPageProps<M>, 'meta'> {
  mine: Mine;
}

function OwnAssetsLoader<M>({ type, loadMore, mine, children }: OwnAssetsLoaderProps<M>) {
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

interface OwnAssetsSectionsProps<M> extends Pick<OwnAssetsLoaderProps<M>, 'mine' | 'children'> {
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
