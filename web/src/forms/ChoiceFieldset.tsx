import { FieldError } from './fields.tsx';

/** How the radio group looks: as the app's other form fields, or as a row of choices in the voices forms. */
const LOOKS = {
  field: { fieldset: 'field choice-fieldset', legend: 'field__label', choice: 'radio-choice', gap: null },
  voices: { fieldset: 'voices-form__choice', legend: undefined, choice: undefined, gap: ' ' },
} as const;

interface ChoiceFieldsetProps<Value extends string> {
  legend: string;
  /** The radio group's name, unique on the page. */
  name: string;
  values: readonly Value[];
  chosen: Value | null;
  onChoose: (value: Value) => void;
  labelOf: (value: Value) => string;
  look: keyof typeof LOOKS;
  /** What is wrong with the choice (none made), shown under the legend. */
  error?: string;
  /** For a form that moves the focus to the group (when it opens, or to show its error): the group becomes focusable. */
  fieldsetRef?: (element: HTMLFieldSetElement | null) => void;
}

/** One answer out of a few, as radio buttons under a legend (what was seen, how the buurt is changing, a reason). */
export function ChoiceFieldset<Value extends string>({
  legend,
  name,
  values,
  chosen,
  onChoose,
  labelOf,
  look,
  error,
  fieldsetRef,
}: ChoiceFieldsetProps<Value>) {
  const classes = LOOKS[look];
  const errorId = `${name}-error`;
  return (
    <fieldset
      ref={fieldsetRef}
      className={classes.fieldset}
      tabIndex={fieldsetRef === undefined ? undefined : -1}
      data-invalid={error === undefined ? undefined : ''}
      aria-describedby={error === undefined ? undefined : errorId}
    >
      <legend className={classes.legend}>{legend}</legend>
      <FieldError id={errorId} error={error} />
      {values.map((value) => (
        <label key={value} className={classes.choice}>
          <input type="radio" name={name} value={value} checked={chosen === value} onChange={() => onChoose(value)} />
          {classes.gap}
          {labelOf(value)}
        </label>
      ))}
    </fieldset>
  );
}
