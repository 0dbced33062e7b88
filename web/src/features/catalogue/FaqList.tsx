/** 常见问题: a Collapse on screen, every answer open on paper. */
import { Collapse, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Faq } from './types';

export function FaqList({ faqs, print = false }: { faqs: readonly Faq[]; print?: boolean }) {
  const { t } = useTranslation();
  if (faqs.length === 0) return <Typography.Paragraph type="secondary">{t('catalogue.faqs.empty')}</Typography.Paragraph>;
  if (print) {
    return (
      <dl className="faq-print">
        {faqs.map((f, i) => (
          <div key={i}>
            <dt>{f.question}</dt>
            <dd className="pre-line">{f.answer}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <Collapse
      className="faq-list"
      items={faqs.map((f, i) => ({ key: String(i), label: f.question, children: <p className="pre-line">{f.answer}</p> }))}
    />
  );
}
