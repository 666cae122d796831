import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/app.js';
import { ApiClient } from '../../../tests/support/client.js';
import { signedInUser, withoutRequestId } from '../../../tests/support/builders.js';
import { APPROVAL, completeForm, coreUsers, formedCommunity } from '../../../tests/support/communities.js';
import { linkIn, tokenOf } from '../../../tests/support/smtp.js';

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedInUser>>;
beforeAll(async () => {
  t = await startTestApp({ smtp: true });
  admin = await signedInUser(t, { role: 'admin', name: 'مریم احمدی' });
});
afterAll(() => t.close());

const path = (slug: string, rest = '') => `/api/communities/${encodeURIComponent(slug)}${rest}`;
const roles = async (client: ApiClient, slug: string) =>
  Object.fromEntries(((await client.get(path(slug, '/members?limit=100'))).body.items as { name: string; role: string }[]).map((m) => [m.name, m.role]));

describe('joining', () => {
  it('joins an open community at once; the member count and the member list follow', async () => {
    const c = await formedCommunity(t, { admin: admin.client, joinPolicy: 'open' });
    const newcomer = await signedInUser(t, { name: 'نیما کاظمی' });
    const before = (await newcomer.client.get(path(c.slug))).body;
    expect(before.membersCount).toBe(4);
    expect(before.viewer).toMatchObject({ role: null, can: { join: true, requestToJoin: false, leave: false, invite: false } });
    expect((await newcomer.client.post(path(c.slug, '/join'))).body).toEqual({ state: 'active' });
    const after = (await newcomer.client.get(path(c.slug))).body;
    expect(after).toMatchObject({ membersCount: 5, viewer: { role: 'member', can: { join: false, leave: true } } });
    expect((await roles(newcomer.client, c.slug))['نیما کاظمی']).toBe('member');
    const again = await newcomer.client.post(path(c.slug, '/join'));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_member');
  });

  it('asks to join a community that takes requests; a facilitator approves one and declines another, and both are told by mail', async () => {
    const c = await formedCommunity(t, { admin: admin.client, joinPolicy: 'request' });
    const asker = await signedInUser(t, { name: 'لیلا نوری' });
    const declined = await signedInUser(t, { name: 'کامران صالحی' });
    expect((await asker.client.post(path(c.slug, '/join'), { note: 'پژوهشگر انرژی هستم' })).body).toEqual({ state: 'requested' });
    await declined.client.post(path(c.slug, '/join'));
    expect((await asker.client.get(path(c.slug))).body.viewer).toMatchObject({ role: null, requested: true, can: { requestToJoin: false } });
    expect((await asker.client.post(path(c.slug, '/join'))).body.code).toBe('already_requested');

    // A plain member cannot see or answer requests.
    expect((await c.member.client.get(path(c.slug, '/join-requests'))).status).toBe(403);
    const waiting = await c.facilitator.client.get(path(c.slug, '/join-requests'));
    expect(waiting.body.items).toEqual([
      expect.objectContaining({ userId: asker.me.id, name: 'لیلا نوری', note: 'پژوهشگر انرژی هستم' }),
      expect.objectContaining({ userId: declined.me.id }),
    ]);
    expect((await c.facilitator.client.post(path(c.slug, `/join-requests/${asker.me.id}/approve`))).status).toBe(204);
    expect((await c.facilitator.client.post(path(c.slug, `/join-requests/${declined.me.id}/decline`))).status).toBe(204);
    expect((await asker.client.get(path(c.slug))).body.viewer.role).toBe('member');
    expect((await declined.client.get(path(c.slug))).body.viewer).toMatchObject({ role: null, requested: false });
    await t.runJobs();
    await t.smtp!.waitFor(asker.email, 10_000, (m) => m.text.includes('پذیرفته شد.'));
    await t.smtp!.waitFor(declined.email, 10_000, (m) => m.text.includes('پذیرفته نشد.'));
  });

  it('refuses joining an invitation-only community', async () => {
    const c = await formedCommunity(t, { admin: admin.client, joinPolicy: 'invitation' });
    const outsider = await signedInUser(t);
    expect((await outsider.client.get(path(c.slug))).body.viewer.can).toMatchObject({ join: false, requestToJoin: false });
    expect((await outsider.client.post(path(c.slug, '/join'))).status).toBe(403);
    expect((await new ApiClient(t.app).post(path(c.slug, '/join'))).status).toBe(401);
  });
});

