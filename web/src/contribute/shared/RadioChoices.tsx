import { FieldError } from '../../forms/fields.tsx';

interface RadioChoicesProps<V extends string> {
  /** The group's class, and with "__option" and "__explained" its parts'. */
  block?: 'kind-choice' | 'visibility-choice';
  /** The radio group's name, and the start of its ids. */
  name: string;
  legend: string;
  /** Each with its label, and where a label needs it a line that explains it. */
  choices: readonly { value: V; label: string; explained?: string }[];
  chosen: string;
  onChoose: (value: V) => void;
  /** What is wrong with the choice (none made), shown under the legend. */
  error?: string;
  /** For a form that moves the focus to the group: the group becomes focusable. */
  fieldsetRef?: (element: HTMLElement | null) => void;
}

/** One of a few radio buttons, each on its own line (and, where it needs it, a line that explains it). */
export function RadioChoices<V extends string>({
  block = 'kind-choice',
  name,
  legend,
  choices,
  chosen,
  onChoose,
  error,
  fieldsetRef,
}: RadioChoicesProps<V>) {
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={`field ${block}`}
      ref={fieldsetRef}
      tabIndex={fieldsetRef === undefined ? undefined : -1}
      data-invalid={error === undefined ? undefined : ''}
      aria-describedby={error === undefined ? undefined : errorId}
    >
      <legend className="field__label">{legend}</legend>
      <FieldError id={errorId} error={error} />
      {choices.map(({ value, label, explained }) => {
        const id = `${name}-${value}`;
        return (
          <div key={value} className={`${block}__option`}>
            <input
              id={id}
              type="radio"
              name={name}
              value={value}
              checked={chosen === value}
              onChange={() => onChoose(value)}
              aria-describedby={explained === undefined ? undefined : `${id}-explained`}
            />
            <label htmlFor={id}>{label}</label>
            {explained !== undefined && (
              <p id={`${id}-explained`} className={`${block}__explained`}>
                {explained}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
