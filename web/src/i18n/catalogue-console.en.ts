/** Catalogue console strings in English; same keys as catalogue-console.zh-CN.ts. */
export const catalogueConsoleEn = {
  title: 'Service catalogue',
};
