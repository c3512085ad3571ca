import { useTranslation } from 'react-i18next';
import type { IntroductionDetail } from '../api/introductions.ts';

interface IntroductionPartiesProps {
  introduction: IntroductionDetail;
  /** The other side's names, joined. */
  otherName: string;
  busy: boolean;
  onMet: () => void;
}

/** Both sides and their answers (never who declined), and for an accepted introduction the "we met" button. */
export function IntroductionParties({ introduction, otherName, busy, onMet }: IntroductionPartiesProps) {
  const { t } = useTranslation();
  const isParty = introduction.myParty !== null;
  return (
    <section className="section" aria-labelledby="introduction-parties-heading">
      <h2 id="introduction-parties-heading">{t('introduction.partiesHeading')}</h2>
      <ul className="party-list">
        {introduction.parties.map((party) => (
          <li key={party.position} className="party">
            <span className="party__name">
              {party.name}
              {party.position === introduction.myParty && (
                <> {party.kind === 'resident' ? t('introduction.you') : t('introduction.yourOrganisation')}</>
              )}
            </span>{' '}
            <span className="facts__note">({t(`introduction.kind-${party.kind}`)})</span>
            {/* A decline is quiet: it is not said who declined. */}
            {introduction.status !== 'declined' && (
              <span className="party__answer">
                {' '}
                · {t(`introduction.answer-${party.answer === 'accepted' ? 'accepted' : 'pending'}`)}
              </span>
            )}
          </li>
        ))}
      </ul>
      {introduction.status === 'declined' && <p className="introduction__declined">{t('introduction.declined')}</p>}
      {introduction.status === 'asked' && !introduction.canAnswer && isParty && (
        <p>{t('introduction.waiting', { name: otherName })}</p>
      )}
      {introduction.status === 'met' && <p>{t('introduction.met')}</p>}
      {introduction.status === 'accepted' && isParty && (
        <div className="form__actions">
          <button type="button" className="button" disabled={busy} onClick={onMet}>
            {t('introduction.metButton')}
          </button>
        </div>
      )}
    </section>
  );
}

interface AnswerSectionProps {
  otherName: string;
  busy: boolean;
  onAnswer: (given: 'accept' | 'decline') => void;
}

export function AnswerSection({ otherName, busy, onAnswer }: AnswerSectionProps) {
  const { t } = useTranslation();
  return (
    <section className="section section--answer" aria-labelledby="introduction-answer-heading">
      <h2 id="introduction-answer-heading">{t('introduction.answerHeading')}</h2>
      <p>{t('introduction.answerIntro', { name: otherName })}</p>
      <div className="form__actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => onAnswer('accept')}>
          {t('introduction.accept')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => onAnswer('decline')}>
          {t('introduction.decline')}
        </button>
      </div>
    </section>
  );
}
