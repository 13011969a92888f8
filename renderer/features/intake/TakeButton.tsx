import PanToolOutlined from '@mui/icons-material/PanToolOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { WorkItem } from '../../../shared/contract/index';
import { useTakeStore } from '../take/takeStore';

/**
 * **Take** an unassigned item (`queue.take` through the take slice). The core's refusal
 * ("C-1042 was taken by Sam Roe", "You are On leave: nobody is assigned work while ...") is shown beside the button until dismissed.
 */
export function TakeButton({ itemId, label, onTaken }: { itemId: string; label: string; onTaken?(item: WorkItem): void }) {
  const pending = useTakeStore((s) => s.pendingId === itemId);
  const [refusal, setRefusal] = useState<string | null>(null);

  async function take() {
    setRefusal(null);
    const { item, refusal: why } = await useTakeStore.getState().take(itemId, { inline: true });
    if (item) onTaken?.(item);
    else setRefusal(why);
  }

  function dismiss() {
    setRefusal(null);
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, alignItems: 'flex-start' }}>
      <Button variant="contained" startIcon={<PanToolOutlined />} onClick={() => void take()} disabled={pending} data-testid="take-button">
        {pending ? 'Taking…' : 'Take'}
        <Box component="span" sx={visuallyHidden}>
          {' '}
          {label}
        </Box>
      </Button>
      {refusal && (
        <Alert severity="warning" onClose={dismiss} data-testid="take-refusal" sx={{ alignSelf: 'stretch' }}>
          Not taken: {refusal}
        </Alert>
      )}
    </Box>
  );
}

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
