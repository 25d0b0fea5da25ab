// The match centre: score strip, the crease, scorecard, commentary and charts, all from the cached views.
import { el, fill, getJson, inningsScore, rate, follow } from 'app/common';
import { drawCharts, overRuns } from 'app/charts';

const matchId = Number(location.pathname.split('/').pop());
const api = `/api/v1/matches/${matchId}`;
const $ = (id) => document.getElementById(id);
const commentary = new Map(); // seq -> entry, every line loaded so far
let oldestLoaded; // the nextBefore of the oldest page loaded: undefined before the first, null once all are in
let charts = { innings: [] };
let perOver = 6; // the match's balls per over, from the live view (5 in The Hundred)
let closes = new Set(); // seqs of the stumps (the scorecard's close of play), whose lines stand out
let liveDay = null; // the live view's day of play: 1 until the first stumps, so known only once one is recorded
let matchOver = false; // the live view says the match is completed: its summary stands in for the crease

function renderLive(live) {
  if (live.ballsPerOver) perOver = live.ballsPerOver;
  $('batting').textContent = `${live.superOver ? 'Super over: ' : ''}${live.battingTeam ?? ''}`;
  $('score').textContent = inningsScore(live);
  $('overs').textContent = live.overs;
  liveDay = live.day;
  renderDay();
  const rates = [];
  if (live.currentRunRate != null) rates.push(`Run rate ${live.currentRunRate.toFixed(2)}`);
  if (live.requiredRunRate != null) rates.push(`Required ${live.requiredRunRate.toFixed(2)}`);
  $('rates').textContent = rates.join(' · ');
  let chase = '';
  if (live.target && !live.result) {
    chase = live.runsNeeded != null && live.ballsRemaining != null
      ? `Target ${live.target.runs}: need ${live.runsNeeded} from ${live.ballsRemaining} ball${live.ballsRemaining === 1 ? '' : 's'}`
      : `Target ${live.target.runs}`;
  }
  $('chase').textContent = chase;
  const finished = live.status === 'COMPLETED';
  const between = live.status === 'INNINGS_BREAK';
  $('status').textContent = live.result ? live.result.text
    : between ? 'Innings break'
      : (live.inningsNumber ? (live.freeHit ? 'Free hit next ball' : '') : live.summary);
  document.title = `${live.summary} - Cricket Tracker`;
  // Once the match is over nobody is at the crease: the block gives way to the summary the scorecard fills in.
  matchOver = finished;
  $('now-h').textContent = finished ? 'Match summary' : between ? 'Innings break' : 'At the crease';
  $('now-tab').textContent = finished ? 'Summary' : 'Live';
  $('crease').hidden = finished;
  $('last-wicket').hidden = finished;
  $('recent').hidden = finished;
  $('recent-h').hidden = finished || $('recent').childElementCount === 0;

  fill($('batters').tBodies[0], live.batters.map((b) =>
    el('tr', {}, el('th', { scope: 'row', class: b.onStrike ? 'striker' : null }, b.name, b.onStrike ? el('span', { class: 'sr' }, ' (on strike)') : null),
      el('td', {}, b.runs), el('td', {}, b.balls), el('td', {}, b.fours), el('td', {}, b.sixes), el('td', {}, rate(b.runs, b.balls)))));
  const bw = live.bowler;
  fill($('bowler').tBodies[0], bw ? [el('tr', {}, el('th', { scope: 'row' }, bw.name), el('td', {}, bw.overs), el('td', {}, bw.maidens),
    el('td', {}, bw.runs), el('td', {}, bw.wickets), el('td', {}, economy(bw)))] : []);
  // A partnership is two batters together: none once a wicket has left one alone (the innings over, or the next
  // batter not in yet); an innings that closed with two not out ends on their unbroken stand.
  const pair = live.partnership && live.inningsNumber && live.batters.length === 2 ? live.partnership : null;
  $('partnership').textContent = pair
    ? `Partnership ${pair.runs} (${pair.balls} ball${pair.balls === 1 ? '' : 's'})${between ? ', unbroken' : ''}` : '';
  $('this-over-h').textContent = between ? 'Last over' : 'This over';
  $('this-over-h').hidden = between && live.thisOver.length === 0;
  fill($('this-over'), live.thisOver.map(ballChip));
  const lw = live.lastWicket;
  $('last-wicket').textContent = lw ? `Last wicket: ${lw.name} ${lw.dismissal} ${lw.runs} (${lw.balls}), ${lw.teamRuns} at ${lw.overs} ov` : '';
}

/**
 * "Day 2" in the strip, only once the scorer has drawn stumps: the live view says day 1 until then, which a match
 * imported from Cricsheet (no day on any ball, no stumps) would show to its last ball.
 */
function renderDay() {
  const day = closes.size ? liveDay : null;
  $('day').textContent = day ? `Day ${day}` : '';
  $('day').hidden = !day;
}

/** Runs per over of the match's own length: "3.2" overs are 17 balls when an over has five. */
function economy(bw) {
  const [whole, part] = String(bw.overs).split('.');
  const balls = Number(whole) * perOver + Number(part ?? 0);
  return rate(bw.runs, balls, perOver);
}

