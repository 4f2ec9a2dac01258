import { z } from 'zod';
import { RagBoardError } from './errors';
import { columnIndex } from './grid';
import { BUDGET_COLUMN_ROLES, RISK_COLUMN_ROLES } from './model';
import type { ColumnRoleOverride } from './detect/overrides';
import { bandProblem, DEFAULT_SCHEME_ID, PRESET_SCHEMES, RagScheme, colourForBandName } from './rag/scheme';
import { sheetNameProblem } from './sheetNames';

/**
 * What the user can set. Every key is optional; the defaults are the ones README documents
 * and the reasons for them are given there.
 */
const fraction = z.number().min(0).max(10);

/** A table with more lines than this is summarised on the Budget Summary: a board reads exceptions, not a mirror. */
export const DEFAULT_SUMMARY_LINES = 200;

/** A sheet name Excel accepts, or a message with the rule it breaks. */
const sheetName = z.string().superRefine((name, ctx) => {
  const problem = sheetNameProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(name)} ${problem}` });
});

const bandSchema = z.object({
  name: z.string().min(1),
  min: z.number().int().min(1).max(25),
  max: z.number().int().min(1).max(25),
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#D5281B"')
    .optional(),
});

/** Every role a column can be given in config `tables[].columns`: a budget table's or a risk register's. */
const COLUMN_ROLES = [...BUDGET_COLUMN_ROLES, ...RISK_COLUMN_ROLES] as const;

const configSchema = z
  .object({
    budget: z
      .object({
        basis: z.enum(['forecast', 'ytd']).default('forecast'),
        amberPct: fraction.default(0.01),
        redPct: fraction.default(0.05),
        underspendAmberPct: fraction.default(0.05),
        materiality: z.number().min(0).default(0),
        sign: z.enum(['overspend-positive', 'favourable-positive']).default('overspend-positive'),
        incomeLines: z.array(z.string()).default([]),
        summaryLines: z
          .union([z.literal('all'), z.literal('exceptions'), z.number().int().min(0).max(1_048_576)], {
            error: 'must be "all", "exceptions" or a whole number of lines (a table with more lines than that is summarised)',
          })
          .default(DEFAULT_SUMMARY_LINES),
      })
      .strict()
      .prefault({}),
    risk: z
      .object({
        scheme: z.union([z.string(), z.object({ bands: z.array(bandSchema) }).strict()]).optional(),
        boardThreshold: z.number().int().min(1).max(25).default(12),
      })
      .strict()
      .prefault({}),
    sheets: z
      .object({
        budgetSummary: sheetName.default('Budget Summary'),
        riskSummary: sheetName.default('Risk Summary'),
      })
      .strict()
      .prefault({}),
    /**
     * The user's reading of tables RAG Board misreads or misses: the sheet, the last header
     * row (1-based, as Excel numbers it) and a role for each column named, by letter; null
     * leaves a column out.
     */
    tables: z
      .array(
        z
          .object({
            sheet: z.string().min(1).max(31),
            headerRow: z.number().int().min(1).max(1048576),
            columns: z.record(z.string().regex(/^[A-Z]{1,3}$/, 'must be a column letter like "C"'), z.enum(COLUMN_ROLES).nullable()),
          })
          .strict(),
      )
      .default([]),
    /** The report date ("as at"), ISO yyyy-mm-dd. Where absent, the date the sheet states is used. */
    asAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written yyyy-mm-dd')
      .optional(),
  })
  .strict();

export type BudgetBasis = 'forecast' | 'ytd';
export type SignConvention = 'overspend-positive' | 'favourable-positive';

export interface BudgetSettings {
  readonly basis: BudgetBasis;
  readonly amberPct: number;
  readonly redPct: number;
  readonly underspendAmberPct: number;
  /** In pounds; converted to each table's own units. 0 means no amount threshold. */
  readonly materiality: number;
  readonly sign: SignConvention;
  readonly incomeLines: ReadonlyArray<string>;
  /**
   * How much of each table the Budget Summary lists: "all" its lines; "exceptions" only its
   * total, section subtotals, red and amber lines, lines with a check and the largest variances;
   * a number: every line of a table with up to that many lines, the exceptions of a larger one.
   */
  readonly summaryLines: SummaryLines;
}

export type SummaryLines = 'all' | 'exceptions' | number;

export interface RagBoardConfig {
  readonly budget: BudgetSettings;
  readonly risk: {
    /** null: use the workbook's own key where it has one, else npsa-4band. */
    readonly scheme: RagScheme | null;
    readonly boardThreshold: number;
  };
  readonly sheets: { readonly budgetSummary: string; readonly riskSummary: string };
  readonly asAt: { year: number; month: number; day: number } | null;
  /** Column roles the user gave in `tables`, as the engine applies them (0-based rows and columns). */
  readonly columnRoles: ReadonlyArray<ColumnRoleOverride>;
}

export const DEFAULT_CONFIG: RagBoardConfig = parseConfig({});

/** Validates a parsed JSON value as a config. Throws RagBoardError('bad-arguments') saying which key is wrong. */
export function parseConfig(input: unknown, source = 'config'): RagBoardConfig {
  const result = configSchema.safeParse(input ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = issue.path.join('.') || '(top level)';
    const message =
      issue.code === 'invalid_key'
        ? `${source}: ${key} is not a column letter; write columns as letters, like "C"`
        : issue.code === 'unrecognized_keys'
        ? `${source}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${[...issue.path, k].join('.')}"`).join(', ')}`
        : `${source}: ${key} ${issue.message.replace(/^Invalid input: /, '')}`;
    throw new RagBoardError('bad-arguments', message, {
      hint: 'See "Configuration" in README.md for the keys and their defaults',
    });
  }
  const c = result.data;
  const b = c.budget;
  if (b.amberPct > b.redPct) {
    throw new RagBoardError('bad-arguments', `${source}: budget.amberPct (${b.amberPct}) is above budget.redPct (${b.redPct})`, {
      hint: 'Amber must start at a smaller variance than red; percentages are fractions (0.05 = 5%)',
    });
  }
  return {
    budget: b,
    risk: { scheme: resolveScheme(c.risk.scheme, source), boardThreshold: c.risk.boardThreshold },
    sheets: c.sheets,
    asAt: c.asAt ? parseIsoDate(c.asAt, `${source}: asAt`) : null,
    columnRoles: c.tables.flatMap((t, i) => {
      const entries = Object.entries(t.columns);
      if (entries.length === 0) {
        throw new RagBoardError('bad-arguments', `${source}: tables.${i}.columns names no column`, { hint: 'Give each column a role, e.g. { "C": "ytdBudget", "D": "ytdActual" }' });
      }
      return entries.map(([letter, role]) => ({ sheet: t.sheet, headerRow: t.headerRow - 1, col: columnIndex(letter), role }));
    }),
  };
}

