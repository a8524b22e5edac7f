import { Radio } from 'antd';
import { useId } from 'react';
import { languageNames } from '../../shared/i18n';
import { Language } from '../../shared/ipc';

interface LanguageSwitchProps {
  value: Language;
  onChange: (language: Language) => void;
  /** Id of the element that names the group (a form label), for `aria-labelledby`. */
  labelledBy?: string;
  /** Used when no visible label names the group. */
  ariaLabel?: string;
}

/**
 * 中文 / English, each shown in its own language so a reader finds theirs in either UI language.
 * Plain radios rather than antd's button style: those hide the native input at 0×0, so it could
 * not be operated by role (as the e2e tests and assistive tools do).
 */
export function LanguageSwitch({ value, onChange, labelledBy, ariaLabel }: LanguageSwitchProps) {
  const name = useId();
  return (
    <Radio.Group
      name={name}
      value={value}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : ariaLabel}
      onChange={(event) => {
        const next = Language.safeParse(event.target.value);
        if (next.success) onChange(next.data);
      }}
      options={Language.options.map((language) => ({ value: language, label: <span lang={language}>{languageNames[language]}</span> }))}
    />
  );
}
