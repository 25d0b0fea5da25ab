// A player's career over every stored match, one row per format, from the cached career view.
import { el, fill, getJson } from 'app/common';

const id = Number(location.pathname.split('/').pop());

function num(value, places) {
  return value === null || value === undefined ? '-' : value.toFixed(places);
}

function table(caption, heads, rows) {
  return el('table', { class: 'figs' }, el('caption', { class: 'sr' }, caption),
    el('thead', {}, el('tr', {}, heads.map((h) => el('th', { scope: 'col', title: h[1] ?? null }, h[0])))),
    el('tbody', {}, rows));
}

async function load() {
  let career;
  try {
    career = await getJson(`/api/v1/players/${id}/career`);
  } catch (e) {
    document.getElementById('name').textContent = 'No such player';
    return;
  }
  document.getElementById('name').textContent = career.player;
  document.title = `${career.player} - Cricket Tracker`;
  const f = career.formats;
  fill(document.getElementById('batting'), f.length === 0 ? el('p', { class: 'meta' }, 'No match stored yet.')
    : table('Batting by format', [['Format'], ['M', 'matches'], ['Inns', 'innings'], ['NO', 'not outs'], ['Runs'],
      ['HS', 'highest score'], ['Ave', 'average'], ['SR', 'strike rate'], ['100s'], ['50s'], ['4s'], ['6s']],
    f.map((c) => { const b = c.batting; return el('tr', { 'data-format': c.format }, el('th', { scope: 'row' }, c.format),
      el('td', {}, c.matches), el('td', {}, b.innings), el('td', {}, b.notOuts), el('td', { class: 'runs' }, b.runs),
      el('td', {}, `${b.highest}${b.highestNotOut ? '*' : ''}`), el('td', {}, num(b.average, 2)),
      el('td', {}, num(b.strikeRate, 2)), el('td', {}, b.hundreds), el('td', {}, b.fifties), el('td', {}, b.fours),
      el('td', {}, b.sixes)); })));
  fill(document.getElementById('bowling'), f.length === 0 ? null
    : table('Bowling by format', [['Format'], ['Inns', 'innings'], ['Balls'], ['Runs'], ['Wkts', 'wickets'],
      ['Best'], ['Ave', 'average'], ['Econ', 'economy']],
    f.map((c) => { const w = c.bowling; return el('tr', { 'data-format': c.format }, el('th', { scope: 'row' }, c.format),
      el('td', {}, w.innings), el('td', {}, w.balls), el('td', {}, w.runs), el('td', { class: 'wkts' }, w.wickets),
      el('td', {}, w.best ?? '-'), el('td', {}, num(w.average, 2)), el('td', {}, num(w.economy, 2))); })));
}

load();
