import FilterList from '@mui/icons-material/FilterList';
import Badge from '@mui/material/Badge';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState, type ReactNode } from 'react';
import { MountWhen } from '../../lib/lazyPanel';
import { useQueueStore } from '../queue/queueStore';
import { choicesOf, FIELD_LABELS } from './filterLabels';
import { FILTER_FIELDS, useFiltersStore, type FilterField } from './filtersStore';

/** The Filters button and its menu: one section per field, each value a checkbox. */
export function FilterMenu() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const filter = useQueueStore((s) => s.filter);
  const options = useFiltersStore((s) => s.options);
  const { toggle, loadOptions } = useFiltersStore.getState();
  const chosen = FILTER_FIELDS.reduce((n, f) => n + (filter[f]?.length ?? 0), 0);

  const items: ReactNode[] = [];
  for (const field of FILTER_FIELDS) {
    const choices = choicesOf(field, options);
    if (choices.length === 0 && (field === 'organizationId' || field === 'label')) {
      if (options) continue;
    }
    items.push(
      <ListSubheader key={`h-${field}`} sx={{ lineHeight: '32px', fontWeight: 700 }}>
        {FIELD_LABELS[field]}
      </ListSubheader>,
    );
    if (choices.length === 0) {
      items.push(
        <MenuItem key={`l-${field}`} disabled dense>
          Loading…
        </MenuItem>,
      );
    }
    for (const choice of choices) {
      const checked = (filter[field] as string[] | undefined)?.includes(choice.value) ?? false;
      items.push(
        <MenuItem
          key={`${field}-${choice.value}`}
          dense
          role="menuitemcheckbox"
          aria-checked={checked}
          data-testid={`filter-option-${field}-${choice.value}`}
          onClick={() => toggle(field as FilterField, choice.value)}
        >
          <Checkbox size="small" checked={checked} tabIndex={-1} disableRipple sx={{ p: 0, mr: 1 }} />
          <ListItemText primary={choice.label} />
          {choice.count !== undefined && (
            <ListItemText
              primary={choice.count}
              sx={{ flex: 'none', ml: 2, color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}
            />
          )}
        </MenuItem>,
      );
    }
  }

  return (
    <>
      <Button
        size="small"
        variant="outlined"
        aria-label="Filters"
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        data-testid="filter-button"
        startIcon={
          <Badge badgeContent={chosen} color="primary" invisible={chosen === 0}>
            <FilterList fontSize="small" />
          </Badge>
        }
        onClick={(event) => {
          setAnchor(event.currentTarget);
          void loadOptions();
        }}
      >
        <span className="toolbar-label">Filters</span>
      </Button>
      <MountWhen when={anchor !== null}>
        <Menu
          anchorEl={anchor}
          open={anchor !== null}
          onClose={() => setAnchor(null)}
          slotProps={{ paper: { sx: { maxHeight: 440, minWidth: 240 } }, list: { 'aria-label': 'Filters', dense: true } }}
        >
          {items}
        </Menu>
      </MountWhen>
    </>
  );
}
