import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The height left in the window below an element, so a virtual list fills the page and scrolls
 * inside it (the page itself does not scroll past thousands of rows).
 */
export function useAvailableHeight(ref: RefObject<HTMLElement | null>, reserve = 24, minimum = 240): number {
  const [height, setHeight] = useState(480);
  useLayoutEffect(() => {
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 0;
      setHeight(Math.max(minimum, Math.floor(window.innerHeight - top - reserve)));
    };
    measure();
    window.addEventListener('resize', measure);
    const observer = new ResizeObserver(measure);
    if (ref.current?.parentElement) observer.observe(ref.current.parentElement);
    return () => {
      window.removeEventListener('resize', measure);
      observer.disconnect();
    };
  }, [ref, reserve, minimum]);
  return height;
}
