import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useState } from 'react';
import type { CaseSearchHit } from '../../../shared/contract/index';
import { CASE_STATUS_LABELS } from '../../../shared/domain/vocab';
import { api, errorText } from '../../api';

const SEARCH_DELAY_MS = 250;

/**
 * Picks another case: a search by key, contact or organization (`cases.search`), the case itself
 * left out, closed ones shown but not pickable when `openOnly`.
 */
export function CasePicker({
  excludeId,
  picked,
  onPick,
  openOnly = false,
}: {
  excludeId: string;
  picked: CaseSearchHit | null;
  onPick(hit: CaseSearchHit | null): void;
  openOnly?: boolean;
}) {
  const statusId = useId();
  const [query, setQuery] = useState('');
  // The answer for one search text; while it is not the text typed, a search is under way.
  const [answer, setAnswer] = useState<{ text: string; hits: CaseSearchHit[] | null; error: string | null }>({ text: '', hits: null, error: null });
  const text = query.trim();
  const current = answer.text === text;
  const state = { hits: current ? answer.hits : null, error: current ? answer.error : null, loading: text !== '' && !current };

  useEffect(() => {
    if (!text) return;
    let live = true;
    const timer = setTimeout(() => {
      api.call('cases.search', { text }).then(
        ({ cases }) => live && setAnswer({ text, hits: cases.filter((c) => c.id !== excludeId), error: null }),
        (err) => live && setAnswer({ text, hits: null, error: errorText(err) }),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, excludeId]);

  let status: string;
  if (!query.trim()) status = 'Type a case key, a contact (name or email) or an organization.';
  else if (state.error) status = `Search failed: ${state.error}`;
  else if (state.loading || state.hits === null) status = 'Searching…';
  else if (state.hits.length === 0) status = `No other case matches “${query.trim()}”.`;
  else status = `${state.hits.length} case${state.hits.length === 1 ? '' : 's'} found.`;

  return (
    <Box>
      <TextField
        label="Find the case"
        placeholder="C-1042, contact name or email, organization"
        type="search"
        fullWidth
        autoFocus
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          onPick(null);
        }}
        slotProps={{ htmlInput: { 'aria-describedby': statusId, maxLength: 200 } }}
      />
      <Typography id={statusId} role="status" variant="body2" sx={{ mt: 0.5, color: state.error ? 'error.main' : 'text.secondary', display: 'flex', gap: 1, alignItems: 'center' }}>
        {state.loading && <CircularProgress size={12} aria-hidden />}
        {status}
      </Typography>
      {state.hits && state.hits.length > 0 && (
        <CaseHits hits={state.hits} picked={picked} onPick={onPick} unpickable={openOnly ? (hit) => !hit.open : undefined} />
      )}
    </Box>
  );
}

/**
 * The matching cases of a case search, each a button: key and subject, contact and organization,
 * priority and status. `unpickable` cases are shown but disabled ("closed: not possible").
 */
export function CaseHits({
  hits,
  picked,
  onPick,
  unpickable,
}: {
  hits: readonly CaseSearchHit[];
  picked: CaseSearchHit | null;
  onPick(hit: CaseSearchHit): void;
  unpickable?: (hit: CaseSearchHit) => boolean;
}) {
  return (
    <List aria-label="Matching cases" data-testid="case-search-results" sx={{ maxHeight: 320, overflowY: 'auto', mt: 0.5, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      {hits.map((hit) => {
        const closed = unpickable?.(hit) ?? false;
        return (
          <ListItemButton
            key={hit.id}
            selected={picked?.id === hit.id}
            aria-pressed={picked?.id === hit.id}
            disabled={closed}
            onClick={() => onPick(hit)}
            data-testid="case-hit"
            data-key={hit.key}
          >
            <ListItemText
              primary={
                <>
                  <Box component="span" sx={{ fontWeight: 600, mr: 1, fontVariantNumeric: 'tabular-nums' }}>
                    {hit.key}
                  </Box>
                  {hit.subject}
                </>
              }
              secondary={[[hit.contactName, hit.organizationName].filter(Boolean).join(' · '), `${hit.priority} · ${CASE_STATUS_LABELS[hit.status]}${closed ? ' (closed: not possible)' : ''}`]
                .filter(Boolean)
                .join(' — ')}
            />
          </ListItemButton>
        );
      })}
    </List>
  );
}
