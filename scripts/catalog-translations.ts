// ---------------------------------------------------------------------------------------------
// Translations of the sample's text (issue 19): every item the regional demos show has Spanish
// (demo/latam.html) and Arabic (demo/mena.html); Portuguese, French and Chinese cover enough for
// Storybook to show each language with real content. Proper names (HMS Global Academy, people,
// venues) are not translated. Adding them consumes no random numbers: the sample stays the same.
// ---------------------------------------------------------------------------------------------

type Tongue = 'es' | 'pt-BR' | 'fr' | 'ar' | 'zh-Hans';
const TONGUES: readonly Tongue[] = ['es', 'pt-BR', 'fr', 'ar', 'zh-Hans'];

/** A stable id from an English label: "Emergency Medicine" → "emergency-medicine". */
export const termId = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Topic labels: English, then es, pt-BR, fr, ar, zh-Hans. */
const TOPIC_LABELS: Record<string, [string, string, string, string, string]> = {
  Cardiology: ['Cardiología', 'Cardiologia', 'Cardiologie', 'أمراض القلب', '心脏病学'],
  Oncology: ['Oncología', 'Oncologia', 'Oncologie', 'الأورام', '肿瘤学'],
  Neurology: ['Neurología', 'Neurologia', 'Neurologie', 'طب الأعصاب', '神经病学'],
  Psychiatry: ['Psiquiatría', 'Psiquiatria', 'Psychiatrie', 'الطب النفسي', '精神病学'],
  Pediatrics: ['Pediatría', 'Pediatria', 'Pédiatrie', 'طب الأطفال', '儿科学'],
  'Emergency Medicine': ['Medicina de urgencias', 'Medicina de emergência', 'Médecine d’urgence', 'طب الطوارئ', '急诊医学'],
  'Internal Medicine': ['Medicina interna', 'Clínica médica', 'Médecine interne', 'الطب الباطني', '内科学'],
  'Infectious Disease': ['Enfermedades infecciosas', 'Doenças infecciosas', 'Maladies infectieuses', 'الأمراض المعدية', '感染性疾病'],
  Endocrinology: ['Endocrinología', 'Endocrinologia', 'Endocrinologie', 'الغدد الصماء', '内分泌学'],
  Radiology: ['Radiología', 'Radiologia', 'Radiologie', 'الأشعة', '放射学'],
  Surgery: ['Cirugía', 'Cirurgia', 'Chirurgie', 'الجراحة', '外科学'],
  'Global Health': ['Salud global', 'Saúde global', 'Santé mondiale', 'الصحة العالمية', '全球健康'],
  'Clinical Research': ['Investigación clínica', 'Pesquisa clínica', 'Recherche clinique', 'البحث السريري', '临床研究'],
  'Medical Education': ['Educación médica', 'Educação médica', 'Pédagogie médicale', 'التعليم الطبي', '医学教育'],
  Leadership: ['Liderazgo', 'Liderança', 'Leadership', 'القيادة', '领导力'],
  'Palliative Care': ['Cuidados paliativos', 'Cuidados paliativos', 'Soins palliatifs', 'الرعاية التلطيفية', '姑息治疗'],
  Geriatrics: ['Geriatría', 'Geriatria', 'Gériatrie', 'طب الشيخوخة', '老年医学'],
  Dermatology: ['Dermatología', 'Dermatologia', 'Dermatologie', 'الأمراض الجلدية', '皮肤病学'],
};

