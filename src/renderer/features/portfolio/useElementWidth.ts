import { useLayoutEffect, useState, type RefObject } from 'react';

/** The width of an element, following resizes (for tables whose first column takes what is left). */
export function useElementWidth(ref: RefObject<HTMLElement | null>, initial = 1000): number {
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
