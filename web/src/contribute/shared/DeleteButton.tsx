import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureMessage } from '../../forms/messages.ts';
import { type Asset, deleteAsset } from '../../api/assets.ts';
import { useContributeTranslation } from '../i18n.ts';
import { ErrorLine } from '../../forms/fields.tsx';

interface DeleteButtonProps {
  asset: Asset;
  onDeleted: (asset: Asset) => void;
}

/** Remove, after a second click that says what goes: nothing is deleted by one slip of the finger. */
export function DeleteButton({ asset, onDeleted }: DeleteButtonProps) {
  const { t } = useContributeTranslation();
  const { t: tApp } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  function ask(): void {
    setAsking(true);
    // The confirm button replaces the one that had focus.
    requestAnimationFrame(() => confirmRef.current?.focus());
  }

  function cancel(): void {
    setAsking(false);
    requestAnimationFrame(() => firstRef.current?.focus());
  }

  async function remove(): Promise<void> {
    setBusy(true);
    setProblem(null);
    try {
      await deleteAsset(asset.id);
      onDeleted(asset);
    } catch (error) {
      setProblem(failureMessage(tApp, error));
      setBusy(false);
    }
  }

  if (!asking) {
    return (
      <button ref={firstRef} type="button" className="button" onClick={ask}>
        {t('item.delete')}
        <span className="visually-hidden">: {asset.title}</span>
      </button>
    );
  }
  return (
    <div className="delete-confirm" role="group" aria-label={t('item.deleteQuestion', { title: asset.title })}>
      <p>{t('item.deleteQuestion', { title: asset.title })}</p>
      <div className="item-actions">
        <button
          ref={confirmRef}
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() => void remove()}
        >
          {busy ? tApp('form.busy') : t('item.deleteYes')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={cancel}>
          {t('item.deleteNo')}
        </button>
      </div>
      <ErrorLine problem={problem} />
    </div>
  );
}
