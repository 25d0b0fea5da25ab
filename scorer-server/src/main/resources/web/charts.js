// The worm, the Manhattan and the partnerships, drawn from the cached charts view. Each chart also says in text
// what it draws (a table for screen readers, wicket counts as data attributes), so colour is never the only signal.
import uPlot from 'uplot';
import { el, fill } from 'app/common';

const plots = new Map(); // container id -> uPlot
const dayMarks = new Map(); // container id -> [{ x, day }]: where each day's play closed, drawn over the chart
let shownInnings = null; // the Manhattan's innings, chosen by the reader; null follows the newest
let latest = { innings: [] }; // the newest charts view, for a redraw when the reader picks an innings
let latestPerOver = 6;

function css(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

const palette = () => [css('--accent'), css('--four'), css('--six'), css('--muted')];

/** The over's figures and whether it is over: a later over exists, or all its legal balls (perOver) are in. */
export function overRuns(charts, innings, over, perOver = 6) {
  const inn = charts.innings.find((i) => i.number === innings);
  if (!inn) return null;
  let down = 0;
  for (const o of inn.overs) {
    down += o.wickets.length;
    if (o.over === over) {
      const later = inn.overs[inn.overs.length - 1].over > over;
      return { ...o, wicketsDown: down, battingTeam: inn.battingTeam, complete: later || o.legalBalls >= perOver };
    }
  }
  return null;
}

function label(inn) {
  return `${inn.superOver ? 'Super over ' : ''}${inn.battingTeam} (inns ${inn.number})`;
}

function plot(container, opts, data) {
  const width = Math.max(240, container.clientWidth || 320);
  const old = plots.get(container.id);
  if (old && old.series.length === opts.series.length) {
    old.setData(data);
    return;
  }
  if (old) old.destroy();
  const hooks = { draw: [(u) => markDays(u, dayMarks.get(container.id) ?? [])] };
  const u = new uPlot({ ...opts, hooks, width, height: 220 }, data, container);
  plots.set(container.id, u);
  new ResizeObserver(() => u.setSize({ width: Math.max(240, container.clientWidth), height: 220 })).observe(container);
}

/** Stumps as a dashed vertical line with its words ("Stumps, day 1") over the plot: never colour alone. */
function markDays(u, marks) {
  u.over.querySelectorAll('.day-mark').forEach((m) => m.remove());
  for (const m of marks) {
    const left = u.valToPos(m.x, 'x');
    if (!Number.isFinite(left)) continue;
    u.over.append(el('div', { class: 'day-mark', 'data-testid': 'day-mark', 'data-day': m.day, style: `left:${left}px` },
      el('span', {}, `Stumps, day ${m.day}`)));
  }
  u.root.dataset.dayEnds = String(marks.length);
}

/** Each stumps of the innings shown, at its over: the worm's points sit at an over's end, the bars at its middle. */
function marksOf(innings, perOver, offset) {
  return innings.flatMap((inn) => (inn.dayEnds ?? []).map((d) => ({ x: d.legalBalls / perOver + offset, day: d.day })));
}

function axes() {
  const stroke = css('--muted');
  const grid = { stroke: css('--line'), width: 1 };
  return [
    { label: 'Over', stroke, grid, ticks: grid, incrs: [1, 2, 5, 10, 20, 50] }, // whole overs only
    { label: 'Runs', stroke, grid, ticks: grid },
  ];
}

function drawWorm(charts, box, perOver) {
  const innings = charts.innings.filter((i) => i.overs.length);
  dayMarks.set(box.id, marksOf(innings, perOver, 0));
  const last = Math.max(0, ...innings.map((i) => i.overs[i.overs.length - 1].over));
  const x = Array.from({ length: last + 1 }, (_, k) => k);
  const data = [x];
  const series = [{}];
  const colours = palette();
  let wickets = 0;
  innings.forEach((inn, k) => {
    const runs = x.map((o) => (o === 0 ? 0 : null));
    const falls = x.map(() => null);
    for (const o of inn.overs) {
      runs[o.over] = o.total;
      if (o.wickets.length) {
        falls[o.over] = o.total;
        wickets += o.wickets.length;
      }
    }
    const colour = colours[k % colours.length];
    data.push(runs, falls);
    series.push({ label: label(inn), stroke: colour, width: 2, spanGaps: true, dash: k % 2 ? [6, 3] : undefined },
      // No fill: the legend's swatch is then a ring, as the wickets are drawn.
      { label: `${inn.battingTeam} wickets`, stroke: css('--wicket'), paths: () => null,
        points: { show: true, size: 10, stroke: css('--wicket'), fill: css('--card'), width: 2 } });
  });
  box.dataset.wickets = String(wickets);
  box.dataset.innings = String(innings.length);
  box.dataset.dayEnds = String(dayMarks.get(box.id).length);
  plot(box, { series, axes: axes(), scales: { x: { time: false } }, legend: { live: false } }, data);
  summary(box, 'worm-table', innings, (o) => o.total);
}

function drawManhattan(charts, box, perOver) {
  const innings = charts.innings.filter((i) => i.overs.length);
  let chooser = box.previousElementSibling;
  if (!chooser || chooser.tagName !== 'LABEL') {
    chooser = el('label', {}, 'Innings ', el('select', { id: 'manhattan-innings' }));
    box.before(chooser);
    chooser.querySelector('select').addEventListener('change', (e) => {
      shownInnings = Number(e.target.value);
      drawManhattan(latest, box, latestPerOver);
    });
  }
  const select = chooser.querySelector('select');
  const chosen = innings.find((i) => i.number === shownInnings) ?? innings[innings.length - 1];
  fill(select, innings.map((i) => el('option', { value: i.number, selected: i === chosen }, label(i))));
  if (!chosen) {
    box.dataset.wickets = '0';
    return;
  }
  // Stumps after an over's last ball fall between its bar and the next one.
  dayMarks.set(box.id, marksOf([chosen], perOver, 0.5));
  box.dataset.dayEnds = String(dayMarks.get(box.id).length);
  const x = chosen.overs.map((o) => o.over);
  const runs = chosen.overs.map((o) => o.runs);
  const falls = chosen.overs.map((o) => (o.wickets.length ? o.runs : null));
  box.dataset.wickets = String(chosen.overs.reduce((n, o) => n + o.wickets.length, 0));
  const bars = uPlot.paths.bars({ size: [0.7, 40] });
  const series = [{}, { label: label(chosen), stroke: css('--accent'), fill: css('--accent'), paths: bars, points: { show: false } },
    // The fill only colours the legend's swatch (no path is drawn): a filled dot, as the wickets are drawn.
    { label: 'Wicket in the over', stroke: css('--wicket'), fill: css('--wicket'), paths: () => null,
      points: { show: true, size: 12, stroke: css('--wicket'), fill: css('--wicket') } }];
  // Half an over of room each side, so the first and last bars are whole.
  const scales = { x: { time: false, range: (u, min, max) => [min - 0.5, max + 0.5] } };
  plot(box, { series, axes: axes(), scales, legend: { live: false } }, [x, runs, falls]);
  summary(box, 'manhattan-table', [chosen], (o) => o.runs);
}

/** The chart's figures as a table a screen reader can read: over, value, wickets. */
function summary(box, id, innings, value) {
  let table = document.getElementById(id);
  if (!table) {
    table = el('table', { id, class: 'sr' });
    box.after(table);
  }
  fill(table, el('caption', {}, 'Figures drawn in the chart above'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Innings'), el('th', { scope: 'col' }, 'Over'),
      el('th', { scope: 'col' }, 'Runs'), el('th', { scope: 'col' }, 'Wickets'))),
    el('tbody', {}, innings.flatMap((inn) => inn.overs.map((o) => el('tr', {}, el('td', {}, label(inn)),
      el('td', {}, o.over), el('td', {}, value(o)), el('td', {}, o.wickets.map((w) => w.player).join(', ')))))));
}

