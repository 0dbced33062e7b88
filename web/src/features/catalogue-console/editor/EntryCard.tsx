/** One entry of an editor list: a titled card with its move/remove buttons. */
import { Card } from 'antd';
import type { ReactNode } from 'react';

export function EntryCard({ title, actions, children }: { title: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <Card size="small" className="entry-card" title={<h3 className="entry-card__title">{title}</h3>} extra={actions}>
      {children}
    </Card>
  );
}
