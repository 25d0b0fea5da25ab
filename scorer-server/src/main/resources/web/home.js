// The home page: the matches now live from the cached list (each with its cached live score), then the next
// fixtures and the newest results by tournament, from one cached list that carries each result's scores. Both
// refresh every five seconds with If-None-Match, so an open page costs the database nothing.
import { el, fill, getJson, resultLine, when } from 'app/common';

function matchLink(m, text) {
  return el('a', { href: `/matches/${m.id}` }, text ?? `${m.homeTeam} v ${m.awayTeam}`);
}

async function refreshLive() {
  let list;
  try {
    list = await getJson('/api/v1/live-matches');
  } catch (e) {
    return; // keep what is shown; the next tick tries again
  }
  const rows = await Promise.all(list.map(async (m) => {
    let score = '';
    try {
      score = (await getJson(`/api/v1/matches/${m.id}/live`)).summary;
    } catch (e) {
      score = '';
    }
    return el('li', { 'data-match': m.id }, matchLink(m), el('div', { class: 'score-line', 'data-testid': 'live-score' }, score),
      el('div', { class: 'meta' }, `${m.tournament} · ${m.venue ?? ''}`));
  }));
  fill(document.getElementById('live'), rows.length ? rows : [el('li', { class: 'meta' }, 'No match is being played right now.')]);
}

function byTournament(matches, target, empty, results = false) {
  const groups = new Map();
  for (const m of matches) {
    if (!groups.has(m.tournamentId)) groups.set(m.tournamentId, { name: m.tournament, matches: [] });
    groups.get(m.tournamentId).matches.push(m);
  }
  const blocks = [...groups.entries()].map(([id, g]) => el('section', {},
    el('h3', {}, el('a', { href: `/tournaments/${id}` }, g.name)),
    el('ul', { class: 'matches' }, g.matches.map((m) => el('li', { 'data-match': m.id }, matchLink(m), results ? resultLine(m) : null,
      el('div', { class: 'meta' }, `${when(m.startTime)} · ${m.venue ?? ''}`))))));
  fill(target, blocks.length ? blocks : [el('p', { class: 'meta' }, empty)]);
}

// The lists last drawn, as text. Their version moves with every ball anywhere (the live list's does), so most new
// versions list the same matches: those are not redrawn, and a reader's focus in the lists stays put.
let shown = null;

async function refreshFixtures() {
  let lists;
  try {
    lists = await getJson('/api/v1/fixtures-and-results');
  } catch (e) {
    return; // keep what is shown; the next tick tries again
  }
  const text = JSON.stringify(lists);
  if (text === shown) return;
  shown = text;
  byTournament(lists.upcoming, document.getElementById('upcoming'), 'No fixture is scheduled.');
  byTournament(lists.results, document.getElementById('completed'), 'No result yet.', true);
}

function refresh() {
  refreshLive();
  refreshFixtures();
}

refresh();
setInterval(refresh, 5000);
