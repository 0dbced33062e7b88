/** Schemas of the job routes. */
import { Type } from 'typebox';

const DateTime = Type.String({ format: 'date-time' });
const Status = Type.Union([Type.Literal('pending'), Type.Literal('running'), Type.Literal('done'), Type.Literal('dead')], {
  description: 'pending 待执行 · running 执行中 · done 已完成 · dead 已放弃（重试次数用尽）',
});

export const JobItem = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Type.String({ description: 'handler name, e.g. notification.deliver' }),
  status: Status,
  attempts: Type.Integer({ minimum: 0, description: 'runs started so far' }),
  maxAttempts: Type.Integer({ minimum: 1 }),
  runAt: Type.String({ format: 'date-time', description: 'not before this time (first run or next retry)' }),
  lastError: Type.Union([Type.String(), Type.Null()], { description: 'error of the latest failed attempt' }),
  createdAt: DateTime,
  finishedAt: Type.Union([DateTime, Type.Null()]),
});

export const JobList = Type.Object({ items: Type.Array(JobItem), total: Type.Integer({ minimum: 0 }) });

export const JobQuery = Type.Object(
  {
    status: Type.Optional(Status),
    kind: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 1000000, default: 0 }),
  },
  { additionalProperties: false },
);
