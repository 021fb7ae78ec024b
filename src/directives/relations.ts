import { normalizeNumber } from './document-number';
import { RELATION_KINDS, STATUS_CAUSED_BY, type DocumentStatus, type RelationKind } from './relation-kinds';
import { LoaContentError } from '../core/errors';
import type { DirectiveEntry } from '../core/records';
import type { Relation } from './schema';

/** One typed link as one of its two documents sees it. */
export interface RelationLink<E extends DirectiveEntry = DirectiveEntry> {
  kind: RelationKind;
  /** `forward`: this document names the other ("thay thế"); `reverse`: the other names this one ("bị thay thế bởi"). */
  direction: 'forward' | 'reverse';
  number: string;
  /** Set when the other document is on the site. */
  entry?: E;
  /** What the naming document says of a document not on the site. */
  type?: string;
  date?: string;
  issuer?: string;
  part?: string;
}

/** A dated step of a document's validity: written in its own file, or implied by another's relation. */
export interface StatusStep<E extends DirectiveEntry = DirectiveEntry> {
  date: string;
  status: DocumentStatus;
  /** The document that caused it, by number, and its entry when it is on the site. */
  by?: string;
  byEntry?: E;
  part?: string;
  derived: boolean;
}

/** Every typed link a document names: its `relations`, its `cites` and its `attachments`, in that order. */
export function namedRelations(data: DirectiveEntry['data']): Relation[] {
  return [
    ...data.relations,
    ...data.cites.map((c) => ({ ...c, kind: 'cites' as const })),
    ...data.attachments.map((number) => ({ number, kind: 'attaches' as const })),
  ];
}

/** The kind as an author's error message says it. */
const verb = (kind: RelationKind) =>
  ({ amends: 'sửa đổi, bổ sung', replaces: 'thay thế', repeals: 'bãi bỏ' })[kind as string] ?? kind;

const kindOrder = (k: RelationKind) => RELATION_KINDS.indexOf(k);

/**
 * Both directions of every typed link, worked out once from what each document names: the named document shows
 * the link with the reverse wording without anyone writing it twice. What a document says of another not on the
 * site (its date, issuer) is taken from any of its entries for that number, so `relations` need not repeat `cites`.
 */
export function buildRelations<E extends DirectiveEntry>(entries: E[]): Map<string, RelationLink<E>[]> {
  const byNumber = new Map<string, E>();
  for (const e of entries) if (e.data.number) byNumber.set(normalizeNumber(e.data.number), e);
  const links = new Map<string, RelationLink<E>[]>(entries.map((e) => [e.id, []]));
  for (const e of entries) {
    const named = namedRelations(e.data);
    const said = new Map<string, Relation>();
    for (const r of named) said.set(normalizeNumber(r.number), { ...said.get(normalizeNumber(r.number)), ...r });
    for (const r of named) {
      const number = normalizeNumber(r.number);
      const target = byNumber.get(number);
      const known = said.get(number)!;
      links.get(e.id)!.push({
        kind: r.kind,
        direction: 'forward',
        number,
        entry: target,
        type: r.type ?? known.type,
        date: r.date ?? known.date,
        issuer: r.issuer ?? known.issuer,
        part: r.part,
      });
      if (target && target.id !== e.id)
        links.get(target.id)!.push({
          kind: r.kind,
          direction: 'reverse',
          number: normalizeNumber(e.data.number ?? e.id),
          entry: e,
          date: e.data.date,
          part: r.part,
        });
    }
  }
  for (const list of links.values())
    list.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || (a.direction === 'forward' ? -1 : 1));
  return links;
}

/**
 * A document's validity history, oldest first: the steps its own file writes, and one for each document on the
 * site that amends, replaces or repeals it (dated by that document). A part-only repeal is a partial one.
 */
export function statusHistory<E extends DirectiveEntry>(entry: E, links: RelationLink<E>[]): StatusStep<E>[] {
  const steps: StatusStep<E>[] = entry.data.status.map((s) => ({
    date: s.date,
    status: s.status,
    by: s.by && normalizeNumber(s.by),
    part: s.part,
    derived: false,
  }));
  const written = new Set(steps.map((s) => `${s.status}|${s.by ?? ''}`));
  for (const l of links) {
    const caused = STATUS_CAUSED_BY[l.kind];
    if (l.direction !== 'reverse' || !caused || !l.entry) continue;
    const status: DocumentStatus = caused === 'repealed' && l.part ? 'partly-repealed' : caused;
    if (written.has(`${status}|${l.number}`)) continue;
    steps.push({ date: l.entry.data.date, status, by: l.number, byEntry: l.entry, part: l.part, derived: true });
  }
  // A step written by hand links its cause too, when the cause is on the site and linked.
  for (const s of steps) s.byEntry ??= s.by ? links.find((l) => l.number === s.by && l.entry)?.entry : undefined;
  return steps.sort((a, b) => a.date.localeCompare(b.date));
}

