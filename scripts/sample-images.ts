/**
 * The sample catalog's images: small generated SVG illustrations (a gradient and a line motif per
 * topic, program and post), written to demo/images/ by `npm run generate-catalog -- --sample`.
 * Drawn here, so they are free of any licence; abstract, so the catalog marks them decorative
 * (`alt: ""`): the card's title says what the course is.
 */

/** A line motif in a 640 × 360 frame, drawn in white strokes. */
type Motif = (seed: number) => string;

const MOTIFS: Record<string, Motif> = {
  // an ECG trace
  pulse: () =>
    '<path d="M0 220h170l22-40 26 90 34-190 30 250 24-110h70l18-30 20 30h226"/>',
  // cells under a microscope
  cells: (seed) =>
    [
      [150, 140, 70],
      [300, 230, 52],
      [430, 120, 60],
      [540, 250, 40],
      [220 + (seed % 40), 60, 26],
    ]
      .map(([x, y, r]) => `<circle cx="${x}" cy="${y}" r="${r}"/><circle cx="${x + r / 4}" cy="${y - r / 5}" r="${Math.round(r / 3)}"/>`)
      .join(''),
  // a network of neurons
  network: (seed) => {
    const nodes = [
      [90, 260],
      [200, 120],
      [320, 220],
      [430, 90],
      [540, 200],
      [260 + (seed % 30), 300],
    ];
    const lines = [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [2, 5],
      [1, 3],
      [2, 4],
    ]
      .map(([a, b]) => `M${nodes[a][0]} ${nodes[a][1]}L${nodes[b][0]} ${nodes[b][1]}`)
      .join('');
    return `<path d="${lines}"/>${nodes.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="14" fill="#fff"/>`).join('')}`;
  },
  // a bar chart and its trend
  chart: (seed) =>
    `<path d="M80 300h480"/>${[0, 1, 2, 3, 4]
      .map((i) => {
        const h = 60 + ((seed * (i + 3)) % 5) * 28 + i * 14;
        return `<rect x="${110 + i * 90}" y="${300 - h}" width="50" height="${h}" rx="6"/>`;
      })
      .join('')}<path d="M100 210l100-40 90 20 90-60 110-50" stroke-dasharray="4 14"/>`,
  // a globe
  globe: () =>
    '<circle cx="320" cy="180" r="130"/><ellipse cx="320" cy="180" rx="55" ry="130"/><path d="M190 180h260M206 118h228M206 242h228"/>',
  // a medical cross in a ring
  cross: () => '<circle cx="320" cy="180" r="120"/><path d="M295 105h50v50h50v50h-50v50h-50v-50h-50v-50h50z"/>',
  // waves, for the brain's rhythms
  waves: () =>
    [0, 1, 2]
      .map((i) => `<path d="M0 ${130 + i * 50}c80-60 160 60 240 0s160-60 240 0 120 40 160 10" opacity="${1 - i * 0.25}"/>`)
      .join(''),
  // an open book
  book: () => '<path d="M320 110c-60-40-140-40-200-20v190c60-20 140-20 200 20 60-40 140-40 200-20V90c-60-20-140-20-200 20zM320 110v190"/>',
};

/** Colours of the sample images, dark enough for the white motif: [from, to]. */
const PALETTES: [string, string][] = [
  ['#7b1e2e', '#c2415a'],
  ['#143f6b', '#2f7bbf'],
  ['#0c5450', '#2c9a8f'],
  ['#4a2c6d', '#8a5fb8'],
  ['#5c4210', '#b07d24'],
  ['#28445c', '#5f8fa8'],
];

/** One sample image as SVG text. */
export function sampleSvg(motif: keyof typeof MOTIFS, palette: number, seed = 0): string {
  const [from, to] = PALETTES[palette % PALETTES.length];
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360" width="640" height="360">',
    `<defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>`,
    '<rect width="640" height="360" fill="url(#g)"/>',
    '<circle cx="580" cy="40" r="150" fill="#fff" opacity=".08"/><circle cx="40" cy="360" r="110" fill="#fff" opacity=".06"/>',
    `<g fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round" opacity=".88">${MOTIFS[motif](seed)}</g>`,
    '</svg>\n',
  ].join('');
}

/** The motif and palette of each course topic's image (by the topic's English label). */
export const TOPIC_IMAGES: Record<string, [keyof typeof MOTIFS, number]> = {
  Cardiology: ['pulse', 0],
  Oncology: ['cells', 3],
  Neurology: ['network', 1],
  Psychiatry: ['waves', 3],
  Pediatrics: ['cross', 4],
  'Emergency Medicine': ['pulse', 1],
  'Internal Medicine': ['cross', 5],
  'Infectious Disease': ['cells', 2],
  Endocrinology: ['chart', 4],
  Radiology: ['network', 5],
  Surgery: ['cross', 0],
  'Global Health': ['globe', 2],
  'Clinical Research': ['chart', 1],
  'Medical Education': ['book', 3],
  Leadership: ['chart', 0],
  'Palliative Care': ['waves', 2],
  Geriatrics: ['book', 5],
  Dermatology: ['cells', 4],
};

/** The motif and palette of each program's image, by program id (a program not listed has none). */
export const PROGRAM_IMAGES: Record<string, [keyof typeof MOTIFS, number]> = {
  gcsrt: ['globe', 2],
  icrt: ['chart', 1],
  sqil: ['cross', 5],
};

/** The motif and palette of each post's image, by post id (a post not listed has none). */
export const POST_IMAGES: Record<string, [keyof typeof MOTIFS, number]> = {
  'global-academy-launches-new-courses': ['book', 0],
  'clinical-scholars-graduation': ['globe', 2],
  'latam-program-announced': ['globe', 1],
  'teaching-with-cases': ['book', 3],
  'ai-in-medical-education': ['network', 5],
  'alumni-spotlight-brazil': ['chart', 4],
};
