import { Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../api';
import { SEARCH_DEBOUNCE_MS } from '../../portfolio/SearchBox';

export interface RecordOption {
  value: string;
  label: string;
  /** The entity of a service option. */
  entityId?: string;
}

interface RecordSelectProps {
  kind: 'entity' | 'service';
  id: string;
  value: string | undefined;
  onChange: (option: RecordOption | undefined) => void;
  /** Services of this entity only. */
  entityId?: string | undefined;
  placeholder: string;
}

async function search(kind: 'entity' | 'service', text: string, entityId: string | undefined): Promise<RecordOption[]> {
  const query = { ...(text ? { text } : {}), offset: 0, limit: 30 };
  if (kind === 'entity') {
    const result = await invoke('entity:list', query);
    return result.ok ? result.data.rows.map((r) => ({ value: r.id, label: [r.name, r.icpNumber ?? r.certificateNumber].filter(Boolean).join(' · ') })) : [];
  }
  const result = await invoke('service:list', { ...query, ...(entityId ? { entityId } : {}) });
  return result.ok ? result.data.rows.map((r) => ({ value: r.id, entityId: r.entityId, label: [r.name, r.domainOrPackage, r.icpNumber, entityId ? undefined : r.entityName].filter(Boolean).join(' · ') })) : [];
}

/** Picks an entity or a website/app of the portfolio, searching as the user types. */
export function RecordSelect({ kind, id, value, onChange, entityId, placeholder }: RecordSelectProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<RecordOption[]>([]);
  const [chosen, setChosen] = useState<RecordOption>();
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    setLoading(true);
    const timer = setTimeout(
      () => {
        void search(kind, text.trim(), entityId).then((rows) => {
          if (request !== latest.current) return;
          setLoading(false);
          setOptions(rows);
        });
      },
      text ? SEARCH_DEBOUNCE_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [kind, text, entityId]);

  const shown = chosen && value === chosen.value && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      allowClear
      value={value}
      onChange={(next: string | undefined) => {
        const option = shown.find((o) => o.value === next);
        setChosen(option);
        onChange(option);
      }}
      options={shown.map((o) => ({ value: o.value, label: o.label }))}
      placeholder={placeholder}
      notFoundContent={loading ? <Spin size="small" /> : t('filing.new.noRecords')}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}