/** The latest step's status, or none when nobody has said anything about the document's validity. */
export function currentStatus(history: StatusStep[]): DocumentStatus | undefined {
  return history.at(-1)?.status;
}

/**
 * Links and steps that cannot both be true, each naming both files: a document and another that replace (amend,
 * repeal) each other, a document that replaces one issued after it, a link to itself, a status dated before the
 * document itself.
 */
export function relationErrors(entries: DirectiveEntry[]): LoaContentError[] {
  const errors: LoaContentError[] = [];
  const byNumber = new Map<string, DirectiveEntry>();
  for (const e of entries) if (e.data.number) byNumber.set(normalizeNumber(e.data.number), e);
  const own = (e: DirectiveEntry) => e.data.number && normalizeNumber(e.data.number);
  for (const e of entries) {
    e.data.relations.forEach((r, i) => {
      const field = `relations[${i}]`;
      const number = normalizeNumber(r.number);
      if (number === own(e)) {
        errors.push(
          new LoaContentError(e.file, field, 'văn bản tự liên kết với chính nó', 'bỏ mục này khỏi relations'),
        );
        return;
      }
      const target = byNumber.get(number);
      if (!target || !STATUS_CAUSED_BY[r.kind]) return;
      const back = target.data.relations.findIndex(
        (x) => STATUS_CAUSED_BY[x.kind] && normalizeNumber(x.number) === own(e),
      );
      // Reported once, from the file that sorts first.
      if (back >= 0 && e.file < target.file)
        errors.push(
          new LoaContentError(
            e.file,
            field,
            `${verb(r.kind)} ${number}, mà ${target.file} (relations[${back}]) lại ` +
              `${verb(target.data.relations[back].kind)} văn bản này (${r.kind} both ways)`,
            `giữ quan hệ ở một trong hai tệp ${e.file} hoặc ${target.file}: ` +
              'văn bản ban hành sau mới sửa đổi, thay thế hay bãi bỏ văn bản trước',
          ),
        );
      if (target.data.date > e.data.date)
        errors.push(
          new LoaContentError(
            e.file,
            field,
            `văn bản ngày ${e.data.date} không thể ${verb(r.kind)} ${number} (${target.file}), ` +
              `văn bản ban hành sau nó, ngày ${target.data.date}`,
            `kiểm tra ngày của hai tệp ${e.file} và ${target.file}, hoặc đổi kiểu quan hệ`,
          ),
        );
    });
    // A step written by hand that names its cause: when the cause is on the site, its file must say so too, or the
    // status would show on this document with nothing on the other, and its diagram would not link them.
    e.data.status.forEach((s, i) => {
      const cause = s.by ? byNumber.get(normalizeNumber(s.by)) : undefined;
      const kinds = Object.entries(STATUS_CAUSED_BY)
        .filter(([, st]) => st === s.status || (s.status === 'partly-repealed' && st === 'repealed'))
        .map(([k]) => k);
      if (!cause || !kinds.length) return;
      const said = cause.data.relations.some((x) => kinds.includes(x.kind) && normalizeNumber(x.number) === own(e));
      if (!said)
        errors.push(
          new LoaContentError(
            e.file,
            `status[${i}].by`,
            `tình trạng “${s.status}” theo ${cause.data.number} (${cause.file}), nhưng tệp đó không ghi quan hệ ` +
              `${kinds.join(' hay ')} tới văn bản này`,
            `thêm vào ${cause.file}: relations: [{ kind: ${kinds[0]}, number: "${e.data.number}" }] ` +
              '(khi đó tình trạng tự có, có thể bỏ bước này)',
          ),
        );
    });
    const dated = [
      ...e.data.status.map((s, i) => [s.date, `status[${i}].date`]),
      ...e.data.changes.map((c, i) => [c.date, `changes[${i}].date`]),
    ];
    for (const [date, field] of dated)
      if (date < e.data.date)
        errors.push(
          new LoaContentError(
            e.file,
            field,
            `ngày ${date} trước ngày của chính văn bản (${e.data.date})`,
            'sửa ngày: tình trạng và thay đổi chỉ có từ ngày văn bản trở đi',
          ),
        );
  }
  return errors;
}
