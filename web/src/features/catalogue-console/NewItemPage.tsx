/**
 * /console/catalogue/new — 新建事项: 实施编码 and 实施部门 (an editor only their own department), then the
 * whole item editor; 创建 saves version 1 as a draft and opens it.
 */
import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Col, Flex, Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { isApiError } from '../../api/errors';
import { PageTitle } from '../../components/PageTitle';
import { Forbidden } from '../../components/StatusPages';
import { useShowError } from '../../components/use-show-error';
import { useDepartments } from '../departments/use-departments';
import { emptyContent, normalizeDraft, sameContent, toContent, type ContentDraft } from './content-draft';
import { useEditorRules } from './editor/editor-rules';
import { ItemEditor } from './editor/ItemEditor';
import { fieldProblemsOf, namePathOf, type NamePath } from './problem-paths';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import { useCatalogueActor } from './use-catalogue-actor';
import { useEditorNavigation } from './use-editor-navigation';
import { useCreateItem } from './use-items';

interface Header {
  implementationCode: string;
  departmentId: string;
}

const INITIAL = emptyContent();

export function NewItemPage() {
  const { t } = useTranslation();
  const { actor, roles } = useCatalogueActor();
  const departments = useDepartments();
  const [header] = Form.useForm<Header>();
  const [form] = Form.useForm<ContentDraft>();
  const nav = useEditorNavigation(form);
  const create = useCreateItem();
  const navigate = useNavigate();
  const showError = useShowError();
  const { message } = App.useApp();
  const rules = useEditorRules();
  const [edited, setEdited] = useState<ContentDraft | null>(null);
  const dirty = edited !== null && !sameContent(edited, INITIAL);

  if (!roles.editor) return <Forbidden text={t('catalogueConsole.new.editorsOnly')} />;
  const choices = (departments.data?.items ?? []).filter((d) => roles.admin || d.id === actor?.departmentId);

  const onError = (e: unknown) => {
    if (isApiError(e)) {
      const problems = fieldProblemsOf(e.details);
      const headerFields = problems.filter((p) => ['implementationCode', 'departmentId'].includes(String(namePathOf(p.path)?.[0])));
      header.setFields(
        headerFields.map((p) => ({ name: namePathOf(p.path)![0] as keyof Header, errors: [p.message || t('errors.field.invalid')] })),
      );
      const contentProblems = problems.filter((p) => !headerFields.includes(p));
      nav.markProblems(contentProblems);
      if (contentProblems[0]) nav.locate(contentProblems[0].path);
      if (e.code === 'ALREADY_EXISTS') header.setFields([{ name: 'implementationCode', errors: [e.message] }]);
    }
    showError(e);
  };

  const onCreate = async () => {
    let head: Header;
    try {
      head = await header.validateFields();
      await form.validateFields();
    } catch (info) {
      const first = (info as { errorFields?: Array<{ name: NamePath }> }).errorFields?.[0];
      if (first && first.name[0] !== 'implementationCode' && first.name[0] !== 'departmentId') nav.locate(first.name);
      void message.error(t('catalogueConsole.editor.fixErrors'));
      return;
    }
    const content = toContent(form.getFieldsValue(true) as ContentDraft);
    if (!content) return;
    create.mutate(
      { implementationCode: head.implementationCode.trim(), departmentId: head.departmentId, content },
      {
        onSuccess: (v) => {
          void message.success(t('catalogueConsole.new.created'));
          navigate(`/console/catalogue/versions/${v.id}`, { replace: true, state: { force: true } });
        },
        onError,
      },
    );
  };

  return (
    <>
      <Link to="/console/catalogue" className="back-link">
        <ArrowLeftOutlined aria-hidden /> {t('catalogueConsole.item.back')}
      </Link>
      <PageTitle title={t('catalogueConsole.new.title')} />
      <Form<Header>
        form={header}
        name="new-item"
        layout="vertical"
        initialValues={{ departmentId: roles.admin ? undefined : (actor?.departmentId ?? undefined) }}
        className="section"
      >
        <Row gutter={[16, 0]}>
          <Col xs={24} md={12}>
            <Form.Item
              name="implementationCode"
              label={t('catalogueConsole.items.code')}
              extra={t('catalogueConsole.new.codeHelp')}
              rules={[rules.required(t('catalogueConsole.items.code')), rules.implementationCode]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="departmentId"
              label={t('catalogueConsole.new.department')}
              rules={[rules.chosen(t('catalogueConsole.new.department'))]}
            >
              <Select
                loading={departments.isPending}
                disabled={!roles.admin}
                placeholder={t('catalogueConsole.editor.choose')}
                options={choices.map((d) => ({ value: d.id, label: d.name }))}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <section className="section" aria-labelledby="content-title">
        <h2 id="content-title" className="section-heading">
          {t('catalogueConsole.version.content')}
        </h2>
        <p className="muted-text">{t('catalogueConsole.new.help')}</p>
        <ItemEditor
          form={form}
          initialValues={INITIAL}
          files={[]}
          activeTab={nav.activeTab}
          onTabChange={nav.setActiveTab}
          onValuesChange={() => setEdited(normalizeDraft(form.getFieldsValue(true) as ContentDraft))}
        />
      </section>
      <Flex gap="small" wrap className="section">
        <Button type="primary" icon={<SaveOutlined aria-hidden />} loading={create.isPending} onClick={() => void onCreate()}>
          {t('catalogueConsole.new.create')}
        </Button>
        <Button onClick={() => navigate('/console/catalogue')}>{t('common.cancel')}</Button>
      </Flex>
      <UnsavedChangesGuard dirty={dirty && !create.isSuccess} />
    </>
  );
}