/** Audience labels: English, then es, pt-BR, fr, ar, zh-Hans. */
const AUDIENCE_LABELS: Record<string, [string, string, string, string, string]> = {
  Physicians: ['Médicos', 'Médicos', 'Médecins', 'الأطباء', '医生'],
  Nurses: ['Personal de enfermería', 'Enfermeiros', 'Infirmiers', 'الممرضون', '护士'],
  'Nurse practitioners': ['Enfermeros de práctica avanzada', 'Enfermeiros de prática avançada', 'Infirmiers en pratique avancée', 'الممرضون الممارسون', '执业护士'],
  'Physician assistants': ['Asistentes médicos', 'Assistentes médicos', 'Assistants médicaux', 'مساعدو الأطباء', '医师助理'],
  Pharmacists: ['Farmacéuticos', 'Farmacêuticos', 'Pharmaciens', 'الصيادلة', '药剂师'],
  'Residents and fellows': ['Residentes y becarios', 'Residentes e fellows', 'Internes et chefs de clinique', 'الأطباء المقيمون والزملاء', '住院医师和专科培训医师'],
  Researchers: ['Investigadores', 'Pesquisadores', 'Chercheurs', 'الباحثون', '研究人员'],
  'Health professionals': ['Profesionales de la salud', 'Profissionais de saúde', 'Professionnels de santé', 'المهنيون الصحيون', '卫生专业人员'],
};

const labelTerms = (labels: Record<string, string[]>) =>
  Object.entries(labels).map(([label, others]) => ({
    id: termId(label),
    label,
    translations: Object.fromEntries(TONGUES.map((tongue, i) => [tongue, { label: others[i] }])),
  }));

/** The catalog's topics and audiences, ids and labels in six languages. */
export const topicTerms = () => labelTerms(TOPIC_LABELS);
export const audienceTerms = () => labelTerms(AUDIENCE_LABELS);

