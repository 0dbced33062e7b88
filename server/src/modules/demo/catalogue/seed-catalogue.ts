/**
 * Writes the demo catalogue once: every demo item as a published version (submitted by the demo catalogue
 * system, reviewed and published by the demo reviewer and publisher — different people), its generated
 * forms and samples, the search rows, and the bundles. One transaction with one audit record. Every item
 * must pass the publishing quality rules; a failing item stops the seed with the list of problems.
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/database.js';
import { recordAudit } from '../../audit/record-audit.js';
import { storeFile } from '../../catalogue/catalogue-files.js';
import { contentDigest } from '../../catalogue/content-digest.js';
import type { ItemContent } from '../../catalogue/item-content.js';
import { checkQuality } from '../../catalogue/quality-rules.js';
import { refreshSearchRow } from '../../catalogue/refresh-search.js';
import { DEMO_DEPARTMENTS, DEMO_HALL, demoUscc } from '../demo-data.js';
import { DEMO_SEED_LOCK } from '../seed-lock.js';
import { blankFormHtml, resultSampleHtml, sampleFormHtml } from './demo-forms.js';
import { DEMO_BUNDLES, DEMO_ITEMS } from './index.js';
import { DEMO_FORMS } from './forms/index.js';
import { demoDefinition, demoHandlingOptions } from './demo-definitions.js';

export function demoImplementationCode(department: string, codeSuffix: string): string {
  const d = DEMO_DEPARTMENTS.find((x) => x.key === department)!;
  return demoUscc(d.body) + codeSuffix;
}

export async function seedDemoCatalogue(deps: { db: Db; now: Date }): Promise<boolean> {
  const { db, now } = deps;
  const any = await db.selectFrom('catalogue_items').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  const people = await db
    .selectFrom('accounts')
    .select(['id', 'username'])
    .where('username', 'in', ['shixiang.shenhe', 'shixiang.fabu'])
    .execute();
  const who = (u: string) => people.find((p) => p.username === u)?.id ?? null;
  const [reviewer, publisher] = [who('shixiang.shenhe'), who('shixiang.fabu')];
  if (!reviewer || !publisher) return false; // the demo staff are not there (not a demo database)
  const hall = await db.selectFrom('halls').select('id').where('name', '=', DEMO_HALL.name).executeTakeFirst();
  const departments = await db.selectFrom('departments').select(['id', 'name', 'uscc']).execute();

  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${DEMO_SEED_LOCK})`.execute(trx);
    if (await trx.selectFrom('catalogue_items').select('id').limit(1).executeTakeFirst()) return false;
    const itemIds = new Map<string, string>();
    for (const demo of DEMO_ITEMS) {
      const dept = departments.find((d) => d.uscc === demoUscc(DEMO_DEPARTMENTS.find((x) => x.key === demo.department)!.body))!;
      const html = (name: string, text: string) =>
        storeFile(trx, { fileName: name, bytes: Buffer.from(text, 'utf8'), createdBy: null }, now);
      const materials = [];
      for (const m of demo.content.materials) {
        const form = demo.forms[m.key];
        if (!form) {
          materials.push(m);
          continue;
        }
        const blank = await html(`${form.title}（空白表格）.html`, blankFormHtml(form, dept.name));
        const sample = form.sample ? await html(`${form.title}（示例样表）.html`, sampleFormHtml(form, dept.name)) : null;
        materials.push({ ...m, blankFormFileId: blank.id, sampleFileId: sample?.id ?? null });
      }
      const resultSample =
        demo.content.resultType !== '4'
          ? await html(`${demo.content.resultName}（样本）.html`, resultSampleHtml(demo.content.resultName, demo.content.name, dept.name))
          : null;
      const content: ItemContent = {
        ...demo.content,
        materials,
        hallId: hall?.id ?? null,
        resultSampleFileId: resultSample?.id ?? null,
        applicationForm: DEMO_FORMS[demo.slug] ?? null,
        ...demoHandlingOptions(demo.slug),
      };
      const problems = checkQuality(content);
      if (problems.length) throw new Error(`demo item ${demo.slug} fails the quality rules: ${JSON.stringify(problems)}`);
      const item = await trx
        .insertInto('catalogue_items')
        .values({
          implementation_code: demoImplementationCode(demo.department, demo.codeSuffix),
          department_id: dept.id,
          popularity: demo.popularity,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const version = await trx
        .insertInto('item_versions')
        .values({
          item_id: item.id,
          version_no: 1,
          status: 'published',
          content: JSON.stringify(content),
          content_digest: contentDigest(content),
          created_by: null,
          created_at: now,
          updated_at: now,
          submitted_by: null,
          submitted_at: now,
          reviewed_by: reviewer,
          reviewed_at: now,
          published_by: publisher,
          published_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.updateTable('catalogue_items').set({ published_version_id: version.id }).where('id', '=', item.id).execute();
      await refreshSearchRow(trx, item.id);
      itemIds.set(demo.slug, item.id);
      const definition = demoDefinition(
        demo,
        (key) => departments.find((d) => d.uscc === demoUscc(DEMO_DEPARTMENTS.find((x) => x.key === key)!.body))!.id,
      );
      await trx
        .insertInto('process_definitions')
        .values({
          item_id: item.id,
          version_no: 1,
          status: 'published',
          definition: JSON.stringify(definition),
          created_at: now,
          updated_at: now,
          published_at: now,
        })
        .execute();
    }
    for (const b of DEMO_BUNDLES) {
      const row = await trx
        .insertInto('bundles')
        .values({
          code: b.code,
          name: b.name,
          audience: b.audience,
          theme: b.theme,
          description: b.description,
          status: 'published',
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('bundle_items')
        .values(b.items.map((slug, i) => ({ bundle_id: row.id, item_id: itemIds.get(slug)!, sort_order: i })))
        .execute();
    }
    await recordAudit(
      trx,
      {
        actor: { id: null, label: 'system:seed' },
        action: 'demo.seed_catalogue',
        targetType: 'system',
        detail: { items: DEMO_ITEMS.length, bundles: DEMO_BUNDLES.length },
      },
      now,
    );
    return true;
  });
}
