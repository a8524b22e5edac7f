import { Input, type InputRef } from 'antd';
import { useEffect, useRef, useState, type RefObject } from 'react';

interface SearchBoxProps {
  value: string | undefined;
  /** Called ~200 ms after the user stops typing (at once on Enter or clear). */
  onSearch: (text: string) => void;
  label: string;
  placeholder: string;
  inputRef?: RefObject<InputRef | null>;
  /** ↓ from the box: usually moves into the results. */
  onArrowDown?: () => void;
}

export const SEARCH_DEBOUNCE_MS = 200;

/** A search field that asks the server as the user types, without a call per keystroke. */
export function SearchBox({ value, onSearch, label, placeholder, inputRef, onArrowDown }: SearchBoxProps) {
  const [text, setText] = useState(value ?? '');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const onSearchRef = useRef(onSearch);
  useEffect(() => {
    onSearchRef.current = onSearch;
  });

  // The address changed under the box (back button, a link): show what is searched.
  useEffect(() => {
    setText(value ?? '');
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const schedule = (next: string, delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onSearchRef.current(next), delay);
  };

  return (
    <Input
      ref={inputRef}
      type="search"
      role="searchbox"
      allowClear
      aria-label={label}
      placeholder={placeholder}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        schedule(event.target.value, event.target.value === '' ? 0 : SEARCH_DEBOUNCE_MS);
      }}
      onPressEnter={() => schedule(text, 0)}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown' && onArrowDown) {
          event.preventDefault();
          onArrowDown();
        }
      }}
      style={{ width: 440, maxWidth: '100%' }}
    />
  );
}