/** The partnerships' colour key, each swatch of the class its bar segment has, and its words beside it. */
const SHARES = [
  { part: 'a', text: 'first-named batter\'s runs' },
  { part: 'b', text: 'second-named batter\'s runs' },
  { part: 'x', text: 'extras' },
];

function drawPartnerships(charts, box) {
  const inn = [...charts.innings].reverse().find((i) => i.partnerships.length);
  if (!inn) {
    fill(box, el('p', { class: 'meta' }, 'No partnership yet.'));
    return;
  }
  const top = Math.max(1, ...inn.partnerships.map((p) => p.runs));
  const key = el('ul', { class: 'key', 'data-testid': 'partnerships-key', 'aria-label': 'Key' },
    SHARES.map((s) => el('li', { 'data-part': s.part }, el('span', { class: `swatch ${s.part}`, 'aria-hidden': 'true' }), s.text)));
  fill(box, el('p', { class: 'meta' }, label(inn)), key, inn.partnerships.map((p) => {
    const extras = Math.max(0, p.runs - p.first.runs - p.second.runs);
    const width = (runs) => `width:${Math.round((runs / top) * 100)}%`;
    return el('div', { class: 'pship', 'data-testid': 'partnership-bar', role: 'img',
      'aria-label': `Wicket ${p.wicket}: ${p.first.name} ${p.first.runs} (${p.first.balls}) and ${p.second.name} ${p.second.runs} (${p.second.balls}), ${p.runs} runs from ${p.balls} balls${p.unbroken ? ', unbroken' : ''}` },
      // Each share in words too, in the bar's order: the colours are never the only way to read it.
      el('span', { class: 'who' }, `${p.wicket}. ${p.first.name} ${p.first.runs}, ${p.second.name} ${p.second.runs}${extras ? `, extras ${extras}` : ''}`),
      el('span', { class: 'barbox' }, el('span', { class: 'a', style: width(p.first.runs) }), el('span', { class: 'b', style: width(p.second.runs) }),
        el('span', { class: 'x', style: width(extras) })),
      el('span', {}, `${p.runs}${p.unbroken ? '*' : ''} (${p.balls})`));
  }));
}

/** perOver: the match's legal balls per over, to place a day's end that fell mid-over. */
export function drawCharts(charts, worm, manhattan, partnerships, perOver = 6) {
  latest = charts;
  latestPerOver = perOver;
  drawWorm(charts, worm, perOver);
  drawManhattan(charts, manhattan, perOver);
  drawPartnerships(charts, partnerships);
  // The captions speak of days' ends only where stumps were drawn (an imported match knows no day of any ball).
  const days = charts.innings.some((i) => (i.dayEnds ?? []).length);
  document.querySelectorAll('.day-note').forEach((n) => { n.hidden = !days; });
}
