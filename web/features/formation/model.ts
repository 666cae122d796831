import { useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap, type FieldProblem } from '../../api/client';
import type { FormationRequest, FormationRequestInput } from '../../api/types';
import { normalizePhone } from '../../i18n/digits';
import type { MessageId } from '../../i18n/messages';

export type RequestState = FormationRequest['state'];
export type Applicant = FormationRequest['applicant'];
export type ApplicantField = keyof Applicant;
export type Kind = NonNullable<FormationRequest['kind']>;
export type Level = NonNullable<FormationRequest['level']>;
export type Geography = NonNullable<FormationRequest['geography']>;
export type CoreRole = FormationRequest['coreMembers'][number]['role'];
export type HistoryAction = FormationRequest['history'][number]['action'];

export const REQUEST_STATES = ['draft', 'submitted', 'changes_requested', 'approved', 'rejected', 'withdrawn'] as const satisfies readonly RequestState[];
/** The states the applicant can still edit (the form); the others are read only. */
export const EDITABLE_STATES: readonly RequestState[] = ['draft', 'changes_requested'];
/** The states the applicant can still withdraw from. */
export const WITHDRAWABLE_STATES: readonly RequestState[] = ['draft', 'submitted', 'changes_requested'];

/** Section A of the form, in the guideline's order. */
export const APPLICANT_FIELDS = ['name', 'degree', 'fieldOfStudy', 'jobTitle', 'position', 'organization', 'phone', 'fax', 'email', 'address'] as const satisfies readonly ApplicantField[];
/** The server needs these before submission (see `missing`). */
export const APPLICANT_REQUIRED: readonly ApplicantField[] = ['name', 'email', 'phone'];

export const applicantLabel = (f: ApplicantField): MessageId => (f === 'fax' ? 'formation.field.fax' : (`field.${f}` as const));

// ---------------------------------------------------------------------------------------------
// Steps

export const STEPS = ['applicant', 'community', 'scope', 'core', 'network', 'support', 'review'] as const;
export type Step = (typeof STEPS)[number];

/** The step that holds a field (dotted path from the server: `applicant.phone`, `coreMembers.1.userId`). */
export function stepOfField(path: string): Step {
  const head = path.split('.')[0];
  switch (head) {
    case 'applicant':
      return 'applicant';
    case 'title':
    case 'domain':
    case 'goals':
    case 'rationale':
      return 'community';
    case 'scope':
    case 'kind':
    case 'level':
    case 'geography':
      return 'scope';
    case 'coreMembers':
      return 'core';
    case 'platforms':
    case 'knowledgeTools':
      return 'network';
    case 'hasPriorExperience':
    case 'priorExperience':
    case 'funding':
    case 'supportNeeded':
      return 'support';
    default:
      return 'review';
  }
}

/** The label of a field named by its server path, for lists of problems. */
export function labelOfField(path: string): MessageId {
  const [head, second] = path.split('.');
  if (head === 'applicant' && second && (APPLICANT_FIELDS as readonly string[]).includes(second)) return applicantLabel(second as ApplicantField);
  const known: Record<string, MessageId> = {
    title: 'formation.field.title',
    domain: 'formation.field.domain',
    goals: 'formation.field.goals',
    rationale: 'formation.field.rationale',
    scope: 'formation.field.scope',
    kind: 'formation.field.kind',
    level: 'formation.field.level',
    geography: 'formation.field.geography',
    coreMembers: 'formation.field.coreMembers',
    platforms: 'formation.field.platforms',
    knowledgeTools: 'formation.field.knowledgeTools',
    hasPriorExperience: 'formation.field.hasPriorExperience',
    priorExperience: 'formation.field.priorExperience',
    funding: 'formation.field.funding',
    supportNeeded: 'formation.field.supportNeeded',
    acknowledged: 'formation.section.signature',
  };
  return known[head ?? ''] ?? `formation.step.${stepOfField(path)}`;
}

