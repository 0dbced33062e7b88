/**
 * The header facts of an application or a 一件事: two columns on a wide screen; on a phone the labels go
 * above the values, so neither column is squeezed. Its children are `Descriptions.Item`s.
 */
import { Descriptions, Grid, Typography } from 'antd';
import type { ReactNode } from 'react';

export function FactsTable({ children }: { children: ReactNode }) {
  const wide = Grid.useBreakpoint().sm;
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      layout={wide ? 'horizontal' : 'vertical'}
      className="application-facts"
    >
      {children}
    </Descriptions>
  );
}

/** A number the applicant quotes (办件编号, 查询码): bold, with a copy button. */
export function CopyableCode({ children }: { children: string }) {
  return (
    <Typography.Text copyable strong>
      {children}
    </Typography.Text>
  );
}
