import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import type { Talent } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { FormAlert } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { useCall } from '../calls/shared';
import { RecognitionList } from './Recognitions';
import './results.css';

const ALL = '__all';

type Person = Talent['items'][number];

/**
 * `/talent`: the talent network of the source («شبکه استعداد خبرگانی») — people whose
 * contributions were accepted in published results, by call and domain, and a search over the
 * domains' titles (Persian/Arabic-aware on the server). The filters live in the address.
 */
export function TalentPage() {
  const t = useT();
  const { locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const callId = params.get('callId') ?? '';
  const domain = callId ? (params.get('domain') ?? '') : '';
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const filtered = Boolean(callId || q);

  /** Sets (or, with '', drops) search parameters, keeping the others. */
  const setParam = (values: Record<string, string>) => {
    setParams(
      (old) => {
        const next = new URLSearchParams(old);
        for (const [name, value] of Object.entries(values)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      },
      { replace: true },
    );
  };

  // Results are published only on closed calls; only calls with published results have talent.
  const calls = useQuery({
    queryKey: ['talent', 'calls'],
    queryFn: () => unwrap(api.GET('/api/calls', { params: { query: { when: 'closed', limit: 100 } } })),
  });
  const published = (calls.data?.items ?? []).filter((c) => c.state === 'results_published');
  const call = useCall(callId);
  const domains = callId ? (call.data?.domains ?? []) : [];

  const talent = useQuery({
    queryKey: ['talent', 'list', { callId, domain, q }],
    queryFn: () => unwrap(api.GET('/api/talent', { params: { query: { callId: callId || undefined, domain: domain || undefined, q: q || undefined } } })),
    // While new filters load, the previous list stays (no flash of a spinner).
    placeholderData: keepPreviousData,
  });
  const people = talent.data?.items ?? [];

  return (
    <Page title={t('talent.title')} lead={t('talent.lead')}>
      <section className="filter-tools" aria-label={t('talent.filters')}>
        <form
          role="search"
          className="form form-inline search-form"
          onSubmit={(e) => {
            e.preventDefault();
            setParam({ q: draft.trim() });
          }}
        >
          <TextInput name="q" type="search" label={t('talent.filter.q')} description={t('talent.filter.qHelp')} value={draft} onChange={setDraft} dir="auto" />
          <SubmitButton variant="secondary">{t('talent.filter.search')}</SubmitButton>
        </form>
        <div className="filter-row results-filters">
          <SelectField<string>
            name="callId"
            label={t('talent.filter.call')}
            value={callId || ALL}
            options={[{ id: ALL, label: t('talent.filter.allCalls') }, ...published.map((c) => ({ id: c.id, label: c.title }))]}
            onChange={(v) => setParam({ callId: v === ALL ? '' : v, domain: '' })}
            isDisabled={published.length === 0 && !callId}
          />
          <SelectField<string>
            name="domain"
            label={t('talent.filter.domain')}
            value={domain || ALL}
            options={[{ id: ALL, label: t('talent.filter.allDomains') }, ...domains.map((d) => ({ id: d.key, label: d.title }))]}
            onChange={(v) => setParam({ domain: v === ALL ? '' : v })}
            isDisabled={!callId || domains.length === 0}
          />
          {filtered ? (
            <SubmitButton
              type="button"
              variant="secondary"
              onPress={() => {
                setDraft('');
                setParams({}, { replace: true });
              }}
            >
              {t('talent.filter.clear')}
            </SubmitButton>
          ) : null}
        </div>
        {!callId ? <p className="small muted results-filter-note">{t('talent.filter.domainNote')}</p> : null}
        {calls.isError ? <FormAlert error={calls.error} /> : null}
      </section>

      {talent.isPending ? (
        <Loading />
      ) : talent.isError ? (
        <FormAlert error={talent.error} />
      ) : people.length === 0 ? (
        <div className="card">
          <p className="empty" role="status">
            {filtered ? t('talent.empty') : t('talent.emptyAll')}
          </p>
        </div>
      ) : (
        <>
          <p className="muted" role="status">
            {t('talent.count', { count: people.length, n: formatNumber(people.length, locale) })}
          </p>
          <ul className="card-grid">
            {people.map((p) => (
              <PersonCard key={p.user.id} person={p} />
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}

function PersonCard({ person }: { person: Person }) {
  const t = useT();
  const { locale } = useLocale();
  const id = `talent-${person.user.id}`;
  const count = person.recognitions.length;
  return (
    <li>
      <article className="item-card results-person" aria-labelledby={id}>
        <h2 className="item-card-title" id={id}>
          <Link to={routePaths.user(person.user.id)}>
            <bdi>{person.user.name}</bdi>
          </Link>
        </h2>
        <p className="small muted">{t('talent.person.count', { count, n: formatNumber(count, locale) })}</p>
        <RecognitionList items={person.recognitions} labelledBy={id} />
      </article>
    </li>
  );
}
