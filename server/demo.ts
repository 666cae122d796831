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
