import type { Translate } from '../../i18n/strings';
import type { LayoutWords } from './report-docx';
import type { ReportWords } from './report';
import type { RollupWords } from './rollup';

/** The words the report and roll-up pages' scripts need, taken from the strings once at build time. */
export interface ResultsWords {
  report: ReportWords;
  layout: LayoutWords;
  rollup: RollupWords & Record<string, string>;
  totals: string;
  ready: string;
  fix: string;
  source: string;
  remove: string;
  replyType: string;
}

export function resultsWords(t: Translate): ResultsWords {
  const raw = t.raw;
  return {
    report: {
      labels: {
        parent: raw('report.label.parent'),
        unit: raw('report.label.unit'),
        number: raw('report.label.number'),
        place: raw('report.label.place'),
        date: raw('report.label.date'),
        recipient: raw('report.label.recipient'),
        reply: raw('report.label.reply'),
        signer: raw('report.label.signer'),
        capacity: raw('report.label.capacity'),
        department: raw('report.label.department'),
        total: raw('report.label.total'),
        installed: raw('report.label.installed'),
      },
      title: raw('report.docTitle'),
      subject: raw('report.docSubject'),
      opening: raw('report.opening'),
      openingNoReply: raw('report.openingNoReply'),
      activitiesHeading: raw('report.activitiesHeading'),
      figuresHeading: raw('report.figuresHeading'),
      figuresSummary: raw('report.figuresSummary'),
      closing: raw('report.closing'),
      tableHead: [
        raw('report.head.number'),
        raw('report.head.name'),
        raw('report.head.total'),
        raw('report.head.installed'),
        raw('report.head.rate'),
      ],
      totalRow: raw('report.totalRow'),
      distribution: raw('report.distribution').split('|'),
      people: raw('report.people'),
      baseKind: raw('report.baseKind'),
      levelUnit: raw('report.levelUnit'),
      levelDepartment: raw('report.levelDepartment'),
      missing: raw('report.missing'),
      rowInstalledOverTotal: raw('report.rowInstalledOverTotal'),
      rowNotCount: raw('report.rowNotCount'),
      rowNoName: raw('report.rowNoName'),
      badDate: raw('report.badDate'),
      noRows: raw('report.noRows'),
    },
    layout: {
      nation: raw('official.nation'),
      motto: raw('official.motto'),
      numberLine: raw('official.number'),
      recipientsLabel: raw('official.to'),
      distributionLabel: raw('official.distribution'),
    },
    rollup: Object.fromEntries(
      (
        [
          'departmentsDiffer',
          'departmentsDifferFix',
          'noBase',
          'noBaseFix',
          'problems',
          'problemLine',
          'atLine',
          'atColumn',
          'duplicate',
          'duplicatesTitle',
          'summary',
          'none',
          'noneRead',
          'docSubject',
          'opening',
          'belowLine',
          'allAbove',
          'closing',
          'head.unit',
        ] as const
      ).map((k) => [k, raw(`rollup.${k}`)]),
    ) as RollupWords & Record<string, string>,
    totals: raw('report.totals'),
    ready: raw('report.ready'),
    fix: raw('report.fix'),
    source: raw('report.source'),
    remove: raw('report.remove'),
    replyType: raw('report.replyType'),
  };
}