/** Course ideas in other languages, by English title: [title, summary]. */
const COURSE_TEXT: Record<string, Partial<Record<Tongue, [string, string]>>> = {
  'Advances in Heart Failure Management': {
    es: ['Avances en el manejo de la insuficiencia cardíaca', 'Tratamiento basado en guías, dispositivos y el paciente que no responde.'],
    'pt-BR': ['Avanços no manejo da insuficiência cardíaca', 'Terapia baseada em diretrizes, dispositivos e o paciente que não responde.'],
    fr: ['Progrès dans la prise en charge de l’insuffisance cardiaque', 'Traitement fondé sur les recommandations, dispositifs et le patient qui ne répond pas.'],
    ar: ['التطورات في علاج قصور القلب', 'العلاج وفق الإرشادات، والأجهزة، والمريض الذي لا يستجيب.'],
    'zh-Hans': ['心力衰竭管理进展', '指南指导的治疗、器械以及无应答的患者。'],
  },
  'Echocardiography Essentials for Clinicians': {
    es: ['Fundamentos de ecocardiografía para clínicos', 'Leer las vistas principales y saber cuándo derivar.'],
    ar: ['أساسيات تخطيط صدى القلب للأطباء', 'قراءة المقاطع الأساسية ومعرفة متى تجب الإحالة.'],
  },
  'Preventive Cardiology in Primary Care': {
    es: ['Cardiología preventiva en atención primaria', 'Lípidos, presión arterial y escalas de riesgo en una consulta de 20 minutos.'],
    ar: ['طب القلب الوقائي في الرعاية الأولية', 'الدهون وضغط الدم ومقاييس الخطر في زيارة مدتها 20 دقيقة.'],
  },
  'Immunotherapy in Solid Tumors: A Practical Update': {
    es: ['Inmunoterapia en tumores sólidos: una actualización práctica', 'Elegir inhibidores de puntos de control y manejar sus toxicidades.'],
  },
  'Cancer Survivorship Care': {
    es: ['Atención a supervivientes de cáncer', 'Seguimiento a largo plazo, efectos tardíos y coordinación con atención primaria.'],
  },
  'Acute Stroke Care: From Door to Needle': {
    es: ['Atención del ictus agudo: de la puerta a la aguja', 'Sistemas y decisiones que acortan el tiempo hasta el tratamiento.'],
  },
  'Headache Medicine Intensive': {
    es: ['Curso intensivo de cefaleas', 'Migraña, cefalea en racimos y las señales de alarma que no deben pasarse por alto.'],
  },
  'Treating Depression in Primary Care': {
    es: ['Tratamiento de la depresión en atención primaria', 'Cribado, tratamiento de primera línea y atención colaborativa.'],
  },
  'Addiction Medicine: Opioid Use Disorder': {
    es: ['Medicina de las adicciones: trastorno por consumo de opioides', 'Buprenorfina, metadona y reducción de daños en la práctica.'],
  },
  'Pediatric Emergency Medicine Update': {
    es: ['Actualización en urgencias pediátricas', 'El niño grave: reconocimiento, estabilización y traslado.'],
  },
  'Childhood Obesity: Evidence-Based Approaches': {
    es: ['Obesidad infantil: enfoques basados en la evidencia', 'Atención centrada en la familia que funciona en la consulta.'],
  },
  'Point-of-Care Ultrasound for Emergency Physicians': {
    es: ['Ecografía en el punto de atención para urgencias', 'Protocolos prácticos para shock, trauma y disnea.'],
  },
  'Toxicology Emergencies': {
    es: ['Urgencias toxicológicas', 'Intoxicaciones y sobredosis que se ven en todo servicio de urgencias.'],
  },
  'Intensive Review of Internal Medicine': {
    es: ['Revisión intensiva de medicina interna', 'Una actualización completa para la práctica y la preparación de exámenes de certificación.'],
  },
  'Hospital Medicine Update': {
    es: ['Actualización en medicina hospitalaria', 'Nueva evidencia para el médico de hospital.'],
  },
  'Antimicrobial Stewardship in Practice': {
    es: ['Optimización del uso de antimicrobianos en la práctica', 'Prescribir menos y mejor sin pasar por alto infecciones.'],
  },
  'Tropical and Travel Medicine': {
    es: ['Medicina tropical y del viajero', 'Fiebre en el viajero que regresa y consejo previo al viaje.'],
  },
  'Diabetes Technology: Pumps, Sensors and Beyond': {
    es: ['Tecnología para la diabetes: bombas, sensores y más', 'Monitorización continua de glucosa y administración automatizada de insulina.'],
  },
  'Thyroid Disease Update': {
    es: ['Actualización en enfermedades de la tiroides', 'Nódulos, cáncer y enfermedad subclínica.'],
  },
  'Artificial Intelligence in Radiology': {
    es: ['Inteligencia artificial en radiología', 'Qué hacen las herramientas actuales y cómo evaluarlas.'],
  },
  'MRI of the Musculoskeletal System': {
    es: ['Resonancia magnética del sistema musculoesquelético', 'Un enfoque sistemático de las articulaciones que más importan.'],
  },
  'Robotic Surgery Fundamentals': {
    es: ['Fundamentos de cirugía robótica', 'Principios, formación del equipo y selección de pacientes.'],
  },
  'Perioperative Medicine': {
    es: ['Medicina perioperatoria', 'Evaluación y manejo del riesgo en torno a la cirugía.'],
  },
  'Global Health Delivery': {
    es: ['Prestación de servicios de salud global', 'Diseñar una atención que llegue a los pacientes en entornos de pocos recursos.'],
    ar: ['تقديم الرعاية الصحية العالمية', 'تصميم رعاية تصل إلى المرضى في البيئات محدودة الموارد.'],
  },
  'Health Systems Strengthening': {
    es: ['Fortalecimiento de los sistemas de salud', 'Personal, financiación y cadenas de suministro.'],
    ar: ['تعزيز النظم الصحية', 'القوى العاملة والتمويل وسلاسل الإمداد.'],
  },
  'Introduction to Biostatistics for Clinicians': {
    es: ['Introducción a la bioestadística para clínicos', 'Leer y realizar los análisis que usan los artículos clínicos.'],
    ar: ['مقدمة في الإحصاء الحيوي للأطباء', 'قراءة وإجراء التحليلات التي تستخدمها الأوراق السريرية.'],
  },
  'Designing Clinical Trials': {
    es: ['Diseño de ensayos clínicos', 'De la pregunta de investigación al protocolo.'],
    'pt-BR': ['Desenho de ensaios clínicos', 'Da pergunta de pesquisa ao protocolo.'],
    fr: ['Concevoir des essais cliniques', 'De la question de recherche au protocole.'],
    ar: ['تصميم التجارب السريرية', 'من سؤال البحث إلى البروتوكول.'],
    'zh-Hans': ['临床试验设计', '从研究问题到研究方案。'],
  },
  'Principles of Epidemiology': {
    es: ['Principios de epidemiología', 'Diseños de estudio, sesgos e inferencia causal.'],
    ar: ['مبادئ علم الأوبئة', 'تصاميم الدراسات والتحيز والاستدلال السببي.'],
  },
  'Teaching Clinical Reasoning': {
    es: ['Enseñar el razonamiento clínico', 'Hacer visible el pensamiento experto para quienes aprenden.'],
  },
  'Simulation-Based Education': {
    es: ['Educación basada en simulación', 'Construir escenarios y conducir bien el debriefing.'],
  },
  'Leading Change in Health Care': {
    es: ['Liderar el cambio en la atención de la salud', 'Marcos y hábitos de los líderes clínicos eficaces.'],
  },
  'Physician Leadership Essentials': {
    es: ['Fundamentos de liderazgo médico', 'Finanzas, negociación y equipos para nuevos líderes.'],
  },
  'Serious Illness Communication Skills': {
    es: ['Habilidades de comunicación en enfermedades graves', 'Hablar del pronóstico, los objetivos y lo que más importa.'],
  },
  'Caring for Older Adults with Dementia': {
    es: ['Atención a personas mayores con demencia', 'Diagnóstico, conducta y apoyo a los cuidadores.'],
  },
  'Dermatology for Primary Care': {
    es: ['Dermatología para atención primaria', 'Las erupciones y lesiones que se ven cada semana.'],
  },
};

