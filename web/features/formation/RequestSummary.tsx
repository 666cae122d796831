import type { ReactNode } from 'react';
import type { FormationRequest } from '../../api/types';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/messages';
import { Msg, useT } from '../../i18n/useT';
import { Ltr, UserText } from '../../ui/Bidi';
import { APPLICANT_FIELDS, applicantLabel, type RequestState, type Step } from './model';
import './formation.css';

/** The request's state as a coloured label (the text says it; the colour only repeats it). */
export function StateBadge({ state }: { state: RequestState }) {
  const t = useT();
  return <span className={`badge badge-dot formation-badge-${state}`}>{t(`formation.state.${state}` as const)}</span>;
}

type Level = 2 | 3;

function Heading({ level, id, children }: { level: Level | 4; id?: string; children: ReactNode }) {
  if (level === 2) return <h2 id={id}>{children}</h2>;
  if (level === 3) return <h3 id={id}>{children}</h3>;
  return <h4 id={id}>{children}</h4>;
}

/** A label and the applicant's text (or "not provided"). */
function Item({ label, value, ltr, multiline }: { label: string; value: string | ReactNode; ltr?: boolean; multiline?: boolean }) {
  const t = useT();
  const empty = typeof value === 'string' && value.trim() === '';
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {empty ? (
          <span className="muted">{t('formation.notProvided')}</span>
        ) : typeof value !== 'string' ? (
          value
        ) : ltr ? (
          <Ltr>{value}</Ltr>
        ) : (
          <span dir="auto" className={multiline ? 'prewrap' : undefined}>
            {value}
          </span>
        )}
      </dd>
    </div>
  );
}

interface SummaryProps {
  request: FormationRequest;
  /** h2 for a page of its own, h3 inside a step. */
  headingLevel?: Level;
  /** When given, each part gets an "Edit" button that opens its step. */
  onEdit?: (step: Step) => void;
  /** Ids are prefixed with this, so two summaries never clash. */
  idPrefix?: string;
}

/** The whole form, read only: section A, section B (step by step), the applicant's confirmation. */
export function RequestSummary({ request: r, headingLevel = 2, onEdit, idPrefix = 'summary' }: SummaryProps) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const sub = (headingLevel + 1) as Level | 4;
  const notSet = <span className="muted">{t('formation.notProvided')}</span>;

  const group = (step: Step, title: MessageId, level: Level | 4, children: ReactNode) => {
    const id = `${idPrefix}-${step}`;
    return (
      <section className="formation-summary-group" aria-labelledby={id}>
        <div className="formation-summary-head">
          <Heading level={level} id={id}>
            {t(title)}
          </Heading>
          {onEdit ? (
            <button
              type="button"
              className="button button-secondary formation-small-button"
              aria-label={t('formation.actions.editSection', { section: t(title) })}
              onClick={() => onEdit(step)}
            >
              {t('formation.actions.edit')}
            </button>
          ) : null}
        </div>
        {children}
      </section>
    );
  };

  return (
    <div className="formation-summary">
      <div className="card">
        {group(
          'applicant',
          'formation.section.applicant',
          headingLevel,
          <dl className="details formation-details-grid">
            {APPLICANT_FIELDS.map((f) => (
              <Item key={f} label={t(applicantLabel(f))} value={r.applicant[f]} ltr={f === 'email' || f === 'phone' || f === 'fax'} multiline={f === 'address'} />
            ))}
          </dl>,
        )}
      </div>

      <section className="card" aria-labelledby={`${idPrefix}-b`}>
        <Heading level={headingLevel} id={`${idPrefix}-b`}>
          {t('formation.section.community')}
        </Heading>
        {group(
          'community',
          'formation.step.community',
          sub,
          <dl className="details">
            <Item label={t('formation.field.title')} value={r.title} />
            <Item label={t('formation.field.domain')} value={r.domain} multiline />
            <Item label={t('formation.field.goals')} value={r.goals} multiline />
            <Item label={t('formation.field.rationale')} value={r.rationale} multiline />
          </dl>,
        )}
        {group(
          'scope',
          'formation.step.scope',
          sub,
          <dl className="details">
            <Item label={t('formation.field.scope')} value={r.scope} multiline />
            <Item label={t('formation.field.level')} value={r.level ? t(`level.${r.level}` as const) : notSet} />
            <Item label={t('formation.field.geography')} value={r.geography ? t(`geography.${r.geography}` as const) : notSet} />
            <Item label={t('formation.field.kind')} value={r.kind ? t(`kind.${r.kind}` as const) : notSet} />
          </dl>,
        )}
        {group('core', 'formation.field.coreMembers', sub, <CoreList request={r} />)}
        {group(
          'network',
          'formation.step.network',
          sub,
          <dl className="details">
            <Item label={t('formation.field.platforms')} value={r.platforms} multiline />
            <Item label={t('formation.field.knowledgeTools')} value={r.knowledgeTools} multiline />
          </dl>,
        )}
        {group(
          'support',
          'formation.step.support',
          sub,
          <dl className="details">
            <Item
              label={t('formation.field.hasPriorExperience')}
              value={r.hasPriorExperience === null ? notSet : r.hasPriorExperience ? t('common.yes') : t('common.no')}
            />
            {r.hasPriorExperience ? <Item label={t('formation.field.priorExperience')} value={r.priorExperience} multiline /> : null}
            <Item label={t('formation.field.funding')} value={r.funding} multiline />
            <Item label={t('formation.field.supportNeeded')} value={r.supportNeeded} multiline />
          </dl>,
        )}
      </section>

      <section className="card" aria-labelledby={`${idPrefix}-signature`}>
        <Heading level={headingLevel} id={`${idPrefix}-signature`}>
          {t('formation.section.signature')}
        </Heading>
        {r.acknowledgedAt ? (
          <p className="formation-signature">
            <span aria-hidden="true" className="formation-signature-mark">
              ✓
            </span>{' '}
            <Msg
              id="formation.ack.signed"
              values={{ name: <UserText>{r.applicant.name}</UserText>, date: formatDate(r.acknowledgedAt, locale, { arCalendar }) }}
            />
          </p>
        ) : (
          <p className="muted">{t('formation.ack.notYet')}</p>
        )}
      </section>
    </div>
  );
}

