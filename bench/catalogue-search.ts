/**
 * Service-catalogue search benchmark: 10,000 published items on real PostgreSQL, searched through HTTP.
 *
 *   npx tsx bench/catalogue-search.ts
 *
 * 1. Empties the database BENCH_DATABASE_URL (default postgresql://postgres:postgres@localhost:5432/onewindow_bench,
 *    created when missing: its public schema is dropped and recreated) and migrates it.
 * 2. Inserts BENCH_ITEMS (10,000) items: real item names × 子项 variants × implementing bodies of a city and
 *    its districts and streets, each with one published version built from the test fixture, and builds
 *    their search rows with the production code (refreshSearchRow).
 * 3. Starts the server as a child process (production mode, no demo data, no job worker), so the load
 *    generator does not share its event loop, and drives a mixed request set — Chinese words, everyday
 *    phrases, pinyin initials, full pinyin, filters, lists without a query, suggestions — with
 *    BENCH_CONCURRENCY (16) keep-alive connections for BENCH_SECONDS (20) after BENCH_WARMUP_SECONDS (3).
 * 4. Prints throughput, p50 / p90 / p99 / max latency, errors, CPU per request of the server, PostgreSQL
 *    (every postgres process of the machine) and the load generator, per-kind figures and a markdown row,
 *    then the machine's pgbench yardstick (bench/pgbench.sh) unless BENCH_SKIP_PGBENCH=1.
 * BENCH_EXPLAIN=1 also prints the full EXPLAIN (ANALYZE, BUFFERS) of the representative searches;
 * BENCH_REUSE_DATA=1 keeps the items of the previous run (the search rows are not rebuilt then);
 * BENCH_SERVER_NODE_ARGS passes node options to the server (e.g. --cpu-prof --cpu-prof-dir=/tmp/prof).
 * All traffic goes to 127.0.0.1; every loop is bounded by the duration.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { openPostgres, type Db } from '../server/src/db/database.js';
import { migrate } from '../server/src/db/migrate.js';
import type { ItemContent, Material } from '../server/src/modules/catalogue/item-content.js';
import { refreshSearchRow } from '../server/src/modules/catalogue/refresh-search.js';
import { planQuery, searchItems, searchSql, suggestItems, type SearchQuery } from '../server/src/modules/catalogue/search-items.js';
import { validItemContent } from '../server/src/modules/catalogue/test-fixtures.js';
import { ensureDivision, makeStaff, randomUscc } from '../server/test/factories.js';
import { runPgbenchYardstick } from './pgbench-yardstick.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const DATABASE_URL = env.BENCH_DATABASE_URL || 'postgresql://postgres:postgres@localhost:5432/onewindow_bench';
const ITEMS = Number(env.BENCH_ITEMS || 10_000);
const SECONDS = Number(env.BENCH_SECONDS || 20);
const WARMUP_SECONDS = Number(env.BENCH_WARMUP_SECONDS || 3);
const CONCURRENCY = Number(env.BENCH_CONCURRENCY || 16);

// ---------------------------------------------------------------------------------------------------------
// Data: real item names (主项 / 子项) with what differs between them; variants are 业务办理项 (新设、变更、延续、注销…).

type DeptKey =
  | 'police'
  | 'hrss'
  | 'market'
  | 'civil'
  | 'fund'
  | 'housing'
  | 'tax'
  | 'transport'
  | 'health'
  | 'education'
  | 'resources'
  | 'medical'
  | 'agriculture';

const DEPARTMENTS: Record<DeptKey, string> = {
  police: '公安局',
  hrss: '人力资源和社会保障局',
  market: '市场监督管理局',
  civil: '民政局',
  fund: '住房公积金管理中心',
  housing: '住房和城乡建设局',
  tax: '税务局',
  transport: '交通运输局',
  health: '卫生健康委员会',
  education: '教育局',
  resources: '自然资源和规划局',
  medical: '医疗保障局',
  agriculture: '农业农村局',
};

interface BaseItem {
  name: string;
  dept: DeptKey;
  who: 'person' | 'enterprise' | 'both';
  themes: string[];
  type: string;
  online: number;
  materials: string[];
  result: string;
  aliases?: string[];
  variants: string[];
  popularity: number;
}

/**
 * One real item per line: name | department | who (P person, E enterprise, B both) | themes | 事项类型 |
 * 网办深度 | materials (、) | result (- none) | aliases (、, - none) | 子项 variants (、, - the item itself) | views.
 */
