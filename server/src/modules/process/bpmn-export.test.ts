import { describe, expect, it } from 'vitest';
import { toBpmnXml } from './bpmn-export.js';
import type { ProcessDefinition } from './definition.js';
import { FEEL_LANGUAGE } from './feel.js';
import { standardDefinition } from './standard-definition.js';
import { action, decisionTask, definition, parallel, task } from './test-definitions.js';

interface El {
  $type: string;
  id: string;
  name?: string;
  sourceRef?: El;
  targetRef?: El;
  default?: El;
  conditionExpression?: { body: string; language: string };
  documentation?: { text: string }[];
  extensionElements?: { values: { $type: string; $attrs?: Record<string, string>; phase?: string }[] };
  flowElements?: El[];
}
interface Parsed {
  rootElement: { $type: string; rootElements: El[] };
  warnings: { message: string }[];
}
type Moddle = new () => { fromXML(xml: string): Promise<Parsed> };

async function parse(def: ProcessDefinition): Promise<{ process: El; elements: El[]; warnings: Parsed['warnings'] }> {
  const specifier = 'bpmn-moddle'; // a dev-only test dependency without type declarations
  const { BpmnModdle } = (await import(specifier)) as { BpmnModdle: Moddle };
  const { rootElement, warnings } = await new BpmnModdle().fromXML(toBpmnXml(def));
  expect(rootElement.$type).toBe('bpmn:Definitions');
  const process = rootElement.rootElements[0]!;
  return { process, elements: process.flowElements ?? [], warnings };
}
const count = (elements: El[], type: string) => elements.filter((e) => e.$type === type).length;
const flows = (elements: El[]) => elements.filter((e) => e.$type === 'bpmn:SequenceFlow');

/** Every flow node is reachable from the start event and every non-end node has a way out. */
function checkGraph(elements: El[]): void {
  const nodes = elements.filter((e) => e.$type !== 'bpmn:SequenceFlow');
  const out = new Map<string, string[]>();
  for (const f of flows(elements)) out.set(f.sourceRef!.id, [...(out.get(f.sourceRef!.id) ?? []), f.targetRef!.id]);
  const seen = new Set<string>(['_start']);
  const queue = ['_start'];
  while (queue.length > 0) {
    for (const next of out.get(queue.shift()!) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  expect(nodes.map((n) => n.id).filter((id) => !seen.has(id))).toEqual([]);
  expect(nodes.filter((n) => n.$type !== 'bpmn:EndEvent' && !out.has(n.id)).map((n) => n.id)).toEqual([]);
}

describe('toBpmnXml', () => {
  it('exports the standard flow with joint review as parseable BPMN 2.0', async () => {
    const def = standardDefinition({
      name: '食品经营许可 <新办>',
      jointDepartments: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'],
    });
    const { process, elements, warnings } = await parse(def);
    expect(warnings).toEqual([]);
    expect(process).toMatchObject({ $type: 'bpmn:Process', name: '食品经营许可 <新办>' });
    expect(count(elements, 'bpmn:StartEvent')).toBe(1);
    expect(count(elements, 'bpmn:EndEvent')).toBe(2); // 办结 and 不予受理
    expect(count(elements, 'bpmn:UserTask')).toBe(7); // 受理 审查 会签×2 决定×2 办结
    expect(count(elements, 'bpmn:ParallelGateway')).toBe(2);
    expect(count(elements, 'bpmn:ExclusiveGateway')).toBe(2);
    expect(count(elements, 'bpmn:ServiceTask')).toBe(1);
    checkGraph(elements);
  });

  it('writes FEEL conditions, default flows, refusal and return flows', async () => {
    const def = standardDefinition({ name: '退回', jointDepartments: ['00000000-0000-4000-8000-000000000001'] });
    const { elements } = await parse(def);
    const conditional = flows(elements).filter((f) => f.conditionExpression);
    expect(conditional.every((f) => f.conditionExpression!.language === FEEL_LANGUAGE)).toBe(true);
    const split = elements.find((e) => e.id === 'joint_outcome__split')!;
    expect(conditional.find((f) => f.sourceRef!.id === split.id)!.conditionExpression!.body).toBe('jointApproved = false');
    expect(split.default!.targetRef!.id).toBe('decision');
    const refusal = conditional.find((f) => f.targetRef!.id === '_end_refused')!;
    expect(refusal).toMatchObject({
      name: '不予受理',
      sourceRef: { id: 'acceptance' },
      conditionExpression: { body: 'action = "refuse"' },
    });
    const back = conditional.filter((f) => f.targetRef!.id === 'review').map((f) => f.sourceRef!.id);
    expect(back.sort()).toEqual(['decision', 'decision_objected']);
    expect(elements.find((e) => e.id === 'review')!.default!.targetRef!.id).toBe('joint_review__split');
  });

  it('describes role, departments and limit of each user task', async () => {
    const { elements } = await parse(standardDefinition({ name: '说明' }));
    const review = elements.find((e) => e.id === 'review')!;
    expect(review.documentation![0]!.text).toContain('角色：reviewer');
    expect(review.documentation![0]!.text).toContain('时限：10 个工作日');
    const ext = review.extensionElements!.values[0]!;
    expect(ext.$type).toBe('ow:task');
    expect(ext.$attrs ?? ext).toMatchObject({ phase: 'review', role: 'reviewer', limitDays: '10' });
  });

  it('turns any id into a unique XML id and exports automatic and copy-to steps', async () => {
    const def = definition(
      task('1 审查', ['pass', 'reject'], [{ kind: 'owner' }, { kind: 'department', departmentId: 'd' }]),
      { type: 'copy_to', id: 'cc', name: '抄送 & 备案', roles: ['supervisor'], departments: [], note: '"注意"' },
      {
        type: 'automatic',
        id: 'calc',
        name: '计算',
        operation: { kind: 'compute', assignments: [{ variable: 'fee', expression: 'a < b' }] },
      },
      parallel('p', 'ratio', [task('v1', ['pass', 'reject']), task('v2', ['pass', 'reject', action('return', 'v2')])], 0.5),
      decisionTask(),
    );
    const { elements, warnings } = await parse(def);
    expect(warnings).toEqual([]);
    expect(elements.some((e) => e.id === 'n_1___') && elements.find((e) => e.id === 'n_1___')!.name).toBe('环节 1 审查');
    expect(elements.find((e) => e.id === 'cc')).toMatchObject({ $type: 'bpmn:SendTask', name: '抄送 & 备案' });
    expect(elements.find((e) => e.id === 'calc')!.documentation![0]!.text).toBe('自动计算：fee := a < b');
    expect(elements.find((e) => e.id === 'p__join')!.documentation![0]!.text).toContain('同意比例不低于 0.5');
    checkGraph(elements);
  });
});
