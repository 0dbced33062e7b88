/**
 * The writes of the version page: save the draft, submit (saving unsaved changes first), approve, reject,
 * publish, discard. Failures are shown where they belong: quality problems (422) and field errors (400)
 * on their fields with the first one opened; a state conflict (409: someone else acted) reloads the version.
 */
import { useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import { useShowError } from '../../components/use-show-error';
import { toContent, type ContentDraft } from './content-draft';
import { catalogueKeys } from './keys';
import { fieldProblemsOf, qualityProblemsOf, type NamePath } from './problem-paths';
import type { ItemContent, VersionDetail } from './types';
import type { useEditorNavigation } from './use-editor-navigation';
import { useDiscardDraft, useReviewStep, useSaveDraft, type ReviewStep } from './use-version';

interface Options {
  version: VersionDetail;
  form: FormInstance<ContentDraft>;
  nav: ReturnType<typeof useEditorNavigation>;
  dirty: boolean;
}

export function useVersionWorkflow({ version, form, nav, dirty }: Options) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const save = useSaveDraft(version.id);
  const step = useReviewStep(version.id);
  const discard = useDiscardDraft(version.id, version.itemId);

  const report = (e: unknown) => {
    if (isApiError(e)) {
      const quality = qualityProblemsOf(e.details);
      if (quality.length > 0) {
        nav.markProblems(quality);
        modal.error({ title: e.message, content: t('catalogueConsole.quality.seeReport', { count: quality.length }) });
        nav.locate(quality[0]!.path);
        return;
      }
      const fields = fieldProblemsOf(e.details);
      if (fields.length > 0) {
        nav.markProblems(fields);
        nav.locate(fields[0]!.path);
      }
      if (e.status === 409 || e.status === 404) void queryClient.invalidateQueries({ queryKey: catalogueKeys.version(version.id) });
    }
    showError(e);
  };

  /** The form's content once its own rules pass; otherwise the first error is opened and null returned. */
  const validContent = async (): Promise<ItemContent | null> => {
    try {
      await form.validateFields();
    } catch (info) {
      const first = (info as { errorFields?: Array<{ name: NamePath }> }).errorFields?.[0];
      if (first) nav.locate(first.name);
      void message.error(t('catalogueConsole.editor.fixErrors'));
      return null;
    }
    const content = toContent(form.getFieldsValue(true) as ContentDraft);
    if (!content) void message.error(t('catalogueConsole.editor.fixErrors'));
    return content;
  };

  const saveDraft = async () => {
    const content = await validContent();
    if (!content) return;
    try {
      await save.mutateAsync(content);
      void message.success(t('catalogueConsole.version.savedDraft'));
    } catch (e) {
      report(e);
    }
  };

  const run = async (name: ReviewStep, comment = '', done?: string): Promise<boolean> => {
    try {
      await step.mutateAsync({ step: name, comment });
      void message.success(done ?? t(`catalogueConsole.version.done.${name}`));
      return true;
    } catch (e) {
      report(e);
      return false;
    }
  };

  const submit = async () => {
    const content = await validContent();
    if (!content) return;
    if (dirty) {
      try {
        await save.mutateAsync(content);
      } catch (e) {
        report(e);
        return;
      }
    }
    await run('submit');
  };

  const discardDraft = async (): Promise<boolean> => {
    try {
      await discard.mutateAsync();
      void message.success(t('catalogueConsole.version.done.discard'));
      return true;
    } catch (e) {
      report(e);
      return false;
    }
  };

  return {
    saveDraft,
    submit,
    approve: (comment: string) => run('approve', comment),
    reject: (comment: string) => run('reject', comment),
    publish: () => run('publish'),
    discardDraft,
    pending: save.isPending || step.isPending || discard.isPending,
    saving: save.isPending,
  };
}
