/**
 * Asks before leaving a page with unsaved changes: in-app navigation through the router's blocker, closing
 * or reloading the tab through the browser's own prompt. A navigation with state `{ force: true }` passes.
 */
import { Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router-dom';

export function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname && !(nextLocation.state as { force?: boolean } | null)?.force,
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return (
    <Modal
      open={blocker.state === 'blocked'}
      title={t('catalogueConsole.editor.leaveTitle')}
      okText={t('catalogueConsole.editor.leave')}
      okButtonProps={{ danger: true }}
      cancelText={t('catalogueConsole.editor.stay')}
      onOk={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      {t('catalogueConsole.editor.leaveText')}
    </Modal>
  );
}
