import AddLink from '@mui/icons-material/AddLink';
import CallSplit from '@mui/icons-material/CallSplit';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Suspense, useState } from 'react';
import type { CaseDetail } from '../../../shared/contract/index';
import { CASE_STATUS_LABELS, LINK_KIND_LABELS, type CaseStatus } from '../../../shared/domain/vocab';
import { lazyPanel } from '../../lib/lazyPanel';
import { openCase } from './openCase';

// Loaded when first wanted (lib/lazyPanel.tsx): the case view opens without them.
const LinkDialog = lazyPanel(() => import('./LinkDialog').then((m) => m.LinkDialog));
const SplitDialog = lazyPanel(() => import('./SplitDialog').then((m) => m.SplitDialog));

const DONE: ReadonlySet<CaseStatus> = new Set(['resolved', 'pending_closure', 'closed']);

/** A linked case's status at a glance: done ones green, open ones outlined. */
export function LinkStatusChip({ status }: { status: CaseStatus }) {
  return (
    <Chip
      size="small"
      label={CASE_STATUS_LABELS[status]}
      color={DONE.has(status) ? 'success' : 'default'}
      variant={DONE.has(status) ? 'filled' : 'outlined'}
      sx={{ height: 20 }}
      data-testid="link-status"
    />
  );
}

/**
 * The cases linked to this one, each with what this case is to it ("Needs config C-999", "Child
 * of C-1001"), its subject and status; a key opens that case. *Link a case* and *Split* add links.
 */
export function CaseLinks({ detail }: { detail: Pick<CaseDetail, 'id' | 'key' | 'type' | 'status' | 'links'> }) {
  const [dialog, setDialog] = useState<'link' | 'split' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const closed = detail.status === 'closed';

  return (
    <Box component="section" aria-labelledby="case-links">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 0.5 }}>
        <Typography variant="subtitle2" component="h3" id="case-links" sx={{ mr: 'auto' }}>
          Linked cases{detail.links.length > 0 && ` (${detail.links.length})`}
        </Typography>
        <Button size="small" startIcon={<AddLink />} onClick={() => setDialog('link')}>
          Link a case
        </Button>
        <Button size="small" startIcon={<CallSplit />} onClick={() => setDialog('split')} disabled={closed} title={closed ? 'A closed case is not split' : undefined}>
          Split
        </Button>
      </Box>
      {detail.links.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No linked cases.
        </Typography>
      ) : (
        <Box component="ul" aria-label="Linked cases" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 0.75 }}>
          {detail.links.map((link) => (
            <Box
              component="li"
              key={`${link.caseId}|${link.kind}`}
              data-testid="case-link"
              data-key={link.key}
              sx={{ display: 'flex', alignItems: 'baseline', gap: 0.75, flexWrap: 'wrap', minWidth: 0 }}
            >
              <Typography variant="body2" component="span" color="text.secondary">
                {LINK_KIND_LABELS[link.kind]}
              </Typography>
              <Link
                component="button"
                type="button"
                variant="body2"
                sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}
                onClick={() => void openCase(link.caseId, link.key).then(setError)}
              >
                {link.key}
              </Link>
              <LinkStatusChip status={link.status} />
              <Typography variant="body2" component="span" sx={{ minWidth: 0, overflowWrap: 'anywhere', flexBasis: { xs: '100%', sm: 'auto' }, flexShrink: 1 }}>
                {link.subject}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
      {error && (
        <Typography variant="caption" component="p" color="error" role="alert">
          {error}
        </Typography>
      )}
      <Suspense fallback={null}>
        {dialog === 'link' && <LinkDialog caseId={detail.id} caseKey={detail.key} onClose={() => setDialog(null)} />}
        {dialog === 'split' && <SplitDialog detail={detail} onClose={() => setDialog(null)} />}
      </Suspense>
    </Box>
  );
}