/** One ball of the strip: its text is the signal, its colour only a second one. */
function ballChip(b) {
  const kind = b.includes('W') ? 'w' : b === '4' ? 'b4' : b === '6' ? 'b6' : null;
  const label = b === '0' ? '•' : b;
  return el('li', { class: kind, 'aria-label': b === '0' ? 'dot ball' : b === 'W' ? 'wicket' : b }, label);
}

function renderRecent() {
  const inn = charts.innings[charts.innings.length - 1];
  const overs = inn ? inn.overs.slice(-6, -1).reverse() : [];
  fill($('recent'), overs.map((o) => el('li', {}, `Ov ${o.over}: ${o.runs}${o.wickets.length ? ` ${o.wickets.length}W` : ''}`)));
  // In an innings' first over (a super over's only one) there is none yet; a finished match shows its summary.
  $('recent-h').hidden = matchOver || overs.length === 0;
}

/**
 * A finished match at a glance, as the big sites' summary card: the result, then each innings' score with its two
 * highest scorers and its two best bowlers. Empty (and hidden) until the scorecard says the match is over.
 */
function renderSummary(card) {
  const over = card.status === 'COMPLETED';
  $('summary').hidden = !over;
  if (!over) {
    fill($('summary'));
    return;
  }
  const blocks = card.innings.map((inn) => {
    const batters = inn.batting.filter((b) => b.balls > 0 || b.runs > 0)
      .sort((x, y) => y.runs - x.runs || x.balls - y.balls).slice(0, 2)
      .map((b) => el('li', {}, `${b.name} ${b.runs}${b.out ? '' : '*'} (${b.balls})`));
    const bowlers = inn.bowling.filter((b) => b.legalBalls > 0)
      .sort((x, y) => y.wickets - x.wickets || x.runs - y.runs).slice(0, 2)
      .map((b) => el('li', {}, `${b.name} ${b.wickets}/${b.runs} (${b.overs} ov)`));
    return el('section', { class: 'inn-summary', 'data-testid': 'summary-innings' },
      el('h3', {}, `${inn.superOver ? 'Super over: ' : ''}${inn.battingTeam} ${inningsScore(inn)} (${inn.overs} ov)`),
      batters.length ? el('ul', { class: 'tops', 'aria-label': 'Top scorers' }, batters) : null,
      bowlers.length ? el('ul', { class: 'tops', 'aria-label': 'Best bowling' }, bowlers) : null);
  });
  fill($('summary'), card.result ? el('p', { class: 'result', 'data-testid': 'summary-result' }, card.result.text) : null, blocks);
}

