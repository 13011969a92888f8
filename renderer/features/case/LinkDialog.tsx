import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useState, type FormEvent } from 'react';
import type { CaseSearchHit, Input } from '../../../shared/contract/index';
import { useCaseStore } from './caseStore';
import { CasePicker } from './CasePicker';
import { refusalText } from './EditableField';
import { useAction } from '../../lib/useAction';

type Kind = Input<'cases.link'>['kind'];

/** What the other case is to this one, as the agent chooses it. */
const KINDS: { value: Kind; label: string; help: string }[] = [
  { value: 'needs_config', label: 'The configuration case this one needs', help: 'It shows a reminder to set its priority.' },
  { value: 'related', label: 'A related case', help: 'About the same thing; neither waits on the other.' },
  { value: 'child', label: 'A child of this case', help: 'A part of this request handled as its own case.' },
];

/** *Link a case*: find the other case, say what it is to this one (`cases.link`). */
export function LinkDialog({ caseId, caseKey, onClose }: { caseId: string; caseKey: string; onClose(): void }) {
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [picked, setPicked] = useState<CaseSearchHit | null>(null);
  const [kind, setKind] = useState<Kind>('related');
  const { busy, error, run } = useAction(refusalText);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!picked) return;
    if (await run(() => useCaseStore.getState().link(picked.id, kind))) onClose();
  }

  return (
    <Dialog open onClose={() => !busy && onClose()} fullWidth fullScreen={narrow} maxWidth="sm" aria-labelledby="link-title">
      <Box component="form" noValidate onSubmit={(e) => void submit(e)} sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 }}>
        <DialogTitle id="link-title">Link a case to {caseKey}</DialogTitle>
        <DialogContent dividers sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <CasePicker excludeId={caseId} picked={picked} onPick={setPicked} />
          <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
            <FormLabel component="legend">The other case is</FormLabel>
            <RadioGroup value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              {KINDS.map((k) => (
                <FormControlLabel
                  key={k.value}
                  value={k.value}
                  control={<Radio size="small" />}
                  label={
                    <>
                      {k.label}
                      <Box component="span" sx={{ display: 'block', typography: 'caption', color: 'text.secondary' }}>
                        {k.help}
                      </Box>
                    </>
                  }
                  sx={{ alignItems: 'flex-start', mt: 0.5, '& .MuiRadio-root': { pt: 0.25 } }}
                />
              ))}
            </RadioGroup>
          </Box>
          {error && <Alert severity="error">{error}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={busy || !picked}>
            {busy ? 'Linking…' : picked ? `Link ${picked.key}` : 'Link'}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
