import { useEffect, useState } from 'react';
import type { Output } from '../../../shared/contract/index';
import { api } from '../../api';

type Teams = Output<'teams.list'>;

/** The teams a case may be assigned to (`teams.list`), read when first needed; empty until then or when it fails. */
export function useTeams(): Teams {
  const [teams, setTeams] = useState<Teams>([]);
  useEffect(() => {
    let live = true;
    api.call('teams.list', {}).then(
      (list) => live && setTeams(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return teams;
}
