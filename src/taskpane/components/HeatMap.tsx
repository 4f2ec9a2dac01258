import * as React from 'react';
import { Field, Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { RiskRegister, RiskSlot } from '../../engine/model';
import { heatMap, mappableSlots, noHeatMapReason, SLOT_WORD } from '../model/heatmap';
import { bandRange } from '../../engine/rag/scheme';
import { GradeSwatch } from './RagBadge';
import { useShared } from './styles';

const CELL_W = 44;
const CELL_H = 34;
const LEFT = 46;
const TOP = 6;
const BOTTOM = 40;

const useStyles = makeStyles({
  svg: { maxWidth: '100%', height: 'auto', display: 'block' },
  legend: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: '0', padding: '0', listStyleType: 'none' },
});

/**
 * The heat map (5x5, or the matrix of the workbook's own key) as an SVG image (role="img", named by its summary sentence), with the
 * counts as a table for screen readers, which the image itself hides.
 */
export function HeatMap({ register }: { register: RiskRegister }) {
  const s = useStyles();
  const shared = useShared();
  const slots = React.useMemo(() => mappableSlots(register), [register]);
  const [slot, setSlot] = React.useState<RiskSlot | undefined>(slots.includes('current') ? 'current' : slots[0]);
  const summaryId = useId('heat-summary');
  const model = React.useMemo(() => (slot ? heatMap(register, slot) : null), [register, slot]);
  if (!slot || !model) {
    return <p className={shared.muted}>{noHeatMapReason(register)}</p>;
  }
  const n = model.size;
  const points = Array.from({ length: n }, (_x, i) => i + 1);
  const width = LEFT + n * CELL_W + 2;
  const height = TOP + n * CELL_H + BOTTOM;
  return (
    <div>
      <h4 className={shared.h4}>Heat map</h4>
      {slots.length > 1 && (
        <Field label="Scores to map" style={{ maxWidth: 220 }}>
          <Select value={slot} onChange={(_, d) => setSlot(d.value as RiskSlot)}>
            {slots.map((x) => (
              <option key={x} value={x}>
                {SLOT_WORD[x]}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <p className={shared.muted} id={summaryId}>
        {model.summary}
      </p>
      <svg className={s.svg} role="img" aria-labelledby={summaryId} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
        {model.rows.map((row, ri) =>
          row.map((cell, ci) => (
            <g key={`${ri}-${ci}`}>
              <rect x={LEFT + ci * CELL_W} y={TOP + ri * CELL_H} width={CELL_W - 2} height={CELL_H - 2} fill={cell.colour} rx={2} />
              {cell.count > 0 && (
                <text
                  x={LEFT + ci * CELL_W + (CELL_W - 2) / 2}
                  y={TOP + ri * CELL_H + (CELL_H - 2) / 2}
                  fill={cell.textColour}
                  fontSize="15"
                  fontWeight="600"
                  textAnchor="middle"
                  dominantBaseline="central"
                >
                  {cell.count}
                </text>
              )}
            </g>
          )),
        )}
        {[...points].reverse().map((c, ri) => (
          <text key={`c${c}`} x={LEFT - 8} y={TOP + ri * CELL_H + (CELL_H - 2) / 2} fontSize="12" textAnchor="end" dominantBaseline="central" fill="#424242">
            {c}
          </text>
        ))}
        {points.map((l, ci) => (
          <text key={`l${l}`} x={LEFT + ci * CELL_W + (CELL_W - 2) / 2} y={TOP + n * CELL_H + 12} fontSize="12" textAnchor="middle" fill="#424242">
            {l}
          </text>
        ))}
        <text x={LEFT + (n * CELL_W) / 2} y={TOP + n * CELL_H + 32} fontSize="12" textAnchor="middle" fill="#424242">
          Likelihood
        </text>
        <text x={12} y={TOP + (n * CELL_H) / 2} fontSize="12" textAnchor="middle" fill="#424242" transform={`rotate(-90 12 ${TOP + (n * CELL_H) / 2})`}>
          Consequence
        </text>
      </svg>
      <ul className={s.legend} aria-label={`Grades (${register.scheme.label})`}>
        {register.scheme.bands.map((b) => (
          <li key={b.name}>
            <GradeSwatch colour={b.colour} name={bandRange(register.scheme, b) ? `${b.name} ${bandRange(register.scheme, b)}` : b.name} />
          </li>
        ))}
      </ul>
      {/* Visually hidden: a table will not shrink to 1px itself, so its wrapper does. */}
      <div className={shared.visuallyHidden}>
      <table>
        <caption>
          {SLOT_WORD[slot]} scores: open risks by consequence (rows) and likelihood (columns)
        </caption>
        <thead>
          <tr>
            <th scope="col">Consequence</th>
            {points.map((l) => (
              <th scope="col" key={l}>
                Likelihood {l}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <tr key={row[0]!.consequence}>
              <th scope="row">Consequence {row[0]!.consequence}</th>
              {row.map((cell) => (
                <td key={cell.likelihood}>
                  {cell.count} ({cell.grade ?? 'no grade'}, score {cell.score})
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </div>
  );
}
