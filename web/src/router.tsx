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
import { SearchPage } from './features/portal/SearchPage';
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

function area(name: ConsoleArea, Page: LazyExoticComponent<ComponentType>) {
  return (
    <RequireArea area={name}>
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    </RequireArea>
  );
}

const later = (entry: 'personal' | 'enterprise' | 'applications' | 'appointments' | 'hotline' | 'ratings') => ({
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
          later('personal'),
          later('enterprise'),
          later('applications'),
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
          { path: '*', element: <NotFound home="/console" /> },
        ],
      },
    ],
  },
]);
