/** Request and response schemas of the application API. */
import { Type, type Static } from 'typebox';
import { Uuid } from '../../http/schemas.js';

const Key = Type.String({ pattern: '^[A-Za-z0-9_.:-]{8,80}$', description: 'idempotency key chosen by the client (e.g. a UUID)' });
const Version = Type.Optional(
  Type.Integer({ minimum: 1, description: 'the version the caller saw; a newer one answers 409 APPLICATION_STALE' }),
);
const Opinion = Type.String({ maxLength: 1000 });
const LocalDate = Type.String({ format: 'date', description: 'YYYY-MM-DD (China time)' });

export const MaterialInput = Type.Object(
  {
    materialKey: Type.String({ minLength: 1, maxLength: 40 }),
    uploadIds: Type.Array(Uuid, { maxItems: 20 }),
    paper: Type.Optional(Type.Boolean({ description: 'counter intake: the paper original was received' })),
    commitment: Type.Optional(
      Type.Boolean({ description: '告知承诺制: a written commitment replaces this material (items with commitmentAllowed)' }),
    ),
  },
  { additionalProperties: false },
);

export const SubmitBody = Type.Object(
  {
    itemCode: Type.String({ minLength: 1, maxLength: 40, description: '实施编码' }),
    formData: Type.Record(Type.String(), Type.Unknown()),
    scenarioAnswers: Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 40 })),
    materials: Type.Array(MaterialInput, { maxItems: 60 }),
    channel: Type.Optional(Type.Union([Type.Literal('2'), Type.Literal('3')], { description: '2 电脑端 3 移动端 (GB/T 39046 A.5)' })),
    submitKey: Key,
    draftId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type SubmitBody = Static<typeof SubmitBody>;

export const CounterIntakeBody = Type.Object(
  {
    itemCode: Type.String({ minLength: 1, maxLength: 40 }),
    applicant: Type.Object(
      {
        kind: Type.Union([Type.Literal('person'), Type.Literal('enterprise')]),
        idNumber: Type.Optional(Type.String({ maxLength: 18 })),
        uscc: Type.Optional(Type.String({ maxLength: 18 })),
        name: Type.String({ minLength: 1, maxLength: 100 }),
        mobile: Type.String({ maxLength: 11 }),
      },
      { additionalProperties: false },
    ),
    formData: Type.Record(Type.String(), Type.Unknown()),
    scenarioAnswers: Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 40 })),
    materials: Type.Array(MaterialInput, { maxItems: 60 }),
    submitKey: Key,
  },
  { additionalProperties: false },
);
export type CounterIntakeBody = Static<typeof CounterIntakeBody>;

export const DraftBody = Type.Object(
  {
    itemCode: Type.String({ minLength: 1, maxLength: 40 }),
    formData: Type.Record(Type.String(), Type.Unknown()),
    scenarioAnswers: Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 40 })),
    materials: Type.Array(MaterialInput, { maxItems: 60 }),
  },
  { additionalProperties: false },
);
export type DraftBody = Static<typeof DraftBody>;

export const TaskActionBody = Type.Object(
  {
    actionKey: Type.String({ minLength: 1, maxLength: 40 }),
    opinion: Type.Optional(Opinion),
    version: Version,
    idempotencyKey: Type.Optional(Key),
  },
  { additionalProperties: false },
);
export const TaskParams = Type.Object({ id: Uuid, taskId: Type.String({ minLength: 1, maxLength: 120 }) }, { additionalProperties: false });
export const NoticeItem = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }), problem: Type.String({ minLength: 1, maxLength: 500 }) },
  { additionalProperties: false },
);
export const CorrectionBody = Type.Object(
  { items: Type.Array(NoticeItem, { minItems: 1, maxItems: 60 }), version: Version },
  { additionalProperties: false },
);
export const ToleranceBody = Type.Object(
  { items: Type.Array(NoticeItem, { minItems: 1, maxItems: 20 }), deadline: LocalDate, commitmentSigned: Type.Boolean(), version: Version },
  { additionalProperties: false },
);
export const SpecialStartBody = Type.Object(
  {
    kindName: Type.String({ minLength: 1, maxLength: 50, description: '听证 / 检验 / 检测 / 检疫 / 鉴定 / 专家评审 / 现场勘查' }),
    reason: Type.String({ minLength: 1, maxLength: 1000 }),
    expectedEnd: Type.Union([LocalDate, Type.Null()]),
    version: Version,
  },
  { additionalProperties: false },
);
export const SpecialEndBody = Type.Object(
  { result: Type.String({ minLength: 1, maxLength: 1000 }), opinion: Type.Union([Opinion, Type.Null()]), version: Version },
  { additionalProperties: false },
);
export const ExtendBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 1000 }), version: Version },
  { additionalProperties: false },
);
export const DeliverBody = Type.Object(
  { method: Type.Union([Type.Literal('electronic'), Type.Literal('window'), Type.Literal('post')]), version: Version },
  { additionalProperties: false },
);
export const WithdrawBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 1000 }), version: Version },
  { additionalProperties: false },
);
export const ResubmitBody = Type.Object(
  {
    formData: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    materials: Type.Array(
      Type.Object(
        { materialKey: Type.String({ maxLength: 40 }), uploadIds: Type.Array(Uuid, { maxItems: 20 }) },
        { additionalProperties: false },
      ),
      {
        maxItems: 60,
      },
    ),
    version: Version,
    idempotencyKey: Type.Optional(Key),
  },
  { additionalProperties: false },
);
export const ProgressQuery = Type.Object(
  { number: Type.String({ pattern: '^[0-9]{6,40}$' }), code: Type.String({ pattern: '^[0-9]{6}$' }) },
  { additionalProperties: false },
);

