/** 部门服务: the departments that publish items, each with its count → /search?departmentId=. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { searchPath } from './search-params';
import type { Audience, DepartmentCount } from './types';

export function DepartmentLinks({ departments, audience }: { departments: readonly DepartmentCount[]; audience?: Audience }) {
  const { t } = useTranslation();
  return (
    <ul className="department-links">
      {departments.map((d) => (
        <li key={d.id}>
          <Link to={searchPath({ departmentId: d.id, audience })} className="department-link">
            <span className="department-link__name">{d.name}</span>
            <span className="department-link__count">{t('catalogue.count', { n: d.count })}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
