/**
 * What the lifecycle benchmark submits (one demo item with the standard process, valid form data, the
 * materials it requires, the department's clerk, reviewer and head) and the history it loads first.
 */
import { prefillForm, validateFormData, type FormDefinition } from '@onewindow/common/forms';
import type { Db } from '../../server/src/db/database.js';
import type { PersonalDataCipher } from '../../server/src/lib/personal-data-cipher.js';
import { loadWorkingCalendar } from '../../server/src/modules/calendar/load-calendar.js';
import { materialsFor, type ItemContent } from '../../server/src/modules/catalogue/item-content.js';
import { DEMO_ITEMS } from '../../server/src/modules/demo/catalogue/index.js';
import { demoImplementationCode } from '../../server/src/modules/demo/catalogue/seed-catalogue.js';
import { DEMO_STAFF } from '../../server/src/modules/demo/demo-data.js';
import type { ProcessDefinition } from '../../server/src/modules/process/definition.js';
import { randomIdNumber, randomUscc } from '../../server/test/factories.js';
import { loadHistory } from './history-load.js';
import { writeTemplates, type TemplateItem } from './history-templates.js';

export interface BenchItem {
  slug: string;
  code: string;
  formData: Record<string, unknown>;
  scenarioAnswers: Record<string, string>;
  requiredMaterials: string[];
  clerk: string;
  reviewer: string;
  head: string;
}

/** Answers and the item's own fields, per benchmarkable item (non-instant, one department: the standard process). */
const SUBMISSIONS: Record<string, { scenario: Record<string, string>; fields: () => Record<string, unknown> }> = {
  'individual-business-deregistration': {
    scenario: { method: 'general' },
    fields: () => ({
      businessName: '示范市东城区李记小吃店',
      businessUscc: randomUscc('92990100'),
      premises: '示范市东城区人民路 28 号 1 层 101 室',
      reason: '经营者决定停止经营',
      method: '普通注销',
      debtsSettled: true,
      commitment: true,
    }),
  },
};

const FACTS = { name: '张三', idNumber: randomIdNumber(), mobile: '13800138000' };

export async function benchItem(db: Db, slug: string): Promise<BenchItem> {
  const demo = DEMO_ITEMS.find((d) => d.slug === slug);
  const submission = SUBMISSIONS[slug];
  if (!demo || !submission) throw new Error(`BENCH_ITEM must be one of ${Object.keys(SUBMISSIONS).join(', ')}`);
  const code = demoImplementationCode(demo.department, demo.codeSuffix);
  const row = await db
    .selectFrom('catalogue_items as i')
    .innerJoin('item_versions as v', 'v.id', 'i.published_version_id')
    .select('v.content')
    .where('i.implementation_code', '=', code)
    .executeTakeFirstOrThrow();
  const content = row.content as ItemContent;
  const form = content.applicationForm as FormDefinition;
  const formData = { ...prefillForm(form, FACTS).data, ...submission.fields() };
  const problems = validateFormData(form, formData);
  if (problems.length) throw new Error(`bench form data is invalid: ${JSON.stringify(problems)}`);
  const user = (role: string) => DEMO_STAFF.find((s) => s.department === demo.department && s.roles.includes(role))!.username;
  return {
    slug,
    code,
    formData,
    scenarioAnswers: submission.scenario,
    requiredMaterials: materialsFor(content, submission.scenario)
      .filter((m) => m.required)
      .map((m) => m.key),
    clerk: user('window_clerk'),
    reviewer: user('reviewer'),
    head: user('department_head'),
  };
}

const DAY = 86_400_000;
const isoDate = (t: number) => new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);

export async function loadBenchHistory(
  db: Db,
  cipher: PersonalDataCipher,
  o: { applications: number; now: Date; log: (line: string) => void },
): Promise<void> {
  const started = performance.now();
  const rows = await db
    .selectFrom('catalogue_items as i')
    .innerJoin('item_versions as v', 'v.id', 'i.published_version_id')
    .innerJoin('process_definitions as p', (j) => j.onRef('p.item_id', '=', 'i.id').on('p.status', '=', 'published'))
    .select(['i.id as itemId', 'v.id as versionId', 'p.id as definitionId', 'p.definition', 'i.department_id', 'i.popularity', 'v.content'])
    .execute();
  const items: TemplateItem[] = rows.map((r) => {
    const content = r.content as ItemContent;
    const scenario = Object.fromEntries(content.scenarios.map((s) => [s.key, s.options[0]!.key]));
    const form = content.applicationForm as FormDefinition | null;
    const formData = form ? prefillForm(form, FACTS).data : {};
    return {
      itemId: r.itemId,
      versionId: r.versionId,
      definitionId: r.definitionId,
      departmentId: r.department_id,
      popularity: Math.max(1, r.popularity),
      def: r.definition as ProcessDefinition,
      limitUnit: content.limitUnit,
      promised: content.promisedLimitDays,
      legal: content.legalLimitDays,
      scenario,
      formData,
      formEnc: cipher.encrypt(JSON.stringify(formData)),
    };
  });
  const staff = await db
    .selectFrom('staff as s')
    .innerJoin('account_roles as r', 'r.account_id', 's.account_id')
    .select(['s.account_id', 's.department_id', 'r.role'])
    .orderBy('s.account_id')
    .execute();
  const staffOf = (departmentId: string, role: string) => {
    const s = staff.find((x) => x.department_id === departmentId && x.role === role);
    if (!s) throw new Error(`no demo staff with role ${role} in department ${departmentId}`);
    return { id: s.account_id, label: `staff:${s.account_id}` };
  };
  const templates = await writeTemplates(db, items, staffOf);

  // Two years back, but not before the first year the working calendar knows (the server could not have run then).
  const cal = await loadWorkingCalendar(db);
  let start = o.now.getTime() - 730 * DAY;
  while (!cal.hasYear(Number(isoDate(start).slice(0, 4)))) start += DAY;
  const workingDays: { date: string; working: boolean }[] = [];
  for (let t = start - 10 * DAY; t < o.now.getTime() + 400 * DAY; t += DAY) {
    const date = isoDate(t);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    const working = cal.hasYear(Number(date.slice(0, 4))) ? cal.isWorkingDay(date) : weekday !== 0 && weekday !== 6;
    workingDays.push({ date, working });
  }
  o.log(
    `history: ${templates} templates (${items.length} items × outcomes) from the real lifecycle in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      `submissions from ${isoDate(start)}`,
  );
  await loadHistory(db, {
    applications: o.applications,
    applicants: Number(process.env.BENCH_APPLICANTS || Math.max(100, Math.round(o.applications / 20))),
    chunk: Number(process.env.BENCH_LOAD_CHUNK || 100_000),
    start: new Date(start),
    now: o.now,
    workingDays,
    sealed: cipher.encrypt('990102199001011234'),
    log: o.log,
  });
}
