import type { ReactNode, Ref } from 'react';
import type { HowOften, TaxonomyDomain, Visibility } from '../../api/assets.ts';
import { Options, SelectField, TextAreaField, TextField } from '../../forms/fields.tsx';
import type { Form } from '../../forms/use-form.ts';
import { useContributeTranslation } from '../i18n.ts';
import { DEFAULT_VISIBILITY, HOW_OFTEN } from '../../../../api/assets/asset-kinds.ts';
import { RadioChoices } from './RadioChoices.tsx';
import { TagPicker } from './TagPicker.tsx';
import { VisibilityRadios } from './VisibilityChoice.tsx';

/** What every asset has, as typed into a form: its kind, title, description, tags and who may see it. */
export interface AssetDraft<K extends string> {
  /** '' while a drop-down still says "choose". */
  kind: K;
  title: string;
  description: string;
  tags: string[];
  visibility: Visibility;
}

export function emptyAssetDraft<K extends string>(): AssetDraft<K | ''> {
  return { kind: '', title: '', description: '', tags: [], visibility: DEFAULT_VISIBILITY };
}

/** After saving: the text goes, the choices stay (several items are often added in a row, all for the same people). */
export function draftAfterSaving<D extends AssetDraft<string>>(draft: D): D {
  return { ...draft, title: '', description: '', tags: [] };
}

/** The text of a draft as the API takes it: trimmed, and an empty description left out. */
export function assetText(draft: Pick<AssetDraft<string>, 'title' | 'description' | 'tags'>) {
  const description = draft.description.trim();
  return { title: draft.title.trim(), ...(description === '' ? {} : { description }), tags: draft.tags };
}

type AssetField = 'kind' | 'title' | 'description' | 'tags';

/** A kind as a drop-down (its options given) or as radio buttons (its choices labelled). */
type KindChoice<K extends string> =
  | { style: 'select'; label: string; emptyLabel: string; options: ReactNode }
  | { style: 'radios'; legend: string; choices: readonly { value: K; label: string }[] };

/** The `<option>`s of a kind drop-down. */
export function kindOptions<K extends string>(kinds: readonly K[], labelOf: (kind: K) => string): ReactNode {
  return kinds.map((kind) => (
    <option key={kind} value={kind}>
      {labelOf(kind)}
    </option>
  ));
}

export interface AssetFieldsProps<K extends string> {
  /** The start of each control's id: `thing` gives `thing-kind`, `thing-title`… */
  idPrefix: string;
  draft: AssetDraft<K>;
  onChange: (changes: Partial<AssetDraft<K>>) => void;
  form: Pick<Form<AssetField>, 'errors' | 'fieldRef'>;
  taxonomy: readonly TaxonomyDomain[];
  /** Left out where the kind is fixed (one kind to a step, or editing). */
  kind?: KindChoice<K>;
  title: { label: string; hint?: string; inputRef?: Ref<HTMLInputElement>; autoFocus?: boolean };
  description?: { label?: string; hint?: string; rows?: number };
  tags?: {
    legend?: string;
    hint?: string;
    /** Where the tags go: after `between` (the default), before the title, or there folded in a disclosure. */
    placement?: 'first' | 'folded';
    foldedSummary?: string;
  };
  /** Fields of this type of asset between the description and the tags (a shape, how often). */
  between?: ReactNode;
  /** Fields of this type of asset after the tags (an owner, a buurt, a pin). */
  children?: ReactNode;
  /** Asks who may see it (the last field): residents' own items only. */
  askVisibility?: boolean;
}

/** The fields every asset form shares, in one order, with one set of ids, labels and error places. */
export function AssetFields<K extends string>(props: AssetFieldsProps<K>) {
  const {
    idPrefix,
    draft,
    onChange,
    form,
    taxonomy,
    kind,
    title,
    description = {},
    tags = {},
    between,
    children,
  } = props;
  const { t } = useContributeTranslation();
  const rememberTitleField = form.fieldRef('title');

  const tagPicker = (
    <TagPicker
      taxonomy={taxonomy}
      selected={draft.tags}
      onChange={(next) => onChange({ tags: next })}
      legend={tags.legend ?? t('add.tags')}
      hint={tags.hint}
      error={form.errors.tags}
      groupRef={form.fieldRef('tags')}
    />
  );

  return (
    <>
      {kind?.style === 'select' && (
        <SelectField
          id={`${idPrefix}-kind`}
          label={kind.label}
          value={draft.kind}
          onChange={(event) => onChange({ kind: event.target.value as K })}
          error={form.errors.kind}
          selectRef={form.fieldRef('kind')}
        >
          <option value="">{kind.emptyLabel}</option>
          {kind.options}
        </SelectField>
      )}
      {kind?.style === 'radios' && (
        <RadioChoices
          name={`${idPrefix}-kind`}
          legend={kind.legend}
          choices={kind.choices}
          chosen={draft.kind}
          onChoose={(value) => onChange({ kind: value })}
          fieldsetRef={form.fieldRef('kind')}
        />
      )}
      {tags.placement === 'first' && tagPicker}
      <TextField
        id={`${idPrefix}-title`}
        label={title.label}
        hint={title.hint}
        value={draft.title}
        maxLength={120}
        onChange={(event) => onChange({ title: event.target.value })}
        error={form.errors.title}
        autoFocus={title.autoFocus}
        inputRef={(element: HTMLInputElement | null) => {
          rememberTitleField(element);
          if (typeof title.inputRef === 'function') title.inputRef(element);
          else if (title.inputRef) title.inputRef.current = element;
        }}
      />
      <TextAreaField
        id={`${idPrefix}-description`}
        label={description.label ?? t('add.description')}
        hint={description.hint}
        value={draft.description}
        rows={description.rows}
        maxLength={2000}
        onChange={(event) => onChange({ description: event.target.value })}
        error={form.errors.description}
        textAreaRef={form.fieldRef('description')}
      />
      {between}
      {tags.placement === undefined && tagPicker}
      {tags.placement === 'folded' && (
        <details
          className="add-item__tags"
          open={draft.tags.length > 0 || form.errors.tags !== undefined ? true : undefined}
        >
          <summary>{tags.foldedSummary}</summary>
          {tagPicker}
        </details>
      )}
      {children}
      {props.askVisibility === true && (
        <VisibilityRadios value={draft.visibility} onChange={(visibility) => onChange({ visibility })} />
      )}
    </>
  );
}

interface HowOftenFieldProps {
  id: string;
  value: HowOften | '';
  onChange: (howOften: HowOften | '') => void;
  error?: string;
  selectRef: Ref<HTMLSelectElement>;
}

/** How often someone can give their time or skill; unknown is a choice too. */
export function HowOftenField({ id, value, onChange, error, selectRef }: HowOftenFieldProps) {
  const { t } = useContributeTranslation();
  return (
    <SelectField
      id={id}
      label={t('add.howOften')}
      value={value}
      onChange={(event) => onChange(event.target.value as HowOften | '')}
      error={error}
      selectRef={selectRef}
    >
      <Options
        none={t('howOften.unknown')}
        options={HOW_OFTEN.map((choice) => ({ value: choice, label: t(`howOften.${choice}`) }))}
      />
    </SelectField>
  );
}
