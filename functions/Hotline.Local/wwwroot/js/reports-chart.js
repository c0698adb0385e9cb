// Trend charts over the last months (R-RP-2 KPIs and the volume), drawn by Apache ECharts served from /vendor (nothing
// from outside). The library (1 MB) is loaded only when a chart is first drawn.
import { h } from './dom.js';
import { KPIS } from './reports-labels.js';

let library = null;
const echarts = () => (library ??= import('../vendor/echarts/echarts.esm.min.js'));

/** months: [{ label: '2026-06', report: MonthlyReport }], oldest first. Returns the chart's container. */
export function trendChart(months) {
  const el = h('div', { class: 'chart', id: 'trend-chart', role: 'img', 'aria-label': '近几个月的指标走势 KPI trend' });
  const targets = months.at(-1)?.report.statistics.overall ?? {};
  requestAnimationFrame(async () => {
    const lib = await echarts();
    const chart = lib.init(el, null, { renderer: 'canvas' });
    const labels = months.map(m => m.label);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: v => (v == null ? '无数据' : v) },
      legend: { top: 0 },
      grid: { left: 48, right: 56, top: 40, bottom: 28 },
      xAxis: { type: 'category', data: labels },
      yAxis: [{ type: 'value', name: '%', min: 0, max: 100 }, { type: 'value', name: '件', minInterval: 1 }],
      series: [
        { name: '受理总数', type: 'bar', yAxisIndex: 1, data: months.map(m => m.report.statistics.overall.volume.totalReceived), itemStyle: { color: '#bcccdc' } },
        ...KPIS.map(([kpi, zh]) => ({
          name: zh.split(' ')[0], type: 'line', connectNulls: false, data: months.map(m => m.report.statistics.overall[kpi]?.percent ?? null),
          // The profile's target as a dashed line; a KPI without one has none ("无目标").
          markLine: targets[kpi]?.target == null ? undefined
            : { symbol: 'none', silent: true, lineStyle: { type: 'dashed' }, label: { formatter: `目标 ${targets[kpi].target}%` }, data: [{ yAxis: targets[kpi].target }] },
        })),
      ],
    });
    new ResizeObserver(() => chart.resize()).observe(el);
  });
  return el;
}