const BASE_LINES = [
  '居民身份证换领 | police | P | P04 | 20 | 2 | 居民户口簿、近期免冠照片 | 居民身份证 | 换身份证 | -、（有效期满换领）、（损坏换领） | 9000',
  '居民身份证补领 | police | P | P04 | 20 | 2 | 居民户口簿、近期免冠照片 | 居民身份证 | 补办身份证 | -、（异地补领） | 8000',
  '临时居民身份证核发 | police | P | P06 | 20 | 1 | 居民户口簿 | 临时居民身份证 | - | - | 2000',
  '出生登记 | police | P | P01 | 07 | 3 | 出生医学证明、父母居民户口簿、父母结婚证 | 居民户口簿 | 新生儿落户 | -、（婚内生育）、（非婚生育）、（国外出生） | 7000',
  '户口迁移 | police | P | P05 | 07 | 2 | 居民户口簿、居民身份证、房屋所有权证明 | 准予迁入证明 | - | （购房迁入）、（投靠迁入）、（人才引进）、（市内迁移） | 3000',
  '居住证申领 | police | P | P05 | 20 | 3 | 居民身份证、居住登记凭证、劳动合同 | 居住证 | - | -、（签注） | 4000',
  '普通护照签发 | police | P | P06 | 01 | 2 | 居民身份证、近期免冠照片 | 普通护照 | 办护照 | -、（换发）、（补发） | 5000',
  '往来港澳通行证签发 | police | P | P06 | 01 | 2 | 居民身份证、近期免冠照片 | 往来港澳通行证 | - | -、（再次签注） | 4500',
  '机动车驾驶证换证 | police | P | P06 | 07 | 4 | 机动车驾驶证、身体条件证明 | 机动车驾驶证 | 驾照换证 | -、（期满换证）、（补领） | 3500',
  '无犯罪记录证明开具 | police | P | P03 | 20 | 4 | 居民身份证、委托书 | 无犯罪记录证明 | - | - | 2500',
  '社会保障卡申领 | hrss | P | P03 | 20 | 4 | 居民身份证、近期免冠照片 | 社会保障卡 | - | -、（首次申领）、（补领）、（换领） | 8500',
  '社会保障卡挂失 | hrss | P | P03 | 20 | 4 | 居民身份证 | - | - | -、（临时挂失） | 2000',
  '失业保险金申领 | hrss | P | P03 | 05 | 4 | 居民身份证、解除劳动合同证明 | - | - | - | 3000',
  '职工基本养老保险待遇核定 | hrss | P | P09 | 07 | 3 | 居民身份证、职工档案 | 养老保险待遇核定表 | 退休审批 | （正常退休）、（特殊工种提前退休）、（病退） | 3200',
  '工伤认定 | hrss | B | P03 E02 | 07 | 2 | 工伤认定申请表、劳动合同、医疗诊断证明 | 工伤认定决定书 | - | -、（职工申请）、（用人单位申请） | 1500',
  '就业登记 | hrss | B | P03 E02 | 20 | 4 | 居民身份证、劳动合同 | - | - | -、（灵活就业） | 1800',
  '职业技能等级证书查询 | hrss | P | P03 | 20 | 4 | 居民身份证 | - | - | - | 900',
  '食品经营许可 | market | E | E01 | 01 | 4 | 食品经营许可申请书、营业执照、食品安全管理制度 | 食品经营许可证 | 办食品经营许可证 | （新办）、（变更）、（延续）、（注销）、（补证） | 6000',
  '食品生产许可 | market | E | E01 | 01 | 3 | 食品生产许可申请书、营业执照、生产场所平面图 | 食品生产许可证 | - | （新办）、（变更）、（延续） | 1200',
  '个体工商户设立登记 | market | B | P03 E01 | 07 | 4 | 个体工商户登记（备案）申请书、经营者居民身份证、经营场所证明 | 营业执照 | 个体户营业执照办理 | - | 7500',
  '个体工商户变更登记 | market | B | P03 E04 | 07 | 4 | 个体工商户变更登记申请书、营业执照 | 营业执照 | - | -、（经营场所变更）、（经营范围变更） | 2000',
  '个体工商户注销登记 | market | B | P03 E06 | 07 | 4 | 个体工商户注销登记申请书、营业执照 | - | - | -、（简易注销） | 1500',
  '有限责任公司设立登记 | market | E | E01 | 07 | 4 | 公司登记（备案）申请书、公司章程、股东主体资格证明、住所使用证明 | 营业执照 | - | -、（一人有限责任公司）、（外商投资） | 6500',
  '企业变更登记 | market | E | E04 | 07 | 4 | 企业变更登记申请书、营业执照、股东会决议 | 营业执照 | - | （名称变更）、（住所变更）、（法定代表人变更）、（注册资本变更） | 3000',
  '企业注销登记 | market | E | E06 | 07 | 4 | 注销登记申请书、清算报告、营业执照 | - | - | -、（简易注销） | 2200',
  '药品经营许可 | market | E | E01 | 01 | 3 | 药品经营许可证申请表、营业执照、执业药师资格证书 | 药品经营许可证 | - | （零售新办）、（零售变更）、（零售换证） | 800',
  '结婚登记 | civil | P | P04 | 07 | 1 | 居民身份证、居民户口簿、近期半身免冠合影照片 | 结婚证 | - | -、（内地居民）、（涉外） | 7000',
  '离婚登记 | civil | P | P04 | 07 | 1 | 居民身份证、居民户口簿、结婚证、离婚协议书 | 离婚证 | - | -、（内地居民） | 3000',
  '补领婚姻登记证 | civil | P | P04 | 07 | 2 | 居民身份证、居民户口簿 | 结婚证 | - | （补领结婚证）、（补领离婚证） | 1500',
  '最低生活保障审核确认 | civil | P | P08 | 05 | 3 | 最低生活保障申请书、家庭收入情况声明、居民身份证 | - | 申请低保 | -、（城市）、（农村） | 2500',
  '特困人员救助供养 | civil | P | P08 | 05 | 2 | 救助供养申请书、居民身份证 | - | - | - | 800',
  '临时救助 | civil | P | P08 | 05 | 3 | 临时救助申请书、居民身份证 | - | - | -、（急难型） | 900',
  '残疾人两项补贴发放 | civil | P | P08 | 05 | 4 | 残疾人证、居民身份证 | - | - | （困难残疾人生活补贴）、（重度残疾人护理补贴） | 1100',
  '住房公积金提取 | fund | P | P05 | 20 | 4 | 居民身份证、购房合同、银行卡 | - | 公积金取款 | （购房提取）、（租房提取）、（退休提取）、（偿还贷款提取） | 8000',
  '住房公积金个人住房贷款 | fund | P | P05 | 20 | 2 | 居民身份证、购房合同、婚姻状况证明 | - | - | -、（二手房） | 4000',
  '住房公积金缴存登记 | fund | E | E02 | 20 | 4 | 单位登记申请表、营业执照 | - | - | -、（单位） | 1200',
  '建筑工程施工许可证核发 | housing | E | E05 | 01 | 3 | 建筑工程施工许可申请表、建设工程规划许可证、施工合同 | 建筑工程施工许可证 | - | -、（变更）、（延期） | 1500',
  '商品房预售许可 | housing | E | E05 | 01 | 2 | 商品房预售许可申请表、国有土地使用证、建设工程规划许可证 | 商品房预售许可证 | - | - | 900',
  '建设工程规划许可证核发 | resources | E | E05 | 01 | 3 | 建设工程规划许可申请表、设计方案、土地使用权证明 | 建设工程规划许可证 | - | -、（变更） | 1000',
  '不动产首次登记 | resources | B | P05 E04 | 07 | 2 | 不动产登记申请书、身份证明、土地权属来源材料 | 不动产权证书 | - | （国有建设用地使用权）、（房屋所有权） | 2000',
  '不动产转移登记 | resources | B | P05 E04 | 07 | 3 | 不动产登记申请书、不动产权证书、买卖合同、完税凭证 | 不动产权证书 | 二手房过户 | （买卖）、（继承）、（赠与） | 5000',
  '农村村民宅基地审批 | agriculture | P | P05 | 01 | 2 | 农村宅基地和建房（规划许可）申请表、居民户口簿 | 农村宅基地批准书 | - | - | 700',
  '增值税发票领用 | tax | E | E03 | 20 | 4 | 发票领用簿、经办人居民身份证 | - | - | -、（增值税专用发票）、（普通发票） | 4000',
  '个人所得税综合所得汇算清缴 | tax | P | P03 | 20 | 4 | 居民身份证、收入纳税明细 | - | 个税退税 | - | 6000',
  '增值税纳税申报 | tax | E | E03 | 20 | 4 | 增值税纳税申报表、财务报表 | - | - | （一般纳税人）、（小规模纳税人） | 3500',
  '道路货物运输经营许可 | transport | E | E01 | 01 | 3 | 道路货物运输经营申请表、营业执照、车辆行驶证 | 道路运输经营许可证 | - | （新办）、（变更）、（注销） | 900',
  '道路运输从业人员从业资格证核发 | transport | P | P03 | 01 | 3 | 居民身份证、机动车驾驶证 | 从业资格证 | - | （货运驾驶员）、（客运驾驶员）、（补证） | 1100',
  '网络预约出租汽车驾驶员证核发 | transport | P | P03 | 01 | 3 | 居民身份证、机动车驾驶证、无犯罪记录证明 | 网络预约出租汽车驾驶员证 | - | - | 1300',
  '医师执业注册 | health | P | P03 | 01 | 3 | 医师执业注册申请审核表、医师资格证书、居民身份证 | 医师执业证书 | - | （首次注册）、（变更注册）、（注销注册） | 900',
  '出生医学证明补发 | health | P | P01 | 20 | 2 | 居民身份证、出生医学证明首联 | 出生医学证明 | - | -、（换发） | 1200',
  '公共场所卫生许可 | health | E | E01 | 01 | 4 | 卫生许可证申请书、营业执照 | 公共场所卫生许可证 | - | （新办）、（延续） | 800',
  '教师资格认定 | education | P | P02 | 07 | 3 | 居民身份证、学历证书、普通话水平测试等级证书、体检表 | 教师资格证书 | 教师证 | （幼儿园）、（小学）、（初级中学）、（高级中学） | 2800',
  '义务教育入学登记 | education | P | P02 | 20 | 4 | 居民户口簿、房屋所有权证明、出生医学证明 | - | - | （小学）、（初中）、（随迁子女） | 5000',
  '民办学校办学许可 | education | E | E01 | 01 | 2 | 办学申请报告、学校章程、资产证明 | 民办学校办学许可证 | - | -、（变更）、（延续） | 400',
  '基本医疗保险参保登记 | medical | B | P07 E02 | 20 | 4 | 居民身份证、参保登记表 | - | 医保参保 | （城乡居民）、（职工）、（灵活就业人员） | 4200',
  '异地就医备案 | medical | P | P07 | 20 | 4 | 居民身份证、异地就医备案表 | - | - | （异地长期居住）、（临时外出就医） | 3800',
  '医疗费用手工报销 | medical | P | P07 | 05 | 2 | 社会保障卡、医疗费用发票、费用明细清单 | - | - | -、（门诊）、（住院） | 2600',
  '生育保险待遇核定 | medical | P | P01 | 07 | 3 | 居民身份证、出生医学证明 | - | 生育津贴申领 | - | 2400',
];

