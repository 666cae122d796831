import { ROLES } from './modules/communities/service.js';

/** Shown on the console at every demo start; demo accounts are for trying the app only. */
export const DEMO_PASSWORD = 'majma-demo-1405';

/** Demo people, named and described in the words of the source documents. */
export const DEMO_USERS = [
  {
    email: 'admin@majma.local',
    name: 'مریم احمدی',
    role: 'admin' as const,
    note: 'مدیر سازمان میزبان (admin)',
    profile: { jobTitle: 'کارشناس ارشد مدیریت دانش', organization: 'سازمان ملی بهره‌وری ایران', degree: 'دکتری', fieldOfStudy: 'مدیریت دانش', expertise: ['مدیریت دانش', 'بهره‌وری'] },
  },
  {
    email: 'chair@majma.local',
    name: 'علی رضایی',
    role: 'user' as const,
    note: 'رئیس انجمن (chair)',
    profile: { jobTitle: 'استاد دانشگاه', organization: 'دانشگاه تهران', degree: 'دکتری', fieldOfStudy: 'مهندسی صنایع', expertise: ['بهره‌وری', 'مهندسی صنایع'] },
  },
  {
    email: 'facilitator@majma.local',
    name: 'زهرا محمدی',
    role: 'user' as const,
    note: 'تسهیل‌گر (facilitator)',
    profile: { jobTitle: 'مشاور سازمانی', organization: 'مؤسسه پژوهشی توسعه', degree: 'کارشناسی ارشد', fieldOfStudy: 'مدیریت منابع انسانی', expertise: ['تسهیل‌گری', 'یادگیری سازمانی'] },
  },
  {
    email: 'secretary@majma.local',
    name: 'حسین کریمی',
    role: 'user' as const,
    note: 'دبیر (secretary)',
    profile: { jobTitle: 'کارشناس', organization: 'سازمان ملی بهره‌وری ایران', degree: 'کارشناسی', fieldOfStudy: 'علم اطلاعات و دانش‌شناسی', expertise: ['مستندسازی'] },
  },
  {
    email: 'member@majma.local',
    name: 'فاطمه حسینی',
    role: 'user' as const,
    note: 'عضو (member)',
    profile: { jobTitle: 'پژوهشگر', organization: 'اندیشکده سیاست‌گذاری', degree: 'دانشجوی دکتری', fieldOfStudy: 'اقتصاد', expertise: ['اقتصاد کلان', 'سیاست‌گذاری عمومی'] },
  },
  {
    email: 'expert@majma.local',
    name: 'علي الحسيني',
    role: 'user' as const,
    note: 'خبير ضيف (guest expert, Arabic)',
    locale: 'ar' as const,
    profile: { jobTitle: 'خبير شبكات المجتمع المدني', organization: 'شبكة المنظمات الأهلية', expertise: ['التشبيك', 'المجتمع المدني'] },
  },
];

type Services = import('./services.js').Services;
type Ctx = import('./actor.js').Ctx;

/** A demo person's request context, as if they had signed in. */
async function demoCtx(services: Services, email: string): Promise<Ctx> {
  const contact = await services.accounts.contactByEmail(email);
  if (!contact) throw new Error(`demo user ${email} missing`);
  const isAdmin = email === 'admin@majma.local';
  return { actor: { userId: contact.id, role: isAdmin ? 'admin' : 'user', sessionId: 'demo' }, locale: contact.locale, ip: '127.0.0.1', userAgent: 'demo' };
}

const FORM = {
  platforms: 'جلسات ماهانه حضوری و برخط، و تالار گفت‌وگوی مجمع برای تعامل روزمره و غیررسمی',
  knowledgeTools: 'پایگاه دانش و ویکی‌های مشارکتی مجمع برای مستندسازی کامل مباحث',
  hasPriorExperience: true,
  priorExperience: 'عضویت در انجمن‌های تخصصی دانشگاهی و همکاری در شبکه‌های حرفه‌ای',
  funding: 'حق عضویت داوطلبانه و حمایت سازمان میزبان',
  supportNeeded: 'به رسمیت شناختن فعالیت انجمن، فضای برگزاری جلسات و زیرساخت‌های ارتباطی',
  acknowledged: true,
};

