/** /me — 我的: account, messages, who looked at my data, sign out. */
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { useSession } from '../auth/use-session';
import { AccountCard } from './AccountCard';
import { DataAccessCard } from './DataAccessCard';
import { MessagesCard } from './MessagesCard';
import { SignOutCard } from './SignOutCard';

export function MePage() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const account = session?.account;
  if (!account) return null; // RequireAuth renders this page only with an account
  return (
    <div className="page">
      <PageTitle title={t('me.title')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Row gutter={[16, 16]}>
            <Col span={24}>
              <AccountCard account={account} />
            </Col>
            <Col span={24}>
              <SignOutCard />
            </Col>
          </Row>
        </Col>
        <Col xs={24} lg={14}>
          <Row gutter={[16, 16]}>
            <Col span={24}>
              <MessagesCard />
            </Col>
            <Col span={24}>
              <DataAccessCard />
            </Col>
          </Row>
        </Col>
      </Row>
    </div>
  );
}
