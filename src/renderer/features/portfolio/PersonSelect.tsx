import { Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '../../../shared/ipc';
import { invoke } from '../../api';
import type { FieldA11y } from '../../components/form/FormField';
import { SEARCH_DEBOUNCE_MS } from './SearchBox';

interface PersonSelectProps {
  a11y: FieldA11y;
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  onBlur: () => void;
  /** The name of the person already chosen, shown before any search ran. */
  currentLabel?: string;
}

const tail = (value: string) => (value.length > 4 ? `…${value.slice(-4)}` : value);
const optionLabel = (row: PersonRow) => `${row.name} · ${tail(row.certificateNumber)} · ${row.mobile}`;

/** Picks a stored person, searching by name, certificate number or phone as the user types. */
export function PersonSelect({ a11y, value, onChange, onBlur, currentLabel }: PersonSelectProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [rows, setRows] = useState<PersonRow[]>([]);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    setLoading(true);
    const timer = setTimeout(() => {
      void invoke('person:list', { text: text.trim() || undefined, archived: false, offset: 0, limit: 30 }).then((result) => {
        if (request !== latest.current) return;
        setLoading(false);
        if (result.ok) setRows(result.data.rows);
      });
    }, text ? SEARCH_DEBOUNCE_MS : 0);
    return () => clearTimeout(timer);
  }, [text]);

  const options = rows.map((row) => ({ value: row.id, label: optionLabel(row) }));
  if (value && currentLabel && !options.some((option) => option.value === value)) options.unshift({ value, label: currentLabel });

  return (
    <Select
      {...a11y}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      allowClear
      value={value}
      onChange={(next: string | undefined) => onChange(next ?? undefined)}
      onBlur={onBlur}
      options={options}
      placeholder={t('leader.existing.placeholder')}
      notFoundContent={loading ? <Spin size="small" /> : t('leader.existing.none')}
      style={{ width: '100%' }}
    />
  );
}
