/** Catalogue portal strings in English; same keys as catalogue.zh-CN.ts (en.ts checks the shape). */
export const catalogueEn = {
  title: 'Services',
};