const Clock = Type.Object({
  dueDate: Type.Union([Type.String(), Type.Null()]),
  remainingDays: Type.Union([Type.Integer(), Type.Null()]),
  level: Type.Union([Type.Literal('normal'), Type.Literal('yellow'), Type.Literal('red'), Type.Literal('paused'), Type.Null()]),
});

export const ApplicationSummary = Type.Object({
  id: Uuid,
  number: Type.String(),
  itemCode: Type.String({ description: '实施编码' }),
  itemName: Type.String(),
  departmentName: Type.String(),
  status: Type.String(),
  statusLabel: Type.String(),
  submittedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  clock: Clock,
});

/** The 一件事 an application was submitted with: its bundle application (progress page) and the bundle's name; null for a plain application. */
const BundleRef = Type.Union([
  Type.Object({
    id: Uuid,
    number: Type.String({ description: '一件事编号' }),
    name: Type.String({ description: '一件事名称 (catalogue)' }),
  }),
  Type.Null(),
]);

/** 我的办件: a summary with the 一件事 it belongs to. */
export const MyApplicationSummary = Type.Object({ ...ApplicationSummary.properties, bundle: BundleRef });

const TimelineEntry = Type.Object({
  at: Type.String({ format: 'date-time' }),
  step: Type.String(),
  department: Type.Union([Type.String(), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
});
const Notice = Type.Object({
  id: Uuid,
  kind: Type.String(),
  title: Type.String(),
  number: Type.String(),
  issuedAt: Type.String({ format: 'date-time' }),
});
const Task = Type.Object({
  taskId: Type.String(),
  nodeId: Type.String(),
  name: Type.String(),
  phase: Type.String(),
  role: Type.String(),
  status: Type.String(),
  departmentName: Type.String(),
  dueDate: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  actionKey: Type.Union([Type.String(), Type.Null()]),
  opinion: Type.Union([Type.String(), Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]),
  claimedBy: Type.Union([Uuid, Type.Null()]),
});
const Material = Type.Object({
  id: Uuid,
  materialKey: Type.String(),
  name: Type.String(),
  provision: Type.String(),
  uploadId: Type.Union([Uuid, Type.Null()]),
  fileName: Type.Union([Type.String(), Type.Null()]),
  mediaType: Type.Union([Type.String(), Type.Null()]),
  sizeBytes: Type.Union([Type.Integer(), Type.Null()]),
  sha256: Type.Union([Type.String(), Type.Null()]),
});
const Allowed = Type.Object({
  actions: Type.Array(Type.String()),
  tasks: Type.Array(
    Type.Object({
      taskId: Type.String(),
      actionKey: Type.String(),
      kind: Type.String(),
      label: Type.String(),
      opinionRequired: Type.Boolean(),
    }),
  ),
});

export const ApplicationDetail = Type.Object({
  ...ApplicationSummary.properties,
  bundle: BundleRef,
  itemCode: Type.String(),
  itemId: Uuid,
  queryCode: Type.String(),
  channel: Type.String(),
  applicantName: Type.String(),
  version: Type.Integer(),
  acceptanceDocNo: Type.Union([Type.String(), Type.Null()]),
  acceptedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  decision: Type.Union([Type.String(), Type.Null()]),
  decidedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  completedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  deliveredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  promisedDueDate: Type.Union([Type.String(), Type.Null()], { description: '承诺办结日 (set on acceptance)' }),
  legalDueDate: Type.Union([Type.String(), Type.Null()]),
  acceptanceDueDate: Type.Union([Type.String(), Type.Null()]),
  deliveryDueDate: Type.Union([Type.String(), Type.Null()]),
  extensionDays: Type.Integer(),
  pausedDays: Type.Integer(),
  tolerance: Type.Unknown(),
  timeline: Type.Array(TimelineEntry),
  notices: Type.Array(Notice),
  materials: Type.Array(Material),
  tasks: Type.Array(Task),
  allowed: Allowed,
  formData: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  scenarioAnswers: Type.Record(Type.String(), Type.String()),
  definitionId: Type.Union([Uuid, Type.Null()]),
  calendarWarning: Type.Union([Type.String(), Type.Null()]),
});
export type ApplicationDetail = Static<typeof ApplicationDetail>;

export const PublicProgress = Type.Object({
  number: Type.String(),
  itemName: Type.String(),
  departmentName: Type.String(),
  status: Type.String(),
  statusLabel: Type.String(),
  clock: Clock,
  timeline: Type.Array(TimelineEntry),
});

export const InboxEntry = Type.Object({
  applicationId: Uuid,
  number: Type.String(),
  itemName: Type.String(),
  applicantName: Type.String(),
  status: Type.String(),
  statusLabel: Type.String(),
  channel: Type.String(),
  taskId: Type.String(),
  taskName: Type.String(),
  phase: Type.String(),
  claimedBy: Type.Union([Uuid, Type.Null()]),
  version: Type.Integer(),
  clock: Clock,
  applicationClock: Clock,
});
