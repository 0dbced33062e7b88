/**
 * Ready-made definitions for the usual administrative licensing flow (行政许可一般程序):
 * 受理 → 审查 → [征求意见/会签] → 决定 → 办结, or the on-the-spot flow for 即办件.
 * Default limits come from 《中华人民共和国行政许可法》: 第三十二条 (五日内决定是否受理/一次告知补正),
 * 第四十二条 (二十日内作出决定), 第四十四条 (十日内颁发、送达许可证件).
 */
import type { Node, ProcessDefinition, TaskAction, TaskNode } from './definition.js';

export interface StandardDefinitionOptions {
  name: string;
  /** Role of the acceptance task; default window_clerk. */
  acceptRole?: string;
  /** Working days for the review task; default 10. */
  reviewLimit?: number;
  /** Working days for the decision task; default 20 (第四十二条). */
  decisionLimit?: number;
  /** Add the 办结 task (送达/发证); default true. */
  withCompletion?: boolean;
  /** Department ids asked for their opinion in parallel (会签); all must agree. */
  jointDepartments?: string[];
  /** 即办件: accepted and decided on the spot at the window. */
  instant?: boolean;
}

const act = (key: string, kind: TaskAction['kind'], label: string, opinionRequired: boolean, target?: string): TaskAction =>
  target === undefined ? { key, kind, label, opinionRequired } : { key, kind, label, opinionRequired, target };

const task = (t: Omit<TaskNode, 'type' | 'departments'> & Partial<Pick<TaskNode, 'departments'>>): TaskNode => ({
  type: 'task',
  departments: [{ kind: 'owner' }],
  ...t,
});

export function standardDefinition(opts: StandardDefinitionOptions): ProcessDefinition {
  const children: Node[] = [
    task({
      id: 'acceptance',
      name: '受理',
      phase: 'acceptance',
      role: opts.acceptRole ?? 'window_clerk',
      limitDays: opts.instant ? 0 : 5,
      actions: [act('accept', 'accept', '受理', false), act('refuse', 'refuse', '不予受理', true)],
    }),
  ];
  if (opts.instant) {
    children.push(
      task({
        id: 'decision',
        name: '当场决定',
        phase: 'decision',
        role: opts.acceptRole ?? 'window_clerk',
        limitDays: 0,
        actions: [act('grant', 'grant', '准予许可', false), act('deny', 'deny', '不予许可', true)],
      }),
    );
  } else {
    children.push(
      task({
        id: 'review',
        name: '审查',
        phase: 'review',
        role: 'reviewer',
        limitDays: opts.reviewLimit ?? 10,
        actions: [act('pass', 'pass', '审查通过', false), act('return', 'return', '退回受理', true, 'acceptance')],
      }),
    );
    children.push(...decisionBlock(opts));
  }
  children.push({
    type: 'automatic',
    id: 'notify_decision',
    name: '告知决定',
    operation: { kind: 'notify', template: 'decision_made', to: 'applicant' },
  });
  if (opts.withCompletion ?? true) {
    children.push(
      task({
        id: 'completion',
        name: '办结',
        phase: 'completion',
        role: 'window_clerk',
        limitDays: opts.instant ? 0 : 10,
        actions: [act('complete', 'complete', '办结', false)],
      }),
    );
  }
  return { schemaVersion: 1, name: opts.name, root: { type: 'sequence', id: 'main', children } };
}

function decisionBlock(opts: StandardDefinitionOptions): Node[] {
  const limitDays = opts.decisionLimit ?? 20;
  const decision = task({
    id: 'decision',
    name: '决定',
    phase: 'decision',
    role: 'department_head',
    limitDays,
    actions: [
      act('grant', 'grant', '准予许可', false),
      act('deny', 'deny', '不予许可', true),
      act('return', 'return', '退回审查', true, 'review'),
    ],
  });
  const joint = opts.jointDepartments ?? [];
  if (joint.length === 0) return [decision];
  return [
    {
      type: 'parallel',
      id: 'joint_review',
      name: '征求意见（会签）',
      branches: joint.map((departmentId, i) =>
        task({
          id: `joint_review_${i + 1}`,
          name: '会签',
          phase: 'review',
          role: 'reviewer',
          departments: [{ kind: 'department', departmentId }],
          limitDays: 5,
          actions: [act('agree', 'pass', '同意', false), act('object', 'reject', '不同意', true)],
        }),
      ),
      join: { policy: 'all' },
      resultVariable: 'jointApproved',
    },
    {
      type: 'exclusive',
      id: 'joint_outcome',
      name: '会签结果',
      branches: [
        {
          id: 'joint_objected',
          name: '会签未通过',
          condition: 'jointApproved = false',
          // With an objection the head may only deny, or send the file back for another review.
          body: task({
            id: 'decision_objected',
            name: '决定（会签未通过）',
            phase: 'decision',
            role: 'department_head',
            limitDays,
            actions: [act('deny', 'deny', '不予许可', true), act('return', 'return', '退回审查', true, 'review')],
          }),
        },
      ],
      otherwise: decision,
    },
  ];
}