/**
 * Demo communities from the seeds' themes, formed the real way (request → approval →
 * invitations accepted), with members in every role, and one request waiting for review.
 */
export async function createDemoCommunities(services: Services) {
  const { communities } = services;
  const admin = await demoCtx(services, 'admin@majma.local');
  const ctx = Object.fromEntries(await Promise.all(DEMO_USERS.map(async (u) => [u.email.split('@')[0]!, await demoCtx(services, u.email)] as const)));
  const id = (name: string) => ctx[name]!.actor!.userId;

  async function form(applicant: string, request: Parameters<typeof communities.createRequest>[1], approval: Parameters<typeof communities.approveRequest>[2], joiners: string[]) {
    const draft = await communities.createRequest(ctx[applicant]!, { ...FORM, applicant: { phone: '۰۲۱-۴۲۳۹۱۰۰۰' }, ...request });
    await communities.submitRequest(ctx[applicant]!, draft.id);
    const approved = await communities.approveRequest(admin, draft.id, approval);
    for (const name of joiners) {
      const [invitation] = (await communities.myInvitations(ctx[name]!)).items;
      if (invitation) await communities.answerInvitation(ctx[name]!, { id: invitation.id }, true);
    }
    return approved.communitySlug!;
  }

  const productivity = await form(
    'chair',
    {
      title: 'انجمن خبرگی بهره‌وری',
      domain: 'بهره‌وری نیروی کار، سرمایه و انرژی در بخش‌های مختلف اقتصادی',
      goals: 'ایجاد بستری برای تبادل دانش و تجارب تخصصی؛ تشویق به نوآوری و خلاقیت در حل مسائل؛ شناسایی و توسعه تجربیات موفق و راهکارهای اثربخش؛ ایجاد شبکه‌ای پایدار از خبرگان',
      rationale: 'بهره‌برداری از دانش و تجربه به‌عنوان منابع حیاتی برای رشد و نوآوری در سازمان‌ها',
      scope: 'در سطح ملی، با حضور متخصصان بخش‌های دولتی و خصوصی',
      kind: 'expert_association',
      level: 'national',
      geography: 'national',
      coreMembers: [
        { userId: id('facilitator'), role: 'facilitator' },
        { userId: id('secretary'), role: 'secretary' },
        { userId: id('member'), role: 'member' },
      ],
    },
    { kind: 'expert_association', structure: 'horizontal', formality: 'informal', visibility: 'public', joinPolicy: 'request', slug: 'productivity-experts' },
    ['facilitator', 'secretary', 'member'],
  );
  // A guest expert for three months, invited by the chair.
  const ends = new Date(Date.now() + 90 * 86_400_000).toISOString();
  await communities.invite(ctx.chair!, productivity, { userId: id('expert'), role: 'guest_expert', accessEndsAt: ends });
  const [guestInvite] = (await communities.myInvitations(ctx.expert!)).items;
  if (guestInvite) await communities.answerInvitation(ctx.expert!, { id: guestInvite.id }, true);

  await form(
    'facilitator',
    {
      title: 'شبکه سازمان‌های مردم‌نهاد توسعه محلی',
      domain: 'شبکه‌سازی سمن‌ها: تبادل دانش و اطلاعات میان سازمان‌های مردم‌نهاد',
      goals: 'تعریف زمینه مشترک، به‌هم پیوند دادن نیروها و افزایش ظرفیت و توان چانه‌زنی سمن‌ها',
      rationale: 'شبکه‌سازی شیوه‌ای کارآمد برای تقویت سازمان‌های جامعه مدنی است',
      scope: 'شبکه‌ای منطقه‌ای از سمن‌های فعال در توسعه محلی',
      kind: 'organization_network',
      level: 'sectoral',
      geography: 'regional',
      coreMembers: [
        { userId: id('member'), role: 'secretary' },
        { userId: id('chair'), role: 'member' },
      ],
    },
    { kind: 'organization_network', structure: 'horizontal', formality: 'formal', visibility: 'public', joinPolicy: 'open', slug: 'ngo-network' },
    ['member', 'chair'],
  );

  await form(
    'expert',
    {
      title: 'مجتمع التعلم في التشبيك المدني',
      domain: 'آليات تنشيط وتقييم الشبكات في العمل الجمعي',
      goals: 'الإطلاع على منهجية بناء الشبكة والتمكن من فهم دقيق للتشبيك وأهدافه وفوائده',
      rationale: 'توفر مجتمعات التعلم فرصًا متنوعة للتطوير الشخصي والتعلم التخصصي',
      scope: 'مجتمع تعلم إقليمي للعاملين في منظمات المجتمع المدني',
      kind: 'learning_community',
      level: 'sectoral',
      geography: 'international',
      coreMembers: [
        { userId: id('facilitator'), role: 'facilitator' },
        { userId: id('secretary'), role: 'member' },
      ],
    },
    { kind: 'learning_community', structure: 'horizontal', formality: 'informal', visibility: 'private', joinPolicy: 'invitation', slug: 'civic-networking-learning' },
    ['facilitator', 'secretary'],
  );

  // One request waiting in the administrators' queue.
  const pending = await communities.createRequest(ctx.member!, {
    ...FORM,
    applicant: { phone: '۰۹۱۲۳۴۵۶۷۸۹' },
    title: 'انجمن خبرگی سیاست‌گذاری عمومی',
    domain: 'سیاست‌گذاری عمومی و ارزیابی سیاست‌ها',
    goals: 'انتقال دانش تخصصی به سیاست‌گذاران و تصمیم‌گیرندگان',
    rationale: 'نیاز به پیوند دانش خبرگان با فرایند تصمیم‌گیری',
    scope: 'سطح ملی',
    kind: 'expert_association',
    level: 'national',
    geography: 'national',
    hasPriorExperience: false,
    priorExperience: '',
    coreMembers: [
      { userId: id('secretary'), role: 'secretary' },
      { name: 'رضا توکلی', position: 'پژوهشگر ارشد', organization: 'اندیشکده سیاست‌گذاری', email: 'reza.tavakoli@example.org', role: 'facilitator' },
    ],
  });
  await communities.submitRequest(ctx.member!, pending.id);
}