function parseBase(line: string): BaseItem {
  const [name, dept, who, themes, type, online, materials, result, aliases, variants, popularity] = line.split('|').map((f) => f.trim());
  const list = (f: string | undefined) => (f && f !== '-' ? f.split('、') : []);
  return {
    name: name!,
    dept: dept as DeptKey,
    who: who === 'P' ? 'person' : who === 'E' ? 'enterprise' : 'both',
    themes: themes!.split(' '),
    type: type!,
    online: Number(online),
    materials: list(materials),
    result: result === '-' ? '' : result!,
    aliases: list(aliases),
    variants: variants!.split('、').map((v) => (v === '-' ? '' : v)),
    popularity: Number(popularity),
  };
}

const BASES: BaseItem[] = BASE_LINES.map(parseBase);

const DISTRICTS = ['', '东城区', '西城区', '南湖区', '北山区', '高新区', '经开区', '临江县', '青山县', '白云县', '滨海新区'];
const STREETS = ['和平街道', '解放街道', '新华街道', '建设街道', '胜利街道', '人民路街道', '长安街道', '东风街道', '光明街道', '红旗街道'];

/** Deterministic pseudo-random numbers (mulberry32), so two runs insert the same catalogue. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function material(key: string, name: string): Material {
  return { ...validItemContent().materials[0]!, key, name, blankFormFileId: null, sampleFileId: null, appliesWhen: [] };
}

interface Unit {
  /** e.g. 示范市东城区 (district level) or 示范市东城区和平街道 (street level: only person items). */
  prefix: string;
  street: boolean;
}

