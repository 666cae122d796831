import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import type { Review } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Markdown } from '../../ui/Markdown';
import { Loading, Page } from '../../ui/Page';
import { typeName, useNow, useSizeText } from '../calls/shared';
import { NotFoundPage } from '../errors/ErrorPages';
import { DeclineDialog } from './DeclineDialog';
import { Discussion } from './Discussion';
import { DeadlineText, ReviewStateBadge } from './MyReviewsPage';
import { deadlineStatus, reviewKeys, weightedScore } from './scoreModel';
import { CriterionMeta, ScoreBar, ScoreForm, WeightedValue } from './ScoreForm';
import './review.css';

const noRetryOn4xx = (count: number, error: unknown) => count < 2 && !(error instanceof ApiError && error.status > 0 && error.status < 500);

function MyReviewsCrumb({ call }: { call?: { title: string } }) {
  const t = useT();
  return (
    <nav aria-label={t('review.breadcrumb')}>
      <p className="breadcrumb">
        <Link to={routePaths.myReviews}>{t('review.mine.title')}</Link>
        {call ? (
          <>
            {' '}
            <span>
              <UserText>{call.title}</UserText>
            </span>
          </>
        ) : null}
      </p>
    </nav>
  );
}

/** `/reviews/:id`: one contribution to review, its scoring form, and (after submitting) the others' scores and the panel's discussion. */
export function ReviewPage() {
  const { id = '' } = useParams();
  const t = useT();
  const review = useQuery({
    queryKey: reviewKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/reviews/{id}', { params: { path: { id } } })),
    enabled: id !== '',
    retry: noRetryOn4xx,
  });
  if (review.isPending) return <Loading />;
  if (review.isError) {
    const e = review.error;
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) return <NotFoundPage />;
    // A conflicted reviewer: the server's message, and no contribution.
    const conflicted = e instanceof ApiError && e.code === 'conflict_of_interest';
    return (
      <Page title={t('review.page.title')} before={<MyReviewsCrumb />}>
        <FormAlert error={e} />
        {conflicted ? (
          <p>
            <Link to={routePaths.myReviews}>{t('review.page.backToList')}</Link>
          </p>
        ) : null}
      </Page>
    );
  }
  return <ReviewView review={review.data} />;
}

function BlindBadge() {
  const t = useT();
  return (
    <span className="badge review-badge-blind">
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
        <path d="M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8 12.1 12.5 8 12.5 1.5 8 1.5 8Z" fill="none" stroke="currentColor" strokeWidth="1.4" />
        <circle cx="8" cy="8" r="2" fill="currentColor" />
        <path d="M2.5 13.5 13.5 2.5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      <span>{t('review.blind')}</span>
    </span>
  );
}

