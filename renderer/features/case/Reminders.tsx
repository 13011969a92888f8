import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';

/** What the rules ask the agent to do on this case ("set the priority of this configuration case"), at the top of the case. */
export function Reminders({ reminders }: { reminders: readonly string[] }) {
  if (reminders.length === 0) return null;
  return (
    <Alert severity="warning" data-testid="case-reminders" aria-label="Reminders">
      <AlertTitle sx={{ mb: reminders.length > 1 ? 0.5 : 0 }}>{reminders.length === 1 ? 'Reminder' : `${reminders.length} reminders`}</AlertTitle>
      {reminders.length === 1 ? (
        reminders[0]
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {reminders.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </Box>
      )}
    </Alert>
  );
}