describe('invitations', () => {
  it('invites by email a person not yet registered, who registers and accepts from the mailed link', async () => {
    const c = await formedCommunity(t, { admin: admin.client, joinPolicy: 'invitation' });
    const sent = await c.chair.client.post(path(c.slug, '/invitations'), { email: 'Parisa.Mahdavi@example.org', name: 'پریسا مهدوی', role: 'secretary' });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ email: 'Parisa.Mahdavi@example.org', name: 'پریسا مهدوی', role: 'secretary', state: 'pending', invitedBy: 'علی رضایی' });
    await t.runJobs();
    const mail = await t.smtp!.waitFor('Parisa.Mahdavi@example.org');
    const token = tokenOf(linkIn(mail, '/invitations/accept'));

    // Visitors may look at the invitation, but must sign in to accept it.
    const visitor = new ApiClient(t.app);
    expect((await visitor.post('/api/invitations/lookup', { token })).body.role).toBe('secretary');
    expect((await visitor.post('/api/invitations/accept', { token })).status).toBe(401);

    const parisa = await signedInUser(t, { email: 'parisa.m@example.org', name: 'پریسا مهدوی' });
    const accepted = await parisa.client.post('/api/invitations/accept', { token });
    expect(accepted.body).toEqual({ slug: c.slug });
    expect((await parisa.client.get(path(c.slug))).body.viewer.role).toBe('secretary');
    // A link works once.
    const reused = await parisa.client.post('/api/invitations/accept', { token });
    expect(reused.status).toBe(400);
    expect(reused.body.code).toBe('token_invalid');
  });

  it('invites a registered user from the directory; only they can answer it, in the app or from the mail', async () => {
    const c = await formedCommunity(t, { admin: admin.client });
    const invitee = await signedInUser(t, { name: 'امید فرهادی' });
    const someoneElse = await signedInUser(t);
    const found = await c.facilitator.client.get(`/api/users?q=${encodeURIComponent('اميد فرهادي')}`);
    expect(found.body.items.map((p: { id: string }) => p.id)).toContain(invitee.me.id);
    const sent = await c.facilitator.client.post(path(c.slug, '/invitations'), { userId: invitee.me.id, role: 'member' });
    expect(sent.status).toBe(201);
    await t.runJobs();
    const token = tokenOf(linkIn(await t.smtp!.waitFor(invitee.email), '/invitations/accept'));

    const stolen = await someoneElse.client.post('/api/invitations/accept', { token });
    expect(stolen.status).toBe(403);
    expect(stolen.body.code).toBe('invitation_for_other');
    expect((await someoneElse.client.post('/api/invitations/accept', { id: sent.body.id })).status).toBe(400);

    const mine = await invitee.client.get('/api/me/invitations');
    expect(mine.body.items).toEqual([expect.objectContaining({ id: sent.body.id, community: { slug: c.slug, title: 'انجمن خبرگی بهره‌وری انرژی' } })]);
    expect((await invitee.client.get(path(c.slug))).body.viewer.invitationId).toBe(sent.body.id);
    expect((await invitee.client.post('/api/invitations/decline', { id: sent.body.id })).status).toBe(200);
    expect((await invitee.client.get(path(c.slug))).body.viewer).toMatchObject({ role: null, invitationId: null });

    // Inviting a member again is refused; neither a token nor an id (or both) is a field error.
    const twice = await c.chair.client.post(path(c.slug, '/invitations'), { userId: c.member.me.id, role: 'member' });
    expect(twice.body.code).toBe('already_member');
    const both = await invitee.client.post('/api/invitations/accept', { token, id: sent.body.id });
    expect(both.status).toBe(400);
    expect(both.body.errors[0].field).toBe('token');
    expect((await c.chair.client.post(path(c.slug, '/invitations'), { role: 'member' })).body.errors[0].field).toBe('email');
  });

  it('shows an invitation sent to a registered address in the app; an unanswered one expires after 14 days', async () => {
    const c = await formedCommunity(t, { admin: admin.client });
    const known = await signedInUser(t, { email: 'known.person@example.org' });
    const late = await signedInUser(t, { email: 'late.person@example.org' });
    await c.chair.client.post(path(c.slug, '/invitations'), { email: 'KNOWN.person@example.org', role: 'member' });
    const sent = await c.chair.client.post(path(c.slug, '/invitations'), { email: 'late.person@example.org', role: 'member' });
    const mine = await known.client.get('/api/me/invitations');
    expect(mine.body.items).toHaveLength(1);
    expect((await known.client.post('/api/invitations/accept', { id: mine.body.items[0].id })).status).toBe(200);
    expect((await known.client.get(path(c.slug))).body.viewer.role).toBe('member');
    // Someone else cannot answer it by id.
    expect((await known.client.post('/api/invitations/accept', { id: sent.body.id })).body.code).toBe('token_invalid');

    t.clock.advance(14 * 86_400_000 + 1000);
    expect((await late.client.get('/api/me/invitations')).body.items).toEqual([]);
    const expired = await late.client.post('/api/invitations/accept', { id: sent.body.id });
    expect(expired.status).toBe(400);
    expect(expired.body.code).toBe('token_expired');
  });

  it('lets a guest expert in until the end date, after which access ends by itself', async () => {
    const c = await formedCommunity(t, { admin: admin.client, visibility: 'private', joinPolicy: 'invitation' });
    const expert = await signedInUser(t, { name: 'علي الحسيني', locale: 'ar' });
    const missingEnd = await c.chair.client.post(path(c.slug, '/invitations'), { userId: expert.me.id, role: 'guest_expert' });
    expect(missingEnd.body.errors).toEqual([expect.objectContaining({ field: 'accessEndsAt', code: 'required' })]);
    const past = await c.chair.client.post(path(c.slug, '/invitations'), { userId: expert.me.id, role: 'guest_expert', accessEndsAt: new Date(t.clock.now().getTime() - 1000).toISOString() });
    expect(past.body.errors).toEqual([expect.objectContaining({ field: 'accessEndsAt', code: 'futureDate' })]);

    const ends = new Date(t.clock.now().getTime() + 7 * 86_400_000);
    const sent = await c.chair.client.post(path(c.slug, '/invitations'), { userId: expert.me.id, role: 'guest_expert', accessEndsAt: ends.toISOString() });
    // Invited to a private community: the profile is visible, to decide; its members are not yet.
    expect((await expert.client.get(path(c.slug))).body.viewer).toMatchObject({ role: null, invitationId: sent.body.id });
    expect((await expert.client.get(path(c.slug, '/members'))).status).toBe(404);
    await expert.client.post('/api/invitations/accept', { id: sent.body.id });
    const inside = await expert.client.get(path(c.slug));
    expect(inside.body.viewer).toMatchObject({ role: 'guest_expert', accessEndsAt: ends.toISOString() });
    expect((await expert.client.get('/api/communities?mine=true')).body.items).toHaveLength(1);

    t.clock.advance(7 * 86_400_000 + 1000);
    expect((await expert.client.get(path(c.slug))).status).toBe(404);
    expect((await expert.client.get('/api/communities?mine=true')).body.items).toHaveLength(0);
    expect((await roles(c.chair.client, c.slug))['علي الحسيني']).toBeUndefined();
  });
});