function ContributionCard({ review }: { review: Review }) {
  const t = useT();
  const { locale } = useLocale();
  const size = useSizeText();
  const c = review.contribution;
  const domain = review.call.domains.find((d) => d.key === c.domainKey)?.title ?? c.domainKey;
  const group = review.call.audienceGroups.find((g) => g.key === c.audienceGroup)?.title ?? c.audienceGroup;
  return (
    <section className="card review-contribution" aria-labelledby="contribution-title">
      <h2 id="contribution-title">{t('review.contribution.title')}</h2>
      <dl className="details">
        <div>
          <dt>{t('review.field.call')}</dt>
          <dd>
            <Link to={routePaths.call(review.call.id)}>
              <UserText>{review.call.title}</UserText>
            </Link>
          </dd>
        </div>
        <div>
          <dt>{t('review.field.panel')}</dt>
          <dd>
            <UserText>{review.panel.title}</UserText>
          </dd>
        </div>
        <div>
          <dt>{t('review.field.domain')}</dt>
          <dd>
            <UserText>{domain}</UserText>
          </dd>
        </div>
        <div>
          <dt>{t('review.field.audienceGroup')}</dt>
          <dd>
            <UserText>{group}</UserText>
          </dd>
        </div>
        {c.author ? (
          <div>
            <dt>{t('review.field.author')}</dt>
            <dd>
              <Link to={routePaths.user(c.author.id)}>
                <UserText>{c.author.name}</UserText>
              </Link>
            </dd>
          </div>
        ) : null}
        {c.author && c.affiliation ? (
          <div>
            <dt>{t('review.field.affiliation')}</dt>
            <dd>
              <UserText>{c.affiliation}</UserText>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('review.field.words')}</dt>
          <dd>{formatNumber(c.words, locale)}</dd>
        </div>
      </dl>
      {review.call.blindReview && !c.author ? <p className="small muted">{t('review.blindHelp')}</p> : null}
      <h3 className="review-body-title">{t('review.contribution.text')}</h3>
      <div className="review-body">
        <Markdown source={c.body} />
      </div>
      {c.attachments.length > 0 ? (
        <>
          <h3>{t('review.contribution.attachments')}</h3>
          <ul className="calls-files">
            {c.attachments.map((a) => (
              <li key={a.id} className="calls-file">
                <svg className="calls-file-icon" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
                  <path d="M4 1.5h5l3.5 3.5v9.5H4z" fill="none" stroke="currentColor" strokeWidth="1.3" />
                  <path d="M9 1.5V5h3.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
                </svg>
                <a className="calls-file-name" href={`/api/reviews/${encodeURIComponent(review.id)}/attachments/${encodeURIComponent(a.id)}`} download={a.name}>
                  <bdi>{a.name}</bdi>
                </a>
                <span className="small muted">
                  {typeName(a.type)} · {size(a.size)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** My saved scores, read only (after the deadline or once results are published). */
function ReadOnlyReview({ review }: { review: Review }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <section className="card review-form-card" aria-labelledby="score-title">
      <h2 id="score-title">{t('review.form.title')}</h2>
      {review.state !== 'submitted' ? <p className="muted">{t('review.readOnly.notSubmitted')}</p> : null}
      {review.criteria.map((c) => {
        const s = review.scores[c.key];
        return (
          <div key={c.key} className="review-criterion review-criterion-readonly">
            <h3 className="review-criterion-title">
              <bdi dir="auto">{c.title}</bdi>
            </h3>
            <CriterionMeta c={c} />
            <p>
              <span className="review-ro-label">{t('review.form.score')}:</span>{' '}
              {s?.score === null || s?.score === undefined ? '—' : t('review.score.ofMax', { n: formatNumber(s.score, locale), max: formatNumber(c.scaleMax, locale) })}
            </p>
            {s?.comment ? (
              <p className="prewrap" dir="auto">
                {s.comment}
              </p>
            ) : null}
          </div>
        );
      })}
      <div>
        <h3>{t('review.form.comment')}</h3>
        {review.comment ? (
          <p className="prewrap" dir="auto">
            {review.comment}
          </p>
        ) : (
          <p className="muted">—</p>
        )}
      </div>
      <div className="review-live">
        <p className="review-live-label">{t('review.score.weighted')}</p>
        <p className="review-live-value">
          <WeightedValue value={review.weighted ?? weightedScore(review.criteria, review.scores)} />
        </p>
        <ScoreBar value={review.weighted ?? weightedScore(review.criteria, review.scores)} />
      </div>
    </section>
  );
}

function DisagreementFlag() {
  const t = useT();
  return (
    <p className="review-disagreement">
      <svg aria-hidden="true" viewBox="0 0 16 16" width="18" height="18">
        <path d="M8 1.5 15 14H1z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
        <path d="M8 6v4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        <circle cx="8" cy="12" r="0.9" fill="currentColor" />
      </svg>
      <span>
        <strong>{t('review.others.disagreement')}</strong> {t('review.others.disagreementHelp')}
      </span>
    </p>
  );
}

/** The other reviewers' submitted scores and comments, shown once mine is submitted. */
function OthersSection({ review }: { review: Review }) {
  const t = useT();
  const { locale } = useLocale();
  const others = review.others ?? [];
  const num = (n: number | null) => (n === null ? '—' : formatNumber(n, locale));
  const mine = { scores: review.scores, weighted: review.weighted };
  return (
    <section className="card review-others" aria-labelledby="others-title">
      <h2 id="others-title">{t('review.others.title')}</h2>
      {review.disagreement ? <DisagreementFlag /> : null}
      <dl className="details details-inline review-figures">
        <div>
          <dt>{t('review.others.average')}</dt>
          <dd>{num(review.average)}</dd>
        </div>
        <div>
          <dt>{t('review.others.spread')}</dt>
          <dd>{num(review.spread)}</dd>
        </div>
        <div>
          <dt>{t('review.others.count')}</dt>
          <dd>{formatNumber(others.length + 1, locale)}</dd>
        </div>
      </dl>
      {others.length === 0 ? (
        <p className="muted">{t('review.others.none')}</p>
      ) : (
        <>
          <div className="review-table-wrap" role="region" aria-labelledby="others-caption" tabIndex={0}>
            <table className="review-table">
              <caption id="others-caption">{t('review.others.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('review.others.criterion')}</th>
                  <th scope="col">{t('review.others.you')}</th>
                  {others.map((o, i) => (
                    <th scope="col" key={i}>
                      <UserText>{o.reviewer.name}</UserText>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {review.criteria.map((c) => (
                  <tr key={c.key}>
                    <th scope="row">
                      <bdi dir="auto">{c.title}</bdi>{' '}
                      <span className="small muted review-nowrap">{t('review.criterion.scaleShort', { min: formatNumber(c.scaleMin, locale), max: formatNumber(c.scaleMax, locale) })}</span>
                    </th>
                    <td>{num(mine.scores[c.key]?.score ?? null)}</td>
                    {others.map((o, i) => (
                      <td key={i}>{num(o.scores[c.key]?.score ?? null)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('review.score.weighted')}</th>
                  <td>{num(mine.weighted)}</td>
                  {others.map((o, i) => (
                    <td key={i}>{num(o.weighted)}</td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
          <h3>{t('review.others.comments')}</h3>
          <ul className="review-comments">
            {others.map((o, i) => {
              const lines = review.criteria.flatMap((c) => (o.scores[c.key]?.comment ? [{ c, text: o.scores[c.key]!.comment }] : []));
              return (
                <li key={i} className="review-comment">
                  <p className="review-comment-who">
                    <UserText>{o.reviewer.name}</UserText>
                    <span className="small muted">
                      {' '}
                      · {t('review.score.weighted')}: {num(o.weighted)}
                    </span>
                  </p>
                  {lines.length > 0 ? (
                    <dl className="review-comment-lines">
                      {lines.map(({ c, text }) => (
                        <div key={c.key}>
                          <dt>
                            <bdi dir="auto">{c.title}</bdi>
                          </dt>
                          <dd className="prewrap" dir="auto">
                            {text}
                          </dd>
                        </div>
                      ))}
                    </dl>
                  ) : null}
                  {o.comment ? (
                    <p className="prewrap" dir="auto">
                      <span className="review-ro-label">{t('review.others.overall')}:</span> {o.comment}
                    </p>
                  ) : null}
                  {lines.length === 0 && !o.comment ? <p className="muted small">{t('review.others.noComments')}</p> : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

function ReviewView({ review }: { review: Review }) {
  const t = useT();
  const now = useNow(review.deadline ? [review.deadline] : []);
  const c = review.contribution;
  const submitted = review.state === 'submitted';
  const closedReason = review.editable ? null : deadlineStatus(review.deadline, now).kind === 'passed' ? 'deadline' : 'published';
  // A save refused because the review closed meanwhile: the server's word stays once the form has gone.
  const [refused, setRefused] = useState<ApiError | null>(null);
  return (
    <Page title={t('review.page.titleWith', { title: c.title })} heading={<bdi dir="auto">{c.title}</bdi>} before={<MyReviewsCrumb call={review.call} />}>
      <div className="badge-row">
        <ReviewStateBadge state={review.state} />
        {review.call.blindReview && !review.contribution.author ? <BlindBadge /> : null}
        <span className="small">
          <span className="muted">{t('review.field.deadline')}:</span> <DeadlineText deadline={review.deadline} />
        </span>
      </div>
      {closedReason && refused ? (
        <FormAlert error={refused} />
      ) : closedReason ? (
        <div className="alert alert-info">
          <p>{closedReason === 'deadline' ? t('review.readOnly.deadline') : t('review.readOnly.published')}</p>
        </div>
      ) : null}
      <div className="review-layout">
        <div className="review-layout-contribution">
          <ContributionCard review={review} />
        </div>
        <div className="review-layout-form">
          {review.editable ? <ScoreForm key={review.id} review={review} onConflict={setRefused} /> : <ReadOnlyReview review={review} />}
          {review.state === 'assigned' && closedReason !== 'published' ? <DeclineDialog reviewId={review.id} /> : null}
        </div>
      </div>
      {review.others ? (
        <OthersSection review={review} />
      ) : review.editable ? (
        <div className="alert alert-info review-others-note">
          <p>{t('review.others.afterSubmit')}</p>
        </div>
      ) : null}
      {submitted ? (
        <div className="card review-discussion">
          <Discussion panelId={review.panel.id} contributionId={c.id} headingLevel={2} />
        </div>
      ) : null}
    </Page>
  );
}
