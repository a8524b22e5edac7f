import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** The page's heading (h2: the app name in the header is the h1). */
export function PageTitle({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={2} style={{ marginTop: 0, fontSize: 22 }}>
      {children}
    </Typography.Title>
  );
}
