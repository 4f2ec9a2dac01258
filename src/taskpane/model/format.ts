/**
 * Numbers and words as the pane shows them. Pure: no DOM, no React, so the view models that
 * use these are tested in node with real engine output.
 */
import type { Rag, Severity, Units } from '../../engine/model';

/** U+2212, which screen readers read as "minus" (a hyphen is often read as "dash" or not at all). */
export const MINUS = '\u2212';

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ONE_DP = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** An amount in a table's own units: "£124,532", "£1,234k", "£1.2m", "−£539,416"; "–" when absent. */
export function formatAmount(value: number | null | undefined, units: Units): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const size = Math.abs(value);
  const digits = units === '£m' ? ONE_DP.format(size) : WHOLE.format(size);
  const text = units === "£'000s" ? `£${digits}k` : units === '£m' ? `£${digits}m` : `£${digits}`;
  const zero = digits.replace(/[0.,]/g, '') === '';
  return value < 0 && !zero ? `${MINUS}${text}` : text;
}

/** A signed amount with an explicit + for positive values, for variances. */
export function formatVariance(value: number | null | undefined, units: Units): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = formatAmount(value, units);
  return value > 0 && text.replace(/[£0.,km]/g, '') !== '' ? `+${text}` : text;
}

/** A fraction as a percentage with one decimal: 0.0612 -> "6.1%", -0.05 -> "−5.0%". */
export function formatPct(fraction: number | null | undefined, signed = false): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '–';
  const text = `${ONE_DP.format(Math.abs(fraction) * 100)}%`;
  if (text === '0.0%') return text;
  if (fraction < 0) return `${MINUS}${text}`;
  return signed ? `+${text}` : text;
}

/** A fraction for an input box, in percent, without float noise: 0.07 -> "7", 0.125 -> "12.5". */
export function pctInput(fraction: number): string {
  return String(Number((fraction * 100).toPrecision(10)));
}

export const RAG_WORD: Readonly<Record<Rag, string>> = { R: 'Red', A: 'Amber', G: 'Green' };

export const SEVERITY_WORD: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Within rounding' };

export { plural } from '../../engine/report/wording';

/** Text colour (near-black or white) that reads on a background colour, by WCAG relative luminance. */
export function textOn(background: string): '#000000' | '#FFFFFF' {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background);
  if (!m) return '#000000';
  const lin = (h: string) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin(m[1]!) + 0.7152 * lin(m[2]!) + 0.0722 * lin(m[3]!);
  // Contrast with white is (1.05)/(l+0.05); with black (l+0.05)/0.05. Pick the larger.
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#FFFFFF' : '#000000';
}

/** WCAG contrast ratio of two #RRGGBB colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)!;
    const lin = (h: string) => {
      const c = parseInt(h, 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(m[1]!) + 0.7152 * lin(m[2]!) + 0.0722 * lin(m[3]!);
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
