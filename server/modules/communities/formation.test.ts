import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/app.js';
import { signedInUser, withoutRequestId } from '../../../tests/support/builders.js';
import { APPROVAL, completeForm, coreUsers, submittedRequest } from '../../../tests/support/communities.js';
import { linkIn, tokenOf } from '../../../tests/support/smtp.js';

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedInUser>>;
beforeAll(async () => {
  t = await startTestApp({ smtp: true });
  admin = await signedInUser(t, { role: 'admin', name: 'مریم احمدی' });
});
afterAll(() => t.close());

describe('the formation request form', () => {
  it('starts a draft with section A prefilled from the profile, saves partial steps and lists it as the applicant\'s own', async () => {
    const applicant = await signedInUser(t, { name: 'سارا رضایی' });
    await applicant.client.patch('/api/me/profile', { profile: { jobTitle: 'مدیر پژوهش', organization: 'دانشگاه تهران', phone: '09121234567' } });
    const draft = await applicant.client.post('/api/formation-requests', {});
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({
      state: 'draft',
      applicant: { name: 'سارا رضایی', jobTitle: 'مدیر پژوهش', organization: 'دانشگاه تهران', phone: '09121234567', email: applicant.email, fax: '' },
      history: [{ action: 'created', actorName: 'سارا رضایی' }],
    });
    expect(draft.body.missing.map((m: { field: string }) => m.field)).toEqual(
      expect.arrayContaining(['title', 'domain', 'goals', 'coreMembers', 'acknowledged', 'hasPriorExperience']),
    );

    const step = await applicant.client.patch(`/api/formation-requests/${draft.body.id}`, { title: 'انجمن یادگیری سازمانی', applicant: { fax: '021-88776655' } });
    expect(step.status).toBe(200);
    expect(step.body.title).toBe('انجمن یادگیری سازمانی');
    expect(step.body.applicant).toMatchObject({ fax: '021-88776655', jobTitle: 'مدیر پژوهش' });

    const mine = await applicant.client.get('/api/formation-requests');
    expect(mine.body.items).toEqual([expect.objectContaining({ id: draft.body.id, state: 'draft', title: 'انجمن یادگیری سازمانی', coreSize: 1 })]);
    // Drafts are the applicant's business: other users do not see them, administrators do not queue them.
    const other = await signedInUser(t);
    expect((await other.client.get(`/api/formation-requests/${draft.body.id}`)).status).toBe(404);
    expect((await admin.client.get('/api/admin/formation-requests?state=draft')).body.items).toEqual([]);
  });

  it('refuses a founding core of 2 or 6 people (applicant included) with a localized field error', async () => {
    const applicant = await signedInUser(t, { locale: 'fa' });
    const { core } = await coreUsers(t, 5);
    const draft = await applicant.client.post('/api/formation-requests', completeForm(core.slice(0, 1)));
    applicant.client.locale = 'fa';
    const two = await applicant.client.post(`/api/formation-requests/${draft.body.id}/submit`);
    expect(withoutRequestId(two.body)).toEqual({
      type: 'urn:majma:problem:request_incomplete',
      title: 'درخواست نامعتبر',
      status: 400,
      code: 'request_incomplete',
      detail: 'درخواست هنوز کامل نیست؛ موارد مشخص‌شده را تکمیل کنید.',
      errors: [{ field: 'coreMembers', code: 'coreSize', message: 'هسته اولیه انجمن باید ۳ تا ۵ نفر با احتساب خود شما باشد؛ اکنون ۲ نفر است.' }],
    });
    await applicant.client.patch(`/api/formation-requests/${draft.body.id}`, { coreMembers: core });
    applicant.client.locale = 'en';
    const six = await applicant.client.post(`/api/formation-requests/${draft.body.id}/submit`);
    expect(six.status).toBe(400);
    expect(six.body.errors).toEqual([{ field: 'coreMembers', code: 'coreSize', message: 'The founding core must have 3 to 5 people including you; it now has 6.' }]);
    expect((await applicant.client.get(`/api/formation-requests/${draft.body.id}`)).body.state).toBe('draft');
  });

  it('names every missing required field, and asks for details of prior experience only when there is some', async () => {
    const applicant = await signedInUser(t);
    const { core } = await coreUsers(t, 2);
    const draft = await applicant.client.post('/api/formation-requests', { ...completeForm(core), title: '  ', funding: '', acknowledged: false, priorExperience: '' });
    const res = await applicant.client.post(`/api/formation-requests/${draft.body.id}/submit`);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual([
      'title:required',
      'priorExperience:required',
      'funding:required',
      'acknowledged:acknowledge',
    ]);
    await applicant.client.patch(`/api/formation-requests/${draft.body.id}`, { title: 'انجمن', funding: 'ندارد', hasPriorExperience: false, acknowledged: true });
    expect((await applicant.client.post(`/api/formation-requests/${draft.body.id}/submit`)).status).toBe(200);
  });

  it('checks the proposed core: unknown users, the applicant, duplicates and malformed entries', async () => {
    const applicant = await signedInUser(t);
    const { core } = await coreUsers(t, 1);
    const res = await applicant.client.post('/api/formation-requests', {
      coreMembers: [
        { userId: '00000000-0000-4000-8000-000000000000', role: 'member' },
        { userId: applicant.me.id, role: 'member' },
        core[0],
        core[0],
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual([
      'coreMembers.0.userId:unknownUser',
      'coreMembers.1.userId:applicantInCore',
      'coreMembers.3:duplicateMember',
    ]);
    const bad = await applicant.client.post('/api/formation-requests', { coreMembers: [{ name: 'x', position: '', organization: '', email: 'not-an-email', role: 'chair' }], kind: 'club' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['kind']));
    expect((await applicant.client.get('/api/formation-requests')).body.items).toEqual([]);
  });
});

describe('the review workflow', () => {
  it('goes draft → submitted → changes asked → edited and resubmitted → approved, keeps every step and mails each to the applicant', async () => {
    const applicant = await signedInUser(t, { name: 'سارا رضایی', locale: 'fa' });
    await applicant.client.patch('/api/me/profile', { locale: 'fa' });
    const { core } = await coreUsers(t, 2);
    const guest = { name: 'رضا توکلی', position: 'مدیر انرژی', organization: 'فولاد مبارکه', email: 'reza.tavakoli@example.org', role: 'member' as const };
    const id = await submittedRequest(applicant.client, [...core, guest]);
    await t.runJobs();
    await t.smtp!.waitFor(applicant.email, 10_000, (m) => m.subject === 'درخواست تشکیل «انجمن خبرگی بهره‌وری انرژی» دریافت شد');
    const toReview = await t.smtp!.waitFor(admin.email, 10_000, (m) => m.text.includes(id));
    expect(toReview.subject).toBe('درخواست تازه برای تشکیل «انجمن خبرگی بهره‌وری انرژی»');
    expect(toReview.text).toContain(`http://majma.test/admin/formation-requests/${id}`);

    const queue = await admin.client.get('/api/admin/formation-requests');
    expect(queue.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id, state: 'submitted', applicantName: 'سارا رضایی', coreSize: 4 })]));

    // Submitted: no more edits by the applicant until changes are asked for.
    const locked = await applicant.client.patch(`/api/formation-requests/${id}`, { title: 'x' });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('request_not_editable');

    const changes = await admin.client.post(`/api/admin/formation-requests/${id}/request-changes`, { comment: 'اهداف را دقیق‌تر و قابل سنجش بنویسید.' });
    expect(changes.status).toBe(200);
    expect(changes.body).toMatchObject({ state: 'changes_requested', acknowledgedAt: null });
    await t.runJobs();
    const changesMail = await t.smtp!.waitFor(applicant.email, 10_000, (m) => m.subject === 'درخواست «انجمن خبرگی بهره‌وری انرژی» نیاز به اصلاح دارد');
    expect(changesMail.text).toContain('اهداف را دقیق‌تر و قابل سنجش بنویسید.');
    expect(changesMail.text).toContain(`http://majma.test/formation-requests/${id}`);

    // The acknowledgement is taken back: the applicant confirms again after editing.
    expect((await applicant.client.post(`/api/formation-requests/${id}/submit`)).body.errors).toEqual([expect.objectContaining({ field: 'acknowledged' })]);
    await applicant.client.patch(`/api/formation-requests/${id}`, { goals: 'کاهش ۱۰ درصدی مصرف انرژی در سه سال', acknowledged: true });
    expect((await applicant.client.post(`/api/formation-requests/${id}/submit`)).body.state).toBe('submitted');

    const approved = await admin.client.post(`/api/admin/formation-requests/${id}/approve`, { ...APPROVAL, comment: 'موفق باشید' });
    expect(approved.status).toBe(200);
    expect(approved.body.state).toBe('approved');
    expect(approved.body.history.map((h: { action: string }) => h.action)).toEqual(['created', 'submitted', 'changes_requested', 'submitted', 'approved']);
    expect(approved.body.history[2]).toMatchObject({ actorName: 'مریم احمدی', comment: 'اهداف را دقیق‌تر و قابل سنجش بنویسید.' });

    // The community exists with the request's words, the applicant as chair.
    const slug = approved.body.communitySlug;
    expect(slug).toBe('انجمن-خبرگی-بهره-وری-انرژی');
    const community = await applicant.client.get(`/api/communities/${encodeURIComponent(slug)}`);
    expect(community.body).toMatchObject({
      title: 'انجمن خبرگی بهره‌وری انرژی',
      goals: 'کاهش ۱۰ درصدی مصرف انرژی در سه سال',
      kind: 'expert_association',
      level: 'sectoral',
      geography: 'national',
      state: 'active',
      membersCount: 1,
      leaders: [{ userId: applicant.me.id, name: 'سارا رضایی', role: 'chair' }],
      viewer: { role: 'chair' },
    });

    await t.runJobs();
    const approvedMail = await t.smtp!.waitFor(applicant.email, 10_000, (m) => m.subject === 'انجمن «انجمن خبرگی بهره‌وری انرژی» تشکیل شد');
    expect(approvedMail.text).toContain('موفق باشید');
    // The core members are invited with the proposed roles; the unregistered one by email.
    const invitation = await t.smtp!.waitFor('reza.tavakoli@example.org');
    expect(invitation.subject).toBe('دعوت به «انجمن خبرگی بهره‌وری انرژی»');
    expect(invitation.text).toContain('سارا رضایی');
    const lookup = await applicant.client.post('/api/invitations/lookup', { token: tokenOf(linkIn(invitation, '/invitations/accept')) });
    expect(lookup.body).toMatchObject({ email: 'reza.tavakoli@example.org', name: 'رضا توکلی', role: 'member', state: 'pending', invitedBy: 'سارا رضایی', community: { slug, title: 'انجمن خبرگی بهره‌وری انرژی' } });
    const pending = await applicant.client.get(`/api/communities/${encodeURIComponent(slug)}/invitations`);
    expect(pending.body.items.map((i: { role: string }) => i.role).sort()).toEqual(['facilitator', 'member', 'secretary']);
  });

  it('refuses editing after approval, approving twice, and approving a withdrawn request — with exact answers', async () => {
    const applicant = await signedInUser(t);
    const { core } = await coreUsers(t, 2);
    const id = await submittedRequest(applicant.client, core);
    expect((await admin.client.post(`/api/admin/formation-requests/${id}/approve`, APPROVAL)).status).toBe(200);

    const edit = await applicant.client.patch(`/api/formation-requests/${id}`, { title: 'تغییر' });
    expect(withoutRequestId(edit.body)).toEqual({
      type: 'urn:majma:problem:request_not_editable',
      title: 'Conflict',
      status: 409,
      code: 'request_not_editable',
      detail: 'This request cannot be changed in its current state.',
    });
    const twice = await admin.client.post(`/api/admin/formation-requests/${id}/approve`, APPROVAL);
    expect(withoutRequestId(twice.body)).toEqual({
      type: 'urn:majma:problem:request_already_decided',
      title: 'Conflict',
      status: 409,
      code: 'request_already_decided',
      detail: 'A decision has already been made on this request.',
    });
    expect((await admin.client.post(`/api/admin/formation-requests/${id}/reject`, { reason: 'x' })).body.code).toBe('request_already_decided');

    const other = await submittedRequest(applicant.client, core);
    expect((await applicant.client.post(`/api/formation-requests/${other}/withdraw`)).body.state).toBe('withdrawn');
    const withdrawn = await admin.client.post(`/api/admin/formation-requests/${other}/approve`, APPROVAL);
    expect(withdrawn.status).toBe(409);
    expect(withdrawn.body.code).toBe('request_not_submitted');
  });

  it('lets only administrators review, and only the applicant edit, submit or withdraw', async () => {
    const applicant = await signedInUser(t);
    const stranger = await signedInUser(t);
    const { core } = await coreUsers(t, 2);
    const id = await submittedRequest(applicant.client, core);
    const approve = await applicant.client.post(`/api/admin/formation-requests/${id}/approve`, APPROVAL);
    expect(withoutRequestId(approve.body)).toEqual({
      type: 'urn:majma:problem:forbidden',
      title: 'Not allowed',
      status: 403,
      code: 'forbidden',
      detail: 'You are not allowed to do this.',
    });
    expect((await applicant.client.get('/api/admin/formation-requests')).status).toBe(403);
    expect((await stranger.client.post(`/api/formation-requests/${id}/withdraw`)).status).toBe(404);
    // An administrator reads any request but does not edit someone else's.
    expect((await admin.client.get(`/api/formation-requests/${id}`)).status).toBe(200);
    expect((await admin.client.post(`/api/formation-requests/${id}/withdraw`)).status).toBe(403);
    // A missing comment or reason is a field error, and nothing changes.
    const noReason = await admin.client.post(`/api/admin/formation-requests/${id}/reject`, { reason: '' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    const rejected = await admin.client.post(`/api/admin/formation-requests/${id}/reject`, { reason: 'هم‌پوشانی با انجمن موجود' });
    expect(rejected.body).toMatchObject({ state: 'rejected', communitySlug: null });
    expect(rejected.body.history.at(-1)).toMatchObject({ action: 'rejected', comment: 'هم‌پوشانی با انجمن موجود' });
  });

  it('creates one community, not two, when two administrators approve the same request at once', async () => {
    const second = await signedInUser(t, { role: 'admin' });
    const applicant = await signedInUser(t);
    const { core } = await coreUsers(t, 2);
    const id = await submittedRequest(applicant.client, core);
    const results = await Promise.all([admin.client.post(`/api/admin/formation-requests/${id}/approve`, APPROVAL), second.client.post(`/api/admin/formation-requests/${id}/approve`, APPROVAL)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)!.body.code).toBe('request_already_decided');
    const slug = results.find((r) => r.status === 200)!.body.communitySlug;
    const all = await admin.client.get(`/api/communities?q=${encodeURIComponent('بهره‌وری انرژی')}&limit=100`);
    expect(all.body.items.filter((c: { slug: string }) => c.slug.startsWith(slug.replace(/-\d+$/, ''))).length).toBeGreaterThan(0);
    const mine = await applicant.client.get('/api/communities?mine=true');
    expect(mine.body.items).toHaveLength(1);
  });

  it('answers two same-titled approvals at one instant cleanly: distinct addresses, or a field error to retry', async () => {
    const second = await signedInUser(t, { role: 'admin' });
    const applicant = await signedInUser(t);
    const { core } = await coreUsers(t, 2);
    const ids = [await submittedRequest(applicant.client, core), await submittedRequest(applicant.client, core)];
    const results = await Promise.all([admin.client.post(`/api/admin/formation-requests/${ids[0]}/approve`, APPROVAL), second.client.post(`/api/admin/formation-requests/${ids[1]}/approve`, APPROVAL)]);
    for (const r of results) {
      if (r.status !== 200) expect(r.body.errors).toEqual([expect.objectContaining({ field: 'slug', code: 'slugTaken' })]);
    }
    const slugs = results.filter((r) => r.status === 200).map((r) => r.body.communitySlug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.length).toBeGreaterThan(0);
  });

  it('takes an admin-chosen address, refuses one already in use, and numbers a repeated title', async () => {
    const applicant = await signedInUser(t);
    const { core } = await coreUsers(t, 2);
    const first = await submittedRequest(applicant.client, core);
    const ok = await admin.client.post(`/api/admin/formation-requests/${first}/approve`, { ...APPROVAL, slug: 'energy-experts' });
    expect(ok.body.communitySlug).toBe('energy-experts');
    const second = await submittedRequest(applicant.client, core);
    const taken = await admin.client.post(`/api/admin/formation-requests/${second}/approve`, { ...APPROVAL, slug: 'energy-experts' });
    expect(taken.status).toBe(400);
    expect(taken.body.errors).toEqual([{ field: 'slug', code: 'slugTaken', message: 'Another community already uses this address.' }]);
    expect((await admin.client.get(`/api/formation-requests/${second}`)).body.state).toBe('submitted');
    const badSlug = await admin.client.post(`/api/admin/formation-requests/${second}/approve`, { ...APPROVAL, slug: 'Bad Slug!' });
    expect(badSlug.status).toBe(400);
    expect(badSlug.body.errors[0].field).toBe('slug');
  });
});
