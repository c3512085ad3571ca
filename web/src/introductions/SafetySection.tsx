import { useTranslation } from 'react-i18next';
import { sendReport, type IntroductionDetail, type IntroductionParty } from '../api/introductions.ts';
import { INTRODUCTION_REPORT_REASONS, ReportForm } from '../forms/ReportForm.tsx';

interface SafetySectionProps {
  introduction: IntroductionDetail;
  /** The resident on the other side, whom one may block; null when the other side is an organisation. */
  resident: IntroductionParty | null;
  residentBlocked: boolean;
  busy: boolean;
  onToggleBlock: (party: IntroductionParty) => void;
  onReported: (blocked: boolean, name: string | null) => void;
}

/** Block the resident on the other side, or report a request one did not ask for. */
export function SafetySection({
  introduction,
  resident,
  residentBlocked,
  busy,
  onToggleBlock,
  onReported,
}: SafetySectionProps) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="introduction-safety-heading">
      <h2 id="introduction-safety-heading">{t('introduction.safetyHeading')}</h2>
      <p>{t('introduction.safetyIntro')}</p>
      <div className="form__actions form__actions--top">
        {resident !== null && (
          <button
            type="button"
            className="button button--quiet"
            disabled={busy}
            onClick={() => onToggleBlock(resident)}
          >
            {residentBlocked
              ? t('introduction.unblock', { name: resident.name })
              : t('introduction.block', { name: resident.name })}
          </button>
        )}
        {!introduction.askedByMe && (
          <ReportForm
            reasons={INTRODUCTION_REPORT_REASONS}
            send={(report) => sendReport({ introductionId: introduction.id, ...report })}
            authorName={introduction.requestedBy}
            openLabel={t('introduction.reportRequest')}
            onReported={(blocked) => onReported(blocked, introduction.requestedBy)}
          />
        )}
      </div>
    </section>
  );
}
