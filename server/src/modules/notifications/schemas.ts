/** Schemas of the notification routes. */
import { Type } from 'typebox';

const DateTime = Type.String({ format: 'date-time' });

export const Message = Type.Object({
  id: Type.String({ format: 'uuid' }),
  title: Type.String(),
  body: Type.String(),
  createdAt: DateTime,
  readAt: Type.Union([DateTime, Type.Null()], { description: 'null = unread 未读' }),
});

export const MessageList = Type.Object({
  items: Type.Array(Message, { description: 'newest first' }),
  unread: Type.Integer({ minimum: 0, description: 'unread messages in total (not only on this page)' }),
  total: Type.Integer({ minimum: 0 }),
});

export const MessageQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 1000000, default: 0 }),
  },
  { additionalProperties: false },
);

export const OutboxItem = Type.Object({
  id: Type.String({ format: 'uuid' }),
  channel: Type.Union([Type.Literal('sms'), Type.Literal('email')]),
  recipient: Type.String({ description: 'e-mail address, or the masked mobile number (138****5678)' }),
  subject: Type.Union([Type.String(), Type.Null()], { description: 'e-mail only' }),
  body: Type.String(),
  createdAt: DateTime,
});

export const Outbox = Type.Object({
  items: Type.Array(OutboxItem, { description: 'newest first' }),
  total: Type.Integer({ minimum: 0 }),
  adapters: Type.Object(
    { mailer: Type.String(), sms: Type.String() },
    { description: 'the adapters this instance uses; development adapters put messages here instead of sending them' },
  ),
});
