import Box from '@mui/material/Box';
import type { CaseDetail } from '../../../shared/contract/index';
import { CancellationSteps } from '../cancellation/CancellationSteps';
import { useCaseStore } from '../case/caseStore';
import { TroubleshootingDialog } from './TroubleshootingDialog';

/**
 * Aids above an opened case: the cancellation steps when the case is a cancellation request, and the
 * "Troubleshoot" guide for a problem the agent cannot reproduce (its answers saved as an internal note).
 */
export function CaseAids({ detail }: { detail: CaseDetail }) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, mb: 2 }}>
      {/* Keyed by case: another case starts with no ticks. */}
      <CancellationSteps key={detail.id} detail={detail} />
      <Box>
        <TroubleshootingDialog key={detail.id} caseKey={detail.key} onSave={(note) => useCaseStore.getState().write('note', note)} />
      </Box>
    </Box>
  );
}
