import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { FormErrors, SlaForm } from './slaForm';

/** What every section of the SLA settings screen receives. */
export interface SectionProps {
  form: SlaForm;
  errors: FormErrors;
  readOnly: boolean;
  edit(change: (form: SlaForm) => SlaForm): void;
}

/** A titled block of the settings screen. */
export function Section({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={`sla-${id}-title`} sx={{ mb: 3 }}>
      <Typography id={`sla-${id}-title`} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {description && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {description}
        </Typography>
      )}
      {children}
    </Box>
  );
}
