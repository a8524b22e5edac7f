import { Button, Checkbox, Radio, Select } from 'antd';

type FilterKey<V> = keyof V & string;
interface Option {
  value: string;
  label: string;
}

/** One filter of a list, described by the page; FilterBar draws it and writes it to the query. */
export type FilterSpec<V> =
  /** A drop-down that can be cleared; `searchable` lets the user type to narrow a long one. */
  | { kind: 'select'; key: FilterKey<V>; label: string; width: number; options: Option[]; searchable?: boolean }
  /** A checkbox: on, or not filtered at all (never "only those without"). */
  | { kind: 'check'; key: FilterKey<V>; label: string }
  /** Buttons choosing one of a few (always one chosen). */
  | { kind: 'choice'; key: FilterKey<V>; label: string; options: Option[] };

interface FilterBarProps<V> {
  view: V;
  update: (patch: Partial<V>) => void;
  filters: readonly FilterSpec<V>[];
  /** A "Clear filters" link, shown while any drop-down or checkbox is set. */
  clearLabel?: string;
}

/**
 * A list's filters, drawn from their description. The page's layout places them (it renders the
 * controls only). Option values come from the same schemas the query reads, so writing one back
 * into the query is safe.
 */
export function FilterBar<V>({ view, update, filters, clearLabel }: FilterBarProps<V>) {
  const set = (key: FilterKey<V>, value: unknown) => update({ [key]: value } as Partial<V>);
  const clearable = filters.filter((filter) => filter.kind !== 'choice');
  const active = clearable.some((filter) => view[filter.key]);
  return (
    <>
      {filters.map((filter) => {
        const value = view[filter.key];
        switch (filter.kind) {
          case 'select':
            return (
              <Select<string>
                key={filter.key}
                allowClear
                popupMatchSelectWidth={false}
                {...(filter.searchable ? { showSearch: { optionFilterProp: 'label' } } : {})}
                aria-label={filter.label}
                placeholder={filter.label}
                style={{ width: filter.width }}
                value={value as string | undefined}
                onChange={(next) => set(filter.key, next)}
                options={filter.options}
              />
            );
          case 'check':
            return (
              <Checkbox key={filter.key} checked={Boolean(value)} onChange={(event) => set(filter.key, event.target.checked || undefined)}>
                {filter.label}
              </Checkbox>
            );
          case 'choice':
            return (
              <Radio.Group
                key={filter.key}
                optionType="button"
                aria-label={filter.label}
                value={value}
                onChange={(event) => set(filter.key, event.target.value)}
                options={filter.options}
              />
            );
        }
      })}
      {clearLabel && active && (
        <Button type="link" onClick={() => update(Object.fromEntries(clearable.map((filter) => [filter.key, undefined])) as Partial<V>)}>
          {clearLabel}
        </Button>
      )}
    </>
  );
}
