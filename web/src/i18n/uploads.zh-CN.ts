/** 申请材料上传 — owned by web/src/features/uploads. */
export const uploadsZh = {
  choose: '选择文件',
  required: '（必交）',
  accepted: '支持 {{types}}，单个文件不超过 {{size}}',
  wrongType: '文件类型不受支持，请上传 {{types}} 文件',
  empty: '文件为空，请重新选择',
  tooLarge: '文件超过 {{size}}，请压缩后再上传',
  tooMany: '最多上传 {{n}} 个文件',
  remove: '删除',
  cancel: '取消上传',
  dismiss: '关闭',
  listLabel: '{{name}}的文件',
  progress: '{{name}}上传进度',
};
