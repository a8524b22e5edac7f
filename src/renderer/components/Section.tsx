import { Card, type CardProps } from 'antd';
import type { ReactNode } from 'react';

/** A titled card that is also a named region, so its fields and lists can be found by its title. */
export function Section({ title, children, ...props }: Omit<CardProps, 'title'> & { title: string; children: ReactNode }) {
  return (
    <Card title={title} role="region" aria-label={title} {...props}>
      {children}
    </Card>
  );
}
