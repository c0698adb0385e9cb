// The month's breakdowns (R-RP-4 by category and service area, R-RP-5/R-DS-8 by linked unit, by station/unit) and the
// dispatchers' monthly summary (R-RP-1). Every count is a figure: clicking it lists its cases (reports-drill.js).
import { bi, h } from './dom.js';
import { figure } from './reports-drill.js';
import { KPIS, percent, ratio } from './reports-labels.js';

/** Fresh header cells per table: a DOM node lives in one place only. */
const kpiHeads = () => KPIS.map(([, zh]) => h('th', null, zh.split(' ')[0]));

/** A KpiValue cell: the percentage, the ratio beneath it, marked when it misses its target. */
export function kpiCell(value) {
  const met = value?.met;
  return h('td', { class: met === false ? 'kpi-miss' : met === true ? 'kpi-met' : null, title: ratio(value) },
    percent(value), h('small', { class: 'muted ratio' }, ` ${ratio(value)}`));
}

/**
 * rows: KpiBreakdownRow[] ({ key?, report }); name(key) its label; drillOn(key) the drill-down, with the key (null: the "none" row).
 */
export function breakdown(id, title, en, keyHead, rows, name, drillOn) {
  if (!rows?.length) return null;
  return h('section', { class: 'breakdown', id },
    h('h3', null, bi(title, en)),
    h('table', { class: 'report' },
      h('thead', null, h('tr', null, h('th', null, keyHead), h('th', null, '受理'), h('th', null, '立项'), kpiHeads())),
      h('tbody', null, rows.map(row => {
        const key = row.key ?? null;
        const label = key === null ? '（未分类）' : name(key);
        return h('tr', { 'data-key': key ?? '' },
          h('td', null, label),
          h('td', null, figure(row.report.volume.totalReceived, () => drillOn(key, label), { 'data-figure': 'received' })),
          h('td', null, row.report.volume.opened),
          KPIS.map(([kpi]) => kpiCell(row.report[kpi])));
      }))));
}

/** 投诉调度记录月总结表: one line per dispatcher (an agent's copy holds only their own line and no total). */
export function dispatcherTable(summary, staffName, drillOn) {
  const lines = [...summary.dispatchers, ...(summary.overall ? [{ ...summary.overall, total: true }] : [])];
  return h('section', { class: 'breakdown', id: 'by-dispatcher' },
    h('h3', null, bi('投诉调度记录月总结表', 'monthly summary per dispatcher, R-RP-1')),
    h('table', { class: 'report' },
      h('thead', null, h('tr', null, ['调度员', '受理', '立项', '当场解答', '引导', '结案', '强制结案', '回访表', '满意率(A+B)', '及时率', '达标'].map(t => h('th', null, t)))),
      h('tbody', null, lines.map(line => h('tr', { class: line.total ? 'total' : null, 'data-dispatcher': line.dispatcher ?? '' },
        h('td', null, line.total ? '合计' : staffName(line.dispatcher)),
        h('td', null, line.total ? line.received : figure(line.received, () => drillOn(line.dispatcher, staffName(line.dispatcher)), { 'data-figure': 'received' })),
        h('td', null, line.opened), h('td', null, line.answeredOnSpot), h('td', null, line.redirected),
        h('td', null, line.closed), h('td', null, line.forceClosed), h('td', null, line.revisits),
        kpiCell(line.satisfaction), kpiCell(line.kpi.feedbackTimeliness),
        h('td', null, line.kpiTargetsMet == null ? '无目标' : line.kpiTargetsMet ? '达标' : h('span', { class: 'tag warn' }, '未达标')))))));
}
