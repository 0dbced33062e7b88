import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useDocumentTitle } from './use-document-title';

/** The page's <h1> (and tab title), with room for the page's main actions beside it. */
export function PageTitle({ title, extra }: { title: string; extra?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <Flex justify="space-between" align="center" wrap gap="middle" className="page-title">
      <Typography.Title level={1} className="page-title__text">
        {title}
      </Typography.Title>
      {extra}
    </Flex>
  );
}
