import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { OriginalContent as Original } from '../../../shared/contract/index';
import { fromText } from './fromText';
import { HeadersBlock } from './HeadersBlock';
import { VoicemailPlayer } from './VoicemailPlayer';

/** On a timeline entry: what a filed call, chat, voicemail or email arrived with (the body is shown by the entry). */
export function OriginalContent({ original }: { original: Original }) {
  const from = fromText(original.from);
  return (
    <Box data-testid="original" sx={{ display: 'flex', flexDirection: 'column', gap: 0.5, mt: 0.5 }}>
      {from && (
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          <Box component="span" sx={{ color: 'text.secondary' }}>
            From{' '}
          </Box>
          {from}
        </Typography>
      )}
      {original.subject && (
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          <Box component="span" sx={{ color: 'text.secondary' }}>
            Subject{' '}
          </Box>
          {original.subject}
        </Typography>
      )}
      {original.channel === 'voicemail' && <VoicemailPlayer audioUrl={original.audioUrl} durationSeconds={original.durationSeconds} />}
      <HeadersBlock headers={original.headers} />
    </Box>
  );
}
