/**
 * Everyday words → the formal words of the service catalogue (事项库检索同义词表). People search with what
 * they would say at the counter (身份证丢了、开饭店、社保卡); item names use the words of the 设定依据
 * (居民身份证补领、食品经营许可、社会保障卡申领). This list bridges the two, for both the search documents
 * (an item's name and aliases gain the words on the other side of a `<=>` line) and the queries.
 *
 * One entry per line, maintained by hand:
 *   'a b <=> c d'  the words on both sides mean the same: any one found adds all the others;
 *   'a b => c d'   any phrase on the left found in the text adds the words on the right (one way only).
 * Phrases are matched as whole words of the text (领证 in 我想领证, not inside 申领证件), see expandSynonyms
 * in search-text.ts. The formal words are also taught to the word segmenter, so a longer word is kept whole.
 */

export const SYNONYM_LINES: readonly string[] = [
  // 证件
  '身份证 <=> 居民身份证', // 《居民身份证法》 calls it 居民身份证
  '丢了 丢失 遗失 掉了 弄丢 找不到 被偷 => 补领 挂失 补办', // lost certificate → 补领 / 挂失
  '补办 => 补领 补发', // the everyday word for 补领
  '坏了 损坏 过期 到期 快到期 => 换领 换证 延续', // worn or expiring → 换领 / 延续
  '户口本 <=> 居民户口簿', // 户口登记条例: 户口簿
  '暂住证 => 居住证', // 《居住证暂行条例》 replaced 暂住证
  '护照 => 普通护照 出入境', // 《护照法》: 普通护照
  '港澳通行证 去香港 去澳门 => 往来港澳通行证 出入境',
  '台湾通行证 去台湾 => 往来台湾通行证 出入境',
  '驾照 驾驶证 => 机动车驾驶证',
  '上牌 车牌 新车上牌 => 机动车登记 号牌',
  '无犯罪证明 => 无犯罪记录证明',
  '残疾证 <=> 残疾人证',
  '老年证 => 老年人优待证',
  // 社会保障
  '社保卡 <=> 社会保障卡', // 人社部: 社会保障卡
  '社保 => 社会保险',
  '医保 <=> 医疗保险',
  '看病报销 医药费报销 => 医疗费用报销 医疗保险',
  '异地看病 => 异地就医',
  '养老金 退休金 => 养老保险待遇 基本养老金',
  '退休 => 退休核准 养老保险待遇',
  '失业金 失业补助 => 失业保险金',
  '生育津贴 生育险 => 生育保险',
  '工伤 => 工伤认定 工伤保险',
  '公积金 <=> 住房公积金',
  '低保 <=> 最低生活保障', // 《社会救助暂行办法》: 最低生活保障
  '困难补助 生活困难 => 临时救助 社会救助',
  '残疾补贴 => 残疾人两项补贴',
  // 出生、婚姻、户籍、身后
  '生孩子 新生儿 宝宝 生娃 => 出生',
  '出生证 => 出生医学证明',
  '准生证 => 生育登记 生育服务证',
  '落户 上户口 报户口 入户 => 出生登记 户口 户籍',
  '迁户口 户口迁移 搬户口 => 户口迁移 迁移登记',
  '结婚 领证 扯证 => 结婚登记', // 《民法典》第一千零四十九条: 结婚登记
  '离婚 => 离婚登记',
  '去世 过世 人走了 => 死亡 注销户口 丧葬补助',
  '火化 => 遗体火化 殡葬',
  '上学 入学 读小学 => 义务教育 入学',
  // 市场主体
  '个体户 <=> 个体工商户',
  '营业执照 => 设立登记 个体工商户 企业', // 营业执照 is the result of 设立登记 (《市场主体登记管理条例》)
  '开公司 注册公司 办公司 开厂 => 企业设立登记 设立登记 公司',
  '开饭店 开餐馆 开饭馆 开餐厅 开小吃店 开面馆 开奶茶店 => 食品经营许可 餐饮 个体工商户',
  '饭店 餐馆 饭馆 餐厅 小吃店 面馆 => 餐饮 食品经营许可',
  '开小卖部 开超市 开便利店 => 食品经营许可 食品销售 个体工商户',
  '开药店 卖药 => 药品经营许可',
  '卖烟 烟草证 => 烟草专卖零售许可',
  '关门 不干了 歇业 公司注销 => 注销登记 注销',
  '改名 => 变更登记 姓名变更',
  '招人 招工 => 就业登记 用工备案 招用',
  // 税务
  '报税 交税 缴税 => 纳税申报 税务',
  '个税 => 个人所得税',
  '发票 => 发票领用',
  // 工程建设、交通
  '施工证 => 施工许可', // 《建筑法》第七条: 施工许可证
  '盖房 建房 自建房 => 乡村建设规划许可 宅基地 建设工程规划许可',
  '房产证 房本 => 不动产权证书 不动产登记', // 《不动产登记暂行条例》
  '买房过户 二手房过户 => 不动产转移登记',
  '货运 拉货 => 道路货物运输',
  '客运 => 道路旅客运输',
  '网约车 => 网络预约出租汽车',
  // 执业资格
  '教师证 <=> 教师资格', // 《教师资格条例》
  '医生执业 行医 => 医师执业注册', // 《医师法》第十三条: 医师执业注册
  '养狗 狗证 => 养犬登记 犬只登记',
];

export interface SynonymEntry {
  /** Phrases looked for in the text. */
  phrases: string[];
  /** Words added when one of the phrases is found (for `<=>`, every member of the group). */
  words: string[];
  both: boolean;
}

/** Parses one line of the list; throws on a malformed line (a test parses them all). */
export function parseSynonymLine(line: string): SynonymEntry {
  const both = line.includes('<=>');
  const parts = line.split(both ? '<=>' : '=>');
  if (parts.length !== 2) throw new Error(`synonym line must have exactly one => or <=>: ${line}`);
  const split = (s: string) => s.trim().split(/\s+/).filter(Boolean);
  const left = split(parts[0]!);
  const right = split(parts[1]!);
  if (left.length === 0 || right.length === 0) throw new Error(`synonym line needs words on both sides: ${line}`);
  return both ? { phrases: [...left, ...right], words: [...left, ...right], both } : { phrases: left, words: right, both };
}

export const SYNONYMS: readonly SynonymEntry[] = SYNONYM_LINES.map(parseSynonymLine);
