/**
 * 办理情形 → 申请材料: which materials a person needs for their answers to the guide's scenario questions.
 * A material applies when, for every one of its conditions, the scenario is still unanswered or the answer
 * is one of the condition's options (the same rule as the server's `materialsFor`). Pure, unit-tested.
 */

export interface ConditionLike {
  scenario: string;
  options: readonly string[];
}
export interface MaterialLike {
  appliesWhen: readonly ConditionLike[];
}
export interface OptionLike {
  key: string;
  label: string;
  promisedLimitDays: number | null;
  note: string;
}
export interface ScenarioLike {
  key: string;
  question: string;
  options: readonly OptionLike[];
}

/** scenario key → chosen option key; a scenario that is not in here is unanswered. */
export type Answers = Readonly<Record<string, string>>;

export function materialApplies(material: MaterialLike, answers: Answers): boolean {
  return material.appliesWhen.every((c) => {
    const answer = answers[c.scenario];
    return answer === undefined || c.options.includes(answer);
  });
}

export function materialsFor<M extends MaterialLike>(materials: readonly M[], answers: Answers): M[] {
  return materials.filter((m) => materialApplies(m, answers));
}

/** The chosen option of each answered scenario, in the guide's order (unknown keys are ignored). */
export function chosenOptions<S extends ScenarioLike>(
  scenarios: readonly S[],
  answers: Answers,
): Array<{ scenario: S; option: S['options'][number] }> {
  const out: Array<{ scenario: S; option: S['options'][number] }> = [];
  for (const scenario of scenarios) {
    const option = scenario.options.find((o) => o.key === answers[scenario.key]);
    if (option) out.push({ scenario, option });
  }
  return out;
}

/**
 * The promised limit for these answers: an answered option's own limit replaces the item's; when several
 * answers carry one, the longest holds (the work is done once, so the slowest part decides).
 */
export function promisedDaysFor(itemDays: number, scenarios: readonly ScenarioLike[], answers: Answers): number {
  const overrides = chosenOptions(scenarios, answers)
    .map(({ option }) => option.promisedLimitDays)
    .filter((d): d is number => d !== null);
  return overrides.length ? Math.max(...overrides) : itemDays;
}

/** A material's conditions in words: [{ question, options: [labels] }] (keys that are not found stay as keys). */
export function conditionsInWords(
  material: MaterialLike,
  scenarios: readonly ScenarioLike[],
): Array<{ question: string; options: string[] }> {
  return material.appliesWhen.map((c) => {
    const scenario = scenarios.find((s) => s.key === c.scenario);
    return {
      question: scenario?.question ?? c.scenario,
      options: c.options.map((key) => scenario?.options.find((o) => o.key === key)?.label ?? key),
    };
  });
}
