import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

/** The catalogue search box; it goes to /search?q=, which says plainly that search is not there yet. */
export function SearchBox({ initial = '' }: { initial?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState(initial);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/search?q=${encodeURIComponent(q.trim())}`);
  };
  return (
    <form role="search" onSubmit={onSubmit} className="search-box">
      <label htmlFor="portal-search" className="visually-hidden">
        {t('portal.searchLabel')}
      </label>
      <Space.Compact block size="large">
        <Input
          id="portal-search"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t('portal.searchPlaceholder')}
          maxLength={100}
        />
        <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
          {t('portal.searchButton')}
        </Button>
      </Space.Compact>
    </form>
  );
}
