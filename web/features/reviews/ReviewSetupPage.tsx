import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { Page } from '../../ui/Page';
import { CallsBreadcrumb, CallStateBadge } from '../calls-admin/CallsBreadcrumb';
import { type Call, type CallState } from '../calls-admin/model';
import { PanelsSection } from './PanelEditor';
import { ReviewReportSection } from './ReviewReportSection';
import { RubricSection } from './RubricEditor';
import '../formation/formation.css';
import '../calls-admin/calls-admin.css';
import './review-setup.css';
import { ForCallManagers } from '../calls-admin/ForCallManagers';

/** `/calls/:id/review`: the call's scoring rubric, its review panels and their members, and the review report. */
export function ReviewSetupPage() {
  const t = useT();
  return <ForCallManagers title={t('reviewSetup.title')}>{(call) => <ReviewSetup call={call} />}</ForCallManagers>;
}

const STATE_HINT: Record<CallState, 'reviewSetup.hint.before' | 'reviewSetup.hint.closed' | 'reviewSetup.hint.underReview' | 'reviewSetup.hint.published'> = {
  draft: 'reviewSetup.hint.before',
  scheduled: 'reviewSetup.hint.before',
  open: 'reviewSetup.hint.before',
  closed: 'reviewSetup.hint.closed',
  under_review: 'reviewSetup.hint.underReview',
  results_published: 'reviewSetup.hint.published',
};

function ReviewSetup({ call }: { call: Call }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const heading = <Msg id="reviewSetup.heading" values={{ title: <UserText>{call.title}</UserText> }} />;

  return (
    <Page title={`${t('reviewSetup.title')}: ${call.title}`} heading={heading} before={<CallsBreadcrumb call={call} />}>
      <div className="calls-admin-meta">
        <CallStateBadge state={call.state} />
        <span className="muted small">{t('callAdmin.meta.closes', { date: formatDateTime(call.closesAt, locale, { arCalendar }) })}</span>
        <span className="muted small">{call.blindReview ? t('reviewSetup.blind') : t('reviewSetup.open')}</span>
        <Link to={routePaths.manageCall(call.id)} className="small">
          {t('callAdmin.backToManage')}
        </Link>
      </div>
      <p className="alert alert-info rs-state">
        {t(STATE_HINT[call.state])}{' '}
        {call.state === 'under_review' || call.state === 'closed' ? <Link to={routePaths.manageCall(call.id)}>{t('reviewSetup.hint.manageLink')}</Link> : null}
      </p>

      <nav className="rs-toc" aria-label={t('reviewSetup.toc')}>
        <ul>
          <li>
            <a href="#review-rubric">{t('reviewSetup.rubric.title')}</a>
          </li>
          <li>
            <a href="#review-panels">{t('reviewSetup.panels.title')}</a>
          </li>
          <li>
            <a href="#review-report">{t('reviewSetup.report.title')}</a>
          </li>
        </ul>
      </nav>

      <RubricSection call={call} />
      <PanelsSection call={call} />
      <ReviewReportSection call={call} />
    </Page>
  );
}