/**
 * The translations of an English course idea (title and summary); none for a course written in
 * another language (the sample has its own text for those). `suffix` is an edition's " (2028)".
 */
export function courseTranslations(english: [string, string], language: string, suffix: string) {
  const entries = Object.entries(COURSE_TEXT[english[0]] ?? {}) as [string, [string, string]][];
  if (language !== 'en' || entries.length === 0) return undefined;
  return Object.fromEntries(entries.map(([tag, [title, summary]]) => [tag, { title: `${title}${suffix}`, summary }]));
}

/** City names of the sample's venues in other languages. */
export const CITY_NAMES: Record<string, Partial<Record<Tongue, string>>> = {
  Boston: { ar: 'بوسطن', 'zh-Hans': '波士顿' },
  'São Paulo': { ar: 'ساو باولو', 'zh-Hans': '圣保罗' },
  Lisbon: { es: 'Lisboa', 'pt-BR': 'Lisboa', fr: 'Lisbonne', ar: 'لشبونة', 'zh-Hans': '里斯本' },
  Dubai: { es: 'Dubái', fr: 'Dubaï', ar: 'دبي', 'zh-Hans': '迪拜' },
  Shenzhen: { es: 'Shenzhen', ar: 'شنتشن', 'zh-Hans': '深圳' },
  Budapest: { es: 'Budapest', ar: 'بودابست', 'zh-Hans': '布达佩斯' },
};

/** A city's translations, for a session's location (none when no language names it differently). */
export function cityTranslations(city: string) {
  const names = Object.entries(CITY_NAMES[city] ?? {}).filter(([, name]) => name !== city);
  return names.length > 0 ? Object.fromEntries(names.map(([tag, name]) => [tag, { city: name }])) : undefined;
}

