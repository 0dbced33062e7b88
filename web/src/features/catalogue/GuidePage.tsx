/**
 * 办事指南 (/guide/:code, a stable address to share; the tab title is the item's name): the 一次告知 guide —
 * key facts and actions, then every section, with a table of contents beside it on wide screens.
 */
import { Anchor, Breadcrumb, Col, Grid, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { GuideActions } from './GuideActions';
import { GuideBody, sectionAnchor, sectionsOf } from './GuideBody';
import { GuideFacts } from './GuideFacts';
import { GuideLoader } from './GuideLoader';
import { promisedDaysFor, type Answers } from './scenario-filter';
import type { Guide } from './types';
import '../../styles/catalogue.css';

export function GuidePage() {
  return <GuideLoader>{(guide) => <GuideView key={guide.versionId} guide={guide} />}</GuideLoader>;
}

function GuideView({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [answers, setAnswers] = useState<Answers>({});
  const c = guide.content;
  const promisedDays = promisedDaysFor(c.promisedLimitDays, c.scenarios, answers);

  return (
    <div className="page guide-page">
      <Breadcrumb
        className="guide-breadcrumb"
        aria-label={t('a11y.breadcrumb')}
        items={[
          { key: 'home', title: <Link to="/">{t('nav.home')}</Link> },
          { key: 'catalogue', title: <Link to="/catalogue">{t('catalogue.title')}</Link> },
          { key: 'item', title: c.name },
        ]}
      />
      <PageTitle title={c.name} />
      <div className="guide-header">
        <GuideFacts guide={guide} promisedDays={promisedDays} />
        <GuideActions guide={guide} />
      </div>
      <Row gutter={32} wrap={!screens.lg}>
        <Col flex={screens.lg ? 'auto' : '100%'} className="guide-main">
          <GuideBody guide={guide} answers={answers} onAnswers={setAnswers} />
          <Typography.Paragraph type="secondary" className="guide-footnote">
            {t('catalogue.guide.footnote', { date: guide.publishedAt.slice(0, 10) })}
          </Typography.Paragraph>
        </Col>
        {screens.lg && (
          <Col flex="200px">
            <nav aria-label={t('catalogue.guide.toc')} className="guide-toc">
              <Anchor
                affix
                offsetTop={16}
                targetOffset={16}
                items={sectionsOf(guide).map((id) => ({
                  key: id,
                  href: `#${sectionAnchor(id)}`,
                  title: t(`catalogue.sections.guide.${id}`),
                }))}
              />
            </nav>
          </Col>
        )}
      </Row>
    </div>
  );
}
