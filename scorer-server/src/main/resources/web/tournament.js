// A tournament's fixtures and results, grouped by status.
import { el, fill, getJson, when } from 'app/common';

const id = Number(location.pathname.split('/').pop());

async function load() {
  let tournament;
  try {
    tournament = await getJson(`/api/v1/tournaments/${id}`);
  } catch (e) {
    document.getElementById('name').textContent = 'No such tournament';
    return;
  }
  document.getElementById('name').textContent = `${tournament.name}${tournament.season ? ` ${tournament.season}` : ''}`;
  document.title = `${tournament.name} - Cricket Tracker`;
  const matches = (await getJson('/api/v1/matches')).filter((m) => m.tournamentId === id);
  const order = ['live', 'upcoming', 'completed'];
  const names = { live: 'Live', upcoming: 'Upcoming', completed: 'Results' };
  fill(document.getElementById('fixtures'), order.map((status) => {
    const some = matches.filter((m) => m.status === status);
    return some.length ? el('section', {}, el('h3', {}, names[status]), el('ul', { class: 'matches' }, some.map((m) =>
      el('li', {}, el('a', { href: `/matches/${m.id}` }, `${m.homeTeam} v ${m.awayTeam}`), el('div', { class: 'meta' }, `${when(m.startTime)} · ${m.venue ?? ''}`))))) : null;
  }));
}

load();
