import Box from '@mui/material/Box';

/** Email headers as received, collapsed under "Headers (n)" (a native disclosure: keyboard and screen readers work). */
export function HeadersBlock({ headers }: { headers: Record<string, string> | null }) {
  const entries = headers ? Object.entries(headers) : [];
  if (entries.length === 0) return null;
  return (
    <Box component="details" data-testid="headers" sx={{ '& summary': { cursor: 'pointer', color: 'text.secondary', fontSize: '0.8125rem' } }}>
      <summary>Headers ({entries.length})</summary>
      <Box
        component="dl"
        sx={{
          m: 0,
          mt: 0.5,
          p: 1,
          bgcolor: 'background.default',
          borderRadius: 1,
          display: 'grid',
          gridTemplateColumns: 'max-content 1fr',
          columnGap: 1.5,
          rowGap: 0.25,
          fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
          fontSize: '0.75rem',
        }}
      >
        {entries.map(([name, value]) => (
          <Box key={name} sx={{ display: 'contents' }}>
            <Box component="dt" sx={{ color: 'text.secondary' }}>
              {name}:
            </Box>
            <Box component="dd" sx={{ m: 0, minWidth: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
              {value}
            </Box>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
