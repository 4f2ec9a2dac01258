/**
 * Risk grading schemes: bands of L x C scores, each with a name and a colour.
 * A scheme must give every score its matrix can produce (5x5 unless the workbook's own key is
 * of a 4x4 or 3x3 matrix) exactly one band, or a board paper would show a risk with no grade
 * (or two).
 */
export interface RiskBand {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /** #RRGGBB */
  readonly colour: string;
}

export interface RagScheme {
  /** "npsa-4band", "three-band", "workbook" (the register's own key) or "custom". */
  readonly id: string;
  readonly label: string;
  readonly bands: ReadonlyArray<RiskBand>;
  /** Where a workbook's own key was found, for the report. */
  readonly source?: { readonly sheet: string; readonly cell: string };
  /** The likelihood and consequence scales run 1 to this: 5 unless the scheme says 4 or 3. */
  readonly matrixSize?: MatrixSize;
  /**
   * A matrix printed as a grid of grades: the band's name for each pair, grid[likelihood - 1]
   * [consequence - 1]. Where a scheme has one, a risk's grade is its cell, not its score's band
   * (the bands then say which scores each grade takes, and may overlap).
   */
  readonly grid?: ReadonlyArray<ReadonlyArray<string>>;
  /**
   * A matrix that rates each pair by looking it up, not by multiplying: ratings[likelihood - 1]
   * [consequence - 1] is the pair's score (the DCB0129 clinical risk matrix rates 1 to 5).
   */
  readonly ratings?: ReadonlyArray<ReadonlyArray<number>>;
  /**
   * The top rating of a scale beyond a 5x5 that the key grades, where it is one ("H 20-36 / M
   * 12-18 / L 1-10" in a 6x6 register's score header): ratings on that scale are graded by it.
   */
  readonly scaleTop?: number;
  /** The board threshold this scheme's scores mean, where the configured one is beyond them. */
  readonly boardThreshold?: number;
}

export type MatrixSize = 3 | 4 | 5;

/** The side of the scheme's matrix: likelihood and consequence each run from 1 to it. */
export function matrixSizeOf(scheme: Pick<RagScheme, 'matrixSize'>): MatrixSize {
  return scheme.matrixSize ?? 5;
}

/** Every score L x C can take on a matrix of the given side. */
export function matrixScores(size: MatrixSize = 5): ReadonlyArray<number> {
  const s = new Set<number>();
  for (let l = 1; l <= size; l++) for (let c = 1; c <= size; c++) s.add(l * c);
  return [...s].sort((a, b) => a - b);
}

/** Every score L x C can take on a 5x5 matrix. */
export const MATRIX_SCORES: ReadonlyArray<number> = matrixScores(5);

// NHS palette. Red and green have the same lightness, which is why every RAG cell also
// carries its word or letter.
export const COLOURS = {
  red: '#D5281B',
  amber: '#FFB81C',
  orange: '#ED8B00',
  yellow: '#FFEB3B',
  green: '#007F3B',
  grey: '#768692',
} as const;

/**
 * The clinical risk matrix of the NHS clinical safety standards DCB0129 and DCB0160, as NHS
 * England's hazard logs print it: likelihood Very low to Very high, severity Minor to
 * Catastrophic, and a risk rating of 1 to 5 looked up for each pair. Ratings 1 and 2 are
 * acceptable, 3 undesirable, 4 and 5 unacceptable (4: "mandatory elimination or control").
 */
export const DCB0129_SCHEME: RagScheme = {
  id: 'dcb0129',
  label: 'DCB0129/DCB0160 clinical risk matrix: ratings 1-5 looked up by likelihood and severity; Acceptable 1-2, Undesirable 3, Unacceptable 4-5',
  bands: [
    { name: 'Acceptable', min: 1, max: 2, colour: COLOURS.green },
    { name: 'Undesirable', min: 3, max: 3, colour: COLOURS.amber },
    { name: 'Unacceptable', min: 4, max: 5, colour: COLOURS.red },
  ],
  ratings: [
    [1, 1, 2, 2, 3],
    [1, 2, 2, 3, 4],
    [2, 2, 3, 3, 4],
    [2, 3, 3, 4, 5],
    [3, 4, 4, 5, 5],
  ],
  boardThreshold: 3,
};

export const PRESET_SCHEMES: Readonly<Record<string, RagScheme>> = {
  'npsa-4band': {
    id: 'npsa-4band',
    label: 'NPSA 5x5 matrix: Low 1-3, Moderate 4-6, High 8-12, Extreme 15-25',
    bands: [
      { name: 'Low', min: 1, max: 3, colour: COLOURS.green },
      { name: 'Moderate', min: 4, max: 6, colour: COLOURS.yellow },
      { name: 'High', min: 8, max: 12, colour: COLOURS.orange },
      { name: 'Extreme', min: 15, max: 25, colour: COLOURS.red },
    ],
  },
  'three-band': {
    id: 'three-band',
    label: 'Three bands: Low 1-4, Medium 5-10, High 12-25',
    bands: [
      { name: 'Low', min: 1, max: 4, colour: COLOURS.green },
      { name: 'Medium', min: 5, max: 10, colour: COLOURS.amber },
      { name: 'High', min: 12, max: 25, colour: COLOURS.red },
    ],
  },
  dcb0129: DCB0129_SCHEME,
};

export const DEFAULT_SCHEME_ID = 'npsa-4band';

/** A pair's score: looked up where the scheme rates by its matrix, else likelihood x consequence. */
export function scoreOf(scheme: Pick<RagScheme, 'ratings'>, likelihood: number, consequence: number): number | null {
  if (!scheme.ratings) return likelihood * consequence;
  return scheme.ratings[likelihood - 1]?.[consequence - 1] ?? null;
}

