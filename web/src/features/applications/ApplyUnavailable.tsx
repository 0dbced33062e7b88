/**
 * What the apply pages show instead of the form when there is nothing to apply for here — the item or
 * 一件事 does not exist or cannot be applied for online — with one way on: back to its guide, or the catalogue.
 */
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../components/LinkButton';

interface Props {
  title: string;
  text: string;
  /** the page to go back to and its button's label; without it, the catalogue */
  back?: { to: string; label: string };
}

export function ApplyUnavailable({ title, text, back }: Props) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <Result
        status="info"
        title={<h1 className="result-title">{title}</h1>}
        subTitle={text}
        extra={
          <LinkButton type="primary" to={back?.to ?? '/catalogue'}>
            {back?.label ?? t('applications.apply.browse')}
          </LinkButton>
        }
      />
    </div>
  );
}