function units(): Unit[] {
  const out: Unit[] = DISTRICTS.map((d) => ({ prefix: `示范市${d}`, street: false }));
  for (const d of DISTRICTS.slice(1)) for (const s of STREETS) out.push({ prefix: `示范市${d}${s}`, street: true });
  return out;
}

function contentOf(base: BaseItem, variant: string, rand: () => number): ItemContent {
  const online = Math.max(0, Math.min(4, base.online + (rand() < 0.2 ? -1 : 0)));
  const visits = online === 4 ? 0 : online === 3 ? 1 : 1 + Math.floor(rand() * 2);
  const audiences = base.who === 'person' ? ['1'] : base.who === 'enterprise' ? ['2', '6'] : ['1', '2'];
  return validItemContent({
    name: `${base.name}${variant}`,
    aliases: base.aliases ?? [],
    itemType: base.type,
    audiences,
    personThemes: base.themes.filter((t) => t.startsWith('P')),
    enterpriseThemes: base.themes.filter((t) => t.startsWith('E')),
    onlineLevel: online,
    isOnline: online >= 2,
    visits,
    visitsReason: visits ? '需到窗口核验原件' : '无',
    resultName: base.result,
    resultType: base.result ? '1' : '4',
    materials: base.materials.map((m, i) => material(`m${i + 1}`, m)),
    scenarios: [],
  });
}

