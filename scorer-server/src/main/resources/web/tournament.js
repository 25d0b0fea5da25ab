// A tournament: its points table, leaders, fixtures and results (cached views of the tournament, so a page view
// costs the database nothing; refreshed every 15 s), the fixtures grouped by status.
import { el, fill, getJson, resultLine, when } from 'app/common';

const id = Number(location.pathname.split('/').pop());
const LEADERS_SHOWN = 10;

function num(value, places) {
  return value === null || value === undefined ? '-' : value.toFixed(places);
}

function signed(nrr) {
  return nrr === null || nrr === undefined ? '-' : `${nrr > 0 ? '+' : ''}${nrr.toFixed(3)}`;
}

function table(caption, heads, rows) {
  return el('table', { class: 'figs' }, el('caption', { class: 'sr' }, caption),
    el('thead', {}, el('tr', {}, heads.map((h) => el('th', { scope: 'col', title: h[1] ?? null }, h[0])))),
    el('tbody', {}, rows));
}

function playerCell(p) {
  const name = p.playerId ? el('a', { href: `/players/${p.playerId}` }, p.player) : p.player;
  return el('th', { scope: 'row' }, name, el('div', { class: 'meta' }, p.team));
}

function showTable(t) {
  const heads = [['Team'], ['P', 'played'], ['W', 'won'], ['L', 'lost'], ['T', 'tied'], ['NR', 'no result'],
    ['Pts', 'points'], ['NRR', 'net run rate']];
  fill(document.getElementById('table'), t.rows.length === 0
    ? el('p', { class: 'meta' }, 'No league match has a result yet.')
    : [table('Points table', heads, t.rows.map((r) => el('tr', { 'data-team': r.team },
      el('th', { scope: 'row' }, r.team), el('td', {}, r.played), el('td', {}, r.won), el('td', {}, r.lost),
      el('td', {}, r.tied), el('td', {}, r.noResult), el('td', { class: 'pts' }, r.points),
      el('td', {}, signed(r.netRunRate))))),
    el('p', { class: 'meta' }, `${t.points.win} points a win, ${t.points.tie} a tie, ${t.points.noResult} a no result; league matches only.`)]);
}

function showLeaders(l) {
  const runs = [['Batter'], ['Inns', 'innings'], ['Runs'], ['NO', 'not outs'], ['HS', 'highest score'],
    ['Ave', 'average'], ['SR', 'strike rate']];
  fill(document.getElementById('leaders-runs'), table('Most runs', runs, l.runs.slice(0, LEADERS_SHOWN).map((r) =>
    el('tr', {}, playerCell(r), el('td', {}, r.innings), el('td', { class: 'runs' }, r.runs), el('td', {}, r.notOuts),
      el('td', {}, `${r.highest}${r.highestNotOut ? '*' : ''}`), el('td', {}, num(r.average, 2)),
      el('td', {}, num(r.strikeRate, 2))))));
  const wkts = [['Bowler'], ['Inns', 'innings'], ['Wkts', 'wickets'], ['Runs'], ['Ave', 'average'],
    ['Econ', 'economy'], ['Best']];
  fill(document.getElementById('leaders-wickets'), table('Most wickets', wkts, l.wickets.slice(0, LEADERS_SHOWN).map((w) =>
    el('tr', {}, playerCell(w), el('td', {}, w.innings), el('td', { class: 'wkts' }, w.wickets), el('td', {}, w.runs),
      el('td', {}, num(w.average, 2)), el('td', {}, num(w.economy, 2)), el('td', {}, w.best ?? '-')))));
}

async function standings() {
  try {
    const [t, l] = await Promise.all([getJson(`/api/v1/tournaments/${id}/table`), getJson(`/api/v1/tournaments/${id}/leaders`)]);
    document.getElementById('name').textContent = `${t.name}${t.season && !t.name.includes(t.season) ? ` ${t.season}` : ''}`;
    document.title = `${t.name} - Cricket Tracker`;
    showTable(t);
    showLeaders(l);
  } catch (e) {
    document.getElementById('name').textContent = 'No such tournament';
  }
}

async function fixtures() {
  const { matches } = await getJson(`/api/v1/tournaments/${id}/fixtures`);
  const order = ['live', 'upcoming', 'completed'];
  const names = { live: 'Live', upcoming: 'Upcoming', completed: 'Results' };
  fill(document.getElementById('fixtures'), order.map((status) => {
    const some = matches.filter((m) => m.status === status);
    return some.length ? el('section', {}, el('h3', {}, names[status]), el('ul', { class: 'matches' }, some.map((m) =>
      el('li', { 'data-match': m.id }, el('a', { href: `/matches/${m.id}` }, `${m.homeTeam} v ${m.awayTeam}`),
        status === 'completed' ? resultLine(m) : null,
        el('div', { class: 'meta' }, `${when(m.startTime)} · ${m.venue ?? ''}`))))) : null;
  }));
}

function refresh() {
  standings();
  fixtures().catch(() => {});
}

refresh();
setInterval(refresh, 15000);
