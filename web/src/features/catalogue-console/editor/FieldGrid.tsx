/** Two columns of fields on wide screens, one on phones (and in elder mode's larger text it simply wraps). */
import { Col, Row } from 'antd';
import { Children, type ReactNode } from 'react';

export function FieldGrid({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <Row gutter={[16, 0]}>
      {Children.toArray(children).map((child, i) => (
        <Col key={i} xs={24} md={wide ? 24 : 12}>
          {child}
        </Col>
      ))}
    </Row>
  );
}

/** A heading for a group of fields inside a tab (the page has h1, the editor section h2). */
export function FieldSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="editor-section">
      <h3 className="editor-section__title">{title}</h3>
      {children}
    </section>
  );
}
