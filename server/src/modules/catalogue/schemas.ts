/** Request and response schemas of the catalogue API (public guide and search, console editing). */
import { Type, type Static } from 'typebox';
import { Uuid } from '../../http/schemas.js';
import { ItemContent } from './item-content.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

export const VersionStatus = Type.Union(
  [
    Type.Literal('draft'),
    Type.Literal('in_review'),
    Type.Literal('approved'),
    Type.Literal('published'),
    Type.Literal('superseded'),
    Type.Literal('withdrawn'),
  ],
  { description: 'draft 草稿 · in_review 待审核 · approved 待发布 · published 已发布 · superseded 已被替代 · withdrawn 已撤回' },
);

export const CodeLists = Type.Object({
  lists: Type.Record(Type.String(), Type.Array(Type.Object({ code: Type.String(), label: Type.String() }))),
});

export const HighlightSegment = Type.Object({ text: Type.String(), hit: Type.Boolean() });

export const ItemSummary = Type.Object({
  implementationCode: Type.String(),
  name: Type.String(),
  nameHighlight: Type.Array(HighlightSegment),
  departmentId: Uuid,
  departmentName: Type.String(),
  itemType: Type.String(),
  onlineLevel: Type.Integer(),
  visits: Type.Integer(),
  matchedIn: Type.Union([Type.Literal('name'), Type.Literal('other')]),
});

export const SearchQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100 })),
    audience: Type.Optional(Type.Union([Type.Literal('person'), Type.Literal('enterprise')])),
    departmentId: Type.Optional(Uuid),
    theme: Type.Optional(Type.String({ pattern: '^[PE][0-9]{2}$' })),
    itemType: Type.Optional(Type.String({ pattern: '^[0-9]{2}$' })),
    onlineLevel: Type.Optional(Type.Integer({ minimum: 0, maximum: 4, description: 'minimum 网办深度等级' })),
    maxVisits: Type.Optional(Type.Integer({ minimum: 0, maximum: 9, description: '最多跑动次数' })),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    offset: Type.Integer({ minimum: 0, maximum: 980, default: 0, description: 'pages reach the first 1,000 matches' }),
  },
  { additionalProperties: false },
);
export type SearchQueryType = Static<typeof SearchQuery>;

export const SearchResult = Type.Object({
  items: Type.Array(ItemSummary),
  total: Type.Integer({ description: 'matches, counted up to 1,000' }),
  totalCapped: Type.Boolean({ description: 'true when there are more than 1,000 matches (shown as 1000+)' }),
});

export const SuggestQuery = Type.Object({ q: Type.String({ minLength: 1, maxLength: 50 }) }, { additionalProperties: false });
export const Suggestions = Type.Object({ items: Type.Array(Type.Object({ implementationCode: Type.String(), name: Type.String() })) });

export const BundleSummary = Type.Object({
  code: Type.String(),
  name: Type.String(),
  audience: Type.Union([Type.Literal('person'), Type.Literal('enterprise')]),
  theme: Nullable(Type.String()),
  description: Type.String(),
  itemCount: Type.Integer(),
  departmentCount: Type.Integer(),
});

export const CatalogueHome = Type.Object({
  personThemes: Type.Array(Type.Object({ code: Type.String(), label: Type.String(), count: Type.Integer() })),
  enterpriseThemes: Type.Array(Type.Object({ code: Type.String(), label: Type.String(), count: Type.Integer() })),
  departments: Type.Array(Type.Object({ id: Uuid, name: Type.String(), count: Type.Integer() })),
  popular: Type.Array(ItemSummary),
  bundles: Type.Array(BundleSummary),
  total: Type.Integer(),
});

export const FileMeta = Type.Object({
  id: Uuid,
  fileName: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
});

export const HallInfo = Type.Object({
  id: Uuid,
  name: Type.String(),
  address: Type.String(),
  openingHours: Type.String(),
  phone: Nullable(Type.String()),
  windows: Type.Array(Type.Object({ number: Type.String(), name: Type.String(), kind: Type.String() })),
});

