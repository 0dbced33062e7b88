/**
 * ④ 收取材料: for each material the answers call for, 纸质原件已收 and/or the clerk's scanned upload
 * (the uploads belong to the clerk's account, as the server requires for counter intake).
 */
import { Alert, Card, Checkbox, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { MaterialUpload } from '../uploads/MaterialUpload';
import type { MaterialNeed, MaterialState } from './intake-helpers';

interface Props {
  needs: MaterialNeed[];
  state: Record<string, MaterialState>;
  onChange: (state: Record<string, MaterialState>) => void;
  missing: MaterialNeed[] | null;
}

export function IntakeMaterials({ needs, state, onChange, missing }: Props) {
  const { t } = useTranslation();
  const of = (key: string): MaterialState => state[key] ?? { paper: false, files: [] };
  const set = (key: string, change: Partial<MaterialState>) => onChange({ ...state, [key]: { ...of(key), ...change } });
  return (
    <Flex vertical gap="middle">
      {needs.length === 0 && <Alert type="info" showIcon title={t('applicationsConsole.intake.materials.none')} />}
      {needs.map((m) => (
        <Card size="small" key={m.key}>
          <MaterialUpload
            material={{ key: m.key, name: m.name, required: m.required }}
            value={of(m.key).files}
            onChange={(files) => set(m.key, { files })}
          />
          <Checkbox checked={of(m.key).paper} onChange={(e) => set(m.key, { paper: e.target.checked })} className="intake-paper">
            {t('applicationsConsole.intake.materials.paper')}
            <span className="visually-hidden">（{m.name}）</span>
          </Checkbox>
        </Card>
      ))}
      {missing && missing.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('applicationsConsole.intake.materials.missing', { names: missing.map((m) => m.name).join('、') })}
        />
      )}
    </Flex>
  );
}
