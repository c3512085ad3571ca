import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { commentOnItem, type AgendaItem } from '../api/agendas.ts';
import { ProblemList } from '../forms/ProblemList.tsx';
import { useAgenda } from './agenda-context.ts';
import { formatMoment, useAgendaChange } from './agenda-text.ts';

export function ItemComments({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const { agenda, language } = useAgenda();
  const id = useId();
  const [body, setBody] = useState('');
  const { busy, problems, change } = useAgendaChange();

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (await change(() => commentOnItem(item.id, body.trim()), t('agenda.commented'))) setBody('');
  }

  // Residents' words stay among those who take part: the API sends others none, and the page says so once.
  if (!agenda.you.takesPart && item.comments.length === 0) return null;
  return (
    <div className="agenda-comments">
      <h4>{t('agenda.commentsHeading', { count: item.comments.length })}</h4>
      {item.comments.length > 0 && (
        <ul>
          {item.comments.map((comment) => (
            <li key={comment.id}>
              <p className="agenda-comment__meta">
                {comment.author}, <time dateTime={comment.createdAt}>{formatMoment(comment.createdAt, language)}</time>
              </p>
              <p className="agenda-text">{comment.body}</p>
            </li>
          ))}
        </ul>
      )}
      {agenda.you.takesPart && (
        <form className="agenda-form agenda-form--inline" onSubmit={(event) => void submit(event)}>
          <label className="field__label" htmlFor={`${id}-comment`}>
            {t('agenda.commentLabel')}
          </label>
          <textarea
            id={`${id}-comment`}
            className="field__control field__control--textarea"
            rows={2}
            required
            maxLength={2000}
            value={body}
            onChange={(event) => setBody(event.target.value)}
          />
          <ProblemList problems={problems} />
          <button type="submit" className="button" disabled={busy || body.trim() === ''}>
            {busy ? t('form.busy') : t('agenda.commentSubmit')}
          </button>
        </form>
      )}
    </div>
  );
}
