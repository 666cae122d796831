import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { KINDS, type ApproveInput, type FormationRequest } from '../../api/types';
import { useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert, FormErrorAlert, StatusMessage } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextInput } from '../../ui/TextInput';
import { requiredErrors, useFormErrors } from '../../ui/useFormErrors';
import { adminQueueKey, myRequestsKey, requestKey, useFormationRequest } from '../formation/model';
import { DecisionStatus, RequestMeta } from '../formation/RequestPage';
import { RequestHistory, RequestSummary } from '../formation/RequestSummary';
import '../formation/formation.css';

type Decision = 'approved' | 'changes_requested' | 'rejected';

const STRUCTURES = ['horizontal', 'vertical'] as const satisfies readonly ApproveInput['structure'][];
const FORMALITIES = ['formal', 'informal'] as const satisfies readonly ApproveInput['formality'][];
const COMMUNITY_VISIBILITIES = ['public', 'private'] as const satisfies readonly ApproveInput['visibility'][];
const JOIN_POLICIES = ['open', 'request', 'invitation'] as const satisfies readonly ApproveInput['joinPolicy'][];

/** "Administration › Formation requests ›" above a request. */
function Breadcrumb() {
  const t = useT();
  return (
    <nav aria-label={t('admin.breadcrumb')} className="breadcrumb">
      <Link to={routePaths.admin}>{t('admin.title')}</Link> <Link to={routePaths.adminRequests}>{t('admin.requests.title')}</Link>
    </nav>
  );
}

/** `/admin/formation-requests/:id`: the whole request, its history, and the decision while it is submitted. */
export function AdminRequestPage() {
  const t = useT();
  const { id = '' } = useParams();
  const request = useFormationRequest(id);

  if (request.isPending) return <Loading />;
  if (request.isError) {
    return (
      <Page title={t('admin.requests.title')} before={<Breadcrumb />}>
        <FormAlert error={request.error} />
        <p>
          <Link to={routePaths.adminRequests}>{t('admin.requests.back')}</Link>
        </p>
      </Page>
    );
  }
  return <Review request={request.data} />;
}

function Review({ request }: { request: FormationRequest }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [decided, setDecided] = useState<Decision | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const title = request.title || t('formation.untitled');

  useEffect(() => {
    if (decided) doneRef.current?.focus();
  }, [decided]);

  const onDecided = (decision: Decision) => (updated: FormationRequest) => {
    queryClient.setQueryData(requestKey(updated.id), updated);
    void queryClient.invalidateQueries({ queryKey: adminQueueKey });
    void queryClient.invalidateQueries({ queryKey: myRequestsKey });
    setDecided(decision);
  };

  return (
    <Page
      title={title}
      heading={request.title ? <UserText>{request.title}</UserText> : title}
      before={
        <>
          <Breadcrumb />
          <p className="formation-kicker">{t('formation.form')}</p>
        </>
      }
    >
      <RequestMeta
        request={request}
        actions={
          <Link to={routePaths.user(request.applicantId)} className="small">
            {t('admin.requests.applicantProfile')}
          </Link>
        }
      />

      <div className="formation-review-layout">
        <div className="formation-review-main">
          <RequestSummary request={request} />
          <RequestHistory request={request} />
        </div>

        <aside className="formation-review-side" aria-labelledby="decision-title">
          <h2 id="decision-title">{t('admin.requests.decision')}</h2>
          {decided ? (
            <div ref={doneRef} tabIndex={-1} className="formation-done">
              <StatusMessage>
                <p>
                  {decided === 'approved'
                    ? t('admin.requests.approve.done')
                    : decided === 'changes_requested'
                      ? t('admin.requests.changes.done')
                      : t('admin.requests.reject.done')}
                </p>
                {decided === 'approved' && request.communitySlug ? (
                  <p>
                    <Link to={routePaths.community(request.communitySlug)} className="button button-primary">
                      {t('formation.openCommunity')}
                    </Link>
                  </p>
                ) : null}
              </StatusMessage>
            </div>
          ) : null}
          {request.state === 'submitted' ? (
            <>
              <p className="muted">{t('admin.requests.decisionLead')}</p>
              <ApproveForm request={request} onDone={onDecided('approved')} />
              <ChangesForm request={request} onDone={onDecided('changes_requested')} />
              <RejectForm request={request} onDone={onDecided('rejected')} />
            </>
          ) : decided ? null : (
            <>
              <DecisionStatus request={request} />
              <p className="muted small">{t('admin.requests.notDecidable', { state: t(`formation.state.${request.state}` as const) })}</p>
            </>
          )}
        </aside>
      </div>
    </Page>
  );
}