/** A server field path, whichever way it was written (`/applicant/phone` → `applicant.phone`). */
export const normalizePath = (field: string) => field.replace(/^\//, '').replace(/[/[\]]+/g, '.').replace(/\.+$/, '');

/** Field errors by normalized path; the first message for a path wins. */
export type ErrorMap = Record<string, string>;

export function errorMapOf(problems: readonly FieldProblem[]): ErrorMap {
  const out: ErrorMap = {};
  for (const p of problems) {
    const path = normalizePath(p.field);
    if (!(path in out)) out[path] = p.message;
  }
  return out;
}

export const problemsOf = (error: unknown): FieldProblem[] => (error instanceof ApiError ? error.errors : []);

// ---------------------------------------------------------------------------------------------
// The form's values

/** One proposed core member as the form holds it (`key` is local, for React). */
export interface CoreEntry {
  key: string;
  userId: string | null;
  name: string;
  position: string;
  organization: string;
  email: string;
  role: CoreRole;
}

export interface FormValues {
  applicant: Record<ApplicantField, string>;
  title: string;
  domain: string;
  goals: string;
  rationale: string;
  scope: string;
  kind: Kind | null;
  level: Level | null;
  geography: Geography | null;
  coreMembers: CoreEntry[];
  platforms: string;
  knowledgeTools: string;
  hasPriorExperience: boolean | null;
  priorExperience: string;
  funding: string;
  supportNeeded: string;
  acknowledged: boolean;
}

let entryCounter = 0;
export const newEntryKey = () => `m${++entryCounter}`;

export function toFormValues(r: FormationRequest): FormValues {
  return {
    applicant: { ...r.applicant },
    title: r.title,
    domain: r.domain,
    goals: r.goals,
    rationale: r.rationale,
    scope: r.scope,
    kind: r.kind,
    level: r.level,
    geography: r.geography,
    coreMembers: r.coreMembers.map((m) => ({ ...m, key: newEntryKey() })),
    platforms: r.platforms,
    knowledgeTools: r.knowledgeTools,
    hasPriorExperience: r.hasPriorExperience,
    priorExperience: r.priorExperience,
    funding: r.funding,
    supportNeeded: r.supportNeeded,
    acknowledged: r.acknowledgedAt !== null,
  };
}

/** The PATCH body for one step: only that step's fields. */
export function stepPayload(step: Step, v: FormValues): FormationRequestInput {
  switch (step) {
    case 'applicant': {
      const applicant = Object.fromEntries(APPLICANT_FIELDS.map((f) => [f, v.applicant[f].trim()])) as Record<ApplicantField, string>;
      applicant.phone = normalizePhone(v.applicant.phone);
      applicant.fax = normalizePhone(v.applicant.fax);
      return { applicant };
    }
    case 'community':
      return { title: v.title.trim(), domain: v.domain.trim(), goals: v.goals.trim(), rationale: v.rationale.trim() };
    case 'scope':
      return { scope: v.scope.trim(), level: v.level, geography: v.geography, kind: v.kind };
    case 'core':
      return {
        coreMembers: v.coreMembers.map((m) =>
          m.userId
            ? { userId: m.userId, role: m.role }
            : { name: m.name.trim(), position: m.position.trim(), organization: m.organization.trim(), email: m.email.trim(), role: m.role },
        ),
      };
    case 'network':
      return { platforms: v.platforms.trim(), knowledgeTools: v.knowledgeTools.trim() };
    case 'support':
      return { hasPriorExperience: v.hasPriorExperience, priorExperience: v.priorExperience.trim(), funding: v.funding.trim(), supportNeeded: v.supportNeeded.trim() };
    case 'review':
      return { acknowledged: v.acknowledged };
  }
}

// ---------------------------------------------------------------------------------------------
// Queries

export const requestKey = (id: string) => ['formation-request', id] as const;
export const myRequestsKey = ['formation-requests', 'mine'] as const;
export const adminQueueKey = ['admin', 'formation-requests'] as const;

export function useFormationRequest(id: string) {
  return useQuery({
    queryKey: requestKey(id),
    queryFn: () => unwrap(api.GET('/api/formation-requests/{id}', { params: { path: { id } } })),
    retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
  });
}

/** The last history entry with this action (e.g. the reviewer's latest comment). */
export function lastEvent(r: FormationRequest, action: HistoryAction) {
  return r.history.filter((e) => e.action === action).at(-1);
}

/** A loose check before adding a person by email (the server checks the format too). */
export const looksLikeEmail = (s: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.trim());
