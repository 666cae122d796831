import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import { useMe } from '../../api/session';
import type { Call, Contribution } from '../../api/types';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { FormAlert, useErrorMessage } from '../../ui/FormAlert';
import { Page } from '../../ui/Page';
import { TextInput } from '../../ui/TextInput';
import { PendingFiles, uploadAttachment } from './Attachments';
import { ContributionForm, type ContributionValues } from './ContributionForm';
import { CallsBreadcrumb, Countdown, WithCall, callKeys, contributionKeys, useNow } from './shared';
import { shownState } from './time';

/** What the contribution page is told after a save here. */
export interface SavedState {
  saved: 'draft' | 'submitted';
  /** Files that could not be uploaded, with the reason. */
  uploadFailures?: string[];
}

export function ContributePage() {
  const { id = '' } = useParams();
  return <WithCall id={id}>{(call) => <Contribute call={call} />}</WithCall>;
}

/** A fresh key per form: the same click sent twice makes one contribution. */
function newKey(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

function Contribute({ call }: { call: Call }) {
  const t = useT();
  const me = useMe();
  const { locale, arCalendar } = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const message = useErrorMessage();
  const now = useNow([call.opensAt, call.closesAt]);
  const state = shownState(call, now);
  const open = state === 'open';
  const [idempotencyKey] = useState(newKey);
  const inFlight = useRef(false);
  const [files, setFiles] = useState<File[]>([]);
  const [values, setValues] = useState<ContributionValues>(() => ({
    audienceGroup: '',
    domainKey: call.domains.length === 1 ? call.domains[0]!.key : '',
    title: '',
    body: '',
    affiliation: me?.profile.organization ?? '',
  }));

  // The audience group chosen last time, offered again (only if this call has it).
  const lastGroup = useQuery({
    queryKey: contributionKeys.audienceGroup,
    queryFn: () => unwrap(api.GET('/api/me/audience-group')),
    staleTime: 60_000,
  });
  const preferred = lastGroup.data?.audienceGroup ?? null;
  useEffect(() => {
    if (preferred && call.audienceGroups.some((g) => g.key === preferred)) {
      setValues((v) => (v.audienceGroup ? v : { ...v, audienceGroup: preferred }));
    }
  }, [preferred, call.audienceGroups]);

  const save = useMutation({
    mutationFn: async (submit: boolean): Promise<{ contribution: Contribution; failures: string[] }> => {
      const body = {
        audienceGroup: values.audienceGroup,
        domainKey: values.domainKey,
        title: values.title.trim(),
        body: values.body,
        affiliation: values.affiliation.trim() || undefined,
        submit,
      };
      let contribution = await unwrap(
        api.POST('/api/calls/{id}/contributions', {
          params: { path: { id: call.id }, header: { 'idempotency-key': idempotencyKey } },
          body,
        }),
      );
      // The same key answered with an earlier draft (a lost answer, then "Send"): send that one.
      if (submit && contribution.state === 'draft') {
        contribution = await unwrap(api.POST('/api/contributions/{id}/submit', { params: { path: { id: contribution.id } } }));
      }
      const failures: string[] = [];
      const already = new Set(contribution.attachments.map((a) => `${a.name}:${a.size}`));
      for (const file of files) {
        if (already.has(`${file.name}:${file.size}`)) continue;
        try {
          await uploadAttachment(contribution.id, file);
        } catch (error) {
          failures.push(`${file.name}: ${message(error)}`);
        }
      }
      return { contribution, failures };
    },
    onSuccess: ({ contribution, failures }) => {
      void queryClient.invalidateQueries({ queryKey: contributionKeys.all });
      void queryClient.invalidateQueries({ queryKey: callKeys.all });
      const state: SavedState = { saved: contribution.state === 'submitted' ? 'submitted' : 'draft', uploadFailures: failures };
      void navigate(routePaths.contribution(contribution.id), { state });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: callKeys.detail(call.id) });
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  const onSave = (submit: boolean) => {
    if (inFlight.current) return;
    inFlight.current = true;
    save.mutate(submit);
  };

  const title = t('contribution.new.title');
  return (
    <Page title={`${title} · ${call.title}`} heading={title} before={<CallsBreadcrumb call={call} />}>
      <div className="calls-contribute-head">
        <p className="page-lead">
          <bdi dir="auto">{call.title}</bdi>
        </p>
        <p className="calls-contribute-deadline small">
          <span>
            {t('calls.closesAt')}: <time dateTime={call.closesAt}>{formatDateTime(call.closesAt, locale, { arCalendar })}</time>
          </span>
          <Countdown call={call} />
        </p>
      </div>
      {!open ? (
        <div className="card">
          {/* A save refused at the deadline: the server's own words, and the text kept for copying. */}
          {save.isError ? <FormAlert error={save.error} /> : null}
          <p className="calls-note">{state === 'scheduled' ? t('calls.notOpenYet') : state === 'draft' ? t('calls.draftNote') : t('calls.closedNote')}</p>
          {values.body.trim() ? (
            <TextInput name="keptBody" label={t('contribution.keptText')} description={t('contribution.keptTextHelp')} value={values.body} onChange={() => undefined} dir="auto" multiline rows={8} isReadOnly />
          ) : null}
          <p>
            <Link to={routePaths.call(call.id)}>{t('contribution.backToCall')}</Link>
          </p>
        </div>
      ) : (
        <div className="card calls-form-card">
          <ContributionForm
            call={call}
            values={values}
            onChange={setValues}
            error={save.error}
            onSave={onSave}
            pending={save.isPending ? (save.variables ? 'submit' : 'draft') : null}
            mode="create"
            extra={call.attachments.allowed && call.attachments.maxFiles > 0 ? <PendingFiles rules={call.attachments} files={files} onChange={setFiles} /> : null}
          />
        </div>
      )}
    </Page>
  );
}
