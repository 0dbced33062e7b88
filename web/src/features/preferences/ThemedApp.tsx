/** antd ConfigProvider with the locale of the current language and the standard or elder theme. */
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { elderTheme, standardTheme } from './themes';
import { usePreferences } from './use-preferences';

export function ThemedApp({ children }: { children: ReactNode }) {
  const { language, elder } = usePreferences();
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={elder ? elderTheme : standardTheme} button={{ autoInsertSpace: false }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
