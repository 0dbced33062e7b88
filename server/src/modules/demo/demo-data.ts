/**
 * The demo city 示范市 (fictional division codes under 99, a prefix GB/T 2260 leaves unassigned), its
 * departments, service hall and demo users of every role. Only ever written in demo mode.
 */
import { idNumberCheckChar, usccCheckChar } from '@onewindow/common/validators';

export const DEMO_PASSWORD = 'Demo@2026';

export const DEMO_DIVISIONS = [
  { code: '990000', name: '示范省', level: 1, parent_code: null },
  { code: '990100', name: '示范市', level: 2, parent_code: '990000' },
  { code: '990102', name: '示范市东城区', level: 3, parent_code: '990100' },
  { code: '990103', name: '示范市西城区', level: 3, parent_code: '990100' },
  { code: '990121', name: '示范县', level: 3, parent_code: '990100' },
];

/** 统一社会信用代码 of a government organ (登记管理部门 1, 机构类别 1) in 示范市, with a correct check character. */
export function demoUscc(body9: string): string {
  const first17 = `11990100${body9}`;
  return first17 + usccCheckChar(first17);
}

export function demoIdNumber(first17: string): string {
  return first17 + idNumberCheckChar(first17);
}

export const DEMO_DEPARTMENTS = [
  { key: 'scjg', name: '示范市市场监督管理局', short_name: '市场监管局', body: 'MB0000011', phone: '0999-12315' },
  { key: 'gaj', name: '示范市公安局', short_name: '公安局', body: 'MB0000029', phone: '0999-110' },
  { key: 'mzj', name: '示范市民政局', short_name: '民政局', body: 'MB0000037', phone: '0999-6101001' },
  { key: 'rsj', name: '示范市人力资源和社会保障局', short_name: '人社局', body: 'MB0000045', phone: '0999-12333' },
  { key: 'wjw', name: '示范市卫生健康委员会', short_name: '卫健委', body: 'MB0000053', phone: '0999-12320' },
  { key: 'zjj', name: '示范市住房和城乡建设局', short_name: '住建局', body: 'MB0000061', phone: '0999-6102001' },
  { key: 'jyj', name: '示范市教育局', short_name: '教育局', body: 'MB000007X', phone: '0999-6103001' },
  { key: 'swj', name: '国家税务总局示范市税务局', short_name: '税务局', body: 'MB0000088', phone: '0999-12366' },
  { key: 'jtj', name: '示范市交通运输局', short_name: '交通运输局', body: 'MB0000107', phone: '0999-12328' },
  { key: 'gjj', name: '示范市住房公积金管理中心', short_name: '公积金中心', body: 'MB0000115', phone: '0999-12329' },
  { key: 'zwb', name: '示范市政务服务和数据管理局', short_name: '政务服务局', body: 'MB0000096', phone: '0999-12345' },
] as const;

export type DemoDepartmentKey = (typeof DEMO_DEPARTMENTS)[number]['key'];

export const DEMO_HALL = {
  name: '示范市政务服务中心',
  division_code: '990100',
  address: '示范市东城区人民路 1 号',
  opening_hours: '周一至周五 9:00–12:00，13:30–17:00（法定节假日除外）',
  phone: '0999-12345',
};

type DemoStaff = { username: string; name: string; department: DemoDepartmentKey; roles: string[]; window?: string };

const NAMED_STAFF: DemoStaff[] = [
  { username: 'admin', name: '王管理', department: 'zwb', roles: ['admin'] },
  { username: 'jiancha', name: '赵监察', department: 'zwb', roles: ['supervisor'] },
  { username: 'chuangkou', name: '李窗口', department: 'zwb', roles: ['window_clerk'], window: '1' },
  { username: 'rexian', name: '孙热线', department: 'zwb', roles: ['hotline_operator'] },
  { username: 'scjg.shenpi', name: '周审批', department: 'scjg', roles: ['reviewer'] },
  { username: 'scjg.fuze', name: '吴局长', department: 'scjg', roles: ['department_head'] },
  { username: 'scjg.chuangkou', name: '郑窗口', department: 'scjg', roles: ['window_clerk'], window: '5' },
  { username: 'gaj.shenpi', name: '冯审批', department: 'gaj', roles: ['reviewer'] },
  { username: 'gaj.fuze', name: '陈局长', department: 'gaj', roles: ['department_head'] },
  { username: 'mzj.shenpi', name: '褚审批', department: 'mzj', roles: ['reviewer'] },
  { username: 'rsj.shenpi', name: '卫审批', department: 'rsj', roles: ['reviewer'] },
  { username: 'wjw.shenpi', name: '蒋审批', department: 'wjw', roles: ['reviewer'] },
  { username: 'zjj.shenpi', name: '沈审批', department: 'zjj', roles: ['reviewer'] },
  { username: 'jyj.shenpi', name: '韩审批', department: 'jyj', roles: ['reviewer'] },
  { username: 'swj.shenpi', name: '杨审批', department: 'swj', roles: ['reviewer'] },
  { username: 'scjg.bianzhi', name: '朱编制', department: 'scjg', roles: ['catalogue_editor'] },
  { username: 'shixiang.shenhe', name: '秦审核', department: 'zwb', roles: ['catalogue_reviewer'] },
  { username: 'shixiang.fabu', name: '许发布', department: 'zwb', roles: ['catalogue_publisher'] },
];

/**
 * Every department that handles applications gets a window clerk (受理/办结), a reviewer (审查) and a head
 * (决定/延期), so each demo item's process can be walked through: the named ones above, generated ones
 * (<department>.chuangkou / .shenpi / .fuze) where a department lacks the role.
 */
const HANDLING_ROLES: Array<[string, string, string]> = [
  ['window_clerk', 'chuangkou', '窗口'],
  ['reviewer', 'shenpi', '审批'],
  ['department_head', 'fuze', '负责人'],
];
export const DEMO_STAFF: DemoStaff[] = [
  ...NAMED_STAFF,
  ...DEMO_DEPARTMENTS.filter((d) => d.key !== 'zwb').flatMap((d) =>
    HANDLING_ROLES.filter(([role]) => !NAMED_STAFF.some((x) => x.department === d.key && x.roles.includes(role))).map(
      ([role, suffix, label]): DemoStaff => ({
        username: `${d.key}.${suffix}`,
        name: `${d.short_name}${label}`,
        department: d.key,
        roles: [role],
      }),
    ),
  ),
];

export const DEMO_PERSON = {
  name: '张三',
  idNumber: demoIdNumber('99010219900307123'),
  mobile: '13800000001',
  email: 'zhangsan@example.com',
};
export const DEMO_ELDER = { name: '李秀英', idNumber: demoIdNumber('99010319480615224'), mobile: '13800000002' };
export const DEMO_ENTERPRISE = {
  name: '示范市好味道餐饮有限公司',
  uscc: (() => {
    const first17 = '91990100MA0000001';
    return first17 + usccCheckChar(first17);
  })(),
  legalRepName: '钱老板',
  mobile: '13900000001',
};
