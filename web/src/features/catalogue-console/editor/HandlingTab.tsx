/** 办理信息: forms and case type, time limits, acceptance, visits and online service, place and contacts. */
import { Form, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHalls } from '../../halls/use-halls';
import { useFieldLabel } from '../use-field-label';
import { CodeSelect } from './CodeSelect';
import { useEditorRules } from './editor-rules';
import { FieldGrid, FieldSection } from './FieldGrid';
import { YesNoSwitch } from './YesNoSwitch';

const orNull = (v: unknown) => (v === undefined ? null : v);

export function HandlingTab() {
  const { t } = useTranslation();
  const l = useFieldLabel();
  const rules = useEditorRules();
  const halls = useHalls();
  const text = (max: number) => [rules.max(max)];
  const area = (rows = 2) => <Input.TextArea autoSize={{ minRows: rows, maxRows: 10 }} />;

  return (
    <>
      <FieldSection title={t('catalogueConsole.editor.sectionForms')}>
        <FieldGrid>
          <Form.Item name="handlingForms" label={l('handlingForms')}>
            <CodeSelect list="handling_form" multiple />
          </Form.Item>
          <Form.Item name="caseType" label={l('caseType')} rules={[rules.chosen(l('caseType'))]}>
            <CodeSelect list="case_type" />
          </Form.Item>
          <Form.Item name="serviceScope" label={l('serviceScope')} normalize={orNull}>
            <CodeSelect list="service_scope" allowClear />
          </Form.Item>
          <Form.Item
            name="jointDepartments"
            label={l('jointDepartments')}
            extra={t('catalogueConsole.editor.emptyMeansNone')}
            rules={text(500)}
          >
            <Input />
          </Form.Item>
        </FieldGrid>
      </FieldSection>

      <FieldSection title={t('catalogueConsole.editor.sectionLimits')}>
        <Form.Item name="limitUnit" label={l('limitUnit')}>
          <Radio.Group
            options={[
              { value: 'working_day', label: t('catalogueConsole.editor.workingDay') },
              { value: 'natural_day', label: t('catalogueConsole.editor.naturalDay') },
            ]}
          />
        </Form.Item>
        <FieldGrid>
          <Form.Item
            name="legalLimitDays"
            label={l('legalLimitDays')}
            extra={t('catalogueConsole.editor.legalLimitHelp')}
            normalize={orNull}
          >
            <InputNumber min={0} max={999} precision={0} className="full-width" />
          </Form.Item>
          <Form.Item
            name="promisedLimitDays"
            label={l('promisedLimitDays')}
            extra={t('catalogueConsole.editor.promisedLimitHelp')}
            rules={[rules.chosen(l('promisedLimitDays'))]}
          >
            <InputNumber min={0} max={999} precision={0} className="full-width" />
          </Form.Item>
        </FieldGrid>
        <Form.Item name="legalLimitExplanation" label={l('legalLimitExplanation')} rules={text(1000)}>
          {area()}
        </Form.Item>
        <Form.Item name="promisedLimitExplanation" label={l('promisedLimitExplanation')} rules={text(1000)}>
          {area()}
        </Form.Item>
      </FieldSection>

      <FieldSection title={t('catalogueConsole.editor.sectionAcceptance')}>
        <Form.Item name="acceptanceConditions" label={l('acceptanceConditions')} rules={text(4000)}>
          {area(3)}
        </Form.Item>
        <Form.Item
          name="specialProcedure"
          label={l('specialProcedure')}
          extra={t('catalogueConsole.editor.emptyMeansNone')}
          rules={text(1000)}
        >
          {area()}
        </Form.Item>
        <Form.Item name="quantityLimit" label={l('quantityLimit')} extra={t('catalogueConsole.editor.emptyMeansNone')} rules={text(500)}>
          {area()}
        </Form.Item>
        <Form.Item
          name="intermediaryServices"
          label={l('intermediaryServices')}
          extra={t('catalogueConsole.editor.emptyMeansNone')}
          rules={text(2000)}
        >
          {area()}
        </Form.Item>
      </FieldSection>

      <FieldSection title={t('catalogueConsole.editor.sectionOnline')}>
        <FieldGrid>
          <Form.Item name="visits" label={l('visits')} rules={[rules.chosen(l('visits'))]}>
            <InputNumber min={0} max={9} precision={0} className="full-width" />
          </Form.Item>
          <Form.Item name="visitsReason" label={l('visitsReason')} extra={t('catalogueConsole.editor.visitsReasonHelp')} rules={text(500)}>
            <Input />
          </Form.Item>
          <Form.Item name="isOnline" label={l('isOnline')} valuePropName="checked">
            <YesNoSwitch />
          </Form.Item>
          <Form.Item name="onlineLevel" label={l('onlineLevel')} rules={[rules.chosen(l('onlineLevel'))]}>
            <CodeSelect list="online_level" numeric />
          </Form.Item>
        </FieldGrid>
        <Form.Item name="onlineDepth" label={l('onlineDepth')}>
          <CodeSelect list="online_depth" multiple />
        </Form.Item>
        <Form.Item name="onlineUrl" label={l('onlineUrl')} rules={text(500)}>
          <Input inputMode="url" placeholder="https://" />
        </Form.Item>
        <FieldGrid>
          <Form.Item name="supportsAppointment" label={l('supportsAppointment')} valuePropName="checked">
            <YesNoSwitch />
          </Form.Item>
          <Form.Item name="supportsExpress" label={l('supportsExpress')} valuePropName="checked">
            <YesNoSwitch />
          </Form.Item>
          <Form.Item name="supportsOnlinePayment" label={l('supportsOnlinePayment')} valuePropName="checked">
            <YesNoSwitch />
          </Form.Item>
        </FieldGrid>
      </FieldSection>

      <FieldSection title={t('catalogueConsole.editor.sectionPlace')}>
        <Form.Item name="hallId" label={l('hallId')} extra={t('catalogueConsole.editor.hallHelp')} normalize={orNull}>
          <Select
            allowClear
            loading={halls.isPending}
            placeholder={t('catalogueConsole.editor.choose')}
            options={halls.data?.items.map((h) => ({ value: h.id, label: h.name }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item name="address" label={l('address')} rules={text(500)}>
          <Input />
        </Form.Item>
        <Form.Item name="hours" label={l('hours')} rules={text(500)}>
          <Input />
        </Form.Item>
        <Form.Item name="consultMethods" label={l('consultMethods')}>
          <CodeSelect list="contact_method" multiple />
        </Form.Item>
        <FieldGrid>
          <Form.Item name="consultPhone" label={l('consultPhone')} extra={t('catalogueConsole.editor.phoneHelp')} rules={text(30)}>
            <Input inputMode="tel" />
          </Form.Item>
          <Form.Item name="complaintPhone" label={l('complaintPhone')} extra={t('catalogueConsole.editor.phoneHelp')} rules={text(30)}>
            <Input inputMode="tel" />
          </Form.Item>
        </FieldGrid>
      </FieldSection>
    </>
  );
}