describe('roles and leaving', () => {
  it('hands the chair over in one step, keeping exactly one chair', async () => {
    const c = await formedCommunity(t, { admin: admin.client });
    const handover = await c.chair.client.patch(path(c.slug, `/members/${c.facilitator.me.id}`), { role: 'chair', previousChairRole: 'facilitator' });
    expect(handover.status).toBe(204);
    const now = await roles(admin.client, c.slug);
    expect(Object.values(now).filter((r) => r === 'chair')).toHaveLength(1);
    expect(now['علی رضایی']).toBe('facilitator');
    expect(now['عضو هسته 1']).toBe('chair');
    // The former chair no longer changes roles; the new one does.
    expect((await c.chair.client.patch(path(c.slug, `/members/${c.member.me.id}`), { role: 'secretary' })).status).toBe(403);
    expect((await c.facilitator.client.patch(path(c.slug, `/members/${c.member.me.id}`), { role: 'secretary' })).status).toBe(204);
    // Taking the chair away without a successor is refused.
    const demote = await c.facilitator.client.patch(path(c.slug, `/members/${c.facilitator.me.id}`), { role: 'member' });
    expect(demote.status).toBe(409);
    expect(demote.body.code).toBe('chair_required');
  });

  it('lets a member leave but not the chair; a leader removes a member with a reason that is mailed to them', async () => {
    const c = await formedCommunity(t, { admin: admin.client });
    const chairLeaves = await c.chair.client.post(path(c.slug, '/leave'));
    expect(withoutRequestId(chairLeaves.body)).toEqual({
      type: 'urn:majma:problem:chair_required',
      title: 'Conflict',
      status: 409,
      code: 'chair_required',
      detail: 'A community always has exactly one chair; hand the chair over to another member first.',
    });
    expect((await c.secretary.client.post(path(c.slug, '/leave'))).status).toBe(204);
    expect((await c.secretary.client.get(path(c.slug))).body.viewer.role).toBeNull();

    // A member cannot remove anyone; a facilitator cannot remove the chair.
    expect((await c.member.client.post(path(c.slug, `/members/${c.facilitator.me.id}/remove`), { reason: 'x' })).status).toBe(403);
    expect((await c.facilitator.client.post(path(c.slug, `/members/${c.chair.me.id}/remove`), { reason: 'x' })).body.code).toBe('chair_required');
    expect((await c.facilitator.client.post(path(c.slug, `/members/${c.member.me.id}/remove`), { reason: '' })).status).toBe(400);
    expect((await c.facilitator.client.post(path(c.slug, `/members/${c.member.me.id}/remove`), { reason: 'عدم مشارکت در شش جلسه پیاپی' })).status).toBe(204);
    expect((await c.member.client.get(path(c.slug))).body.viewer.role).toBeNull();
    await t.runJobs();
    const mail = await t.smtp!.waitFor(c.member.email, 10_000, (m) => m.subject === 'پایان عضویت در «انجمن خبرگی بهره‌وری انرژی»');
    expect(mail.text).toContain('عدم مشارکت در شش جلسه پیاپی');

    const history = await c.chair.client.get(path(c.slug, '/history'));
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['removed', 'left', 'created']));
    expect(history.body.items.find((e: { action: string }) => e.action === 'removed')).toMatchObject({ detail: { reason: 'عدم مشارکت در شش جلسه پیاپی' } });
  });
});