async function resetDatabase(): Promise<void> {
  const url = new URL(DATABASE_URL);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`BENCH_DATABASE_URL database name must be a plain identifier, got "${name}"`);
  const adminUrl = new URL(DATABASE_URL);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS public CASCADE');
  await client.query('CREATE SCHEMA public');
  await client.end();
}

/** Runs `fn` over `list` with at most `n` running at once. */
async function pool<T>(list: T[], n: number, fn: (x: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < list.length) await fn(list[next++]!);
    }),
  );
}

async function generate(db: Db): Promise<{ departmentIds: string[] }> {
  const rand = prng(20_261_122);
  const division = await ensureDivision(db);
  const allUnits = units();
  const departmentIds = new Map<string, string>();
  const departmentOf = async (unit: Unit, dept: DeptKey) => {
    const name = unit.street ? `${unit.prefix}便民服务中心` : `${unit.prefix}${DEPARTMENTS[dept]}`;
    let id = departmentIds.get(name);
    if (!id) {
      const row = await db
        .insertInto('departments')
        .values({ name, short_name: name.slice(-10), uscc: randomUscc(), division_code: division })
        .returning('id')
        .executeTakeFirstOrThrow();
      id = row.id;
      departmentIds.set(name, id);
    }
    return id;
  };
  const firstDepartment = await departmentOf(allUnits[0]!, 'market');
  const reviewer = await makeStaff(db, { departmentId: firstDepartment, roles: ['catalogue_reviewer'] });

  // (base, variant) pairs; district units take every pair, street units only person items.
  const pairs = BASES.flatMap((base) => base.variants.map((variant) => ({ base, variant })));
  const plan: Array<{ unit: Unit; base: BaseItem; variant: string }> = [];
  for (let round = 0; plan.length < ITEMS; round++) {
    const unit = allUnits[round % allUnits.length]!;
    for (const p of pairs) {
      if (plan.length >= ITEMS) break;
      if (unit.street && p.base.who === 'enterprise') continue;
      plan.push({ unit, ...p });
    }
  }

  const started = Date.now();
  const now = new Date();
  const itemIds: string[] = [];
  const BATCH = 500;
  for (let i = 0; i < plan.length; i += BATCH) {
    const batch = plan.slice(i, i + BATCH);
    const items = [];
    const versions = [];
    for (const [k, p] of batch.entries()) {
      const id = randomUUID();
      const content = contentOf(p.base, p.variant, rand);
      items.push({
        id,
        implementation_code: `BENCH${String(i + k).padStart(8, '0')}`,
        department_id: await departmentOf(p.unit, p.base.dept),
        popularity: Math.floor(p.base.popularity * (0.05 + rand()) * (p.unit.street ? 0.1 : 1)),
        created_at: now,
        updated_at: now,
      });
      versions.push({
        item_id: id,
        version_no: 1,
        status: 'published' as const,
        content: JSON.stringify(content),
        content_digest: randomBytes(32).toString('hex'),
        created_at: now,
        updated_at: now,
        reviewed_by: reviewer.id,
        reviewed_at: now,
        published_at: now,
      });
      itemIds.push(id);
    }
    await db.insertInto('catalogue_items').values(items).execute();
    await db.insertInto('item_versions').values(versions).execute();
  }
  await sql`UPDATE catalogue_items i SET published_version_id = v.id FROM item_versions v
            WHERE v.item_id = i.id AND v.status = 'published' AND i.published_version_id IS NULL`.execute(db);
  const inserted = Date.now();
  // The search rows, built by the production code, 4 at a time (segmentation is CPU work in this process).
  await pool(itemIds, 4, (id) => refreshSearchRow(db, id));
  await sql`VACUUM ANALYZE item_search`.execute(db);
  await sql`ANALYZE`.execute(db);
  const done = Date.now();
  console.log(
    `data: ${itemIds.length} items in ${departmentIds.size} departments; insert ${((inserted - started) / 1000).toFixed(1)} s, ` +
      `search rows ${((done - inserted) / 1000).toFixed(1)} s (${((done - inserted) / itemIds.length).toFixed(2)} ms per item)`,
  );
  const size = await sql<{ rows: number; table: string; index: string; avg: number }>`
    SELECT count(*)::int AS rows, pg_size_pretty(pg_total_relation_size('item_search')) AS table,
           pg_size_pretty(pg_relation_size('item_search_document_idx')) AS index,
           avg(length(document))::int AS avg
    FROM item_search`.execute(db);
  const s = size.rows[0]!;
  console.log(`item_search: ${s.rows} rows, ${s.table} with indexes, GIN ${s.index}, ${s.avg} lexemes per document on average`);
  return { departmentIds: [...departmentIds.values()] };
}

