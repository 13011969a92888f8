import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/** A compact two-column description list: label, value (on a phone the labels take at most about a third and wrap). */
export function Fields({ children }: { children: ReactNode }) {
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(80px, 36%) 1fr', sm: 'minmax(90px, max-content) 1fr' }, columnGap: 2, rowGap: 0.75, m: 0 }}>
      {children}
    </Box>
  );
}

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Box component="dt" sx={{ color: 'text.secondary' }}>
        {label}
      </Box>
      <Box component="dd" sx={{ m: 0, minWidth: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Box>
    </>
  );
}
