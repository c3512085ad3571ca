import { useState, type FormEvent } from 'react';
import type { Asset } from '../../api/assets.ts';
import { useForm, type FieldMessages, type Form } from '../../forms/use-form.ts';
import { useContributeTranslation, type ContributeKey } from '../i18n.ts';
import { draftAfterSaving, emptyAssetDraft, type AssetDraft } from './AssetFields.tsx';
import { useDescribeFailure } from './problems.ts';

interface NewAssetOptions<K extends string, F extends string> {
  /** The form's fields in the order a failed submit looks for the first problem; kind and title among them. */
  fields: readonly F[];
  /** What to say when no kind was chosen. */
  kindRequired: ContributeKey;
  /** The form's further checks, beside "choose a kind" and "give it a title". */
  validate?: (draft: AssetDraft<K | ''>) => FieldMessages<F>;
  /** The form's own words for a field and rule the API turned down (see `useDescribeFailure`). */
  ownMessages?: Parameters<typeof useDescribeFailure>[1];
  /** Sends the draft (with its kind chosen) and answers the new item. */
  create: (draft: AssetDraft<K>) => Promise<Asset>;
  /** After the item was saved (the draft has been emptied already). */
  onCreated: (asset: Asset) => void;
}

interface NewAsset<K extends string, F extends string> {
  draft: AssetDraft<K | ''>;
  change: (changes: Partial<AssetDraft<K | ''>>) => void;
  form: Form<F>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The polite announcement of what was just done; `setStatus` for the page's other actions. */
  status: string;
  setStatus: (status: string) => void;
}

/**
 * A form that adds one item after another (a thing, a story, an organisation's offer): the draft, the checks every
 * item shares, the call, and "saved" with the text cleared and the choices kept for the next one.
 */
export function useNewAsset<K extends string, F extends string>(
  options: NewAssetOptions<K, F | 'kind' | 'title'>,
): NewAsset<K, F | 'kind' | 'title'> {
  const { t } = useContributeTranslation();
  const [draft, setDraft] = useState(emptyAssetDraft<K>());
  const [status, setStatus] = useState('');
  const form = useForm(options.fields);
  const describeFailure = useDescribeFailure(options.fields, options.ownMessages);

  const onSubmit = form.handleSubmit({
    validate: () => {
      const problems: FieldMessages<F | 'kind' | 'title'> = options.validate?.(draft) ?? {};
      if (draft.kind === '') problems.kind = t(options.kindRequired);
      if (draft.title.trim() === '') problems.title = t('add.titleRequired');
      return problems;
    },
    describeFailure,
    action: async () => {
      const { kind } = draft;
      if (kind === '') return;
      const asset = await options.create({ ...draft, kind });
      setDraft(draftAfterSaving);
      options.onCreated(asset);
      setStatus(t('add.saved', { title: asset.title }));
    },
  });

  return {
    draft,
    change: (changes) => setDraft((previous) => ({ ...previous, ...changes })),
    form,
    onSubmit,
    status,
    setStatus,
  };
}