function parseIsoDate(text: string, what: string): { year: number; month: number; day: number } {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
    throw new RagBoardError('bad-arguments', `${what} "${text}" is not a real date`, { hint: 'Write it as yyyy-mm-dd' });
  }
  return { year: y, month: m, day: d };
}

function resolveScheme(scheme: string | { bands: z.infer<typeof bandSchema>[] } | undefined, source: string): RagScheme | null {
  if (scheme === undefined || scheme === 'workbook' || scheme === 'auto') return null;
  if (typeof scheme === 'string') {
    const preset = PRESET_SCHEMES[scheme];
    if (!preset) {
      throw new RagBoardError('bad-arguments', `${source}: risk.scheme "${scheme}" is not a scheme we know`, {
        hint: `Use one of ${Object.keys(PRESET_SCHEMES).map((k) => `"${k}"`).join(', ')}, "workbook", or { "bands": [...] }`,
      });
    }
    return preset;
  }
  const problem = bandProblem(scheme.bands);
  if (problem) {
    throw new RagBoardError('bad-arguments', `${source}: risk.scheme bands are not usable: ${problem}`, {
      hint: 'Bands must cover every score a 5x5 matrix can give (1-6, 8, 9, 10, 12, 15, 16, 20, 25) once each',
    });
  }
  const sorted = [...scheme.bands].sort((a, b) => a.min - b.min);
  return {
    id: 'custom',
    label: sorted.map((b) => `${b.name} ${b.min}-${b.max}`).join(', '),
    bands: sorted.map((b, i) => ({ name: b.name, min: b.min, max: b.max, colour: b.colour?.toUpperCase() ?? colourForBandName(b.name, i, sorted.length) })),
  };
}

export { DEFAULT_SCHEME_ID };