const APPROVE_FIELDS = ['kind', 'structure', 'formality', 'visibility', 'joinPolicy', 'slug', 'description', 'comment'] as const;

function ApproveForm({ request, onDone }: { request: FormationRequest; onDone: (r: FormationRequest) => void }) {
  const t = useT();
  const [values, setValues] = useState<Required<Pick<ApproveInput, 'kind' | 'structure' | 'formality' | 'visibility' | 'joinPolicy'>> & { slug: string; description: string; comment: string }>(() => ({
    kind: request.kind ?? 'expert_association',
    structure: 'horizontal',
    formality: 'informal',
    visibility: 'public',
    joinPolicy: 'request',
    slug: '',
    description: '',
    comment: '',
  }));
  const set = <K extends keyof typeof values>(k: K) => (v: (typeof values)[K]) => setValues((old) => ({ ...old, [k]: v }));
  const approve = useMutation({
    mutationFn: () => {
      const body: ApproveInput = {
        kind: values.kind,
        structure: values.structure,
        formality: values.formality,
        visibility: values.visibility,
        joinPolicy: values.joinPolicy,
      };
      if (values.slug.trim()) body.slug = values.slug.trim();
      if (values.description.trim()) body.description = values.description.trim();
      if (values.comment.trim()) body.comment = values.comment.trim();
      return unwrap(api.POST('/api/admin/formation-requests/{id}/approve', { params: { path: { id: request.id } }, body }));
    },
    onSuccess: onDone,
  });
  const { formRef, alertRef, fieldErrors, otherErrors, hasClientErrors, onSubmit } = useFormErrors(approve.error, APPROVE_FIELDS);
  const options = <K extends string>(ids: readonly K[], prefix: 'kind' | 'structure' | 'formality' | 'visibility' | 'joinPolicy') =>
    ids.map((id) => ({ id, label: t(`${prefix}.${id}` as Parameters<typeof t>[0]) }));

  return (
    <form
      ref={formRef}
      className="card form formation-decision formation-decision-approve"
      noValidate
      aria-labelledby="approve-title"
      onSubmit={onSubmit(
        () => ({}),
        () => approve.mutate(),
      )}
    >
      <h3 id="approve-title">{t('admin.requests.approve.title')}</h3>
      <p className="muted small">{t('admin.requests.approve.lead')}</p>
      <FormErrorAlert ref={alertRef} hasClientErrors={hasClientErrors} error={approve.error} others={otherErrors} />
      <SelectField name="kind" label={t('formation.field.kind')} value={values.kind} options={options(KINDS, 'kind')} onChange={set('kind')} />
      <SelectField name="structure" label={t('admin.requests.approve.structure')} value={values.structure} options={options(STRUCTURES, 'structure')} onChange={set('structure')} />
      <SelectField name="formality" label={t('admin.requests.approve.formality')} value={values.formality} options={options(FORMALITIES, 'formality')} onChange={set('formality')} />
      <SelectField
        name="visibility"
        label={t('admin.requests.approve.visibility')}
        value={values.visibility}
        options={options(COMMUNITY_VISIBILITIES, 'visibility')}
        onChange={set('visibility')}
      />
      <SelectField name="joinPolicy" label={t('admin.requests.approve.joinPolicy')} value={values.joinPolicy} options={options(JOIN_POLICIES, 'joinPolicy')} onChange={set('joinPolicy')} />
      <TextInput
        name="slug"
        label={t('admin.requests.approve.slug')}
        description={t('admin.requests.approve.slug.help')}
        value={values.slug}
        onChange={set('slug')}
        error={fieldErrors.slug}
        dir="auto"
        autoComplete="off"
      />
      <TextInput
        name="description"
        label={t('admin.requests.approve.description')}
        description={t('admin.requests.approve.description.help')}
        value={values.description}
        onChange={set('description')}
        error={fieldErrors.description}
        dir="auto"
        multiline
        rows={3}
      />
      <TextInput name="comment" label={t('admin.requests.approve.comment')} value={values.comment} onChange={set('comment')} error={fieldErrors.comment} dir="auto" multiline rows={2} />
      <div className="form-actions">
        <SubmitButton isPending={approve.isPending}>{t('admin.requests.approve.submit')}</SubmitButton>
      </div>
    </form>
  );
}