describe('profiles between members', () => {
  it('shows members-only profile fields to people who share a community, and to nobody else signed in', async () => {
    const c = await formedCommunity(t, { admin: admin.client });
    await c.member.client.patch('/api/me/profile', { profile: { phone: '021-88001122' }, visibility: { phone: 'members' } });
    const outsider = await signedInUser(t);
    const phoneSeenBy = async (client: ApiClient) => (await client.get(`/api/users/${c.member.me.id}`)).body.fields.phone;
    expect(await phoneSeenBy(c.secretary.client)).toBe('021-88001122');
    expect(await phoneSeenBy(outsider.client)).toBeUndefined();
    // The member list and people search follow the same rule.
    await c.member.client.patch('/api/me/profile', { profile: { organization: 'اندیشکده' }, visibility: { organization: 'members' } });
    const orgIn = async (client: ApiClient) => ((await client.get(path(c.slug, '/members?limit=100'))).body.items as { userId: string; organization: string }[]).find((m) => m.userId === c.member.me.id)!.organization;
    expect(await orgIn(c.chair.client)).toBe('اندیشکده');
    expect(await orgIn(outsider.client)).toBe('');
    // Leaving ends it.
    await c.secretary.client.post(path(c.slug, '/leave'));
    expect(await phoneSeenBy(c.secretary.client)).toBeUndefined();
  });
});

