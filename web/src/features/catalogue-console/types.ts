/**
 * The catalogue console's shapes, derived from the generated OpenAPI types (schema.gen.ts) with the same
 * Res/Body/Query helpers as every feature (api/openapi-types.ts), so they cannot drift from the server.
 */
import type { Body, Item, Query, Res } from '../../api/openapi-types';

type Elem<T> = T extends Array<infer I> ? I : never;

export type ConsoleItemList = Res<'/api/console/catalogue/items', 'get'>;
export type ConsoleItem = Item<ConsoleItemList>;
export type ConsoleItemsQuery = Query<'/api/console/catalogue/items', 'get'>;
export type ListStatus = NonNullable<ConsoleItemsQuery['status']>;
export type CreateItemInput = Body<'/api/console/catalogue/items', 'post'>;
export type ItemDetail = Res<'/api/console/catalogue/items/{id}', 'get'>;
export type VersionSummary = Elem<ItemDetail['versions']>;
export type VersionDetail = Res<'/api/console/catalogue/versions/{id}', 'get'>;
export type VersionStatus = VersionDetail['status'];
export type ItemContent = VersionDetail['content'];
export type Material = Elem<ItemContent['materials']>;
export type MaterialCondition = Elem<Material['appliesWhen']>;
export type ReplacedBy = NonNullable<Material['replacedBy']>;
export type Scenario = Elem<ItemContent['scenarios']>;
export type ScenarioOption = Elem<Scenario['options']>;
export type Fee = Elem<ItemContent['fees']>;
export type ProcessStep = Elem<ItemContent['processSteps']>;
export type Faq = Elem<ItemContent['faqs']>;
export type QualityProblem = Elem<VersionDetail['quality']['problems']>;
export type FileMeta = Elem<VersionDetail['files']>;
export type Diff = Res<'/api/console/catalogue/diff', 'get'>;
export type DiffChange = Elem<Diff['changes']>;
export type CodeLists = Res<'/api/catalogue/code-lists', 'get'>['lists'];
export type CodeEntry = Elem<CodeLists[string]>;
export type ConsoleBundle = Item<Res<'/api/console/catalogue/bundles', 'get'>>;
export type BundleInput = Body<'/api/console/catalogue/bundles', 'post'>;
export type BundleStatus = ConsoleBundle['status'];
export type CodeMapping = Item<Res<'/api/console/catalogue/code-mappings', 'get'>>;
export type CodeMappingInput = Body<'/api/console/catalogue/code-mappings', 'put'>;

/** The code lists of GET /api/catalogue/code-lists (one definition, shared with the portal). */
export type { CodeListKey } from '../catalogue/use-code-lists';
