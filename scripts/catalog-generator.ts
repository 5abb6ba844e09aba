/**
 * A deterministic generator of valid v1 catalogs, for the demo's sample catalog, tests and
 * benchmarks. The same options always give the same document. It is sample data: every document
 * says so in its `notice`. It lives in scripts/, outside src/, so it never ships in the package.
 */

import {
  audienceTerms,
  cityTranslations,
  courseTranslations,
  divisionTranslations,
  MISSION_TEXT,
  postTranslations,
  termId,
  topicTerms,
} from './catalog-translations.js';
import { POST_IMAGES, PROGRAM_IMAGES, TOPIC_IMAGES } from './sample-images.js';

/** Options for {@link generateCatalog}. */
export interface GenerateOptions {
  /** How many courses to write. */
  courses: number;
  /** Seed of the pseudo-random sequence. */
  seed: number;
  /** The date the sample is anchored to (YYYY-MM-DD): sessions fall after it, posts and updates weeks before it. */
  anchor?: string;
  /** Give two courses in three, most programs and most posts an image under `images/` (the demo's sample; its files come from sample-images.ts). */
  images?: boolean;
}

type Rng = () => number;

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const pickSome = <T>(r: Rng, list: readonly T[], max: number): T[] => {
  const count = 1 + Math.floor(r() * max);
  return [...new Set(Array.from({ length: count }, () => pick(r, list)))];
};

const SITES = {
  'global-academy': 'https://globalacademy.hms.harvard.edu',
  'continuing-education': 'https://cme.hms.harvard.edu',
  'global-education': 'https://oge.hms.harvard.edu',
} as const;

/** Course ideas by topic: [English title, one-line summary]. */
const COURSE_IDEAS: Record<string, [string, string][]> = {
  Cardiology: [
    ['Advances in Heart Failure Management', 'Guideline-directed therapy, devices and the patient who does not respond.'],
    ['Echocardiography Essentials for Clinicians', 'Reading the core views and knowing when to refer.'],
    ['Preventive Cardiology in Primary Care', 'Lipids, blood pressure and risk scores in a 20-minute visit.'],
  ],
  Oncology: [
    ['Immunotherapy in Solid Tumors: A Practical Update', 'Choosing checkpoint inhibitors and managing their toxicities.'],
    ['Cancer Survivorship Care', 'Long-term follow-up, late effects and coordination with primary care.'],
  ],
  Neurology: [
    ['Acute Stroke Care: From Door to Needle', 'Systems and decisions that shorten time to treatment.'],
    ['Headache Medicine Intensive', 'Migraine, cluster headache and the red flags not to miss.'],
  ],
  Psychiatry: [
    ['Treating Depression in Primary Care', 'Screening, first-line treatment and collaborative care.'],
    ['Addiction Medicine: Opioid Use Disorder', 'Buprenorphine, methadone and harm reduction in practice.'],
  ],
  Pediatrics: [
    ['Pediatric Emergency Medicine Update', 'The sick child: recognition, stabilization and transfer.'],
    ['Childhood Obesity: Evidence-Based Approaches', 'Family-centered care that works in clinic.'],
  ],
  'Emergency Medicine': [
    ['Point-of-Care Ultrasound for Emergency Physicians', 'Hands-on protocols for shock, trauma and dyspnea.'],
    ['Toxicology Emergencies', 'Poisonings and overdoses seen in every emergency department.'],
  ],
  'Internal Medicine': [
    ['Intensive Review of Internal Medicine', 'A comprehensive update for practice and board preparation.'],
    ['Hospital Medicine Update', 'New evidence for the inpatient physician.'],
  ],
  'Infectious Disease': [
    ['Antimicrobial Stewardship in Practice', 'Prescribing less and better without missing infection.'],
    ['Tropical and Travel Medicine', 'Fever in the returning traveler and pre-travel counseling.'],
  ],
  Endocrinology: [
    ['Diabetes Technology: Pumps, Sensors and Beyond', 'Continuous glucose monitoring and automated insulin delivery.'],
    ['Thyroid Disease Update', 'Nodules, cancer and subclinical disease.'],
  ],
  Radiology: [
    ['Artificial Intelligence in Radiology', 'What current tools do, and how to evaluate them.'],
    ['MRI of the Musculoskeletal System', 'A systematic approach to the joints that matter most.'],
  ],
  Surgery: [
    ['Robotic Surgery Fundamentals', 'Principles, team training and patient selection.'],
    ['Perioperative Medicine', 'Risk assessment and management around surgery.'],
  ],
  'Global Health': [
    ['Global Health Delivery', 'Designing care that reaches patients in low-resource settings.'],
    ['Health Systems Strengthening', 'Workforce, financing and supply chains.'],
  ],
  'Clinical Research': [
    ['Introduction to Biostatistics for Clinicians', 'Reading and running the analyses clinical papers use.'],
    ['Designing Clinical Trials', 'From the research question to the protocol.'],
    ['Principles of Epidemiology', 'Study designs, bias and causal inference.'],
  ],
  'Medical Education': [
    ['Teaching Clinical Reasoning', 'Making expert thinking visible to learners.'],
    ['Simulation-Based Education', 'Building scenarios and debriefing them well.'],
  ],
  Leadership: [
    ['Leading Change in Health Care', 'Frameworks and habits of effective clinical leaders.'],
    ['Physician Leadership Essentials', 'Finance, negotiation and teams for new leaders.'],
  ],
  'Palliative Care': [['Serious Illness Communication Skills', 'Talking about prognosis, goals and what matters most.']],
  Geriatrics: [['Caring for Older Adults with Dementia', 'Diagnosis, behavior and support for caregivers.']],
  Dermatology: [['Dermatology for Primary Care', 'The rashes and lesions seen every week.']],
};