describe('lifecycle', () => {
  it('goes active → at risk → dissolved (read-only, out of the directory, still readable to members) → reactivated, all recorded', async () => {
    const c = await formedCommunity(t, { admin: admin.client });
    const outsider = await signedInUser(t);
    expect((await c.chair.client.post(path(c.slug, '/state'), { state: 'dissolved', reason: 'x' })).status).toBe(403);
    expect((await admin.client.post(path(c.slug, '/state'), { state: 'at_risk', reason: 'سه ماه بدون جلسه' })).body).toMatchObject({ state: 'at_risk', stateReason: 'سه ماه بدون جلسه' });
    const dissolved = await admin.client.post(path(c.slug, '/state'), { state: 'dissolved', reason: 'عدم فعالیت مؤثر' });
    expect(dissolved.body).toMatchObject({ state: 'dissolved', stateReason: 'عدم فعالیت مؤثر', viewer: { can: { edit: false, invite: false } } });

    const directory = await outsider.client.get(`/api/communities?q=${encodeURIComponent('بهره‌وری انرژی')}&limit=100`);
    expect(directory.body.items.map((x: { slug: string }) => x.slug)).not.toContain(c.slug);
    const dissolvedList = await outsider.client.get('/api/communities?state=dissolved&limit=100');
    expect(dissolvedList.body.items.map((x: { slug: string }) => x.slug)).toContain(c.slug);

    // Read-only: no joining, inviting, editing or role changes; members still read it all.
    for (const res of [
      await outsider.client.post(path(c.slug, '/join')),
      await c.chair.client.post(path(c.slug, '/invitations'), { email: 'x@example.org', role: 'member' }),
      await c.chair.client.patch(path(c.slug), { title: 'تازه' }),
      await c.chair.client.patch(path(c.slug, `/members/${c.member.me.id}`), { role: 'secretary' }),
      await c.member.client.post(path(c.slug, '/leave')),
    ]) {
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('community_dissolved');
    }
    expect((await c.member.client.get(path(c.slug))).body.viewer.role).toBe('member');
    expect((await c.member.client.get(path(c.slug, '/members'))).body.items).toHaveLength(4);

    expect((await admin.client.post(path(c.slug, '/state'), { state: 'at_risk', reason: 'x' })).body.code).toBe('invalid_transition');
    const back = await admin.client.post(path(c.slug, '/state'), { state: 'active', reason: 'برنامه جدید جلسات' });
    expect(back.body).toMatchObject({ state: 'active', stateReason: 'برنامه جدید جلسات', viewer: { can: { edit: true } } });
    const states = (await admin.client.get(path(c.slug, '/history'))).body.items.filter((e: { action: string }) => e.action === 'state_changed').map((e: { detail: { to: string } }) => e.detail.to);
    expect(states).toEqual(['active', 'dissolved', 'at_risk']);
  });

  it('lets the chair edit the profile and re-indexes it for search', async () => {
    const c = await formedCommunity(t, { admin: admin.client });
    expect((await c.facilitator.client.patch(path(c.slug), { title: 'x' })).status).toBe(403);
    const edited = await c.chair.client.patch(path(c.slug), { title: 'انجمن خبرگی مدیریت کیفیت', description: 'شرح تازه', joinPolicy: 'request' });
    expect(edited.body).toMatchObject({ title: 'انجمن خبرگی مدیریت کیفیت', description: 'شرح تازه', joinPolicy: 'request', slug: c.slug });
    const found = await admin.client.get(`/api/communities?q=${encodeURIComponent('مديريت كيفيت')}`);
    expect(found.body.items.map((x: { slug: string }) => x.slug)).toContain(c.slug);
  });
});

