/** A titled section of the catalogue home pages (<section> named by its <h2>), with an optional "more" link. */
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

export function HomeSection({
  id,
  title,
  more,
  children,
}: {
  id: string;
  title: string;
  more?: { to: string; text: string };
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="home-section">
      <Flex justify="space-between" align="baseline" wrap gap="small">
        <Typography.Title level={2} id={`${id}-title`} className="section-title">
          {title}
        </Typography.Title>
        {more && <Link to={more.to}>{more.text}</Link>}
      </Flex>
      {children}
    </section>
  );
}
