/** Application forms of 示范市住房和城乡建设局's demo items (施工许可，商品房预售许可，建筑业企业资质，消防设计审查). */
import type { FormDefinition } from '@onewindow/common/forms';
import { BANK_ACCOUNT, BANKS, unitForm } from './blocks.js';
import { amount, choice, date, division, group, idNumber, int, requireWhen, text, textarea, uscc, yesNo } from './form-builder.js';

const unit = (label: string, opts: { optional?: boolean } = {}) =>
  group(label, { name: text('单位名称', { max: 100 }), uscc: uscc() }, opts);

export const ZJJ_FORMS: Record<string, FormDefinition> = {
  'construction-permit': unitForm(
    [
      {
        title: '申请事项',
        fields: {
          situation: choice('申请情形', ['新办', '延期'], {
            help: '建设单位应当自领取施工许可证之日起三个月内开工；因故不能按期开工的，应当申请延期，延期以两次为限，每次不超过三个月（《中华人民共和国建筑法》第九条）。',
          }),
          permitNumber: text('原施工许可证编号', { optional: true, max: 30 }),
          extensionReason: textarea('延期理由', { optional: true, max: 500 }),
        },
      },
      {
        title: '工程信息',
        fields: {
          projectName: text('工程名称', { max: 100 }),
          projectAddress: text('建设地址', { max: 200, span: 2 }),
          projectDivision: division('建设地址所在区划'),
          floorArea: amount('建设规模（建筑面积，平方米）', {
            min: 0.01,
            help: '工程投资额在 30 万元以下或者建筑面积在 300 平方米以下的建筑工程，可以不申请办理施工许可证。',
          }),
          contractPrice: amount('合同价格（万元）', { min: 0.01 }),
          contractStart: date('合同开工日期'),
          contractEnd: date('合同竣工日期'),
          contractor: unit('施工单位'),
          supervisor: unit('监理单位', { optional: true }),
          projectManager: group('项目经理（注册建造师）', {
            name: text('姓名', { max: 50 }),
            idNumber: idNumber('公民身份号码'),
            registrationNumber: text('注册编号', { max: 30 }),
          }),
        },
      },
    ],
    { delivery: ['电子证照（网上下载）', '窗口领取'], rules: [requireWhen('situation', ['延期'], ['permitNumber', 'extensionReason'])] },
  ),

  'presale-permit': unitForm(
    [
      {
        title: '项目信息',
        fields: {
          qualification: text('开发资质等级及证书编号', { max: 100 }),
          projectName: text('项目名称', { max: 100 }),
          location: text('项目坐落', { max: 200, span: 2 }),
          locationDivision: division('项目所在区划'),
          buildings: text('申请预售楼栋', { max: 200, placeholder: '如：1#、2#、3# 楼' }),
          presaleArea: amount('预售建筑面积（平方米）', { min: 0.01 }),
          presaleUnits: int('预售套数', { min: 1, max: 100000 }),
          investedFunds: amount('已投入开发建设资金（万元）', {
            help: '投入开发建设的资金达到工程建设总投资的百分之二十五以上（《中华人民共和国城市房地产管理法》第四十五条）。',
          }),
          totalInvestment: amount('工程建设总投资（万元）', { min: 0.01 }),
          expectedDelivery: date('预计竣工交付日期'),
          escrowBank: choice('预售资金监管银行', BANKS),
          escrowAccount: text('预售资金监管账号', { pattern: BANK_ACCOUNT }),
        },
      },
    ],
    { delivery: ['电子证照（网上下载）', '窗口领取'] },
  ),

  'construction-enterprise-qualification': unitForm(
    [
      {
        title: '企业及资质信息',
        fields: {
          applicationType: choice('申请类型', ['首次申请', '增项申请', '延续']),
          registeredAddress: text('注册地址', { max: 200, span: 2 }),
          registeredCapital: amount('注册资本（万元）', { min: 0.01 }),
          netAssets: amount('净资产（万元）', { min: -1e9 }),
          technicalLead: text('技术负责人', { max: 50 }),
          requestedQualification: text('申请资质类别及等级', { max: 100, placeholder: '如：建筑工程施工总承包二级' }),
          existingQualification: text('已有资质类别及等级', { optional: true, max: 200 }),
          constructors: int('注册建造师人数', { max: 10000 }),
          seniorStaff: int('中级以上职称人员人数', { max: 10000 }),
        },
      },
    ],
    { delivery: ['电子证书（网上下载）'], rules: [requireWhen('applicationType', ['增项申请', '延续'], ['existingQualification'])] },
  ),

  'fire-design-review': unitForm(
    [
      {
        title: '工程信息',
        fields: {
          projectName: text('工程名称', { max: 100 }),
          projectAddress: text('工程地址', { max: 200, span: 2 }),
          category: choice(
            '特殊建设工程类别',
            [
              '总建筑面积大于二万平方米的体育场馆、会堂，公共展览馆、博物馆的展示厅',
              '总建筑面积大于一万五千平方米的民用机场航站楼、客运车站候车室、客运码头候船厅',
              '总建筑面积大于一万平方米的宾馆、饭店、商场、市场',
              '总建筑面积大于二千五百平方米的影剧院、公共图书馆的阅览室等',
              '总建筑面积大于一千平方米的托儿所、幼儿园的儿童用房，儿童游乐厅等室内儿童活动场所，养老院、福利院等',
              '国家工程建设消防技术标准规定的一类高层住宅建筑',
              '其他特殊建设工程',
            ],
            { help: '见《建设工程消防设计审查验收管理暂行规定》第十四条。', span: 2 },
          ),
          totalArea: amount('总建筑面积（平方米）', { min: 0.01 }),
          height: amount('建筑高度（米）', { min: 0.01, max: 1000 }),
          usage: text('使用性质', { max: 100 }),
          designUnit: group('设计单位', { name: text('单位名称', { max: 100 }), qualification: text('资质等级', { max: 100 }) }),
          specialDesign: yesNo('是否采用特殊消防设计', { optional: true }),
          specialDesignReason: textarea('特殊消防设计说明', {
            optional: true,
            max: 1000,
            help: '采用特殊消防设计的，由省级住房和城乡建设主管部门组织专家评审。',
          }),
        },
      },
    ],
    { rules: [requireWhen('specialDesign', [true], ['specialDesignReason'])] },
  ),
};