/** The founding core: the applicant (chair) first, then the proposed members. */
export function CoreList({ request: r }: { request: FormationRequest }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <ol className="formation-core-list">
      <li className="formation-core-item">
        <span className="formation-core-number" aria-hidden="true">
          {formatNumber(1, locale)}
        </span>
        <div className="formation-core-main">
          <UserText>{r.applicant.name || t('formation.core.applicant')}</UserText>
          <span className="formation-role">{t('role.chair')}</span>
        </div>
        <div className="muted small">
          {t('formation.core.applicant')}
          {[r.applicant.position, r.applicant.organization].filter(Boolean).map((x, i) => (
            <span key={i}>
              {' · '}
              <bdi>{x}</bdi>
            </span>
          ))}
        </div>
      </li>
      {r.coreMembers.map((m, i) => (
        <li key={i} className="formation-core-item">
          <span className="formation-core-number" aria-hidden="true">
            {formatNumber(i + 2, locale)}
          </span>
          <div className="formation-core-main">
            <UserText>{m.name}</UserText>
            <span className="formation-role">{t(`role.${m.role}` as const)}</span>
          </div>
          <div className="muted small">
            {m.userId ? t('formation.core.registered') : t('formation.core.notRegistered')}
            {!m.userId && m.email ? (
              <>
                {' '}
                <Ltr>{m.email}</Ltr>
              </>
            ) : null}
            {[m.position, m.organization].filter(Boolean).map((x, j) => (
              <span key={j}>
                {' · '}
                <bdi>{x}</bdi>
              </span>
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** What happened to the request, oldest first: action, who, when, and the comment. */
export function RequestHistory({ request, headingLevel = 2 }: { request: FormationRequest; headingLevel?: Level }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  return (
    <section className="card" aria-labelledby="request-history-title">
      <Heading level={headingLevel} id="request-history-title">
        {t('formation.history.title')}
      </Heading>
      <ol className="formation-history">
        {request.history.map((e, i) => (
          <li key={i} className={`formation-history-item formation-history-${e.action}`}>
            <div className="formation-history-line">
              <strong>{t(`formation.history.${e.action}` as const)}</strong>
              {e.actorName ? (
                <span>
                  {' '}
                  <Msg id="formation.history.by" values={{ name: <UserText>{e.actorName}</UserText> }} />
                </span>
              ) : null}
              <span className="muted small">
                {' · '}
                <time dateTime={e.at}>{formatDateTime(e.at, locale, { arCalendar })}</time>
              </span>
            </div>
            {e.comment ? (
              <p className="formation-comment prewrap" dir="auto">
                {e.comment}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
