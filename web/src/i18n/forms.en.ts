/** Application form strings in English; same keys as forms.zh-CN.ts (en.ts checks the shape). */
export const formsEn = {
  prefilled: 'Filled in from your verified identity',
  unlock: 'Edit',
  unlockLabel: 'Edit {{label}}',
  select: 'Select',
  date: 'Select a date',
  division: 'Select an administrative division',
  yes: 'Yes',
  no: 'No',
  item: 'Item {{n}}',
  addItem: 'Add {{label}}',
  removeItem: 'Remove item {{n}}',
  problems: 'Please correct the following before submitting:',
};
