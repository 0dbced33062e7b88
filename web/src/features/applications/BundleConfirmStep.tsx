/**
 * 确认提交 (一件事): the bundle, then per item its department, limit, answers and the files it will receive;
 * each item's form read-only on demand (one open at a time: the forms share field ids).
 */
import { RightOutlined } from '@ant-design/icons';
import { Collapse, Descriptions, Grid, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleDetail } from '../catalogue/types';
import { useGuideText } from '../catalogue/use-guide-text';
import { FormRenderer } from '../forms/FormRenderer';
import { MissingAlert, type MissingMaterial } from './ApplyMaterialsStep';
import { formOf, type BundleApplyState, type BundleDocument } from './bundle-apply-state';
import { ItemConfirmFacts } from './ItemConfirmFacts';
import type { ApplyContext } from './types';

interface Props {
  detail: BundleDetail;
  items: readonly ApplyContext[];
  state: BundleApplyState;
  docs: readonly BundleDocument[];
  missing: MissingMaterial[];
}

export function BundleConfirmStep({ detail, items, state, docs, missing }: Props) {
  const { t, i18n } = useTranslation();
  const text = useGuideText();
  const wide = Grid.useBreakpoint().sm;
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  const withForm = items.filter((i) => formOf(i) !== null);
  // one form open at a time (they share field ids); not antd's `accordion`, whose tablist of panels fails axe
  const [open, setOpen] = useState<string | undefined>();
  return (
    <div className="apply-confirm bundle-confirm">
      <Typography.Paragraph>{t('applications.bundle.confirmIntro')}</Typography.Paragraph>
      <MissingAlert missing={missing.filter((m) => !(state.files[m.key]?.length ?? 0))} />
      <Descriptions bordered column={1} size="small" layout={wide ? 'horizontal' : 'vertical'} className="apply-confirm__facts">
        <Descriptions.Item label={t('applications.bundle.summaryBundle')}>{detail.bundle.name}</Descriptions.Item>
        <Descriptions.Item label={t('applications.bundle.summaryDepartments')}>{list.format(detail.departments)}</Descriptions.Item>
        <Descriptions.Item label={t('applications.bundle.summaryLimit')}>
          {text.limit(detail.promisedLimitDays, 'working_day')}
          <Typography.Text type="secondary">{` · ${t('applications.bundle.summaryLimitNote')}`}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {items.map((item, i) => {
        const part = state.parts[item.itemCode] ?? { answers: {}, formData: {} };
        const materials = docs
          .filter((d) => d.uses.some((u) => u.itemCode === item.itemCode))
          .map((d) => ({
            key: d.key,
            name: d.name,
            required: d.uses.some((u) => u.itemCode === item.itemCode && u.material.required),
          }));
        const headingId = `bundle-confirm-item-${i}`;
        return (
          <section key={item.itemCode} aria-labelledby={headingId} className="bundle-confirm__item">
            <Typography.Title level={3} id={headingId} className="bundle-confirm__title">
              {`${i + 1}. ${item.itemName}`}
            </Typography.Title>
            <ItemConfirmFacts context={item} answers={part.answers} materials={materials} files={state.files} />
          </section>
        );
      })}
      {withForm.length > 0 && (
        <section aria-labelledby="bundle-confirm-forms" className="apply-confirm__form">
          <Typography.Title level={3} id="bundle-confirm-forms" className="bundle-confirm__title">
            {t('applications.bundle.formsTitle')}
          </Typography.Title>
          <Collapse
            activeKey={open ? [open] : []}
            onChange={(keys) => setOpen((keys as string[]).find((k) => k !== open))}
            destroyOnHidden
            // the header is the button; its name is the label alone
            expandIcon={({ isActive }) => <RightOutlined aria-hidden rotate={isActive ? 90 : 0} />}
            items={withForm.map((item) => ({
              key: item.itemCode,
              label: t('applications.bundle.viewForm', { name: item.itemName }),
              children: (
                <FormRenderer
                  form={formOf(item)!}
                  value={state.parts[item.itemCode]?.formData ?? {}}
                  prefilled={[]}
                  onChange={() => undefined}
                  disabled
                />
              ),
            }))}
          />
        </section>
      )}
    </div>
  );
}
