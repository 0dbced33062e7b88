/** The language switch (中文 / English) and the elder-mode toggle (长辈版 / 标准版) shown in both headers. */
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePreferences } from './use-preferences';

export function PreferenceSwitches() {
  const { t } = useTranslation();
  const { language, setLanguage, elder, setElder } = usePreferences();
  const toEnglish = language !== 'en';
  return (
    <Space size="small" wrap>
      <Button
        type="text"
        lang={toEnglish ? 'en' : 'zh-CN'}
        aria-label={`${t('prefs.switchLanguageLabel')}: ${toEnglish ? 'English' : '中文'}`}
        onClick={() => setLanguage(toEnglish ? 'en' : 'zh-CN')}
      >
        {toEnglish ? t('prefs.switchToEnglish') : t('prefs.switchToChinese')}
      </Button>
      <Button
        type={elder ? 'default' : 'primary'}
        ghost={!elder}
        title={elder ? t('prefs.elderOffLabel') : t('prefs.elderOnLabel')}
        onClick={() => setElder(!elder)}
      >
        {elder ? t('prefs.elderOff') : t('prefs.elderOn')}
      </Button>
    </Space>
  );
}
