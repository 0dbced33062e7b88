/** Material upload strings in English; same keys as uploads.zh-CN.ts. */
export const uploadsEn = {
  choose: 'Choose file',
  required: '(required)',
  accepted: '{{types}}, up to {{size}} each',
  wrongType: 'This file type is not accepted; please upload {{types}}',
  empty: 'The file is empty; please choose another',
  tooLarge: 'The file is larger than {{size}}; please compress it and try again',
  tooMany: 'At most {{n}} files',
  remove: 'Remove',
  cancel: 'Cancel upload',
  dismiss: 'Dismiss',
  listLabel: 'Files for {{name}}',
  progress: 'Upload progress of {{name}}',
};
