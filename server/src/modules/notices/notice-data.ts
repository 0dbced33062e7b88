/**
 * The data a notice (办件文书) is rendered from. Pure values — the caller (the applications module)
 * gathers them from the application, its item and its department; nothing here reads the database.
 */
export const NOTICE_KINDS = [
  'receipt', // 收件凭证
  'acceptance', // 受理通知书
  'correction', // 补正告知书
  'refusal', // 不予受理通知书
  'special_procedure', // 特别程序告知书
  'extension', // 延期告知书
  'grant', // 准予行政许可决定书
  'denial', // 不予行政许可决定书
  'tolerance', // 容缺受理告知书
] as const;

export type NoticeKind = (typeof NOTICE_KINDS)[number];

export interface NoticeItem {
  /** material or requirement, e.g. 营业执照副本复印件 */
  name: string;
  /** what is missing or wrong, e.g. 未加盖公章 */
  problem: string;
}

export interface SpecialProcedure {
  /** 听证 / 检验 / 检测 / 检疫 / 鉴定 / 专家评审 / 现场勘查 … (GB/T 39046 A.7) */
  kind: string;
  reason: string;
  /** YYYY-MM-DD */
  start: string;
  /** YYYY-MM-DD */
  expectedEnd?: string;
}

export interface NoticeData {
  kind: NoticeKind;
  /** 文书编号, e.g. 示范市监受〔2026〕000123号 */
  number: string;
  issuedAt: Date;
  departmentName: string;
  applicationNumber: string;
  itemName: string;
  applicantName: string;
  submittedAt?: Date;
  acceptedAt?: Date;
  /** 不予受理 / 不予许可 / 延期 reason; required for those kinds */
  reason?: string;
  /** 补正 / 容缺: every missing or defective item (one-time notice, 《行政许可法》第三十二条); receipt: materials received */
  items?: NoticeItem[];
  /** YYYY-MM-DD: 补正 / 补齐 deadline */
  deadline?: string;
  /** YYYY-MM-DD: promised or extended completion date */
  dueDate?: string;
  /** extra legal basis cited next to the 行政许可法 article, e.g. 《食品经营许可和备案管理办法》第十六条 */
  legalBasis?: string;
  /** replaces the default 复议/诉讼 paragraph (e.g. to name the 复议机关) */
  remedy?: string;
  /** 延期: working days added (《行政许可法》第四十二条: 10, or 15 for 统一/联合/集中办理) */
  extraDays?: number;
  specialProcedure?: SpecialProcedure;
  queryCode?: string;
  contactPhone?: string;
}
