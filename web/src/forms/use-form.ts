import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { sortProblems } from './api-errors.ts';
import { failureMessage, problemMessage } from './messages.ts';

export type FieldMessages<F extends string> = Partial<Record<F, string>>;

export interface Failure<F extends string> {
  alert?: string;
  fields?: FieldMessages<F>;
}

interface SubmitOptions<F extends string> {
  /** Checks in the browser before anything is sent; returns a message per invalid field. */
  validate?: () => FieldMessages<F>;
  /** The call itself, and what to do when it succeeds. */
  action: () => Promise<void>;
  /** A form's own words for a failure (the log-in's 401); undefined leaves it to the general messages. */
  describeFailure?: (error: unknown) => Failure<F> | undefined;
}

export interface Form<F extends string> {
  errors: FieldMessages<F>;
  /** A message about the form as a whole, shown above its fields. */
  alert: string | null;
  alertRef: RefObject<HTMLDivElement | null>;
  submitting: boolean;
  /** The ref of a field's input, so a failed submit can move focus to it. */
  fieldRef: (name: F) => (element: HTMLElement | null) => void;
  /** The form's onSubmit: prevents the page load, checks, sends, and shows what went wrong where it went wrong. */
  handleSubmit: (options: SubmitOptions<F>) => (event: FormEvent<HTMLFormElement>) => void;
  /** Resolves true when the action succeeded. */
  submit: (options: SubmitOptions<F>) => Promise<boolean>;
}

function hasMessages(messages: object): boolean {
  return Object.keys(messages).length > 0;
}

/**
 * The state every form here shares: one message per field (from the browser's checks or the API's 400), one for the
 * form, a busy flag, and focus on the first problem after a failed submit, so keyboard and screen-reader users land on it.
 */
export function useForm<F extends string>(fields: readonly F[]): Form<F> {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldMessages<F>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // Set by each failed submit (a new object every time): the field to focus, or null for the form's alert.
  const [focusAfterFailure, setFocusAfterFailure] = useState<{ field: F | null } | null>(null);
  const elements = useRef(new Map<F, HTMLElement>());
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(
    // Only after a failed submit, not while the visitor types.
    function focusFirstProblem() {
      if (focusAfterFailure === null) return;
      const { field } = focusAfterFailure;
      const target = field === null ? alertRef.current : elements.current.get(field);
      target?.focus();
    },
    [focusAfterFailure],
  );

  function fieldRef(name: F) {
    return function rememberField(element: HTMLElement | null): void {
      if (element === null) elements.current.delete(name);
      else elements.current.set(name, element);
    };
  }

  function fail(fieldErrors: FieldMessages<F>, formAlert: string | null): void {
    setErrors(fieldErrors);
    setAlert(formAlert);
    setFocusAfterFailure({ field: fields.find((name) => fieldErrors[name] !== undefined) ?? null });
  }

  async function submit({ validate, action, describeFailure }: SubmitOptions<F>): Promise<boolean> {
    if (submitting) return false;
    const invalid = validate?.() ?? {};
    if (hasMessages(invalid)) {
      fail(invalid, null);
      return false;
    }
    setErrors({});
    setAlert(null);
    setSubmitting(true);
    try {
      await action();
      return true;
    } catch (error) {
      const own = describeFailure?.(error);
      if (own !== undefined) {
        fail(own.fields ?? {}, own.alert ?? null);
      } else if (error instanceof ApiError && error.status === 400 && error.errors.length > 0) {
        const problems = sortProblems(error.errors, fields);
        const fieldErrors: FieldMessages<F> = {};
        for (const name of fields) {
          const problem = problems.fields[name];
          if (problem !== undefined) fieldErrors[name] = problemMessage(t, problem);
        }
        const rest = problems.rest.map((problem) => problemMessage(t, problem));
        fail(fieldErrors, rest.length > 0 ? rest.join(' ') : hasMessages(fieldErrors) ? null : error.message);
      } else {
        fail({}, failureMessage(t, error));
      }
      return false;
    } finally {
      setSubmitting(false);
    }
  }

  function handleSubmit(options: SubmitOptions<F>) {
    return function onSubmit(event: FormEvent<HTMLFormElement>): void {
      event.preventDefault();
      void submit(options);
    };
  }

  return { errors, alert, alertRef, submitting, fieldRef, handleSubmit, submit };
}

/** What a field component needs from its form: the value, how to change it, its message and the ref for focus. */
export interface BoundField<T> {
  value: T;
  onChange: (value: T) => void;
  error: string | undefined;
  inputRef: (element: HTMLElement | null) => void;
}

interface FormWithValues<V extends Record<string, unknown>> extends Form<keyof V & string> {
  values: V;
  /** Changes some values at once, as after a save. */
  setValues: (changes: Partial<V>) => void;
  /** Binds a field component to one value: `<EmailField id="…" {...form.field('email')} />`. */
  field: <K extends keyof V & string>(name: K) => BoundField<V[K]>;
}

/**
 * A form that also keeps its fields' values, starting from `initial`. Its keys are the fields, in the order they are
 * shown: after a failed submit, focus goes to the first one with a problem.
 */
export function useFormWithValues<V extends Record<string, unknown>>(initial: V): FormWithValues<V> {
  const [fields] = useState(() => Object.keys(initial) as (keyof V & string)[]);
  const form = useForm(fields);
  const [values, setAllValues] = useState(initial);

  function setValues(changes: Partial<V>): void {
    setAllValues((current) => ({ ...current, ...changes }));
  }

  function field<K extends keyof V & string>(name: K): BoundField<V[K]> {
    return {
      value: values[name],
      onChange: (value) => {
        const change: Partial<V> = {};
        change[name] = value;
        setValues(change);
      },
      error: form.errors[name],
      inputRef: form.fieldRef(name),
    };
  }

  return { ...form, values, setValues, field };
}
