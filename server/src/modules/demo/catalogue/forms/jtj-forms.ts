/** Application forms of 示范市交通运输局's demo items (道路货物运输经营许可，出租汽车驾驶员从业资格). */
import type { FormDefinition } from '@onewindow/common/forms';
import { GENDERS, personForm, unitForm } from './blocks.js';
import { choice, date, group, idNumber, int, mobile, multi, text, textarea } from './form-builder.js';

export const JTJ_FORMS: Record<string, FormDefinition> = {
  'road-freight-licence': unitForm(
    [
      {
        title: '经营信息',
        fields: {
          businessAddress: text('经营地址', { max: 200, span: 2 }),
          principalIdNumber: idNumber('负责人公民身份号码'),
          scope: multi('申请经营范围', ['普通货运', '货物专用运输（集装箱）', '货物专用运输（冷藏保鲜）', '大型物件运输', '危险货物运输'], {
            help: '使用总质量 4.5 吨及以下普通货运车辆从事普通货运经营的，无需申请道路运输经营许可（《中华人民共和国道路运输条例》第二十四条）。',
          }),
          vehicles: int('拟投入车辆数（辆）', { min: 1, max: 10000 }),
          vehicleTypes: textarea('车辆类型及总质量', { max: 500 }),
          drivers: int('聘用驾驶人员人数', { min: 1, max: 10000 }),
          safetyManager: group('专职安全管理人员', { name: text('姓名', { max: 50 }), mobile: mobile('联系电话') }),
          parkingAddress: text('停车场地地址', { max: 200, span: 2 }),
        },
      },
    ],
    { legalRepLabel: '负责人', delivery: ['电子证照（网上下载）', '窗口领取'] },
  ),

  'taxi-driver-qualification': personForm(
    [
      {
        title: '从业资格信息',
        fields: {
          category: choice('申请类别', ['巡游出租汽车驾驶员', '网络预约出租汽车驾驶员']),
          hukouAddress: text('户籍所在地', { max: 200, span: 2 }),
          residenceAddress: text('现居住地址', { max: 200, span: 2 }),
          licenceClass: choice('准驾车型', ['A1', 'A2', 'A3', 'B1', 'B2', 'C1', 'C2']),
          firstLicensedOn: date('初次领取驾驶证日期', {
            help: '应当取得相应准驾车型机动车驾驶证并具有 3 年以上驾驶经历（《出租汽车驾驶员从业资格管理规定》第十条）。',
          }),
          education: choice('文化程度', ['初中及以下', '高中（中专、技校）', '大专', '本科及以上']),
        },
      },
    ],
    { applicant: { gender: choice('性别', GENDERS), birthDate: date('出生日期') }, delivery: ['电子证照（网上下载）', '窗口领取'] },
  ),
};
