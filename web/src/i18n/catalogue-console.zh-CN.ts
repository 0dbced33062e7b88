/** 事项管理（工作台）— owned by the console catalogue pages. */
export const catalogueConsoleZh = {
  title: '事项管理',
};