// ---------------------------------------------------------------------------------------------------------
// Requests.

interface Request {
  kind: 'search-zh' | 'search-phrase' | 'search-pinyin' | 'search-filter' | 'list' | 'suggest';
  path: string;
}

function requestSet(departmentIds: string[]): Request[] {
  const s = (kind: Request['kind'], params: Record<string, string | number>) => ({
    kind,
    path: `/api/catalogue/search?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`,
  });
  const g = (q: string): Request => ({ kind: 'suggest', path: `/api/catalogue/suggest?q=${encodeURIComponent(q)}` });
  const dept = departmentIds[3] ?? departmentIds[0]!;
  const zh = [
    '身份证',
    '社会保障卡',
    '营业执照',
    '食品经营许可',
    '公积金提取',
    '结婚登记',
    '施工许可',
    '护照',
    '不动产登记',
    '教师资格',
    '道路货物运输',
    '发票',
    '异地就医',
    '个体工商户',
    '出生登记',
    '户口迁移',
  ];
  const phrases = [
    '身份证丢了怎么办',
    '我要开饭店',
    '开公司',
    '生孩子上户口',
    '低保',
    '退休',
    '社保卡丢了',
    '医保报销',
    '报税',
    '交税',
    '领证',
    '施工证',
    '失业金',
    '驾照过期了',
  ];
  const pinyin = [
    'sfz',
    'sbk',
    'gjj',
    'yyzz',
    'jhdj',
    'sgxk',
    'shenfenzheng',
    'shebaoka',
    'gongjijin',
    'jiehun',
    'huzhao',
    'jmsfzhl',
    'shipin',
  ];
  return [
    ...zh.map((q) => s('search-zh', { q })),
    ...phrases.map((q) => s('search-phrase', { q })),
    ...pinyin.map((q) => s('search-pinyin', { q })),
    s('search-filter', { q: '登记', audience: 'person' }),
    s('search-filter', { q: '许可', audience: 'enterprise', onlineLevel: 3 }),
    s('search-filter', { q: '身份证', maxVisits: 0 }),
    s('search-filter', { q: '变更', theme: 'E04', limit: 10 }),
    s('search-filter', { q: 'sfz', departmentId: dept }),
    s('search-filter', { q: '补领', audience: 'person', offset: 20 }),
    s('list', { audience: 'person' }),
    s('list', { theme: 'E01' }),
    s('list', { onlineLevel: 4, maxVisits: 0 }),
    s('list', { itemType: '01', audience: 'enterprise' }),
    s('list', { departmentId: dept }),
    s('list', { theme: 'P04', offset: 100 }),
    ...['社保', 'sb', '身份', 'sfz', '结婚', '公积', 'yy', '营业', '护', 'kf', '食品经', 'jmsf', '不动产', 'gj'].map(g),
  ];
}

