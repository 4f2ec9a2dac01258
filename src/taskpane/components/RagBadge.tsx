import { makeStyles, tokens } from '@fluentui/react-components';
import type { Rag } from '../../engine/model';
import { COLOURS } from '../../engine/rag/scheme';
import { RAG_WORD, textOn } from '../model/format';

const FILL: Readonly<Record<Rag, string>> = { R: COLOURS.red, A: COLOURS.amber, G: COLOURS.green };

const useStyles = makeStyles({
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    borderRadius: tokens.borderRadiusMedium,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: 'nowrap',
    border: '1px solid transparent',
  },
  letter: { fontFamily: tokens.fontFamilyMonospace },
});

/** RAG as colour, letter and word together: never colour alone. */
export function RagBadge({ rag, showWord = true }: { rag: Rag | null; showWord?: boolean }) {
  const s = useStyles();
  if (!rag) return <span className={s.badge} style={{ borderColor: tokens.colorNeutralStroke1 }}>Not graded</span>;
  const fill = FILL[rag];
  return (
    <span className={s.badge} style={{ backgroundColor: fill, color: textOn(fill) }}>
      <span className={s.letter} aria-hidden="true">
        {rag}
      </span>
      {showWord && <span>{RAG_WORD[rag]}</span>}
    </span>
  );
}

/** A swatch of a grade's colour beside its name. */
export function GradeSwatch({ colour, name }: { colour: string; name: string }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <span aria-hidden="true" style={{ width: 12, height: 12, backgroundColor: colour, border: '1px solid #605E5C', borderRadius: 2, flex: 'none' }} />
      {name}
    </span>
  );
}
