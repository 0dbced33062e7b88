/**
 * Which job kinds this server runs, and with what: each module offers its handlers, server.ts passes
 * them to createJobWorker. A kind offered by two modules is a programming error and stops the start.
 */
import type { AppDeps } from './app.js';
import type { JobHandler } from './modules/jobs/worker.js';
import { notificationHandlers } from './modules/notifications/deliver-notification.js';
import { applicationJobHandlers } from './modules/applications/clock-warnings.js';
import { auditJobHandlers } from './modules/audit/seal-audit-chain.js';

export function jobHandlers(deps: AppDeps): Record<string, JobHandler> {
  const groups: Array<Record<string, JobHandler>> = [
    notificationHandlers({ db: deps.database.db, cipher: deps.cipher, mailer: deps.mailer, sms: deps.sms, clock: deps.clock }),
    applicationJobHandlers({ db: deps.database.db, yellowDays: deps.config.clockYellowDays }),
    auditJobHandlers({ db: deps.database.db }),
  ];
  const all: Record<string, JobHandler> = {};
  for (const group of groups) {
    for (const [kind, handler] of Object.entries(group)) {
      if (Object.hasOwn(all, kind)) throw new Error(`job kind "${kind}" has two handlers`);
      all[kind] = handler;
    }
  }
  return all;
}