/** CPU seconds (user + system) a process has used, from /proc (Linux); NaN elsewhere. */
function cpuSecondsOf(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

/** CPU seconds used by every PostgreSQL process on this machine (the bench's backends among them). */
function postgresCpuSeconds(): number {
  let total = 0;
  try {
    for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres')) total += cpuSecondsOf(Number(pid));
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    return NaN;
  }
  return total;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

function startServer(port: number): ChildProcess {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-bench-'));
  const extra = (env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  return spawn(process.execPath, [...extra, '--import', 'tsx', path.join(root, 'server', 'src', 'server.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      PATH: env.PATH,
      NODE_ENV: 'production',
      ONEWINDOW_MODE: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL,
      DATABASE_POOL_SIZE: String(Math.max(10, CONCURRENCY)),
      DATA_DIR: dataDir,
      DATA_KEY: randomBytes(32).toString('hex'),
      BLIND_INDEX_KEY: randomBytes(32).toString('hex'),
      SEED_DEMO: 'false',
      JOBS_ENABLED: 'false',
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: path.join(dataDir, 'no-web'),
    },
  });
}

function get(agent: http.Agent, port: number, urlPath: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: urlPath, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(0));
    });
    req.setTimeout(10_000, () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

async function waitReady(port: number, child: ChildProcess): Promise<void> {
  const agent = new http.Agent();
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    if ((await get(agent, port, '/readyz')) === 200) return agent.destroy();
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the server did not become ready within 60 s');
}

interface Sample {
  kind: Request['kind'];
  ms: number;
  ok: boolean;
}

async function drive(port: number, requests: Request[], seconds: number, record: boolean): Promise<{ samples: Sample[]; wallMs: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const samples: Sample[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const r = requests[next++ % requests.length]!;
        const t0 = performance.now();
        const status = await get(agent, port, r.path);
        if (record) samples.push({ kind: r.kind, ms: performance.now() - t0, ok: status === 200 });
      }
    }),
  );
  const wallMs = performance.now() - started;
  agent.destroy();
  return { samples, wallMs };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summarize(samples: Sample[]) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    n: samples.length,
    p50: percentile(ms, 50),
    p90: percentile(ms, 90),
    p99: percentile(ms, 99),
    max: ms[ms.length - 1] ?? NaN,
    errors: samples.filter((s) => !s.ok).length,
  };
}

const f1 = (n: number) => n.toFixed(1);

async function explainSome(db: Db): Promise<void> {
  const cases: Array<{ label: string; q: SearchQuery }> = [
    { label: '身份证丢了 (phrase: OR of words and synonyms)', q: { q: '身份证丢了', limit: 20, offset: 0 } },
    { label: 'sfz (initials, exact and prefix)', q: { q: 'sfz', limit: 20, offset: 0 } },
    { label: '登记 (common word)', q: { q: '登记', limit: 20, offset: 0 } },
    { label: '许可 + enterprise + onlineLevel≥3', q: { q: '许可', audience: 'enterprise', onlineLevel: 3, limit: 20, offset: 0 } },
    { label: '居民户口簿 (materials only)', q: { q: '居民户口簿', limit: 20, offset: 0 } },
    { label: '补领, page 60 (second tier)', q: { q: '补领', limit: 20, offset: 1200 } },
  ];
  console.log('\nEXPLAIN ANALYZE of the search statement, and searchItems timed in this process (20 calls):');
  for (const c of cases) {
    const plan = planQuery(c.q.q!);
    for (let i = 0; i < 3; i++) await searchItems(db, c.q);
    const runs = 20;
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) await searchItems(db, c.q);
    const perCall = (performance.now() - t0) / runs;
    const statement = searchSql(c.q, plan);
    const first = (await statement.execute(db)).rows[0]!;
    const compiled = statement.compile(db);
    const r = await db.executeQuery<{ 'QUERY PLAN': string }>({ ...compiled, sql: `EXPLAIN (ANALYZE, BUFFERS) ${compiled.sql}` });
    const lines = r.rows.map((x) => x['QUERY PLAN']);
    const time = lines.find((l) => l.startsWith('Execution Time'))?.replace('Execution Time: ', '') ?? '?';
    const seq = lines.some((l) => l.includes('Seq Scan on item_search'));
    const gin = lines.some((l) => l.includes('item_search_document_idx'));
    console.log(
      `  ${c.label}: ${first.total} matches, ${first.named} by name; statement ${time}` +
        `${gin ? ', GIN index' : ''}${seq ? ', SEQUENTIAL SCAN' : ''}; searchItems ${f1(perCall)} ms per call`,
    );
    if (env.BENCH_EXPLAIN === '1') console.log(lines.map((l) => `      ${l}`).join('\n'));
  }
  for (const p of ['社保', 'sb', '火星']) {
    await suggestItems(db, p);
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) await suggestItems(db, p);
    console.log(`  suggestItems('${p}'): ${f1((performance.now() - t0) / 20)} ms per call`);
  }
}