/** The divisions' text in other languages (their names only where they are not proper names). */
export const DIVISION_TEXT: Record<string, Partial<Record<Tongue, { name?: string; summary: string; offerings: string[] }>>> = {
  'global-academy': {
    es: { summary: 'Educación médica de posgrado en línea: cursos acreditados y no acreditados, noticias y blogs.', offerings: ['Cursos en línea acreditados', 'Cursos en línea no acreditados', 'Noticias y blogs'] },
    'pt-BR': { summary: 'Educação médica de pós-graduação online: cursos acreditados e não acreditados, notícias e blogs.', offerings: ['Cursos online acreditados', 'Cursos online não acreditados', 'Notícias e blogs'] },
    fr: { summary: 'Formation médicale postuniversitaire en ligne : cours accrédités et non accrédités, actualités et blogs.', offerings: ['Cours en ligne accrédités', 'Cours en ligne non accrédités', 'Actualités et blogs'] },
    ar: { summary: 'تعليم طبي عالٍ عبر الإنترنت: دورات معتمدة وغير معتمدة، وأخبار ومدونات.', offerings: ['دورات معتمدة عبر الإنترنت', 'دورات غير معتمدة عبر الإنترنت', 'أخبار ومدونات'] },
    'zh-Hans': { summary: '在线医学研究生教育：认证与非认证课程、新闻和博客。', offerings: ['在线认证课程', '在线非认证课程', '新闻和博客'] },
  },
  'continuing-education': {
    es: { name: 'Educación Continua', summary: 'Cursos dirigidos por docentes de HMS en los departamentos clínicos de sus hospitales afiliados.', offerings: ['Cursos presenciales', 'Cursos en línea', 'Series programadas regularmente'] },
    'pt-BR': { name: 'Educação Continuada', summary: 'Cursos dirigidos por docentes da HMS nos departamentos clínicos de seus hospitais afiliados.', offerings: ['Cursos presenciais', 'Cursos online', 'Séries regulares'] },
    fr: { name: 'Formation continue', summary: 'Des cours dirigés par des enseignants de la HMS dans les services cliniques de ses hôpitaux affiliés.', offerings: ['Cours en présentiel', 'Cours en ligne', 'Séries régulières'] },
    ar: { name: 'التعليم المستمر', summary: 'دورات يديرها أعضاء هيئة التدريس في كلية هارفارد للطب في الأقسام السريرية لمستشفياتها التابعة.', offerings: ['دورات حضورية', 'دورات عبر الإنترنت', 'سلاسل منتظمة'] },
    'zh-Hans': { name: '继续教育', summary: '由哈佛医学院教师在其附属医院临床科室主持的课程。', offerings: ['现场课程', '在线课程', '定期系列课程'] },
  },
  'global-education': {
    es: { name: 'Oficina de Educación Global', summary: 'Programas de desarrollo profesional semipresenciales y prácticos, adaptables a una persona, una institución o una región.', offerings: ['Programas de certificado', 'Programas regionales', 'Programas a medida para instituciones'] },
    'pt-BR': { name: 'Escritório de Educação Global', summary: 'Programas híbridos de desenvolvimento profissional, adaptáveis a uma pessoa, uma instituição ou uma região.', offerings: ['Programas de certificado', 'Programas regionais', 'Programas sob medida para instituições'] },
    fr: { name: 'Bureau de l’éducation mondiale', summary: 'Des programmes hybrides de développement professionnel, adaptables à une personne, une institution ou une région.', offerings: ['Programmes de certificat', 'Programmes régionaux', 'Programmes sur mesure pour les institutions'] },
    ar: { name: 'مكتب التعليم العالمي', summary: 'برامج مدمجة للتطوير المهني قائمة على المهارات، قابلة للتكييف مع فرد أو مؤسسة أو منطقة.', offerings: ['برامج الشهادات', 'برامج إقليمية', 'برامج مخصصة للمؤسسات'] },
    'zh-Hans': { name: '全球教育办公室', summary: '混合式、以技能为本的职业发展项目，可针对个人、机构或地区进行调整。', offerings: ['证书项目', '地区项目', '机构定制项目'] },
  },
};

/** Authors that are offices, not people, in other languages. */
const AUTHOR_NAMES: Record<string, Partial<Record<Tongue, string>>> = {
  'Office of Global Education': { es: 'Oficina de Educación Global', 'pt-BR': 'Escritório de Educação Global', fr: 'Bureau de l’éducation mondiale', ar: 'مكتب التعليم العالمي', 'zh-Hans': '全球教育办公室' },
  'Continuing Education': { es: 'Educación Continua', 'pt-BR': 'Educação Continuada', fr: 'Formation continue', ar: 'التعليم المستمر', 'zh-Hans': '继续教育' },
};

