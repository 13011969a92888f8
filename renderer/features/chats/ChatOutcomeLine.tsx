import Button from '@mui/material/Button';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { InteractionDetail } from '../../../shared/contract/index';
import { MountWhen, lazyPanel } from '../../lib/lazyPanel';
import { useChatsStore } from './chatsStore';

const ChatOutcomeDialog = lazyPanel(() => import('./ChatOutcomeDialog').then((m) => m.ChatOutcomeDialog));

/**
 * A chat's outcome in its summary: the one kept (the most severe given) and *Outcome…*, the picker.
 * Re-read whenever the chat is (`detail` is a new object after a `changed` event).
 */
export function ChatOutcomeLine({ detail }: { detail: InteractionDetail }) {
  const view = useChatsStore((s) => s.outcomes[detail.id]);
  const [picking, setPicking] = useState(false);
  useEffect(() => {
    void useChatsStore.getState().loadOutcome(detail.id);
  }, [detail]);

  const unhappyNote = view?.entries.filter((e) => e.outcome === 2 && e.note).at(-1)?.note;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }} data-testid="chat-outcome">
      <Typography variant="body2">
        <strong>Outcome:</strong> {view?.outcome ? `${view.outcome} · ${view.label}` : 'not given yet'}
        {view && view.entries.length > 1 ? ` (most severe of ${view.entries.length})` : ''}
      </Typography>
      <Button size="small" variant="outlined" onClick={() => setPicking(true)}>
        Outcome…
      </Button>
      {unhappyNote && (
        <Typography variant="body2" sx={{ color: 'text.secondary', flexBasis: '100%' }}>
          Unhappy about: {unhappyNote}
        </Typography>
      )}
      <MountWhen when={picking}>
        <ChatOutcomeDialog open={picking} onClose={() => setPicking(false)} interactionId={detail.id} kept={view?.outcome ?? null} />
      </MountWhen>
    </Box>
  );
}