function ChangesForm({ request, onDone }: { request: FormationRequest; onDone: (r: FormationRequest) => void }) {
  const t = useT();
  const [comment, setComment] = useState('');
  const send = useMutation({
    mutationFn: () => unwrap(api.POST('/api/admin/formation-requests/{id}/request-changes', { params: { path: { id: request.id } }, body: { comment: comment.trim() } })),
    onSuccess: onDone,
  });
  const { formRef, alertRef, fieldErrors, otherErrors, hasClientErrors, onSubmit } = useFormErrors(send.error, ['comment']);
  return (
    <form
      ref={formRef}
      className="card form formation-decision"
      noValidate
      aria-labelledby="changes-form-title"
      onSubmit={onSubmit(
        () => requiredErrors({ comment }, ['comment'], t('validation.required')),
        () => send.mutate(),
      )}
    >
      <h3 id="changes-form-title">{t('admin.requests.changes.title')}</h3>
      <FormErrorAlert ref={alertRef} hasClientErrors={hasClientErrors} error={send.error} others={otherErrors} />
      <TextInput name="comment" label={t('admin.requests.changes.comment')} value={comment} onChange={setComment} error={fieldErrors.comment} dir="auto" multiline rows={3} isRequired />
      <div className="form-actions">
        <SubmitButton variant="secondary" isPending={send.isPending}>
          {t('admin.requests.changes.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}

function RejectForm({ request, onDone }: { request: FormationRequest; onDone: (r: FormationRequest) => void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const send = useMutation({
    mutationFn: () => unwrap(api.POST('/api/admin/formation-requests/{id}/reject', { params: { path: { id: request.id } }, body: { reason: reason.trim() } })),
    onSuccess: onDone,
  });
  const { formRef, alertRef, fieldErrors, otherErrors, hasClientErrors, onSubmit } = useFormErrors(send.error, ['reason']);
  return (
    <form
      ref={formRef}
      className="card form formation-decision formation-decision-reject"
      noValidate
      aria-labelledby="reject-form-title"
      onSubmit={onSubmit(
        () => requiredErrors({ reason }, ['reason'], t('validation.required')),
        () => send.mutate(),
      )}
    >
      <h3 id="reject-form-title">{t('admin.requests.reject.title')}</h3>
      <FormErrorAlert ref={alertRef} hasClientErrors={hasClientErrors} error={send.error} others={otherErrors} />
      <TextInput name="reason" label={t('admin.requests.reject.reason')} value={reason} onChange={setReason} error={fieldErrors.reason} dir="auto" multiline rows={3} isRequired />
      <div className="form-actions">
        <SubmitButton variant="secondary" isPending={send.isPending}>
          {t('admin.requests.reject.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}
