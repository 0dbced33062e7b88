/**
 * The two antd themes. Elder mode (长辈版) is the same app with larger type and targets and darker
 * colours: base font 20px, controls 60px high, contrast well above 4.5:1, line height 1.5.
 * Everything tokens cannot reach is in styles/elder.css.
 */
import type { ThemeConfig } from 'antd';

export const standardTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1a5dc7', // 6.1:1 on white
    colorLink: '#1a5dc7',
    colorTextTertiary: '#595959', // antd's default grey is 3.4:1; keep hints readable
    colorTextDescription: '#595959',
    colorTextPlaceholder: '#6b6b6b',
    colorError: '#cf1322', // error text and danger buttons at 5.6:1 (antd's default red is 3.3:1)
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Segoe UI', Roboto, sans-serif",
  },
};

export const elderTheme: ThemeConfig = {
  token: {
    ...standardTheme.token,
    colorPrimary: '#0b4fbf', // 7.3:1 on white
    colorLink: '#0b4fbf',
    colorText: '#111111',
    colorTextHeading: '#111111',
    colorTextSecondary: '#262626',
    colorTextTertiary: '#333333',
    colorTextDescription: '#333333',
    colorTextPlaceholder: '#555555',
    colorBorder: '#767676',
    fontSize: 20,
    fontSizeSM: 18,
    fontSizeLG: 22,
    fontSizeHeading1: 36,
    fontSizeHeading2: 30,
    fontSizeHeading3: 26,
    fontSizeHeading4: 24,
    fontSizeHeading5: 22,
    lineHeight: 1.5,
    controlHeight: 60,
    controlHeightLG: 64,
    controlHeightSM: 48,
    lineWidthFocus: 4,
  },
  components: {
    Menu: { itemHeight: 60, fontSize: 20, iconSize: 22 },
    Button: { contentFontSize: 20, contentFontSizeLG: 22, fontWeight: 600 },
    Input: { fontSize: 20 },
    Tabs: { titleFontSize: 22, horizontalItemPadding: '16px 8px' },
    Table: { cellFontSize: 20, cellPaddingBlock: 16 },
    Card: { headerFontSize: 22 },
  },
};
