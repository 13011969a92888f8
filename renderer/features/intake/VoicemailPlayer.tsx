import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { isPlayableAudioUrl } from '../../../shared/contract/index';

/** "0:24", "12:05". */
export function durationText(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** A voicemail's recording: an `<audio controls>` player, only for a URL the app's CSP lets it play. */
export function VoicemailPlayer({ audioUrl, durationSeconds }: { audioUrl: string | null; durationSeconds: number | null }) {
  if (!audioUrl || !isPlayableAudioUrl(audioUrl)) return null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
      <Typography variant="body2" component="span" sx={{ color: 'text.secondary' }}>
        Recording{durationSeconds !== null ? ` (${durationText(durationSeconds)})` : ''}
      </Typography>
      <Box
        component="audio"
        controls
        preload="none"
        src={audioUrl}
        data-testid="voicemail-audio"
        aria-label={`Voicemail recording${durationSeconds !== null ? `, ${durationText(durationSeconds)}` : ''}`}
        sx={{ width: '100%', maxWidth: 420, height: 36 }}
      />
    </Box>
  );
}