/** A few titles in the languages the sample catalog is taught in. */
const TRANSLATED: Record<string, Record<string, [string, string]>> = {
  es: {
    Cardiology: ['Actualización en insuficiencia cardíaca', 'Tratamiento basado en guías y el paciente que no responde.'],
    'Clinical Research': ['Introducción a la bioestadística para médicos', 'Leer y realizar los análisis de los artículos clínicos.'],
    // A title of its own topic's: the sample's topics fit its titles in every language.
    'Global Health': ['Atención en salud global', 'Diseñar una atención que llegue a pacientes en entornos de bajos recursos.'],
    'Infectious Disease': ['Medicina tropical y del viajero', 'Fiebre en el viajero que regresa y consejo previo al viaje.'],
  },
  'pt-BR': {
    Oncology: ['Imunoterapia em tumores sólidos', 'Escolha de inibidores de checkpoint e manejo da toxicidade.'],
    'Emergency Medicine': ['Ultrassom à beira do leito na emergência', 'Protocolos práticos para choque, trauma e dispneia.'],
  },
  fr: {
    'Infectious Disease': ['Bon usage des antibiotiques', 'Prescrire moins et mieux sans manquer une infection.'],
    Leadership: ['Diriger le changement en santé', 'Cadres et habitudes des leaders cliniques efficaces.'],
  },
  ar: {
    'Medical Education': ['تعليم التفكير السريري', 'جعل تفكير الخبراء مرئيًا للمتعلمين.'],
  },
  'zh-Hans': {
    'Clinical Research': ['临床试验设计', '从研究问题到研究方案。'],
  },
};