export const Guide = Type.Object({
  implementationCode: Type.String(),
  versionId: Uuid,
  versionNo: Type.Integer(),
  publishedAt: DateTime,
  department: Type.Object({ id: Uuid, name: Type.String(), uscc: Type.String() }),
  hall: Nullable(HallInfo),
  content: ItemContent,
  files: Type.Array(FileMeta),
  bundles: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
});

export const BundleDetail = Type.Object({
  bundle: BundleSummary,
  items: Type.Array(
    Type.Object({
      implementationCode: Type.String(),
      name: Type.String(),
      departmentName: Type.String(),
      promisedLimitDays: Type.Integer(),
      legalLimitDays: Nullable(Type.Integer()),
      isOnline: Type.Boolean(),
    }),
  ),
  materials: Type.Array(
    Type.Object({
      name: Type.String(),
      required: Type.Boolean(),
      kinds: Type.Array(Type.String()),
      usedBy: Type.Array(Type.String({ description: 'names of the items that need it' })),
    }),
  ),
  promisedLimitDays: Type.Integer({ description: 'the longest promised limit of its items (they run in parallel)' }),
  departments: Type.Array(Type.String()),
});

export const CodeParams = Type.Object({ code: Type.String({ pattern: '^[0-9A-Za-z-]{1,40}$' }) }, { additionalProperties: false });

// ---------------------------------------------------------------- console

export const QualityProblem = Type.Object({ rule: Type.String(), path: Type.String(), message: Type.String() });
export const QualityReport = Type.Object({ ok: Type.Boolean(), problems: Type.Array(QualityProblem) });

const Person = Nullable(Type.Object({ id: Uuid, name: Type.String() }));

export const VersionSummary = Type.Object({
  id: Uuid,
  versionNo: Type.Integer(),
  status: VersionStatus,
  name: Type.String(),
  createdAt: DateTime,
  updatedAt: DateTime,
  publishedAt: Nullable(DateTime),
  endedAt: Nullable(DateTime),
});

export const VersionDetail = Type.Object({
  id: Uuid,
  itemId: Uuid,
  implementationCode: Type.String(),
  departmentId: Uuid,
  departmentName: Type.String(),
  versionNo: Type.Integer(),
  status: VersionStatus,
  content: ItemContent,
  contentDigest: Type.String(),
  createdAt: DateTime,
  updatedAt: DateTime,
  createdBy: Person,
  submittedBy: Person,
  submittedAt: Nullable(DateTime),
  reviewedBy: Person,
  reviewedAt: Nullable(DateTime),
  reviewComment: Nullable(Type.String()),
  publishedBy: Person,
  publishedAt: Nullable(DateTime),
  endedAt: Nullable(DateTime),
  endedReason: Nullable(Type.String()),
  quality: QualityReport,
  files: Type.Array(FileMeta),
});

export const ConsoleItem = Type.Object({
  id: Uuid,
  implementationCode: Type.String(),
  name: Type.String(),
  departmentId: Uuid,
  departmentName: Type.String(),
  publishedVersionNo: Nullable(Type.Integer()),
  openVersion: Nullable(Type.Object({ id: Uuid, versionNo: Type.Integer(), status: VersionStatus })),
  updatedAt: DateTime,
});

export const ConsoleItemsQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100 })),
    departmentId: Type.Optional(Uuid),
    status: Type.Optional(
      Type.Union([
        Type.Literal('draft'),
        Type.Literal('in_review'),
        Type.Literal('approved'),
        Type.Literal('published'),
        Type.Literal('withdrawn'),
      ]),
    ),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 100000, default: 0 }),
  },
  { additionalProperties: false },
);

export const ItemDetail = Type.Object({
  id: Uuid,
  implementationCode: Type.String(),
  departmentId: Uuid,
  departmentName: Type.String(),
  publishedVersionId: Nullable(Uuid),
  versions: Type.Array(VersionSummary),
});

