import NoteAddOutlined from '@mui/icons-material/NoteAddOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { MountWhen, lazyPanel } from '../../lib/lazyPanel';
import { useCaseCreateStore } from './caseCreateStore';

export const NEW_CASE_TEXT = 'New case';

// The form is loaded when first opened (lib/lazyPanel.tsx).
const CaseCreateDialog = lazyPanel(() => import('./CaseCreateDialog').then((m) => m.CaseCreateDialog));

/**
 * The app bar's **New case**, and the create-case dialog it (or **Create case** on a waiting item)
 * opens: mounted here once, from the first opening.
 */
export function NewCaseButton() {
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const opened = useCaseCreateStore((s) => s.seq > 0);
  const openNew = useCaseCreateStore.getState().openNew;
  return (
    <>
      {narrow ? (
        <Tooltip title={NEW_CASE_TEXT}>
          <IconButton color="inherit" aria-label={NEW_CASE_TEXT} onClick={openNew} data-testid="new-case">
            <NoteAddOutlined />
          </IconButton>
        </Tooltip>
      ) : (
        <Button color="inherit" variant="outlined" startIcon={<NoteAddOutlined />} onClick={openNew} data-testid="new-case" sx={{ borderColor: 'rgba(255,255,255,0.5)' }}>
          {NEW_CASE_TEXT}
        </Button>
      )}
      <MountWhen when={opened}>
        <CaseCreateDialog />
      </MountWhen>
    </>
  );
}
