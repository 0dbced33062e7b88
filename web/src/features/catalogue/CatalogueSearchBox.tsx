/**
 * The catalogue search box: suggestions appear as you type (GET /api/catalogue/suggest, debounced); choosing
 * one opens its guide, Enter or 搜索 searches (/search?q=, or the page's own `onSearch`).
 */
import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Input, Space } from 'antd';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { searchPath } from './search-params';
import type { Audience } from './types';
import { useSuggest } from './use-suggest';
import '../../styles/catalogue.css';

interface Props {
  initial?: string;
  /** Kept in the search the box starts (个人办事 / 法人办事). */
  audience?: Audience;
  /** Instead of going to /search?q= (the search page keeps its other filters). */
  onSearch?: (q: string) => void;
  id?: string;
  className?: string;
}

export function CatalogueSearchBox({ initial = '', audience, onSearch, id = 'catalogue-search', className }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState(initial);
  const suggest = useSuggest(text);
  const suggestions = text.trim() ? (suggest.data ?? []) : [];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (onSearch) onSearch(q);
    else navigate(searchPath({ q, audience }));
  };
  // an option's value is its code; show its name in the box, not the code
  const onChange = (value: string) => setText(suggestions.find((s) => s.implementationCode === value)?.name ?? value);
  const onSelect = (code: string) => navigate(`/guide/${encodeURIComponent(code)}`);

  return (
    <form role="search" onSubmit={onSubmit} className={`catalogue-search ${className ?? ''}`}>
      <label htmlFor={id} className="visually-hidden">
        {t('catalogue.search.label')}
      </label>
      <Space.Compact block>
        <AutoComplete
          id={id}
          value={text}
          options={suggestions.map((s) => ({ value: s.implementationCode, label: s.name }))}
          onChange={onChange}
          onSelect={onSelect}
          className="catalogue-search__field"
          popupMatchSelectWidth
        >
          <Input size="large" aria-label={t('catalogue.search.label')} placeholder={t('catalogue.search.placeholder')} maxLength={100} />
        </AutoComplete>
        <Button size="large" type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
          {t('catalogue.search.button')}
        </Button>
      </Space.Compact>
    </form>
  );
}
