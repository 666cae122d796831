import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { api, unwrap } from '../../api/client';
import type { CalendarFeed } from '../../api/types';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { Loading } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { minutesKeys } from './minutesModel';
import './minutes.css';

/** The private link, shown once: read-only, left to right, with a copy button. */
function FeedLink({ url }: { url: string }) {
  const t = useT();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [url]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      inputRef.current?.select();
      setCopied('no');
    }
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setCopied(null), 4000);
  };
  return (
    <div className="feed-link">
      <label className="field-label" htmlFor="feed-url">
        {t('meetings.feed.link')}
      </label>
      <div className="feed-link-row">
        <input id="feed-url" ref={inputRef} className="field-input feed-link-input" dir="ltr" readOnly value={url} onFocus={(e) => e.currentTarget.select()} aria-describedby="feed-url-help" />
        <Button className="button button-secondary button-compact feed-copy" onPress={() => void copy()}>
          {t('meetings.feed.copy')}
        </Button>
      </div>
      <p className="small muted" role="status">
        {copied === 'yes' ? t('meetings.feed.copied') : copied === 'no' ? t('meetings.feed.copyFailed') : ''}
      </p>
      <div id="feed-url-help" className="feed-help">
        <p>{t('meetings.feed.onceWarning')}</p>
        <ul className="small">
          <li>{t('meetings.feed.howGoogle')}</li>
          <li>{t('meetings.feed.howOutlook')}</li>
          <li>{t('meetings.feed.howApple')}</li>
        </ul>
      </div>
    </div>
  );
}

/** My private calendar feed: every meeting I am invited to, as a subscription for my calendar app. */
export function CalendarFeedBox() {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const queryClient = useQueryClient();
  const feed = useQuery({ queryKey: minutesKeys.feed, queryFn: () => unwrap(api.GET('/api/me/calendar-feed')) });
  const [fresh, setFresh] = useState<CalendarFeed | null>(null);
  const [revoked, setRevoked] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const renew = useMutation({
    mutationFn: () => unwrap(api.POST('/api/me/calendar-feed')),
    onSuccess: (f) => {
      setFresh(f);
      setRevoked(false);
      queryClient.setQueryData(minutesKeys.feed, { ...f, url: null });
    },
  });
  useEffect(() => {
    if (renew.isError) alertRef.current?.focus();
  }, [renew.isError, renew.error]);

  const state = feed.data;
  return (
    <section className="card feed-box" aria-labelledby="feed-title">
      <h2 id="feed-title">{t('meetings.feed.title')}</h2>
      <p>{t('meetings.feed.lead')}</p>
      {feed.isPending ? (
        <Loading />
      ) : feed.isError ? (
        <FormAlert error={feed.error} />
      ) : (
        <>
          {revoked ? <StatusMessage>{t('meetings.feed.revoked')}</StatusMessage> : null}
          {fresh?.url ? null : state?.exists && state.createdAt ? (
            <p className="small">
              <Msg id="meetings.feed.exists" values={{ date: <time dateTime={state.createdAt}>{formatDateTime(state.createdAt, locale, { arCalendar })}</time> }} />
            </p>
          ) : !revoked ? (
            <p className="small muted">{t('meetings.feed.none')}</p>
          ) : null}
          {fresh?.url ? <FeedLink url={fresh.url} /> : null}
          {renew.isError ? <FormAlert ref={alertRef} error={renew.error} /> : null}
          <div className="form-actions">
            {state?.exists ? (
              <ConfirmAction
                label={t('meetings.feed.replace')}
                title={t('meetings.feed.replaceTitle')}
                body={t('meetings.feed.replaceBody')}
                confirm={t('meetings.feed.replaceConfirm')}
                cancel={t('meetings.minutes.cancel')}
                action={() => unwrap(api.POST('/api/me/calendar-feed'))}
                onDone={(f) => {
                  setFresh(f);
                  setRevoked(false);
                  queryClient.setQueryData(minutesKeys.feed, { ...f, url: null });
                }}
              />
            ) : (
              <SubmitButton type="button" isPending={renew.isPending} onPress={() => renew.mutate()}>
                {t('meetings.feed.create')}
              </SubmitButton>
            )}
            {state?.exists ? (
              <ConfirmAction
                label={t('meetings.feed.revoke')}
                title={t('meetings.feed.revokeTitle')}
                body={t('meetings.feed.revokeBody')}
                confirm={t('meetings.feed.revokeConfirm')}
                cancel={t('meetings.minutes.cancel')}
                action={() => unwrap(api.DELETE('/api/me/calendar-feed'))}
                onDone={() => {
                  setFresh(null);
                  setRevoked(true);
                  queryClient.setQueryData(minutesKeys.feed, { exists: false, createdAt: null, url: null });
                }}
              />
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
