import { Typography } from 'antd';

/** Table empty state in readable grey (antd's default is a 1.9:1 "disabled" grey). */
export function emptyText(text: string) {
  return { emptyText: <Typography.Text type="secondary">{text}</Typography.Text> };
}