/** The source's call: six domains, six audience groups, open now, with a few contributions. */
export async function createDemoCall(services: Services) {
  const { calls } = services;
  const admin = await demoCtx(services, 'admin@majma.local');
  const day = 86_400_000;
  const call = await calls.createCall(admin, {
    title: 'مشارکت در تدوین سیاست‌های کلی برنامه هفتم',
    summary: 'فراخوان جمع‌سپاری برای بهره‌مندی از ظرفیت‌های فکری اندیشکده‌ها، پژوهشکده‌ها، اساتید، دانشجویان تحصیلات تکمیلی، مدیران اجرایی و عموم مردم.',
    description:
      'دبیرخانه در راستای مأموریت‌های خویش مصمم است زمینه‌هایی را ایجاد نماید تا از **ظرفیت‌های ارزشمند فکری**، تجارب مدیران اجرایی کشور و دانش پژوهشگران از طریق رویکرد جمع‌سپاری بهره‌مند گردد.\n\n- نظرات در یکی از شش محور فراخوان ارسال شود.\n- هیأت‌های بررسی و داوری هر محور نظرات واصله را بررسی می‌کنند.',
    domains: [
      { key: 'culture', title: 'علمی، فرهنگی و اجتماعی', description: '' },
      { key: 'economy', title: 'اقتصاد کلان، بازرگانی و اداری', description: '' },
      { key: 'infrastructure', title: 'زیربنایی و تولیدی', description: '' },
      { key: 'security', title: 'سیاسی، دفاعی و امنیتی', description: '' },
      { key: 'health', title: 'سلامت', description: '' },
      { key: 'legal', title: 'حقوقی و قضایی', description: '' },
    ],
    audienceGroups: [
      { key: 'think_tanks', title: 'اندیشکده‌ها' },
      { key: 'research_institutes', title: 'پژوهشکده‌ها' },
      { key: 'professors', title: 'اساتید دانشگاه' },
      { key: 'graduate_students', title: 'دانشجویان تحصیلات تکمیلی' },
      { key: 'executives', title: 'مدیران اجرایی' },
      { key: 'public', title: 'عموم مردم' },
    ],
    opensAt: new Date(Date.now() - day).toISOString(),
    closesAt: new Date(Date.now() + 10 * day).toISOString(),
    blindReview: true,
    publicAfterClose: true,
    wordLimit: 2000,
    attachments: { allowed: true, maxBytes: 5 * 1024 * 1024, types: ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'], maxFiles: 3 },
  });
  await calls.publishCall(admin, call.id);
  const member = await demoCtx(services, 'member@majma.local');
  const chair = await demoCtx(services, 'chair@majma.local');
  await calls.contribute(member, call.id, { domainKey: 'economy', audienceGroup: 'think_tanks', title: 'مهار تورم با انضباط پولی', body: 'پیشنهاد می‌شود سیاست پولی با هدف‌گذاری تورم و استقلال بانک مرکزی همراه شود.', submit: true }, null);
  await calls.contribute(chair, call.id, { domainKey: 'infrastructure', audienceGroup: 'professors', title: 'بهره‌وری انرژی در صنایع', body: 'ارتقای بهره‌وری انرژی در صنایع انرژی‌بر باید از محورهای برنامه باشد.', submit: true }, null);
}

/**
 * A call that has closed and is under review, as the source ran it: blind review, a rubric,
 * one panel per domain with a chair and a secretary, automatic assignment, some scores given.
 */
export async function createDemoReview(services: Services) {
  const { calls, reviews } = services;
  const admin = await demoCtx(services, 'admin@majma.local');
  const people = Object.fromEntries(await Promise.all(DEMO_USERS.map(async (u) => [u.email.split('@')[0]!, await demoCtx(services, u.email)] as const)));
  const id = (name: string) => people[name]!.actor!.userId;
  const day = 86_400_000;
  const call = await calls.createCall(admin, {
    title: 'ایده‌های ارتقای بهره‌وری در دستگاه‌های اجرایی',
    summary: 'فراخوان جمع‌سپاری برای گردآوری ایده‌های نخبگان و عموم مردم درباره بهره‌وری نیروی کار و سرمایه در دستگاه‌های اجرایی.',
    description: 'نظرات واصله در هر عرصه را **هیأت بررسی و داوری** همان عرصه با داوری بی‌نام بررسی می‌کند.',
    domains: [
      { key: 'culture', title: 'علمی، فرهنگی و اجتماعی', description: '' },
      { key: 'economy', title: 'اقتصاد کلان، بازرگانی و اداری', description: '' },
    ],
    audienceGroups: [
      { key: 'think_tanks', title: 'اندیشکده‌ها' },
      { key: 'professors', title: 'اساتید دانشگاه' },
      { key: 'public', title: 'عموم مردم' },
    ],
    opensAt: new Date(Date.now() - 40 * day).toISOString(),
    closesAt: new Date(Date.now() + day).toISOString(),
    blindReview: true,
    publicAfterClose: true,
    wordLimit: 1000,
    attachments: { allowed: false, maxBytes: 1024 * 1024, types: [], maxFiles: 0 },
  });
  await calls.publishCall(admin, call.id);
  const ideas: [string, string, string, string, string][] = [
    ['member', 'economy', 'think_tanks', 'بودجه‌ریزی بر مبنای عملکرد', 'پیشنهاد می‌شود بودجه دستگاه‌ها به شاخص‌های بهره‌وری و نتایج قابل سنجش گره بخورد.'],
    ['member', 'culture', 'think_tanks', 'فرهنگ‌سازی بهره‌وری در مدارس', 'آموزش مفاهیم بهره‌وری و مدیریت زمان در برنامه درسی دوره متوسطه گنجانده شود.'],
    ['chair', 'economy', 'professors', 'حذف مجوزهای زائد کسب‌وکار', 'با یکپارچه‌سازی درگاه مجوزها، زمان صدور مجوز کوتاه و هزینه مبادله کم شود.'],
    ['facilitator', 'culture', 'public', 'یادگیری سازمانی در دستگاه‌ها', 'اجتماعات یادگیری کارکنان هر دستگاه تجربه‌های موفق را مستند و منتشر کنند.'],
    ['expert', 'economy', 'public', 'شبكات المنظمات الأهلية شريكاً في الرقابة', 'تُشرك شبكات المجتمع المدني في متابعة مؤشرات الإنتاجية في الأجهزة التنفيذية.'],
  ];
  for (const [who, domainKey, audienceGroup, title, body] of ideas) await calls.contribute(people[who]!, call.id, { domainKey, audienceGroup, title, body, submit: true }, null);
  // The call ran last month: it is closed now.
  await calls.updateCall(admin, call.id, { closesAt: new Date(Date.now() - 1000).toISOString() });
  await calls.advance({ callId: call.id });
  await calls.setCallState(admin, call.id, 'under_review');
  await reviews.setRubric(admin, call.id, [
    { key: 'novelty', title: 'نوآوری', description: 'تازگی ایده نسبت به سیاست‌های موجود', scaleMin: 1, scaleMax: 5, weight: 2, commentRequired: false },
    { key: 'feasibility', title: 'امکان‌پذیری', description: 'قابلیت اجرا با منابع و قوانین موجود', scaleMin: 1, scaleMax: 5, weight: 1.5, commentRequired: false },
    { key: 'alignment', title: 'هم‌راستایی با سیاست‌های کلی', description: '', scaleMin: 1, scaleMax: 5, weight: 1, commentRequired: true },
  ]);
  const panel = (title: string, domainKeys: string[]) => reviews.createPanel(admin, call.id, { title, domainKeys, reviewersPerContribution: 2, deadline: new Date(Date.now() + 20 * day).toISOString(), disagreementThreshold: 30 });
  const culture = await panel('هیأت بررسی و داوری نظرات واصله در عرصه علمی، فرهنگی و اجتماعی', ['culture']);
  const economy = await panel('هیأت بررسی و داوری نظرات واصله در عرصه اقتصاد کلان، بازرگانی و اداری', ['economy']);
  for (const [p, members] of [
    [culture, [['chair', 'chair'], ['secretary', 'secretary'], ['admin', 'reviewer'], ['expert', 'reviewer'], ['member', 'reviewer']]],
    [economy, [['facilitator', 'chair'], ['secretary', 'secretary'], ['admin', 'reviewer'], ['chair', 'reviewer'], ['expert', 'reviewer']]],
  ] as const) {
    for (const [who, role] of members) await reviews.setMember(admin, p.id, { userId: id(who), role });
    await reviews.autoAssign(admin, p.id);
  }
  // The administrator has reviewed what was given to them.
  for (const r of await reviews.myReviews(admin)) {
    const s = (score: number, comment = '') => ({ score, comment });
    await reviews.saveReview(admin, r.id, { scores: { novelty: s(4), feasibility: s(3), alignment: s(4, 'با سیاست‌های کلی برنامه هم‌راستاست.') }, comment: 'ایده روشن و قابل پیگیری است.', submit: true });
  }
}

/** A Gregorian date and HH:MM in Tehran, for demo schedules relative to now. */
const tehran = (instant: Date) => {
  const p = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const get = (type: string) => p.find((x) => x.type === type)!.value;
  return { date: `${get('year')}-${get('month')}-${get('day')}`, hour: Number(get('hour')), minute: Number(get('minute')) };
};
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The productivity association's meetings, as the guideline describes them: a monthly
 * experience-sharing session on the 10th of every Solar Hijri month with a set agenda, and a
 * problem-solving session about to start, so attendance and minutes can be tried at once.
 */
export async function createDemoMeetings(services: Services) {
  const { meetings } = services;
  const people = Object.fromEntries(await Promise.all(DEMO_USERS.map(async (u) => [u.email.split('@')[0]!, await demoCtx(services, u.email)] as const)));
  const id = (name: string) => people[name]!.actor!.userId;
  const monthly = await meetings.schedule(people.facilitator!, 'productivity-experts', {
    title: 'نشست ماهانهٔ تبادل تجربه',
    description: 'نشست ماهانهٔ انجمن برای ارائهٔ تجربیات موفق اعضا و پیگیری اقدامات. دستور جلسه از پیش تعیین می‌شود اما انعطاف‌پذیر است.',
    kind: 'hybrid',
    format: 'experience_sharing',
    place: 'تهران، سالن اجتماعات سازمان ملی بهره‌وری ایران',
    onlineUrl: 'https://meet.example.org/productivity-monthly',
    capacity: 30,
    startDate: tehran(new Date(Date.now() + 86_400_000)).date,
    startTime: '16:00',
    endTime: '18:00',
    recurrence: { freq: 'monthly', interval: 1, monthDay: 10 },
    count: 6,
    reminderMinutes: 1440,
    invitedRoles: [...ROLES],
  });
  for (const item of [
    { title: 'گزارش دبیر از پیگیری اقدامات جلسهٔ پیشین', durationMinutes: 15, presenterId: id('secretary') },
    { title: 'ارائهٔ تجربهٔ موفق: بهره‌وری انرژی در صنایع فولاد', durationMinutes: 45, presenterId: id('member') },
    { title: 'گفت‌وگو و جمع‌بندی؛ پیشنهاد دستور جلسهٔ آینده', durationMinutes: 30, presenterId: id('facilitator') },
  ]) {
    await meetings.addAgendaItem(people.facilitator!, monthly.id, item);
  }
  await meetings.rsvp(people.member!, monthly.id, 'yes');
  await meetings.rsvp(people.expert!, monthly.id, 'maybe');

  // Half an hour from now (tomorrow morning when that runs past the evening).
  const soon = tehran(new Date(Date.now() + 30 * 60_000));
  const start = soon.hour >= 21 ? { date: tehran(new Date(Date.now() + 86_400_000)).date, minutes: 10 * 60 } : { date: soon.date, minutes: soon.hour * 60 + soon.minute - (soon.minute % 5) };
  const session = await meetings.schedule(people.facilitator!, 'productivity-experts', {
    title: 'نشست هم‌اندیشی: کاهش اتلاف انرژی در ساختمان‌های اداری',
    description: 'نشست حل مسئله با حضور کارشناسان مهمان.',
    kind: 'online',
    format: 'problem_solving',
    place: '',
    onlineUrl: 'https://meet.example.org/energy-waste',
    capacity: null,
    startDate: start.date,
    startTime: hhmm(start.minutes),
    endTime: hhmm(start.minutes + 90),
    recurrence: null,
    reminderMinutes: 60,
    invitedRoles: [...ROLES],
  });
  for (const item of [{ title: 'طرح مسئله و داده‌های مصرف انرژی', durationMinutes: 20 }, { title: 'ایده‌پردازی گروهی و انتخاب راهکارها', durationMinutes: 50 }]) {
    await meetings.addAgendaItem(people.facilitator!, session.id, item);
  }
  await meetings.rsvp(people.member!, session.id, 'yes');
  await meetings.rsvp(people.chair!, session.id, 'yes');
}
