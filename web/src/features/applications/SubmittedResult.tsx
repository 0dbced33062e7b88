/** Shown once, right after submitting: the 办件编号 and 查询码 large, with how to use them. */
import { Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function SubmittedResult({ number, queryCode }: { number: string; queryCode: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="success"
      className="submitted-result"
      title={<h2 className="result-title">{t('applications.submitted.title')}</h2>}
      subTitle={
        <div role="status">
          <dl className="submitted-result__codes">
            <div>
              <dt>{t('applications.submitted.number')}</dt>
              <dd className="application-codes">
                <Typography.Text copyable>{number}</Typography.Text>
              </dd>
            </div>
            <div>
              <dt>{t('applications.submitted.queryCode')}</dt>
              <dd className="application-codes">
                <Typography.Text copyable>{queryCode}</Typography.Text>
              </dd>
            </div>
          </dl>
          <p>{t('applications.submitted.text')}</p>
        </div>
      }
    />
  );
}
