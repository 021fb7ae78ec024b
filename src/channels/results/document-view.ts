/**
 * Shows an official document on the page in the layout the DOCX has, so what is previewed and printed is what is
 * downloaded. Browser only; text is set as text, never as markup, since every word of it was typed by a user.
 */
import type { LayoutWords } from './report-docx';
import type { OfficialDocument } from './report';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function renderDocument(target: HTMLElement, doc: OfficialDocument, w: LayoutWords): void {
  const article = el('article', 'official');
  const head = el('div', 'official-head');
  const left = el('div');
  if (doc.parent) left.append(el('p', '', doc.parent.toLocaleUpperCase('vi')));
  left.append(el('p', 'strong', doc.issuer.toLocaleUpperCase('vi')));
  left.append(el('p', '', w.numberLine.replace('{number}', doc.number || '      /')));
  const right = el('div');
  right.append(el('p', 'strong', w.nation), el('p', 'strong motto', w.motto), el('p', 'date', doc.placeDate));
  head.append(left, right);
  article.append(head, el('p', 'title', doc.title), el('p', 'title', doc.subject));
  const to = el('p', 'to', `${w.recipientsLabel} ${doc.recipients.join('; ')}`);
  article.append(to);
  for (const block of doc.body) {
    if (block.kind === 'table') {
      const table = el('table');
      const thead = el('thead');
      const tr = el('tr');
      for (const h of block.head) tr.append(el('th', '', h));
      thead.append(tr);
      const tbody = el('tbody');
      for (const r of block.rows) {
        const row = el('tr');
        r.forEach((c, i) => row.append(el('td', i > 1 ? 'num' : '', c)));
        tbody.append(row);
      }
      table.append(thead, tbody);
      if (block.foot) {
        const tfoot = el('tfoot');
        const row = el('tr');
        block.foot.forEach((c, i) => row.append(el('td', i > 1 ? 'num' : '', c)));
        tfoot.append(row);
        table.append(tfoot);
      }
      article.append(table);
    } else
      article.append(
        el(
          'p',
          block.kind === 'heading' ? 'body strong' : 'body',
          block.kind === 'bullet' ? `- ${block.text}` : block.text,
        ),
      );
  }
  const foot = el('div', 'official-foot');
  const where = el('div');
  where.append(el('p', 'strong em', w.distributionLabel));
  for (const d of doc.distribution) where.append(el('p', 'small', `- ${d}`));
  const sign = el('div', 'sign');
  for (const c of doc.capacity) sign.append(el('p', 'strong', c));
  sign.append(el('p', 'space'), el('p', 'strong', doc.signer));
  foot.append(where, sign);
  article.append(foot);
  target.replaceChildren(article);
}
