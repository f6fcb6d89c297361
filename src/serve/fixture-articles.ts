// Hand-written news-style test articles with their annotations, for API and browser tests until the pipeline codes them.
import type { Lang } from '../doc.ts';

/** An annotation located by the n-th occurrence of `find` in the text. */
export interface FixtureMark {
  find: string;
  nth?: number;
}

export interface FixtureActor extends FixtureMark {
  code: string;
  sector?: 'GOV' | 'MIL' | 'COP' | null;
}

export interface FixtureEvent {
  source: string;
  target: string;
  cameo: string;
  trigger: FixtureMark;
  date: string;
  negated?: boolean;
}

export interface FixtureArticle {
  id: string;
  lang: Lang;
  outlet: string;
  published: string;
  title: string;
  text: string;
  actors: FixtureActor[];
  dates: (FixtureMark & { value: string })[];
  quantities: (FixtureMark & { value: number; unit: string | null })[];
  events: FixtureEvent[];
}

export const FIXTURE_ARTICLES: FixtureArticle[] = [
  {
    id: 'fx-trade-may', lang: 'en', outlet: 'Caspian Wire', published: '2025-05-12',
    title: 'Russia and Azerbaijan sign transit deal',
    text: 'Russia and Azerbaijan signed a transit agreement in Moscow on Monday, the two governments said. Officials praised the deal, which covers 15 million tonnes of cargo a year.',
    actors: [{ find: 'Russia', code: 'RUS' }, { find: 'Azerbaijan', code: 'AZE' }, { find: 'Moscow', code: 'RUS', sector: 'GOV' }],
    dates: [{ find: 'Monday', value: '2025-05-12' }],
    quantities: [{ find: '15 million tonnes', value: 15_000_000, unit: 'tonnes' }],
    events: [
      { source: 'RUS', target: 'AZE', cameo: '057', trigger: { find: 'signed' }, date: '2025-05-12' },
      { source: 'AZE', target: 'RUS', cameo: '051', trigger: { find: 'praised' }, date: '2025-05-12' },
    ],
  },
  {
    id: 'fx-talks-june', lang: 'en', outlet: 'Caspian Wire', published: '2025-06-10',
    title: 'Baku hosts Russian deputy foreign minister',
    text: 'Azerbaijan hosted a Russian deputy foreign minister in Baku on Tuesday for consultations on regional security. Both sides said they intend to meet again in the autumn.',
    actors: [{ find: 'Azerbaijan', code: 'AZE' }, { find: 'Russian deputy foreign minister', code: 'RUS', sector: 'GOV' }, { find: 'Baku', code: 'AZE', sector: 'GOV' }],
    dates: [{ find: 'Tuesday', value: '2025-06-10' }],
    quantities: [],
    events: [
      { source: 'AZE', target: 'RUS', cameo: '043', trigger: { find: 'hosted' }, date: '2025-06-10' },
      { source: 'RUS', target: 'AZE', cameo: '036', trigger: { find: 'intend to meet' }, date: '2025-06-10' },
    ],
  },
  {
    id: 'fx-raid-june', lang: 'en', outlet: 'Caspian Wire', published: '2025-06-30',
    title: 'Baku condemns deaths of two citizens in Russian police raid',
    text: 'Azerbaijan condemned Russia on Sunday after police in Yekaterinburg killed two Azerbaijani brothers during a raid. The foreign ministry in Baku demanded a full investigation within 10 days.',
    actors: [
      { find: 'Azerbaijan', code: 'AZE' }, { find: 'Russia', code: 'RUS' }, { find: 'police', code: 'RUS', sector: 'COP' },
      { find: 'foreign ministry in Baku', code: 'AZE', sector: 'GOV' },
    ],
    dates: [{ find: 'Sunday', value: '2025-06-29' }],
    quantities: [{ find: 'two', value: 2, unit: 'brothers' }, { find: '10 days', value: 10, unit: 'days' }],
    events: [
      { source: 'AZE', target: 'RUS', cameo: '111', trigger: { find: 'condemned' }, date: '2025-06-29' },
      { source: 'RUS', target: 'AZE', cameo: '1823', trigger: { find: 'killed' }, date: '2025-06-27' },
      { source: 'AZE', target: 'RUS', cameo: '100', trigger: { find: 'demanded' }, date: '2025-06-29' },
    ],
  },
  {
    id: 'fx-arrests-july', lang: 'en', outlet: 'Volga Daily', published: '2025-07-02',
    title: 'Moscow rejects protest and detains Azerbaijani nationals',
    text: 'Russia rejected the protest from Azerbaijan on Tuesday and arrested eight Azerbaijani citizens in Moscow. Turkey urged both capitals to settle the dispute through dialogue.',
    actors: [{ find: 'Russia', code: 'RUS' }, { find: 'Azerbaijan', code: 'AZE' }, { find: 'Moscow', code: 'RUS' }, { find: 'Turkey', code: 'TUR' }],
    dates: [{ find: 'Tuesday', value: '2025-07-01' }],
    quantities: [{ find: 'eight', value: 8, unit: 'citizens' }],
    events: [
      { source: 'RUS', target: 'AZE', cameo: '120', trigger: { find: 'rejected' }, date: '2025-07-01' },
      { source: 'RUS', target: 'AZE', cameo: '173', trigger: { find: 'arrested' }, date: '2025-07-01' },
      { source: 'TUR', target: 'AZE', cameo: '020', trigger: { find: 'urged' }, date: '2025-07-01' },
    ],
  },
  {
    id: 'fx-culture-july', lang: 'ar', outlet: 'صحيفة الخليج', published: '2025-07-05',
    title: 'أذربيجان تعلق الفعاليات الثقافية الروسية',
    text: 'علّقت أذربيجان يوم السبت جميع الفعاليات الثقافية الروسية في باكو، واتهمت موسكو بممارسة ضغوط على الجالية الأذربيجانية. وقال وزير الخارجية التركي إن أنقرة تدعم باكو بالكامل.',
    actors: [
      { find: 'أذربيجان', code: 'AZE' }, { find: 'موسكو', code: 'RUS' }, { find: 'وزير الخارجية التركي', code: 'TUR', sector: 'GOV' },
      { find: 'أنقرة', code: 'TUR' }, { find: 'باكو', nth: 1, code: 'AZE' },
    ],
    dates: [{ find: 'يوم السبت', value: '2025-07-05' }],
    quantities: [],
    events: [
      { source: 'AZE', target: 'RUS', cameo: '160', trigger: { find: 'علّقت' }, date: '2025-07-05' },
      { source: 'AZE', target: 'RUS', cameo: '112', trigger: { find: 'اتهمت' }, date: '2025-07-05' },
      { source: 'TUR', target: 'AZE', cameo: '051', trigger: { find: 'تدعم' }, date: '2025-07-05' },
    ],
  },
  {
    id: 'fx-threat-july', lang: 'ar', outlet: 'صحيفة الخليج', published: '2025-07-09',
    title: 'موسكو تحذر باكو من عواقب التصعيد',
    text: 'هددت روسيا أذربيجان الأربعاء بإجراءات اقتصادية إذا استمرت حملة الاعتقالات، وفرضت قيودا على استيراد 40 صنفا من المنتجات الأذربيجانية.',
    actors: [{ find: 'روسيا', code: 'RUS' }, { find: 'أذربيجان', code: 'AZE' }],
    dates: [{ find: 'الأربعاء', value: '2025-07-09' }],
    quantities: [{ find: '40 صنفا', value: 40, unit: 'صنف' }],
    events: [
      { source: 'RUS', target: 'AZE', cameo: '130', trigger: { find: 'هددت' }, date: '2025-07-09' },
      { source: 'RUS', target: 'AZE', cameo: '172', trigger: { find: 'فرضت قيودا' }, date: '2025-07-09' },
    ],
  },
  {
    id: 'fx-armenia-aug', lang: 'en', outlet: 'Volga Daily', published: '2025-08-08',
    title: 'Armenia and Azerbaijan leaders agree to continue peace talks',
    text: 'Armenia and Azerbaijan agreed on Friday to continue peace talks, and Armenia praised the mediation offered by Turkey. Russia accused both governments of sidelining Moscow.',
    actors: [{ find: 'Armenia', code: 'ARM' }, { find: 'Azerbaijan', code: 'AZE' }, { find: 'Turkey', code: 'TUR' }, { find: 'Russia', code: 'RUS' }],
    dates: [{ find: 'Friday', value: '2025-08-08' }],
    quantities: [],
    events: [
      { source: 'ARM', target: 'AZE', cameo: '036', trigger: { find: 'agreed' }, date: '2025-08-08' },
      { source: 'ARM', target: 'TUR', cameo: '051', trigger: { find: 'praised' }, date: '2025-08-08' },
      { source: 'RUS', target: 'ARM', cameo: '112', trigger: { find: 'accused' }, date: '2025-08-08' },
    ],
  },
  {
    id: 'fx-consult-sept', lang: 'en', outlet: 'Caspian Wire', published: '2025-09-15',
    title: 'Russian and Azerbaijani foreign ministers speak by phone',
    text: 'The foreign ministers of Russia and Azerbaijan spoke by phone on Monday and did not announce new sanctions. Azerbaijan still demanded the release of the detained citizens.',
    actors: [{ find: 'Russia', code: 'RUS' }, { find: 'Azerbaijan', code: 'AZE' }, { find: 'Azerbaijan', nth: 1, code: 'AZE' }],
    dates: [{ find: 'Monday', value: '2025-09-15' }],
    quantities: [],
    events: [
      { source: 'RUS', target: 'AZE', cameo: '040', trigger: { find: 'spoke' }, date: '2025-09-15' },
      { source: 'RUS', target: 'AZE', cameo: '172', trigger: { find: 'announce new sanctions' }, date: '2025-09-15', negated: true },
      { source: 'AZE', target: 'RUS', cameo: '100', trigger: { find: 'demanded' }, date: '2025-09-15' },
    ],
  },
];
