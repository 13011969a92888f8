import { useCallback, useState } from 'react';
import { errorText } from '../api';

/**
 * An action a person starts (save, link, move...): `busy` while it runs (buttons disabled), and the
 * error it ended with, in words (`describe`), shown where it was asked; `run` resolves true when it
 * succeeded. The one shape of every dialog's submit.
 */
export function useAction(describe: (err: unknown) => string = errorText) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        await action();
        return true;
      } catch (err) {
        setError(describe(err));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [describe],
  );
  return { busy, error, setError, run };
}
