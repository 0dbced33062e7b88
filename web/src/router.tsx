/** Every route of the web app. Console pages load on demand, so the public portal stays light. */
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, Outlet } from 'react-router-dom';
import { AuthRedirect } from './components/AuthRedirect';
import { Loading } from './components/Loading';
import { NotFound } from './components/StatusPages';
import { LoginPage } from './features/auth/LoginPage';
import { MfaPage } from './features/auth/MfaPage';
import type { ConsoleArea } from './features/auth/permissions';
import { RegisterEnterprisePage } from './features/auth/RegisterEnterprisePage';
import { RegisterPersonPage } from './features/auth/RegisterPersonPage';
import { RequireArea, RequireAuth } from './features/auth/RequireAuth';
import { MePage } from './features/me/MePage';
import { HomePage } from './features/portal/HomePage';
import { LaterPage } from './features/portal/LaterPage';
import { ApplicationPage } from './features/applications/ApplicationPage';
import { BundleApplicationPage } from './features/applications/BundleApplicationPage';
import { ApplyPage } from './features/applications/ApplyPage';
import { MyApplicationsPage } from './features/applications/MyApplicationsPage';
import { ProgressPage } from './features/applications/ProgressPage';
import { ApplyEntryPage } from './features/catalogue/ApplyEntryPage';
import { BundlePage } from './features/catalogue/BundlePage';
import { CatalogueHomePage } from './features/catalogue/CatalogueHomePage';
import { GuidePage } from './features/catalogue/GuidePage';
import { GuidePrintPage } from './features/catalogue/GuidePrintPage';
import { SearchPage } from './features/catalogue/SearchPage';
import { ConsoleLayout } from './layouts/ConsoleLayout';
import { PortalLayout } from './layouts/PortalLayout';

function Root() {
  return (
    <>
      <AuthRedirect />
      <Outlet />
    </>
  );
}

const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): LazyExoticComponent<ComponentType> =>
  lazy(async () => ({ default: (await load())[name] }));

const ConsoleHomePage = named(() => import('./features/console-home/ConsoleHomePage'), 'ConsoleHomePage');
const DepartmentsPage = named(() => import('./features/departments/DepartmentsPage'), 'DepartmentsPage');
const HallsPage = named(() => import('./features/halls/HallsPage'), 'HallsPage');
const HallWindowsPage = named(() => import('./features/halls/HallWindowsPage'), 'HallWindowsPage');
const StaffPage = named(() => import('./features/staff/StaffPage'), 'StaffPage');
const AuditPage = named(() => import('./features/audit/AuditPage'), 'AuditPage');
const JobsPage = named(() => import('./features/jobs/JobsPage'), 'JobsPage');
const OutboxPage = named(() => import('./features/dev-outbox/OutboxPage'), 'OutboxPage');
const ProcessListPage = named(() => import('./features/process-console/ProcessListPage'), 'ProcessListPage');
const ProcessDesignerPage = named(() => import('./features/process-console/ProcessDesignerPage'), 'ProcessDesignerPage');
const InboxPage = named(() => import('./features/applications-console/InboxPage'), 'InboxPage');
const ConsoleApplicationPage = named(() => import('./features/applications-console/ConsoleApplicationPage'), 'ConsoleApplicationPage');
const CounterIntakePage = named(() => import('./features/applications-console/CounterIntakePage'), 'CounterIntakePage');
const CalendarPage = named(() => import('./features/calendar-console/CalendarPage'), 'CalendarPage');
const CatalogueItemsPage = named(() => import('./features/catalogue-console/CatalogueItemsPage'), 'CatalogueItemsPage');
const NewItemPage = named(() => import('./features/catalogue-console/NewItemPage'), 'NewItemPage');
const ItemHistoryPage = named(() => import('./features/catalogue-console/ItemHistoryPage'), 'ItemHistoryPage');
const VersionPage = named(() => import('./features/catalogue-console/VersionPage'), 'VersionPage');
const BundlesPage = named(() => import('./features/catalogue-console/BundlesPage'), 'BundlesPage');
const ExchangePage = named(() => import('./features/catalogue-console/ExchangePage'), 'ExchangePage');