function renderScorecard(card) {
  const blocks = card.innings.map((inn) => {
    const title = `${inn.superOver ? 'Super over: ' : ''}${inn.battingTeam} ${inningsScore(inn)} (${inn.overs} ov)`;
    const bat = el('table', { class: 'figs' }, el('caption', {}, `${title}, batting`),
      el('thead', {}, el('tr', {}, ['Batter', '', 'R', 'B', '4s', '6s', 'SR'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, inn.batting.map((b) => el('tr', {}, el('th', { scope: 'row' }, b.name), el('td', { class: 'how' }, b.dismissal ?? ''),
        el('td', {}, b.runs), el('td', {}, b.balls), el('td', {}, b.fours), el('td', {}, b.sixes), el('td', {}, rate(b.runs, b.balls))))),
      el('tfoot', {},
        el('tr', {}, el('th', { scope: 'row' }, 'Extras'), el('td', { class: 'how', colspan: 5 },
          `b ${inn.extras.byes}, lb ${inn.extras.legbyes}, w ${inn.extras.wides}, nb ${inn.extras.noballs}, p ${inn.extras.penalty}`), el('td', {}, inn.extras.total)),
        el('tr', {}, el('th', { scope: 'row' }, 'Total'), el('td', { class: 'how', colspan: 5 }, `${inn.allOut ? 'all out' : `${inn.wickets} wkts${inn.declared ? ' dec' : ''}`}, ${inn.overs} ov`), el('td', {}, inn.runs))));
    const fow = inn.fallOfWickets.length
      ? el('p', { class: 'meta' }, 'Fall of wickets: ', inn.fallOfWickets.map((f) => `${f.runs}-${f.wicket} (${f.player}, ${f.overs})`).join(', '))
      : null;
    const bowl = el('table', { class: 'figs' }, el('caption', {}, `${title}, bowling`),
      el('thead', {}, el('tr', {}, ['Bowler', 'O', 'M', 'R', 'W', 'Econ', 'Wd', 'Nb'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, inn.bowling.map((b) => el('tr', {}, el('th', { scope: 'row' }, b.name), el('td', {}, b.overs), el('td', {}, b.maidens),
        el('td', {}, b.runs), el('td', {}, b.wickets), el('td', {}, rate(b.runs, b.legalBalls, perOver)), el('td', {}, b.wides), el('td', {}, b.noballs)))));
    return el('section', { class: 'innings' }, el('h3', {}, title), bat, fow, bowl);
  });
  fill($('scorecard'), blocks.length ? blocks : [el('p', { class: 'meta' }, 'No ball bowled yet.')]);
  renderSummary(card);
  if (card.teams.length === 2) $('teams').textContent = `${card.teams[0]} v ${card.teams[1]}`;
}

/** Takes a page of commentary; a newest page replaces what it covers (an undone ball disappears). */
function takeCommentary(page, newest) {
  const entries = page.entries;
  if (newest && entries.length) {
    const from = entries[entries.length - 1].seq;
    for (const seq of [...commentary.keys()]) if (seq >= from) commentary.delete(seq);
  }
  entries.forEach((e) => commentary.set(e.seq, e));
  if (oldestLoaded === undefined) oldestLoaded = page.nextBefore;
  return entries.length ? entries[entries.length - 1].seq : null;
}

async function loadNewestCommentary() {
  const known = [...commentary.keys()];
  const highest = known.length ? Math.max(...known) : 0;
  const page = await getJson(`${api}/commentary`);
  const oldestOnPage = takeCommentary(page, true);
  // More lines arrived than one page holds (a long drop): fetch back to what was already here.
  let before = page.nextBefore;
  let reached = oldestOnPage;
  while (highest > 0 && before !== null && reached !== null && reached > highest + 1) {
    const older = await getJson(`${api}/commentary?before=${before}&limit=100`);
    older.entries.forEach((e) => commentary.set(e.seq, e));
    before = older.nextBefore;
    reached = older.entries.length ? older.entries[older.entries.length - 1].seq : null;
  }
  renderCommentary();
}

async function loadOlder() {
  if (oldestLoaded === null) return;
  const page = await getJson(`${api}/commentary?before=${oldestLoaded}&limit=50`);
  page.entries.forEach((e) => commentary.set(e.seq, e));
  oldestLoaded = page.nextBefore;
  renderCommentary();
}

/** Newest first, with an end-of-over line after each over's last ball (from the charts' per-over figures). */
function renderCommentary() {
  const lines = [...commentary.values()].sort((a, b) => b.seq - a.seq);
  const items = [];
  let newerBall = null; // the ball line just above this one
  let block = null; // the innings whose lines come next
  for (const e of lines) {
    if (e.innings > 0 && e.innings !== block) {
      // Each innings' lines under its own heading: a Test's four innings read apart (its days by their stumps lines).
      block = e.innings;
      items.push(el('li', { class: 'inn', 'data-testid': 'innings-break' }, inningsTitle(block)));
    }
    const over = overOf(e);
    if (over !== null) {
      const o = overRuns(charts, e.innings, over, perOver);
      const ended = newerBall === null
        ? o && o.complete
        : newerBall.innings !== e.innings || overOf(newerBall) !== over;
      if (o && ended) {
        const w = o.wickets.length ? `, ${o.wickets.length} wicket${o.wickets.length === 1 ? '' : 's'}` : '';
        items.push(el('li', { class: 'eoo' }, `End of over ${over}: ${o.runs} run${o.runs === 1 ? '' : 's'}${w} · ${o.battingTeam} ${o.total}/${o.wicketsDown}`));
      }
      newerBall = e;
    }
    if (closes.has(e.seq)) {
      items.push(el('li', { class: 'stumps', 'data-testid': 'stumps', 'data-seq': e.seq }, el('span', { class: 'txt' }, e.text)));
      continue;
    }
    items.push(el('li', { class: e.text.includes('OUT!') ? 'wk' : null, 'data-seq': e.seq }, e.over ? el('span', { class: 'ov' }, e.over) : null, el('span', { class: 'txt' }, e.text)));
  }
  fill($('commentary'), items);
  const toss = commentary.get(1); // the match's first event: the toss and who chose what
  if (toss && !toss.over) $('toss').textContent = toss.text;
  $('older').hidden = oldestLoaded === null;
}

function inningsTitle(number) {
  const inn = charts.innings.find((i) => i.number === number);
  if (!inn) return `Innings ${number}`;
  return `${inn.superOver ? 'Super over' : `Innings ${number}`}: ${inn.battingTeam}`;
}

function overOf(entry) {
  return entry.over ? Number(entry.over.split('.')[0]) + 1 : null;
}

async function refresh() {
  const [card, chartData] = await Promise.all([getJson(`${api}/scorecard`), getJson(`${api}/charts`)]);
  charts = chartData;
  renderScorecard(card);
  renderRecent();
  closes = new Set((card.closeOfPlay ?? []).map((c) => c.seq));
  renderDay();
  drawCharts(charts, $('worm'), $('manhattan'), $('partnerships'), perOver);
  await loadNewestCommentary();
}

let refreshing = Promise.resolve();
function onLive(live) {
  renderLive(live);
  // One refresh at a time, the newest last: a burst of versions never paints an older scorecard over a newer one.
  refreshing = refreshing.then(refresh).catch(() => {});
}

$('older').addEventListener('click', loadOlder);
follow(matchId, onLive, (s) => { $('conn').textContent = s; });