const DIRECTORS = [
  'Maria Alvarez, MD',
  'James Okafor, MD, MPH',
  'Li Wei, MD, PhD',
  'Sarah Goldberg, MD',
  'Rahul Mehta, MBBS, MPH',
  'Ana Costa, MD, PhD',
  'David Kim, MD',
  'Fatima Haddad, MD',
  'Claire Dubois, MD',
  'Thomas Nguyen, MD, MBA',
];
const AUDIENCES = ['Physicians', 'Nurses', 'Nurse practitioners', 'Physician assistants', 'Pharmacists', 'Residents and fellows', 'Researchers'];
const PLACES = [
  { timeZone: 'America/New_York', name: 'Joseph B. Martin Conference Center', city: 'Boston', country: 'US' },
  { timeZone: 'America/Sao_Paulo', name: 'Centro de Convenções', city: 'São Paulo', country: 'BR' },
  { timeZone: 'Europe/Lisbon', name: 'NOVA Medical School', city: 'Lisbon', country: 'PT' },
  { timeZone: 'Asia/Dubai', name: 'Dubai Healthcare City', city: 'Dubai', country: 'AE' },
  { timeZone: 'Asia/Shanghai', name: 'Shenzhen Conference Hall', city: 'Shenzhen', country: 'CN' },
  { timeZone: 'Europe/Budapest', name: 'Semmelweis University', city: 'Budapest', country: 'HU' },
] as const;
/** The currency of a course held in a country: a live course is priced where it meets, an online one in US dollars. */
const CURRENCY: Record<string, string> = { US: 'USD', BR: 'BRL', PT: 'EUR', AE: 'AED', CN: 'CNY', HU: 'EUR' };
/** Units of each currency to the US dollar, roughly, and the step its prices are rounded to. */
const RATES: Record<string, [number, number]> = { USD: [1, 5], BRL: [5, 50], EUR: [0.92, 10], AED: [3.67, 50], CNY: [7.2, 100] };

/**
 * A course's price from its length and format, in the currency of where it meets: on-demand courses
 * cost less than live ones, and some short online ones and series are free. `tier` is a draw in [0, 1).
 */
function coursePrice(tier: number, hours: number, modality: string, country: string | undefined) {
  const online = modality === 'online' || modality === 'rss';
  if (online && tier < 0.2) return { free: true };
  const usd = online ? 95 + hours * 15 : 350 + hours * 40;
  const currency = online || !country ? 'USD' : (CURRENCY[country] ?? 'USD');
  const [rate, step] = RATES[currency];
  return { amount: Math.round((usd * rate) / step) * step, currency };
}

/** A second topic that fits a course, by its English title (none when the course has one topic only). */
const RELATED_TOPIC: Record<string, string> = {
  'Advances in Heart Failure Management': 'Internal Medicine',
  'Echocardiography Essentials for Clinicians': 'Radiology',
  'Preventive Cardiology in Primary Care': 'Internal Medicine',
  'Cancer Survivorship Care': 'Internal Medicine',
  'Acute Stroke Care: From Door to Needle': 'Emergency Medicine',
  'Treating Depression in Primary Care': 'Internal Medicine',
  'Pediatric Emergency Medicine Update': 'Emergency Medicine',
  'Childhood Obesity: Evidence-Based Approaches': 'Endocrinology',
  'Point-of-Care Ultrasound for Emergency Physicians': 'Radiology',
  'Tropical and Travel Medicine': 'Global Health',
  'Thyroid Disease Update': 'Oncology',
  'Perioperative Medicine': 'Internal Medicine',
  'Health Systems Strengthening': 'Leadership',
  'Principles of Epidemiology': 'Global Health',
  'Simulation-Based Education': 'Emergency Medicine',
  'Serious Illness Communication Skills': 'Oncology',
  'Caring for Older Adults with Dementia': 'Neurology',
  'Dermatology for Primary Care': 'Internal Medicine',
};

/**
 * Days before the anchor of the newest post and of the latest course update: the sample's anchor
 * (2027-01-04) is a few weeks after it was written, and nothing a page shows as past (a post, an
 * update) may be dated in a visitor's future.
 */
const POSTS_BEFORE = 45;

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .slice(0, 60) || 'course';

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const zonedCache = new Map<string, string>();

