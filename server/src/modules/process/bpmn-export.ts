/**
 * Exports a process definition as BPMN 2.0 XML (for review in any BPMN modeller; not executed).
 * Blocks map to: task → userTask (role, departments, limit in documentation and ow:task extension),
 * exclusive → exclusiveGateway split/merge with FEEL conditionExpressions (otherwise = default flow),
 * parallel → parallelGateway split/join (join policy in documentation), automatic → serviceTask,
 * copy_to → sendTask. Refuse goes to its own endEvent; return is a conditional flow back to its target.
 */
import type { DepartmentRef, Node, ProcessDefinition, TaskNode } from './definition.js';
import { FEEL_LANGUAGE } from './feel.js';

const BPMN_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const ONEWINDOW_BPMN_NS = 'https://onewindow.local/schema/bpmn';

const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const describeDepartment = (d: DepartmentRef) => (d.kind === 'owner' ? '实施主体部门' : `部门 ${d.departmentId}`);

class BpmnWriter {
  readonly elements: string[] = [];
  readonly flows: string[] = [];
  private flowCount = 0;
  private readonly ids = new Map<string, string>();
  private readonly used = new Set<string>(['_start', '_end', '_end_refused']);
  private refusedEnd = false;
  /** Task id → reserved id of its default (unconditional) outgoing flow. */
  private readonly defaults = new Map<string, string>();

  constructor(private readonly def: ProcessDefinition) {}