function area(name: ConsoleArea, Page: LazyExoticComponent<ComponentType>) {
  return (
    <RequireArea area={name}>
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    </RequireArea>
  );
}

const later = (entry: 'applications' | 'appointments' | 'hotline' | 'ratings') => ({
  path: entry,
  element: <LaterPage entry={entry} />,
});

export const router = createBrowserRouter([
  {
    element: <Root />,
    children: [
      {
        path: '/',
        element: <PortalLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'search', element: <SearchPage /> },
          { path: 'catalogue', element: <CatalogueHomePage /> },
          { path: 'personal', element: <CatalogueHomePage audience="person" /> },
          { path: 'enterprise', element: <CatalogueHomePage audience="enterprise" /> },
          { path: 'guide/:code', element: <GuidePage /> },
          { path: 'guide/:code/print', element: <GuidePrintPage /> },
          { path: 'bundles/:code', element: <BundlePage /> },
          { path: 'apply/:code', element: <ApplyPage /> },
          { path: 'appointments/new/:code', element: <ApplyEntryPage kind="appointment" /> },
          { path: 'applications', element: <MyApplicationsPage /> },
          { path: 'applications/:id', element: <ApplicationPage /> },
          { path: 'applications/bundles/:id', element: <BundleApplicationPage /> },
          { path: 'progress', element: <ProgressPage /> },
          later('appointments'),
          later('hotline'),
          later('ratings'),
          {
            path: 'me',
            element: (
              <RequireAuth>
                <MePage />
              </RequireAuth>
            ),
          },
          { path: 'login', element: <LoginPage /> },
          { path: 'login/mfa', element: <MfaPage /> },
          { path: 'register/person', element: <RegisterPersonPage /> },
          { path: 'register/enterprise', element: <RegisterEnterprisePage /> },
          { path: '*', element: <NotFound /> },
        ],
      },
      {
        path: '/console',
        element: <ConsoleLayout />,
        children: [
          {
            index: true,
            element: (
              <Suspense fallback={<Loading />}>
                <ConsoleHomePage />
              </Suspense>
            ),
          },
          { path: 'departments', element: area('departments', DepartmentsPage) },
          { path: 'halls', element: area('halls', HallsPage) },
          { path: 'halls/:hallId', element: area('halls', HallWindowsPage) },
          { path: 'staff', element: area('staff', StaffPage) },
          { path: 'audit', element: area('audit', AuditPage) },
          { path: 'jobs', element: area('jobs', JobsPage) },
          { path: 'outbox', element: area('outbox', OutboxPage) },
          { path: 'inbox', element: area('inbox', InboxPage) },
          { path: 'applications/:id', element: area('inbox', ConsoleApplicationPage) },
          { path: 'intake', element: area('intake', CounterIntakePage) },
          { path: 'process', element: area('process', ProcessListPage) },
          { path: 'process/items/:itemId', element: area('process', ProcessDesignerPage) },
          { path: 'calendar', element: area('calendar', CalendarPage) },
          { path: 'catalogue', element: area('catalogue', CatalogueItemsPage) },
          { path: 'catalogue/new', element: area('catalogue', NewItemPage) },
          { path: 'catalogue/items/:id', element: area('catalogue', ItemHistoryPage) },
          { path: 'catalogue/versions/:id', element: area('catalogue', VersionPage) },
          { path: 'catalogue/bundles', element: area('catalogue', BundlesPage) },
          { path: 'catalogue/exchange', element: area('catalogue', ExchangePage) },
          { path: '*', element: <NotFound home="/console" /> },
        ],
      },
    ],
  },
]);
