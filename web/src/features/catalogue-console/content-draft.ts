/**
 * The item editor's values: the whole ItemContent, except that the choices a new item must make itself
 * (事项类型, 行使层级 …) may still be empty. Pure helpers: the empty content of a new item, new list
 * entries with generated keys (m1, m2 …), the content to send (every field present, empty choices refused),
 * and a key-order-free comparison to tell unsaved changes.
 */
import type { Faq, Fee, ItemContent, Material, ProcessStep, Scenario, ScenarioOption } from './types';

/** Fields a new item starts without: the editor requires them before saving. */
export const CHOICE_FIELDS = [
  'itemType',
  'exerciseLevel',
  'powerSource',
  'subjectNature',
  'caseType',
  'resultType',
  'promisedLimitDays',
] as const;
type ChoiceField = (typeof CHOICE_FIELDS)[number];

export type ContentDraft = Omit<ItemContent, ChoiceField> & { [K in ChoiceField]?: ItemContent[K] | null };

export function emptyContent(): ContentDraft {
  return {
    name: '',
    aliases: [],
    basicCode: '',
    legalBasis: '',
    entrustedBody: '',
    audiences: [],
    handlingForms: [],
    limitUnit: 'working_day',
    legalLimitDays: null,
    legalLimitExplanation: '',
    promisedLimitExplanation: '',
    acceptanceConditions: '',
    processSteps: [],
    specialProcedure: '',
    quantityLimit: '',
    intermediaryServices: '',
    resultName: '',
    resultSampleFileId: null,
    hallId: null,
    address: '',
    hours: '',
    consultMethods: [],
    consultPhone: '',
    complaintPhone: '',
    visits: 1,
    visitsReason: '',
    onlineLevel: 0,
    onlineDepth: [],
    isOnline: false,
    onlineUrl: '',
    supportsAppointment: false,
    supportsExpress: false,
    supportsOnlinePayment: false,
    serviceScope: null,
    jointDepartments: '',
    personThemes: [],
    enterpriseThemes: [],
    charged: false,
    fees: [],
    materials: [],
    scenarios: [],
    faqs: [],
  };
}

/** The next free key with this prefix: m1, m2 … (skipping keys already used, whatever their form). */
export function nextKey(prefix: string, used: ReadonlyArray<string | undefined>): string {
  const taken = new Set(used);
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

export function emptyMaterial(key: string): Material {
  return {
    key,
    name: '',
    kind: '1',
    format: '1',
    originalCopies: 1,
    photocopyCopies: 0,
    paperSpec: 'A4',
    required: true,
    sourceChannel: '1',
    issuedBy: '',
    legalBasis: '',
    fillingNotes: '',
    acceptanceStandard: '',
    blankFormFileId: null,
    sampleFileId: null,
    replacedBy: null,
    appliesWhen: [],
  };
}

export function emptyOption(key: string): ScenarioOption {
  return { key, label: '', promisedLimitDays: null, note: '' };
}

export function emptyScenario(key: string): Scenario {
  return { key, question: '', options: [emptyOption('o1'), emptyOption('o2')] };
}

export const emptyFee = (): Fee => ({ name: '', standard: '', basis: '', reductions: '' });
export const emptyStep = (): ProcessStep => ({ name: '', description: '', timeLimit: '' });
export const emptyFaq = (): Faq => ({ question: '', answer: '' });

type Loose<T> = { [K in keyof T]?: T[K] | null };

/** Fill what a form left undefined (a cleared select, a never-rendered field) from the defaults. */
function withDefaults<T extends object>(defaults: T, values: Loose<T> | undefined | null): T {
  const out = { ...defaults };
  if (!values) return out;
  for (const key of Object.keys(defaults) as Array<keyof T>) {
    const v = values[key];
    if (v !== undefined && (v !== null || defaults[key] === null)) out[key] = v as T[keyof T];
  }
  return out;
}

const list = <T>(values: ReadonlyArray<T | undefined> | null | undefined): T[] =>
  (values ?? []).filter((v): v is T => v !== undefined && v !== null);

/** The form's values as a draft with every field present (lists and list entries completed too). */
export function normalizeDraft(values: Loose<ContentDraft> | undefined): ContentDraft {
  const draft = withDefaults(emptyContent(), values);
  for (const field of CHOICE_FIELDS) {
    const v = values?.[field];
    if (v !== undefined && v !== null) (draft as Record<string, unknown>)[field] = v;
  }
  return {
    ...draft,
    aliases: list(draft.aliases)
      .map((a) => a.trim())
      .filter((a) => a !== ''),
    processSteps: list(draft.processSteps).map((s) => withDefaults(emptyStep(), s)),
    fees: list(draft.fees).map((f) => withDefaults(emptyFee(), f)),
    faqs: list(draft.faqs).map((f) => withDefaults(emptyFaq(), f)),
    materials: list(draft.materials).map((m) => {
      const material = withDefaults(emptyMaterial(m.key ?? ''), m);
      return { ...material, appliesWhen: list(material.appliesWhen).filter((c) => c.scenario && c.options?.length) };
    }),
    scenarios: list(draft.scenarios).map((s) => {
      const scenario = withDefaults(emptyScenario(s.key ?? ''), s);
      return { ...scenario, options: list(scenario.options).map((o) => withDefaults(emptyOption(o.key ?? ''), o)) };
    }),
  };
}

/** The choice fields still empty (the editor's required rules normally catch them first). */
export function missingChoices(draft: ContentDraft): ChoiceField[] {
  return CHOICE_FIELDS.filter((f) => draft[f] === undefined || draft[f] === null);
}

/** The content to send, or null while a required choice is empty. */
export function toContent(values: Loose<ContentDraft> | undefined): ItemContent | null {
  const draft = normalizeDraft(values);
  if (missingChoices(draft).length > 0) return null;
  return draft as ItemContent;
}

/** JSON with object keys sorted, so two contents compare equal whatever order the server stored them in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export const sameContent = (a: unknown, b: unknown): boolean => stableJson(a) === stableJson(b);
