import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { PRIORITY_LABELS, type Priority } from '../../../shared/domain/vocab';

/** "P1".."P6" with its label as tooltip; P1 and P2 (emergency, blocker) stand out. */
export function PriorityChip({ priority }: { priority: Priority }) {
  const label = PRIORITY_LABELS[priority];
  const loud = priority === 'P1' ? 'error' : priority === 'P2' ? 'warning' : null;
  return (
    <Tooltip title={`${priority} ${label}`}>
      <Chip
        label={priority}
        color={loud ?? 'default'}
        variant={loud ? 'filled' : 'outlined'}
        sx={{ height: 20, fontWeight: 600, '& .MuiChip-label': { px: 0.75 } }}
      />
    </Tooltip>
  );
}
