/** 申请表（在线填报）— owned by web/src/features/forms. */
export const formsZh = {
  prefilled: '已根据实名信息预填',
  unlock: '修改',
  unlockLabel: '修改{{label}}',
  select: '请选择',
  date: '请选择日期',
  division: '请选择行政区划',
  yes: '是',
  no: '否',
  item: '第 {{n}} 项',
  addItem: '添加{{label}}',
  removeItem: '删除第 {{n}} 项',
  problems: '请修改以下问题后再提交：',
};
