/**
 * Scores, grades and checks for risks laid out as cards (src/engine/detect/riskCards.ts): the
 * same reading of each slot as a register's row gets, from the labelled cells of each card.
 * The register has no columns to colour or to name; its risks, scores and checks are as any
 * register's, and the Risk Summary lists them.
 */
import { SheetGrid } from '../grid';
import { Check, RiskEntry, RiskRegister, RiskScore, RiskSlot, RISK_SLOTS } from '../model';
import { RawRiskCards } from '../detect/riskCards';
import { AddCheck, compareSlots, scoreSlot } from './slotScore';
import type { RegisterContext } from './analyseRegister';

export function analyseCards(sheet: SheetGrid, raw: RawRiskCards, ctx: RegisterContext): { register: RiskRegister; checks: Check[] } {
  const checks: Check[] = [];
  const slotsSeen = new Set<RiskSlot>();
  const risks: RiskEntry[] = raw.cards.map((card) => {
    const add: AddCheck = (at, code, severity, message) => checks.push({ sheet: sheet.name, row: at.row, col: at.col, where: card.ref ?? card.title, code, severity, message });
    const scores = {} as Record<RiskSlot, RiskScore | null>;
    for (const slot of RISK_SLOTS) {
      const cells = card.slots[slot];
      scores[slot] = cells ? scoreSlot(sheet, slot, cells, ctx, add) : null;
      if (scores[slot]) slotsSeen.add(slot);
    }
    compareSlots(scores, (slot) => card.slots[slot], add);
    return {
      row: card.row,
      ref: card.ref,
      title: card.title,
      section: null,
      owner: null,
      reviewDate: null,
      trend: null,
      closed: false,
      hidden: ctx.hiddenRows.has(card.row),
      scores,
    };
  });
  return {
    register: {
      kind: 'risk',
      sheet: sheet.name,
      range: { top: raw.top, left: 0, bottom: raw.bottom, right: raw.right },
      headerRows: [],
      layout: 'cards',
      title: ctx.title,
      scheme: ctx.scheme,
      columns: [],
      slots: RISK_SLOTS.filter((s) => slotsSeen.has(s)),
      asAt: ctx.asAt,
      hiddenColumns: [],
      risks,
      ...(ctx.ratingWords?.likelihoodLabels || ctx.ratingWords?.consequenceLabels
        ? { scaleLabels: { likelihood: ctx.ratingWords.likelihoodLabels, consequence: ctx.ratingWords.consequenceLabels } }
        : {}),
    },
    checks,
  };
}
