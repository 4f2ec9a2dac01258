/** The confirmation before Apply and Remove: what will happen, in a list. Loaded when first needed. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useShared } from './styles';

const useStyles = makeStyles({
  list: { margin: '0', paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly lines: ReadonlyArray<string>;
  readonly confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

export default function ConfirmDialog({ open, title, lines, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const shared = useShared();
  const s = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, d) => (d.open ? undefined : onCancel())} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            <p className={shared.para}>This will:</p>
            <ul className={s.list}>
              {lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button onClick={onCancel}>Cancel</Button>
            <Button appearance="primary" onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
