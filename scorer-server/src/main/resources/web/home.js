// The home page: the matches now live from the cached list (each with its cached live score), then upcoming
// fixtures and recent results by tournament. The live part refreshes every five seconds with If-None-Match.
import { el, fill, getJson, resultLine, when } from 'app/common';

const RESULTS_SHOWN = 10; // each result reads its scorecard: the newest ten, not every match ever played

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
    el('ul', { class: 'matches' }, g.matches.map((m) => el('li', { 'data-match': m.id }, matchLink(m), results ? resultLine(m.id) : null,
      el('div', { class: 'meta' }, `${when(m.startTime)} · ${m.venue ?? ''}`))))));
  fill(target, blocks.length ? blocks : [el('p', { class: 'meta' }, empty)]);
}

async function loadFixtures() {
  const [upcoming, completed] = await Promise.all([
    getJson('/api/v1/matches?status=upcoming').catch(() => []),
    getJson('/api/v1/matches?status=completed').catch(() => []),
  ]);
  byTournament(upcoming, document.getElementById('upcoming'), 'No fixture is scheduled.');
  byTournament(completed.slice(-RESULTS_SHOWN).reverse(), document.getElementById('completed'), 'No result yet.', true);
}

refreshLive();
loadFixtures();
setInterval(refreshLive, 5000);