// ---------------------------------------------------------------------------------------------------------

async function main() {
  console.log(`catalogue search benchmark: ${ITEMS} items, ${CONCURRENCY} connections, ${SECONDS} s (+${WARMUP_SECONDS} s warm-up)`);
  console.log(`database: ${DATABASE_URL.replace(/\/\/[^@]*@/, '//…@')}`);
  const reuse = env.BENCH_REUSE_DATA === '1';
  if (!reuse) await resetDatabase();
  const database = await openPostgres(DATABASE_URL, 8);
  let departmentIds: string[];
  try {
    await migrate(database.db);
    if (reuse) {
      departmentIds = (
        await sql<{ id: string }>`SELECT DISTINCT department_id AS id FROM item_search ORDER BY 1`.execute(database.db)
      ).rows.map((r) => r.id);
      console.log(`data: reusing the ${departmentIds.length} departments' items of a previous run (BENCH_REUSE_DATA=1)`);
    } else ({ departmentIds } = await generate(database.db));
    await explainSome(database.db);
  } finally {
    await database.close();
  }

  const port = await freePort();
  const child = startServer(port);
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  let result: Awaited<ReturnType<typeof drive>>;
  let cpu = { server: NaN, generator: NaN, postgres: NaN };
  try {
    await waitReady(port, child);
    const requests = requestSet(departmentIds);
    await drive(port, requests, WARMUP_SECONDS, false);
    const before = { server: cpuSecondsOf(child.pid!), generator: process.cpuUsage(), postgres: postgresCpuSeconds() };
    result = await drive(port, requests, SECONDS, true);
    cpu = {
      server: cpuSecondsOf(child.pid!) - before.server,
      generator: (process.cpuUsage(before.generator).user + process.cpuUsage(before.generator).system) / 1e6,
      postgres: postgresCpuSeconds() - before.postgres,
    };
  } finally {
    stop();
    await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(null)));
  }

  const all = summarize(result.samples);
  const rps = (all.n / result.wallMs) * 1000;
  console.log(`\nHTTP: ${all.n} requests in ${f1(result.wallMs / 1000)} s = ${rps.toFixed(0)} req/s, errors ${all.errors}`);
  console.log(`latency ms: p50 ${f1(all.p50)}  p90 ${f1(all.p90)}  p99 ${f1(all.p99)}  max ${f1(all.max)}`);
  const perRequest = (seconds: number) => `${((seconds / all.n) * 1000).toFixed(2)} ms`;
  console.log(
    `CPU per request: server ${perRequest(cpu.server)}, PostgreSQL ${perRequest(cpu.postgres)}, load generator ${perRequest(cpu.generator)} ` +
      `(of ${os.cpus().length} cores; load average before the run ${os.loadavg()[0]!.toFixed(1)})`,
  );
  console.log('\n| kind | requests | p50 ms | p90 ms | p99 ms | max ms | errors |\n| --- | --- | --- | --- | --- | --- | --- |');
  for (const kind of ['search-zh', 'search-phrase', 'search-pinyin', 'search-filter', 'list', 'suggest'] as const) {
    const k = summarize(result.samples.filter((x) => x.kind === kind));
    console.log(`| ${kind} | ${k.n} | ${f1(k.p50)} | ${f1(k.p90)} | ${f1(k.p99)} | ${f1(k.max)} | ${k.errors} |`);
  }
  const date = new Date().toISOString().slice(0, 10);
  console.log('\nmarkdown row (date | items | connections | req/s | p50 | p90 | p99 | max | errors):');
  console.log(
    `| ${date} | ${ITEMS.toLocaleString('en')} | ${CONCURRENCY} | ${rps.toFixed(0)} | ${f1(all.p50)} ms | ${f1(all.p90)} ms | ${f1(all.p99)} ms | ${f1(all.max)} ms | ${all.errors} |`,
  );

  runPgbenchYardstick(DATABASE_URL);
  process.exit(all.errors > 0 ? 1 : 0);
}

await main();
