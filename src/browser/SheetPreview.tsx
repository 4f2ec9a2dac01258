import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { PreviewModel } from './preview';

const useStyles = makeStyles({
  scroller: {
    // The containing block of the cell's hidden "(selected cell)" text, so it is clipped too.
    position: 'relative',
    overflow: 'auto',
    maxWidth: '100%',
    maxHeight: '460px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    // Separate borders: Chromium paints collapsed borders and the cells under a sticky header over it.
    borderCollapse: 'separate',
    borderSpacing: '0',
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
    '& th, & td': {
      borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: '2px 6px',
      maxWidth: '220px',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      whiteSpace: 'nowrap',
    },
    '& th': { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, textAlign: 'center' },
    // Column letters and row numbers stay in view as the box scrolls.
    '& thead th, & thead td': { position: 'sticky', top: '0', zIndex: 2, backgroundColor: tokens.colorNeutralBackground3 },
    '& tbody th': { position: 'sticky', left: '0', zIndex: 1 },
  },
  moves: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', marginTop: tokens.spacingVerticalS },
  caption: { textAlign: 'left', padding: '4px 0', fontWeight: tokens.fontWeightSemibold, captionSide: 'top' },
  numeric: { textAlign: 'right' },
  target: {
    outline: `3px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-3px',
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  targetHead: { backgroundColor: `${tokens.colorBrandBackground2} !important`, color: `${tokens.colorNeutralForeground1} !important` },
});

/**
 * A window of the sheet with the selected cell outlined, standing in for Excel's selection.
 * The box scrolls; on a sheet longer than the window, Earlier and Later rows move it a page.
 */
export const SheetPreview = React.forwardRef<HTMLDivElement, { model: PreviewModel; onMove?(top: number): void }>(function SheetPreview({ model, onMove }, ref) {
  const s = useStyles();
  const targetRef = React.useRef<HTMLTableCellElement | null>(null);
  const targetKey = model.target ? `${model.sheet}!${model.target.address}` : null;
  React.useEffect(() => {
    if (targetKey) targetRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [targetKey]);
  const last = model.top + model.rows.length;
  const paged = model.sheetRows > model.pageRows;
  return (
    <>
    <div key={`${model.sheet}:${model.top}`} className={s.scroller} ref={ref} tabIndex={0} role="region" aria-label={`Preview of sheet ${model.sheet}`}>
      <table className={s.table}>
        <caption className={s.caption}>
          {model.sheet}
          {model.target ? `, cell ${model.target.address}` : ''} <span style={{ fontWeight: 400 }}>({model.extent})</span>
        </caption>
        <thead>
          <tr>
            <td aria-hidden="true" />
            {model.columns.map((c) => (
              <th key={c.col} scope="col" className={model.target?.col === c.col ? s.targetHead : undefined}>
                {c.letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r) => (
            <tr key={r.row}>
              <th scope="row" className={model.target?.row === r.row ? s.targetHead : undefined}>
                {r.row + 1}
              </th>
              {r.cells.map((c) => (
                <td
                  key={c.col}
                  ref={c.target ? targetRef : undefined}
                  className={[c.numeric ? s.numeric : '', c.target ? s.target : ''].join(' ')}
                  title={c.text.length > 30 ? c.text : undefined}
                >
                  {c.text}
                  {c.target && <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}> (selected cell)</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    {paged && onMove && (
      <div className={s.moves}>
        <Button size="small" disabledFocusable={model.top === 0} onClick={() => onMove(Math.max(0, model.top - model.pageRows))}>
          Earlier rows
        </Button>
        <Button size="small" disabledFocusable={last >= model.sheetRows} onClick={() => onMove(model.top + model.pageRows)}>
          Later rows
        </Button>
      </div>
    )}
    </>
  );
});