/** The highest score the scheme's matrix gives. */
export function topScore(scheme: Pick<RagScheme, 'ratings' | 'matrixSize'>): number {
  const size = matrixSizeOf(scheme);
  return scheme.ratings ? Math.max(...scheme.ratings.flat()) : size * size;
}

/**
 * The board threshold for a scheme: the configured one, unless no score on its matrix reaches
 * it (12 on a 3x3 key, or on the DCB0129 ratings of 1 to 5); then the scheme's own, or the
 * lowest score of its second band from the top.
 */
export function boardThresholdFor(scheme: RagScheme, configured: number): number {
  if (configured <= topScore(scheme)) return configured;
  if (scheme.boardThreshold !== undefined) return scheme.boardThreshold;
  const ordered = [...scheme.bands].sort((a, b) => b.min - a.min);
  return ordered[1]?.min ?? ordered[0]?.min ?? configured;
}

/**
 * Checks that bands cover each matrix score exactly once. Returns a sentence saying what is
 * wrong (for the user), or null when the bands are sound.
 */
export function bandProblem(bands: ReadonlyArray<Pick<RiskBand, 'name' | 'min' | 'max'>>, size: MatrixSize = 5): string | null {
  if (bands.length === 0) return 'the band table is empty';
  for (const b of bands) {
    if (!(b.min <= b.max)) return `band "${b.name}" runs from ${b.min} to ${b.max}, so its minimum is above its maximum`;
  }
  const gaps: number[] = [];
  for (const score of matrixScores(size)) {
    const hits = bands.filter((b) => score >= b.min && score <= b.max);
    if (hits.length > 1) return `score ${score} falls in more than one band (${hits.map((h) => h.name).join(', ')})`;
    if (hits.length === 0) gaps.push(score);
  }
  if (gaps.length) return `no band covers score${gaps.length > 1 ? 's' : ''} ${gaps.join(', ')}`;
  return null;
}

/** Colour for a band name the workbook uses, when its key states names but not colours. */
export function colourForBandName(name: string, position: number, count: number): string {
  const n = name.toLowerCase();
  // A band named by its colour ("Red", "Amber", "Yellow", "Green") is that colour.
  if (/^red$/.test(n)) return COLOURS.red;
  if (/^amber$/.test(n)) return COLOURS.amber;
  if (/^green$/.test(n)) return COLOURS.green;
  if (/^yellow$/.test(n)) return COLOURS.yellow;
  if (/extreme|very high|critical|severe|unacceptable|intolerable/.test(n)) return COLOURS.red;
  if (/\btolerable\b/.test(n)) return count <= 3 ? COLOURS.amber : COLOURS.yellow;
  if (/\bacceptable\b/.test(n)) return COLOURS.green;
  // (Or by its letter alone: "H", "M", "L".)
  if (/high|significant|major|^h$/.test(n)) return count <= 3 ? COLOURS.red : COLOURS.orange;
  if (/moderate|medium|^m$/.test(n)) return count <= 3 ? COLOURS.amber : COLOURS.yellow;
  if (/low|minor|very low|negligible|^l$/.test(n)) return COLOURS.green;
  const ramp = [COLOURS.green, COLOURS.yellow, COLOURS.orange, COLOURS.red];
  return ramp[Math.min(ramp.length - 1, Math.round((position / Math.max(1, count - 1)) * (ramp.length - 1)))]!;
}

export function gradeFor(scheme: RagScheme, score: number | null): RiskBand | null {
  if (score === null) return null;
  const bands = scheme.bands.filter((b) => score >= b.min && score <= b.max);
  // (On a grid, a score two grades share has no grade of its own: its cell has.)
  return bands.length === 1 || (bands.length > 1 && !scheme.grid) ? bands[0]! : null;
}

/** The grade of a likelihood and consequence: their cell where the scheme is a grid, else their score's band. */
export function gradeAt(scheme: RagScheme, likelihood: number | null, consequence: number | null, score: number | null = likelihood !== null && consequence !== null ? scoreOf(scheme, likelihood, consequence) : null): RiskBand | null {
  if (scheme.grid && likelihood !== null && consequence !== null) {
    const name = scheme.grid[likelihood - 1]?.[consequence - 1];
    return name !== undefined ? (scheme.bands.find((b) => b.name === name) ?? null) : null;
  }
  return gradeFor(scheme, score);
}

/**
 * Each band's mark in a heat map's cell: its first letter ("H"), or, where two bands share it
 * (DCB0129's Undesirable and Unacceptable), the shortest start of its name no other band shares
 * ("Und", "Una"), so that no mark stands for two grades.
 */
export function bandMarks(bands: ReadonlyArray<Pick<RiskBand, 'name'>>): Map<string, string> {
  const names = bands.map((b) => b.name);
  const marks = new Map<string, string>();
  for (const name of names) {
    let n = 1;
    while (n < name.length && names.some((o) => o !== name && o.toLowerCase().startsWith(name.slice(0, n).toLowerCase()))) n++;
    marks.set(name, name.slice(0, 1).toUpperCase() + name.slice(1, n).toLowerCase());
  }
  return marks;
}

/**
 * The scores a band takes, as a legend prints them: "8–12", "3" for one, or nothing where the
 * scheme is a grid (its grades go by the pair, not by the score, and their scores overlap).
 */
export function bandRange(scheme: Pick<RagScheme, 'grid'>, band: Pick<RiskBand, 'min' | 'max'>): string {
  if (scheme.grid) return '';
  return band.min === band.max ? `${band.min}` : `${band.min}–${band.max}`;
}
