/**
 * Shapes of the public catalogue API (事项库门户), derived from the generated OpenAPI types so they cannot
 * drift from the server (helpers from api/openapi-types.ts).
 */
import type { Item, Query, Res } from '../../api/openapi-types';

export type Audience = 'person' | 'enterprise';

export type CodeLists = Res<'/api/catalogue/code-lists', 'get'>['lists'];
export type CatalogueHome = Res<'/api/catalogue/home', 'get'>;
export type ThemeCount = CatalogueHome['personThemes'][number];
export type DepartmentCount = CatalogueHome['departments'][number];
export type BundleSummary = CatalogueHome['bundles'][number];

export type SearchQuery = Query<'/api/catalogue/search', 'get'>;
export type SearchResult = Res<'/api/catalogue/search', 'get'>;
export type ItemSummary = Item<SearchResult>;
export type HighlightSegment = ItemSummary['nameHighlight'][number];
export type Suggestion = Item<Res<'/api/catalogue/suggest', 'get'>>;

export type Guide = Res<'/api/catalogue/guides/{code}', 'get'>;
export type GuideContent = Guide['content'];
export type Material = GuideContent['materials'][number];
export type MaterialCondition = Material['appliesWhen'][number];
export type Scenario = GuideContent['scenarios'][number];
export type ProcessStep = GuideContent['processSteps'][number];
export type Fee = GuideContent['fees'][number];
export type Faq = GuideContent['faqs'][number];
export type FileMeta = Guide['files'][number];
export type HallInfo = NonNullable<Guide['hall']>;

export type BundleDetail = Res<'/api/catalogue/bundles/{code}', 'get'>;
export type BundleItem = BundleDetail['items'][number];
export type BundleMaterial = BundleDetail['materials'][number];
