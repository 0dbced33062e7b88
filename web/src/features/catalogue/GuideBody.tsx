/**
 * The sections of a guide (一次告知), in order, shared by the guide page and its print layout. On screen the
 * 办理情形 answers narrow the materials; on paper every material is listed with the 情形 it applies to.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ContactInfo } from './ContactInfo';
import { FaqList } from './FaqList';
import { FeesList } from './FeesList';
import { GuideSection, GuideText } from './GuideSection';
import { MaterialsSection } from './MaterialsSection';
import { MoreInfo } from './MoreInfo';
import { PlaceAndHours } from './PlaceAndHours';
import { PrintMaterialsTable } from './PrintMaterialsTable';
import { PrintScenarios } from './PrintScenarios';
import { ProcessSteps } from './ProcessSteps';
import { ResultInfo } from './ResultInfo';
import { materialsFor, type Answers } from './scenario-filter';
import { ScenarioPicker } from './ScenarioPicker';
import type { Guide } from './types';

export type SectionId =
  'conditions' | 'scenarios' | 'materials' | 'process' | 'fees' | 'basis' | 'place' | 'contact' | 'faqs' | 'result' | 'bundles' | 'more';

/** The sections this guide has (办理情形, 常见问题 and 一件事 only when there are some). */
export function sectionsOf(guide: Guide): SectionId[] {
  const c = guide.content;
  return [
    'conditions',
    ...(c.scenarios.length ? (['scenarios'] as const) : []),
    'materials',
    'process',
    'fees',
    'basis',
    'place',
    'contact',
    ...(c.faqs.length ? (['faqs'] as const) : []),
    'result',
    ...(guide.bundles.length ? (['bundles'] as const) : []),
    'more',
  ];
}

export const sectionAnchor = (id: SectionId) => `guide-${id}`;

type Props = { guide: Guide } & ({ print: true } | { print?: false; answers: Answers; onAnswers: (answers: Answers) => void });

export function GuideBody(props: Props) {
  const { t } = useTranslation();
  const { guide } = props;
  const c = guide.content;
  const answers = props.print ? {} : props.answers;
  const materials = materialsFor(c.materials, answers);
  const answered = c.scenarios.some((s) => answers[s.key] !== undefined);

  const body: Record<SectionId, () => ReactNode> = {
    conditions: () => <GuideText text={c.acceptanceConditions} empty={t('catalogue.none')} />,
    scenarios: () =>
      props.print ? (
        <PrintScenarios scenarios={c.scenarios} limitUnit={c.limitUnit} />
      ) : (
        <ScenarioPicker scenarios={c.scenarios} limitUnit={c.limitUnit} answers={props.answers} onChange={props.onAnswers} />
      ),
    materials: () =>
      props.print ? (
        <PrintMaterialsTable materials={c.materials} scenarios={c.scenarios} files={guide.files} />
      ) : (
        <MaterialsSection
          materials={materials}
          total={c.materials.length}
          answered={answered}
          scenarios={c.scenarios}
          files={guide.files}
        />
      ),
    process: () => <ProcessSteps content={c} />,
    fees: () => <FeesList content={c} />,
    basis: () => <GuideText text={c.legalBasis} empty={t('catalogue.none')} />,
    place: () => <PlaceAndHours content={c} hall={guide.hall} />,
    contact: () => <ContactInfo content={c} />,
    faqs: () => <FaqList faqs={c.faqs} print={props.print} />,
    result: () => <ResultInfo content={c} files={guide.files} />,
    bundles: () => (
      <ul className="guide-bundles">
        {guide.bundles.map((b) => (
          <li key={b.code}>
            <Link to={`/bundles/${encodeURIComponent(b.code)}`}>{b.name}</Link>
          </li>
        ))}
      </ul>
    ),
    more: () => <MoreInfo guide={guide} />,
  };

  return (
    <>
      {sectionsOf(guide).map((id) => (
        <GuideSection key={id} id={sectionAnchor(id)} title={t(`catalogue.sections.guide.${id}`)}>
          {body[id]()}
        </GuideSection>
      ))}
    </>
  );
}