/** "2027-03-02T09:00:00-05:00": a wall-clock time in a zone, with that zone's offset on that day. */
export function zonedIso(date: string, time: string, timeZone: string): string {
  const key = `${date}|${time}|${timeZone}`;
  const cached = zonedCache.get(key);
  if (cached) return cached;
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const offsetAt = (instant: number) => {
    const name = format
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')!.value;
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  };
  const offset = offsetAt(wall - offsetAt(wall) * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = `${date}T${pad(hh)}:${pad(mm)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  zonedCache.set(key, iso);
  return iso;
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The organization, mission and divisions, as HMS Global Academy publishes them. */
export function organizationSection() {
  return {
    organization: {
      name: 'Harvard Medical School Global Academy',
      url: SITES['global-academy'],
      founded: 1782,
      facts: [
        { value: '1782', label: 'Harvard Medical School founded' },
        { value: '11,000+', label: 'physicians, researchers and faculty' },
        { value: '17', label: 'affiliated hospitals' },
        { value: '32', label: 'centers, divisions and institutes' },
      ].map((fact, i) => ({ ...fact, translations: MISSION_TEXT.facts[i] })),
    },
    mission: {
      statement:
        'On behalf of Global and Continuing Education, welcome to the Harvard Medical School Global Academy. Our goal is to provide pedagogically innovative, authoritative, and cutting-edge education across the spectrum of health care and biomedical science for physicians, physician extenders, and other colleagues globally.',
      attribution: {
        name: 'Ajay K. Singh MBBS, FRCP, MBA',
        title: 'Senior Associate Dean for Global and Continuing Education',
        translations: MISSION_TEXT.title,
      },
      translations: MISSION_TEXT.statement,
    },
    divisions: [
      {
        id: 'global-academy',
        name: 'HMS Global Academy',
        summary: 'Postgraduate online medical education: accredited and non-accredited courses, news and blogs.',
        url: `${SITES['global-academy']}/`,
        offerings: ['Accredited online courses', 'Non-accredited online courses', 'News and blogs'],
        translations: divisionTranslations('global-academy'),
      },
      {
        id: 'continuing-education',
        name: 'Continuing Education',
        summary: 'Courses directed by HMS faculty in the clinical departments of its affiliated hospitals.',
        url: `${SITES['continuing-education']}/`,
        offerings: ['Live Courses', 'Online Courses', 'Regularly Scheduled Series'],
        translations: divisionTranslations('continuing-education'),
      },
      {
        id: 'global-education',
        name: 'Office of Global Education',
        summary: 'Blended, skills-based career development programs, adaptable to an individual, an institution or a region.',
        url: `${SITES['global-education']}/`,
        offerings: ['Certificate programs', 'Regional programs', 'Custom programs for institutions'],
        translations: divisionTranslations('global-education'),
      },
    ],
  };
}

function course(r: Rng, index: number, anchor: string, images: boolean) {
  const topics = Object.keys(COURSE_IDEAS);
  const topic = topics[index % topics.length];
  const ideas = COURSE_IDEAS[topic];
  const round = Math.floor(index / topics.length);
  let [title, summary] = ideas[round % ideas.length];
  let language = 'en';
  const translations = Object.entries(TRANSLATED).filter(([, byTopic]) => byTopic[topic]);
  // Every third round of a topic is taught in another language, so any sample has several.
  if (translations.length > 0 && (round % 3 === 1 || r() < 0.1)) {
    const [lang, byTopic] = pick(r, translations);
    [title, summary] = byTopic[topic];
    language = lang;
  }
  const english = ideas[round % ideas.length];
  const edition = Math.floor(round / ideas.length);
  const suffix = edition > 0 ? ` (${2027 + edition})` : '';
  title += suffix;

  const modality = pick(r, ['online', 'online', 'live', 'blended', 'rss'] as const);
  const division =
    modality === 'online' ? pick(r, ['global-academy', 'global-academy', 'continuing-education'] as const)
    : modality === 'blended' ? pick(r, ['global-education', 'continuing-education'] as const)
    : 'continuing-education';
  const accredited = division === 'continuing-education' || r() < 0.6;
  const hours = Math.round((2 + r() * 38) * 4) / 4;
  const credits = accredited
    ? [
        { type: 'AMA PRA Category 1 Credit™', amount: hours },
        ...(r() < 0.35 ? [{ type: 'ANCC Nursing Contact Hours', amount: hours }] : []),
        ...(r() < 0.2 ? [{ type: 'ABIM MOC Points', amount: Math.round(hours) || 1 }] : []),
      ]
    : [];
  const place = pick(r, PLACES);
  const start = addDays(anchor, 7 + Math.floor(r() * 300));
  const days = modality === 'live' ? 1 + Math.floor(r() * 4) : 1;
  let sessions: object[] = [];
  if (modality === 'live' || modality === 'blended') {
    sessions = Array.from({ length: days }, (_, i) => ({
      start: zonedIso(addDays(start, i), '09:00', place.timeZone),
      end: zonedIso(addDays(start, i), '17:00', place.timeZone),
      timeZone: place.timeZone,
      ...(modality === 'blended' && i === 0
        ? { online: true }
        : { location: { name: place.name, city: place.city, country: place.country, translations: cityTranslations(place.city) } }),
    }));
  } else if (modality === 'rss') {
    sessions = Array.from({ length: 4 }, (_, i) => ({
      start: zonedIso(addDays(start, i * 7), '12:00', place.timeZone),
      end: zonedIso(addDays(start, i * 7), '13:00', place.timeZone),
      timeZone: place.timeZone,
      online: true,
    }));
  }
  const status =
    modality === 'online' ? (r() < 0.8 ? 'on-demand' : 'open') : pick(r, ['open', 'open', 'open', 'waitlist', 'upcoming', 'closed'] as const);
  const price = coursePrice(r(), hours, modality, modality === 'live' || modality === 'blended' ? place.country : undefined);
  // A second topic for some courses, where one fits the title. The second draw once picked a topic
  // at random: it stays, so the courses after this one keep their formats, dates and statuses.
  let secondTopic: string | undefined;
  if (r() < 0.3) {
    r();
    // by the English title: a course taught in another language has a title of its own, and one topic
    if (language === 'en') secondTopic = RELATED_TOPIC[english[0]];
  }
  const id = `c-${String(index + 1).padStart(4, '0')}`;
  return {
    id,
    title,
    summary,
    url: `${SITES[division]}/courses/${slug(title)}-${id}`,
    division,
    modality,
    accredited,
    credits,
    topics: [topic, ...(secondTopic ? [secondTopic] : [])].map(termId),
    audience: pickSome(r, AUDIENCES, 3).map(termId),
    language,
    price,
    status,
    sessions,
    directors: pickSome(r, DIRECTORS, 2),
    updated: addDays(anchor, -(POSTS_BEFORE + Math.floor(r() * 200))),
    // Two courses in three have an image (their topic's); the others show the card's fallback.
    ...(images && index % 3 !== 2 && TOPIC_IMAGES[topic] ? { image: { url: `images/topic-${termId(topic)}.svg`, alt: '' } } : {}),
    translations: courseTranslations(english, language, suffix),
  };
}

function programs(anchor: string, images: boolean) {
  const base = (id: string, title: string, summary: string, months: number, fee: number, startsIn: number) => ({
    id,
    title,
    summary,
    url: `${SITES['global-education']}/programs/${id}`,
    durationMonths: months,
    format: 'blended',
    audience: ['Physicians', 'Researchers', 'Health professionals'].map(termId),
    language: 'en',
    cohortStart: addDays(anchor, startsIn),
    applicationDeadline: zonedIso(addDays(anchor, startsIn - 60), '23:59', 'America/New_York'),
    fee: { amount: fee, currency: 'USD' },
    ...(images && PROGRAM_IMAGES[id] ? { image: { url: `images/program-${id}.svg`, alt: '' } } : {}),
  });
  const adapt = (region: string, regionName: string, locale: string, title: string, summary: string, days: number, fee: { amount: number; currency: string }, venue: string, timeZone: string) => ({
    region,
    regionName,
    locale,
    title,
    summary,
    language: 'en',
    cohortStart: addDays(anchor, 120 + days),
    applicationDeadline: zonedIso(addDays(anchor, 50 + days), '23:59', timeZone),
    fee,
    venue,
  });
  return [
    {
      ...base('gcsrt', 'Global Clinical Scholars Research Training Program', 'A one-year blended program that gives clinicians and scientists a foundation in the methods and conduct of clinical research.', 12, 13_500, 120),
      adaptations: [
        adapt('latam', 'América Latina', 'es', 'Programa Global de Formación en Investigación Clínica', 'Un programa semipresencial de un año que da a médicos e investigadores una base en los métodos de la investigación clínica.', 10, { amount: 210_000, currency: 'MXN' }, 'Ciudad de México', 'America/Mexico_City'),
        adapt('mena', 'الشرق الأوسط وشمال أفريقيا', 'ar', 'برنامج التدريب العالمي على البحث السريري', 'برنامج مدمج لمدة عام يمنح الأطباء والعلماء أساسًا في مناهج البحث السريري وإجرائه.', 20, { amount: 45_000, currency: 'AED' }, 'دبي', 'Asia/Dubai'),
        adapt('china', '中国', 'zh-Hans', '全球临床学者研究培训项目', '为期一年的混合式项目，为临床医生和科学家奠定临床研究方法与实施的基础。', 30, { amount: 88_000, currency: 'CNY' }, '深圳', 'Asia/Shanghai'),
        adapt('brazil', 'Brasil', 'pt-BR', 'Programa Global de Formação em Pesquisa Clínica', 'Um programa híbrido de um ano que oferece a médicos e cientistas uma base nos métodos da pesquisa clínica.', 15, { amount: 62_000, currency: 'BRL' }, 'São Paulo', 'America/Sao_Paulo'),
      ],
    },
    {
      ...base('icrt', 'Introduction to Clinical Research Training', 'A ten-month program on study design, biostatistics and research ethics, with live workshops.', 10, 9_800, 90),
      adaptations: [
        adapt('japan', '日本', 'ja', '臨床研究トレーニング入門', '研究デザイン、生物統計学、研究倫理を学ぶ10か月のプログラム。', 5, { amount: 9_800, currency: 'USD' }, '東京', 'Asia/Tokyo'),
        adapt('latam', 'América Latina', 'es', 'Introducción a la Formación en Investigación Clínica', 'Diez meses de diseño de estudios, bioestadística y ética de la investigación, con talleres presenciales.', 12, { amount: 150_000, currency: 'MXN' }, 'Bogotá', 'America/Bogota'),
        adapt('mena', 'الشرق الأوسط وشمال أفريقيا', 'ar', 'مقدمة في التدريب على البحث السريري', 'برنامج لمدة عشرة أشهر في تصميم الدراسات والإحصاء الحيوي وأخلاقيات البحث.', 25, { amount: 34_000, currency: 'AED' }, 'دبي', 'Asia/Dubai'),
      ],
    },
    {
      ...base('sqil', 'Safety, Quality, Informatics and Leadership', 'A one-year program for clinicians who lead improvement in the safety and quality of care.', 12, 11_200, 150),
      adaptations: [
        adapt('brazil', 'Brasil', 'pt-BR', 'Segurança, Qualidade, Informática e Liderança', 'Um programa de um ano para profissionais que lideram a melhoria da segurança e da qualidade do cuidado.', 8, { amount: 52_000, currency: 'BRL' }, 'São Paulo', 'America/Sao_Paulo'),
        adapt('mena', 'الشرق الأوسط وشمال أفريقيا', 'ar', 'السلامة والجودة والمعلوماتية والقيادة', 'برنامج لمدة عام للأطباء الذين يقودون تحسين سلامة الرعاية وجودتها.', 18, { amount: 39_000, currency: 'AED' }, 'دبي', 'Asia/Dubai'),
        adapt('francophone-africa', 'Afrique francophone', 'fr', 'Sécurité, qualité, informatique et leadership', 'Un programme d’un an pour les cliniciens qui dirigent l’amélioration de la sécurité et de la qualité des soins.', 22, { amount: 7_500, currency: 'EUR' }, 'Dakar', 'Africa/Dakar'),
      ],
    },
    {
      ...base('lam', 'Leadership in Academic Medicine', 'Nine months on leading departments, research groups and teaching programs.', 9, 8_400, 75),
      adaptations: [
        adapt('china', '中国', 'zh-Hans', '学术医学领导力', '九个月的课程，学习如何领导科室、研究团队和教学项目。', 14, { amount: 56_000, currency: 'CNY' }, '深圳', 'Asia/Shanghai'),
        adapt('latam', 'América Latina', 'es', 'Liderazgo en Medicina Académica', 'Nueve meses para aprender a dirigir departamentos, grupos de investigación y programas docentes.', 6, { amount: 130_000, currency: 'MXN' }, 'Santiago', 'America/Santiago'),
        adapt('francophone-africa', 'Afrique francophone', 'fr', 'Leadership en médecine universitaire', 'Neuf mois pour apprendre à diriger des services, des équipes de recherche et des programmes d’enseignement.', 28, { amount: 6_200, currency: 'EUR' }, 'Abidjan', 'Africa/Abidjan'),
      ],
    },
  ];
}

function posts(anchor: string, images: boolean) {
  const list: [string, 'news' | 'blog', string, string, string][] = [
    ['global-academy-launches-new-courses', 'news', 'Global Academy launches six new online courses', 'New courses in cardiology, oncology and clinical research open for enrollment.', 'HMS Global Academy'],
    ['clinical-scholars-graduation', 'news', 'Clinical scholars from 40 countries complete their training', 'This year’s Global Clinical Scholars cohort presented their research in Boston.', 'Office of Global Education'],
    ['cme-accreditation-renewed', 'news', 'Continuing education accreditation renewed with commendation', 'HMS continuing education earns accreditation with commendation for six years.', 'Continuing Education'],
    ['latam-program-announced', 'news', 'Research training program comes to Latin America', 'A Spanish-language edition with workshops in Mexico City opens applications.', 'Office of Global Education'],
    ['teaching-with-cases', 'blog', 'Why we teach with cases', 'Faculty explain how real patients shape the design of online courses.', 'Sarah Goldberg, MD'],
    ['learning-across-time-zones', 'blog', 'Learning across time zones', 'How a blended program keeps a cohort on four continents together.', 'Rahul Mehta, MBBS, MPH'],
    ['ai-in-medical-education', 'blog', 'What AI changes in medical education, and what it does not', 'Notes from a faculty workshop on tools, trust and assessment.', 'Thomas Nguyen, MD, MBA'],
    ['free-course-serious-illness', 'news', 'Free course on serious illness communication', 'A short, free online course for clinicians in every specialty.', 'HMS Global Academy'],
    ['alumni-spotlight-brazil', 'blog', 'Alumni spotlight: building a research unit in São Paulo', 'A graduate of the research training program on starting a clinical trials unit.', 'Ana Costa, MD, PhD'],
  ];
  return list.map(([id, kind, title, summary, author], i) => ({
    id,
    kind,
    title,
    summary,
    url: `${SITES['global-academy']}/${kind}/${id}`,
    published: addDays(anchor, -(POSTS_BEFORE + i * 11)),
    author,
    ...(images && POST_IMAGES[id] ? { image: { url: `images/post-${id}.svg`, alt: '' } } : {}),
    translations: postTranslations(id, author),
  }));
}

/** Writes a complete, valid catalog document (as plain JSON data) from a seed. */
export function generateCatalog({ courses, seed, anchor = '2027-01-04', images = false }: GenerateOptions): Record<string, unknown> {
  const r = rng(seed);
  return {
    version: 1,
    notice: 'Sample data for hms-widgets demos and tests. Courses, programs, dates, prices and people are illustrative, not real offerings.',
    language: 'en',
    topics: topicTerms(),
    audiences: audienceTerms(),
    ...organizationSection(),
    courses: Array.from({ length: courses }, (_, i) => course(r, i, anchor, images)),
    programs: programs(anchor, images),
    posts: posts(anchor, images),
  };
}