  /** An XML-safe (NCName), unique element id for a definition id. */
  id(raw: string): string {
    const known = this.ids.get(raw);
    if (known) return known;
    let id = NCNAME.test(raw) ? raw : `n_${raw.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
    while (this.used.has(id)) id = `${id}_`;
    this.used.add(id);
    this.ids.set(raw, id);
    return id;
  }

  flow(from: string, to: string, opts: { name?: string; condition?: string } = {}): string {
    const reserved = opts.condition === undefined ? this.defaults.get(from) : undefined;
    if (reserved) this.defaults.delete(from);
    const id = reserved ?? `_flow_${++this.flowCount}`;
    const name = opts.name ? ` name="${escapeXml(opts.name)}"` : '';
    const head = `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}"${name}`;
    this.flows.push(
      opts.condition === undefined
        ? `${head} />`
        : `${head}>\n      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="${FEEL_LANGUAGE}">${escapeXml(opts.condition)}</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>`,
    );
    return id;
  }

  element(tag: string, id: string, name: string, docs: string, extra = '', attrs = ''): void {
    const doc = docs ? `\n      <bpmn:documentation>${escapeXml(docs)}</bpmn:documentation>` : '';
    this.elements.push(`<bpmn:${tag} id="${id}" name="${escapeXml(name)}"${attrs}>${doc}${extra}\n    </bpmn:${tag}>`);
  }

  /** Writes a block; returns its entry and exit element ids. */
  block(node: Node): { entry: string; exit: string } {
    const id = this.id(node.id);
    switch (node.type) {
      case 'task':
        return this.task(node, id);
      case 'sequence': {
        const parts = node.children.map((c) => this.block(c));
        parts.slice(1).forEach((p, i) => this.flow(parts[i]!.exit, p.entry));
        return { entry: parts[0]!.entry, exit: parts[parts.length - 1]!.exit };
      }
      case 'exclusive': {
        const split = this.id(`${node.id}__split`);
        const merge = this.id(`${node.id}__merge`);
        node.branches.forEach((b) => {
          const body = this.block(b.body);
          this.flow(split, body.entry, { name: b.name, condition: b.condition });
          this.flow(body.exit, merge);
        });
        const other = node.otherwise ? this.block(node.otherwise) : null;
        const defaultFlow = this.flow(split, other ? other.entry : merge, { name: '其他情形' });
        if (other) this.flow(other.exit, merge);
        this.element('exclusiveGateway', split, node.name, '', '', ` default="${defaultFlow}"`);
        this.element('exclusiveGateway', merge, `${node.name}（汇合）`, '');
        return { entry: split, exit: merge };
      }
      case 'parallel': {
        const split = this.id(`${node.id}__split`);
        const join = this.id(`${node.id}__join`);
        const policy =
          node.join.policy === 'all' ? '全部同意' : node.join.policy === 'any' ? '任一同意' : `同意比例不低于 ${node.join.ratio}`;
        for (const b of node.branches) {
          const body = this.block(b);
          this.flow(split, body.entry);
          this.flow(body.exit, join);
        }
        this.element('parallelGateway', split, node.name, '');
        this.element('parallelGateway', join, `${node.name}（汇聚）`, `汇聚规则：${policy}；结果写入变量 ${node.resultVariable}`);
        return { entry: split, exit: join };
      }
      case 'automatic': {
        const op = node.operation;
        const docs =
          op.kind === 'compute'
            ? `自动计算：${op.assignments.map((a) => `${a.variable} := ${a.expression}`).join('；')}`
            : `自动通知（${op.to === 'applicant' ? '申请人' : '经办人'}）：模板 ${op.template}`;
        this.element('serviceTask', id, node.name, docs);
        return { entry: id, exit: id };
      }
      case 'copy_to':
        this.element(
          'sendTask',
          id,
          node.name,
          `抄送：角色 ${node.roles.join('、') || '无'}；${node.departments.map(describeDepartment).join('、') || '无部门'}。${node.note}`,
        );
        return { entry: id, exit: id };
    }
  }

  private task(node: TaskNode, id: string): { entry: string; exit: string } {
    const docs = `环节：${node.phase}；角色：${node.role}；办理部门：${node.departments.map(describeDepartment).join('、')}；时限：${node.limitDays} 个工作日；操作：${node.actions.map((a) => a.label).join('、')}`;
    const departments = node.departments
      .map((d) =>
        d.kind === 'owner'
          ? '<ow:department kind="owner" />'
          : `<ow:department kind="department" departmentId="${escapeXml(d.departmentId)}" />`,
      )
      .join('');
    const ext = `\n      <bpmn:extensionElements>\n        <ow:task phase="${node.phase}" role="${escapeXml(node.role)}" limitDays="${node.limitDays}">${departments}</ow:task>\n      </bpmn:extensionElements>`;
    let attrs = '';
    for (const a of node.actions) {
      if (a.kind === 'refuse') {
        this.refusedEnd = true;
        this.flow(id, '_end_refused', { name: a.label, condition: `action = "${a.key}"` });
      } else if (a.kind === 'return' && a.target) {
        this.flow(id, this.id(a.target), { name: a.label, condition: `action = "${a.key}"` });
      }
    }
    if (node.actions.some((a) => a.kind === 'refuse' || a.kind === 'return')) attrs = ` default="${this.pendingDefault(id)}"`;
    this.element('userTask', id, node.name, docs, ext, attrs);
    return { entry: id, exit: id };
  }

  /** Reserves the id of the normal outgoing flow of a task with conditional exits (written by the parent). */
  private pendingDefault(taskId: string): string {
    const id = `_default_${taskId}`;
    this.defaults.set(taskId, id);
    return id;
  }

  write(): string {
    const body = this.block(this.def.root);
    this.flow('_start', body.entry);
    this.flow(body.exit, '_end');
    const events = [
      `<bpmn:startEvent id="_start" name="申请提交" />`,
      `<bpmn:endEvent id="_end" name="办结" />`,
      ...(this.refusedEnd ? [`<bpmn:endEvent id="_end_refused" name="不予受理" />`] : []),
    ];
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<bpmn:definitions xmlns:bpmn="${BPMN_NS}" xmlns:xsi="${XSI_NS}" xmlns:ow="${ONEWINDOW_BPMN_NS}" id="Definitions_1" targetNamespace="${ONEWINDOW_BPMN_NS}/process" expressionLanguage="${FEEL_LANGUAGE}">`,
      `  <bpmn:process id="Process_1" name="${escapeXml(this.def.name)}" isExecutable="false">`,
      ...[...events, ...this.elements, ...this.flows].map((x) => `    ${x}`),
      '  </bpmn:process>',
      '</bpmn:definitions>',
      '',
    ].join('\n');
  }
}

/** BPMN 2.0 XML of a (valid) process definition. */
export function toBpmnXml(def: ProcessDefinition): string {
  return new BpmnWriter(def).write();
}
