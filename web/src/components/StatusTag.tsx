import { Tag } from 'antd';
import type { ReactNode } from 'react';

export type Tone = 'ok' | 'bad' | 'info' | 'warn' | 'neutral';

// solid tags with white text: every tone is above 4.5:1 (antd's light preset tags are not)
const COLOURS: Record<Tone, string> = {
  ok: '#22680d',
  bad: '#a8071a',
  info: '#0b4fbf',
  warn: '#8a4b00',
  neutral: '#595959',
};

export function StatusTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <Tag color={COLOURS[tone]}>{children}</Tag>;
}