export const CreateItemBody = Type.Object(
  {
    implementationCode: Type.String({ pattern: '^[0-9A-Za-z-]{1,40}$', description: '实施编码' }),
    departmentId: Uuid,
    content: ItemContent,
  },
  { additionalProperties: false },
);

export const SaveDraftBody = Type.Object({ content: ItemContent }, { additionalProperties: false });
export const CommentBody = Type.Object({ comment: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false });
export const RejectBody = Type.Object({ comment: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false });
export const WithdrawBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false });

export const DiffQuery = Type.Object({ from: Uuid, to: Uuid }, { additionalProperties: false });
export const Diff = Type.Object({
  from: VersionSummary,
  to: VersionSummary,
  changes: Type.Array(
    Type.Object({
      path: Type.String(),
      label: Type.String(),
      kind: Type.Union([Type.Literal('added'), Type.Literal('removed'), Type.Literal('changed')]),
      before: Type.Unknown(),
      after: Type.Unknown(),
    }),
  ),
});

export const UploadFileBody = Type.Object(
  {
    fileName: Type.String({ minLength: 1, maxLength: 200 }),
    contentBase64: Type.String({ minLength: 4, maxLength: 14_000_000 }),
  },
  { additionalProperties: false },
);

export const ExportQuery = Type.Object(
  {
    format: Type.Union([Type.Literal('json'), Type.Literal('csv')]),
    integration: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9_-]{1,39}$' })),
    versions: Type.Optional(
      Type.Union([Type.Literal('published'), Type.Literal('latest')], {
        description: 'published (default) or the latest version of every item',
      }),
    ),
  },
  { additionalProperties: false },
);

export const ImportBody = Type.Object(
  {
    format: Type.Union([Type.Literal('json'), Type.Literal('csv')]),
    integration: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9_-]{1,39}$' })),
    data: Type.String({ minLength: 1, maxLength: 20_000_000 }),
  },
  { additionalProperties: false },
);
export const ImportResult = Type.Object({
  created: Type.Integer({ description: 'new items (each with a draft version)' }),
  updated: Type.Integer({ description: 'existing items that got a new draft version' }),
  unchanged: Type.Integer({ description: 'rows equal to the item’s latest version' }),
});

export const BundleBody = Type.Object(
  {
    code: Type.String({ pattern: '^[a-z][a-z0-9-]{1,39}$' }),
    name: Type.String({ minLength: 1, maxLength: 100 }),
    audience: Type.Union([Type.Literal('person'), Type.Literal('enterprise')]),
    theme: Nullable(Type.String({ pattern: '^[PE][0-9]{2}$' })),
    description: Type.String({ maxLength: 2000 }),
    itemCodes: Type.Array(Type.String({ pattern: '^[0-9A-Za-z-]{1,40}$' }), { minItems: 2, maxItems: 20, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export const ConsoleBundle = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  audience: Type.Union([Type.Literal('person'), Type.Literal('enterprise')]),
  theme: Nullable(Type.String()),
  description: Type.String(),
  status: Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('withdrawn')]),
  items: Type.Array(Type.Object({ implementationCode: Type.String(), name: Type.String(), published: Type.Boolean() })),
  updatedAt: DateTime,
});

export const CodeMapping = Type.Object({
  integration: Type.String(),
  listKey: Type.String(),
  nationalCode: Type.String(),
  externalCode: Type.String(),
});
export const CodeMappingBody = Type.Object(
  {
    integration: Type.String({ pattern: '^[a-z][a-z0-9_-]{1,39}$' }),
    listKey: Type.String({ minLength: 1, maxLength: 40 }),
    nationalCode: Type.String({ minLength: 1, maxLength: 10 }),
    externalCode: Nullable(Type.String({ minLength: 1, maxLength: 20 })),
  },
  { additionalProperties: false },
);