describe('the directory', () => {
  it('finds by title or domain with Arabic letters, digits and ZWNJ variants; filters by kind and level; pages', async () => {
    const applicant = await signedInUser(t);
    const { core } = await coreUsers(t, 2);
    const made: string[] = [];
    for (const [title, level] of [
      ['شبکه سازمان‌های مردم‌نهاد ۱', 'national'],
      ['شبکه سازمان‌های مردم‌نهاد ۲', 'sectoral'],
      ['شبکه سازمان‌های مردم‌نهاد ۳', 'national'],
    ] as const) {
      const created = await applicant.client.post('/api/formation-requests', {});
      await applicant.client.patch(`/api/formation-requests/${created.body.id}`, {
        ...completeForm(core),
        title,
        level,
        domain: 'تشبیک نهادهای جامعه مدنی',
      });
      await applicant.client.post(`/api/formation-requests/${created.body.id}/submit`);
      const ok = await admin.client.post(`/api/admin/formation-requests/${created.body.id}/approve`, { ...APPROVAL, kind: 'organization_network' });
      made.push(ok.body.communitySlug);
      t.clock.advance(1000);
    }
    // Arabic yeh and kaf, no ZWNJ, Arabic-Indic digit: still the same words.
    const q = encodeURIComponent('سازمانهاي مردمنهاد ٣');
    expect((await applicant.client.get(`/api/communities?q=${q}`)).body.items.map((x: { slug: string }) => x.slug)).toEqual([made[2]]);
    const byDomain = await applicant.client.get(`/api/communities?q=${encodeURIComponent('جامعه مدني')}&kind=organization_network&level=national`);
    expect(byDomain.body.items.map((x: { slug: string }) => x.slug)).toEqual([made[2], made[0]]);
    const page1 = await applicant.client.get(`/api/communities?q=${encodeURIComponent('مردم‌نهاد')}&limit=2`);
    expect(page1.body.items).toHaveLength(2);
    const page2 = await applicant.client.get(`/api/communities?q=${encodeURIComponent('مردم‌نهاد')}&limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body).toMatchObject({ items: [expect.objectContaining({ slug: made[0], kind: 'organization_network', membersCount: 1 })], nextCursor: null });
    const badFilter = await applicant.client.get('/api/communities?kind=club');
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.errors[0].field).toBe('kind');
  });

  it('never shows a private community to outsiders: not in lists, searches, the page or its members', async () => {
    const c = await formedCommunity(t, { admin: admin.client, visibility: 'private', joinPolicy: 'invitation' });
    await admin.client.patch(path(c.slug), { title: 'انجمن محرمانه راهبردی' });
    const outsider = await signedInUser(t);
    const visitor = new ApiClient(t.app);
    const q = `/api/communities?q=${encodeURIComponent('محرمانه')}&limit=100`;
    for (const client of [outsider.client, visitor]) {
      expect((await client.get(q)).body.items).toEqual([]);
      expect((await client.get('/api/communities?limit=100')).body.items.map((x: { slug: string }) => x.slug)).not.toContain(c.slug);
      expect((await client.get(path(c.slug))).status).toBe(404);
      expect((await client.get(path(c.slug, '/members'))).status).toBe(404);
    }
    expect((await c.member.client.get(q)).body.items.map((x: { slug: string }) => x.slug)).toEqual([c.slug]);
    expect((await admin.client.get(q)).body.items.map((x: { slug: string }) => x.slug)).toEqual([c.slug]);
  });
});
