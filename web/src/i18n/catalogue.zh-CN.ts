/** 事项库门户（事项检索、办事指南、一件事）— owned by the portal catalogue pages. */
export const catalogueZh = {
  title: '办事服务',
};
