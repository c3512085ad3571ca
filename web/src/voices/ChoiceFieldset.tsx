interface ChoiceFieldsetProps<Value extends string> {
  legend: string;
  /** The radio group's name, unique on the page. */
  name: string;
  values: readonly Value[];
  chosen: Value | null;
  onChoose: (value: Value) => void;
  labelOf: (value: Value) => string;
}

/** One answer out of a few, as radio buttons under a legend (what was seen, how the buurt is changing). */
export function ChoiceFieldset<Value extends string>({
  legend,
  name,
  values,
  chosen,
  onChoose,
  labelOf,
}: ChoiceFieldsetProps<Value>) {
  return (
    <fieldset className="voices-form__choice">
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value}>
          <input type="radio" name={name} value={value} checked={chosen === value} onChange={() => onChoose(value)} />{' '}
          {labelOf(value)}
        </label>
      ))}
    </fieldset>
  );
}