/** Posts in other languages, by id: [title, summary]. */
const POST_TEXT: Record<string, Partial<Record<Tongue, [string, string]>>> = {
  'global-academy-launches-new-courses': {
    es: ['Global Academy lanza seis nuevos cursos en línea', 'Nuevos cursos de cardiología, oncología e investigación clínica abren sus inscripciones.'],
    'pt-BR': ['Global Academy lança seis novos cursos online', 'Novos cursos de cardiologia, oncologia e pesquisa clínica abertos para inscrição.'],
    fr: ['La Global Academy lance six nouveaux cours en ligne', 'De nouveaux cours de cardiologie, d’oncologie et de recherche clinique ouvrent leurs inscriptions.'],
    ar: ['Global Academy تطلق ست دورات جديدة عبر الإنترنت', 'دورات جديدة في أمراض القلب والأورام والبحث السريري مفتوحة للتسجيل.'],
    'zh-Hans': ['Global Academy 推出六门新的在线课程', '心脏病学、肿瘤学和临床研究新课程现已开放报名。'],
  },
  'clinical-scholars-graduation': {
    es: ['Becarios clínicos de 40 países completan su formación', 'La cohorte de este año de Global Clinical Scholars presentó su investigación en Boston.'],
    'pt-BR': ['Pesquisadores clínicos de 40 países concluem sua formação', 'A turma deste ano do Global Clinical Scholars apresentou suas pesquisas em Boston.'],
    fr: ['Des chercheurs cliniciens de 40 pays terminent leur formation', 'La promotion de cette année du programme Global Clinical Scholars a présenté ses travaux à Boston.'],
    ar: ['باحثون سريريون من 40 دولة يُكملون تدريبهم', 'قدّم فوج هذا العام من برنامج Global Clinical Scholars أبحاثه في بوسطن.'],
    'zh-Hans': ['来自40个国家的临床学者完成培训', '今年的 Global Clinical Scholars 学员在波士顿展示了他们的研究。'],
  },
  'cme-accreditation-renewed': {
    es: ['Se renueva con mención la acreditación de educación continua', 'La educación continua de HMS obtiene la acreditación con mención por seis años.'],
    'pt-BR': ['Acreditação da educação continuada renovada com distinção', 'A educação continuada da HMS obtém acreditação com distinção por seis anos.'],
    fr: ['L’accréditation de la formation continue renouvelée avec mention', 'La formation continue de la HMS obtient l’accréditation avec mention pour six ans.'],
    ar: ['تجديد اعتماد التعليم المستمر مع التنويه', 'حصل التعليم المستمر في كلية هارفارد للطب على الاعتماد مع التنويه لمدة ست سنوات.'],
    'zh-Hans': ['继续教育认证获表彰续期', '哈佛医学院继续教育获得为期六年的表彰认证。'],
  },
  'latam-program-announced': {
    es: ['El programa de formación en investigación llega a América Latina', 'Una edición en español con talleres en Ciudad de México abre su convocatoria.'],
    'pt-BR': ['Programa de formação em pesquisa chega à América Latina', 'Uma edição em espanhol com oficinas na Cidade do México abre inscrições.'],
    fr: ['Le programme de formation à la recherche arrive en Amérique latine', 'Une édition en espagnol, avec des ateliers à Mexico, ouvre les candidatures.'],
    ar: ['برنامج التدريب على البحث يصل إلى أمريكا اللاتينية', 'نسخة باللغة الإسبانية مع ورش عمل في مدينة مكسيكو تفتح باب التقديم.'],
    'zh-Hans': ['研究培训项目来到拉丁美洲', '西班牙语版本开放申请，并在墨西哥城举办工作坊。'],
  },
  'teaching-with-cases': {
    es: ['Por qué enseñamos con casos', 'Docentes explican cómo los pacientes reales dan forma al diseño de los cursos en línea.'],
    ar: ['لماذا نعلّم بالحالات', 'يشرح أعضاء هيئة التدريس كيف يشكّل المرضى الحقيقيون تصميم الدورات عبر الإنترنت.'],
  },
  'learning-across-time-zones': {
    es: ['Aprender a través de husos horarios', 'Cómo un programa semipresencial mantiene unida a una cohorte en cuatro continentes.'],
    ar: ['التعلم عبر المناطق الزمنية', 'كيف يحافظ برنامج مدمج على تماسك فوج موزع على أربع قارات.'],
  },
  'ai-in-medical-education': {
    es: ['Lo que la IA cambia en la educación médica, y lo que no', 'Notas de un taller docente sobre herramientas, confianza y evaluación.'],
    ar: ['ما يغيّره الذكاء الاصطناعي في التعليم الطبي، وما لا يغيّره', 'ملاحظات من ورشة عمل لأعضاء هيئة التدريس حول الأدوات والثقة والتقييم.'],
  },
  'free-course-serious-illness': {
    es: ['Curso gratuito sobre comunicación en enfermedades graves', 'Un curso en línea breve y gratuito para clínicos de todas las especialidades.'],
    ar: ['دورة مجانية حول التواصل في الأمراض الخطيرة', 'دورة قصيرة ومجانية عبر الإنترنت للأطباء في جميع التخصصات.'],
  },
  'alumni-spotlight-brazil': {
    es: ['Exalumnos destacados: crear una unidad de investigación en São Paulo', 'Una egresada del programa de formación en investigación cuenta cómo creó una unidad de ensayos clínicos.'],
    ar: ['خريجون متميزون: إنشاء وحدة بحثية في ساو باولو', 'خريجة من برنامج التدريب على البحث تتحدث عن تأسيس وحدة للتجارب السريرية.'],
  },
};

