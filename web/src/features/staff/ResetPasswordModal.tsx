import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { useShowError } from '../../components/use-show-error';
import { PasswordFields } from '../auth/PasswordFields';
import { useResetStaffPassword } from './use-reset-staff-credentials';

/** An administrator (or the department head) sets a new password for a staff member. */
export function ResetPasswordModal({ member, onClose }: { member: StaffMember; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ password: string; confirmPassword: string }>();
  const reset = useResetStaffPassword();
  const showError = useShowError();
  const { message } = App.useApp();
  return (
    <FormModal
      title={t('staff.resetPasswordTitle', { name: member.name })}
      name="reset-password"
      form={form}
      pending={reset.isPending}
      okText={t('staff.resetPassword')}
      onCancel={onClose}
      onFinish={(v) =>
        reset.mutate(
          { id: member.id, password: v.password },
          {
            onSuccess: () => {
              void message.success(t('staff.passwordReset'));
              onClose();
            },
            onError: (e) => showError(e, form),
          },
        )
      }
    >
      <PasswordFields label={t('staff.newPassword')} />
    </FormModal>
  );
}
