import { useState } from 'react';

/**
 * What a form that stays says after saving ("Saved."), until it is changed again. Spread `frame` into the `FormFrame`;
 * call `markSaved` when the save has gone through.
 */
export function useSavedStatus(message: string) {
  const [saved, setSaved] = useState(false);
  return {
    markSaved: () => setSaved(true),
    frame: { onChange: () => setSaved(false), status: saved ? message : '' },
  };
}