/** A post's translations: its title and summary, and its author when that is an office. */
export function postTranslations(id: string, author: string) {
  const out: Record<string, Record<string, string>> = {};
  for (const [tag, [title, summary]] of Object.entries(POST_TEXT[id] ?? {}) as [Tongue, [string, string]][]) {
    out[tag] = { title, summary, ...(AUTHOR_NAMES[author]?.[tag] ? { author: AUTHOR_NAMES[author][tag] } : {}) };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The mission, its signer's title and the organization's facts, in Spanish and Arabic. */
export const MISSION_TEXT = {
  statement: {
    es: { statement: 'En nombre de Global and Continuing Education, le damos la bienvenida a Harvard Medical School Global Academy. Nuestro objetivo es ofrecer una educación pedagógicamente innovadora, rigurosa y de vanguardia en todo el espectro de la atención de la salud y las ciencias biomédicas, para médicos, profesionales asociados y otros colegas de todo el mundo.' },
    ar: { statement: 'باسم التعليم العالمي والمستمر، نرحب بكم في Harvard Medical School Global Academy. هدفنا تقديم تعليم مبتكر تربويًا وموثوق ومتقدم في مختلف مجالات الرعاية الصحية والعلوم الطبية الحيوية، للأطباء ومساعديهم وسائر الزملاء حول العالم.' },
  },
  title: {
    es: { title: 'Decano asociado sénior de Educación Global y Continua' },
    ar: { title: 'العميد المساعد الأول للتعليم العالمي والمستمر' },
  },
  facts: [
    { es: { label: 'año de fundación de Harvard Medical School' }, ar: { label: 'عام تأسيس كلية هارفارد للطب' } },
    { es: { label: 'médicos, investigadores y docentes' }, ar: { label: 'طبيب وباحث وعضو هيئة تدريس' } },
    { es: { label: 'hospitales afiliados' }, ar: { label: 'مستشفى تابعًا' } },
    { es: { label: 'centros, divisiones e institutos' }, ar: { label: 'مركزًا وقسمًا ومعهدًا' } },
  ],
};

/** The divisions' translations, as each division's `translations`. */
export function divisionTranslations(id: string) {
  return DIVISION_TEXT[id] as Record<string, Record<string, string | string[]>> | undefined;
}
