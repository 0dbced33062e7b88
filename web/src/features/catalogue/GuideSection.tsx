/** One section of a guide: a <section> with an anchor id, named by its <h2>. */
import { Typography } from 'antd';
import type { ReactNode } from 'react';

export function GuideSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="guide-section">
      <Typography.Title level={2} id={`${id}-title`} className="guide-section__title">
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/** Text as the editor wrote it, line breaks kept; `empty` when there is none. */
export function GuideText({ text, empty }: { text: string; empty?: string }) {
  if (!text.trim()) return empty ? <Typography.Paragraph type="secondary">{empty}</Typography.Paragraph> : null;
  return <Typography.Paragraph className="pre-line">{text}</Typography.Paragraph>;
}
