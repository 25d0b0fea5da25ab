// Links each name in the scorecard's batting and bowling tables to the player's career page. The scorecard knows
// names, not ids: /players/named/{name} finds the id once and redirects, so the match page itself reads nothing more.
const card = document.querySelector('[data-testid="scorecard"]');

function link(root) {
  // Names only: the rows of each table's body, not its footer's Extras and Total.
  for (const th of root.querySelectorAll('table tbody th[scope="row"]')) {
    if (th.querySelector('a') || th.childNodes.length !== 1 || th.firstChild.nodeType !== Node.TEXT_NODE) continue;
    const name = th.textContent.trim();
    if (!name) continue;
    const a = document.createElement('a');
    a.href = `/players/named/${encodeURIComponent(name)}`;
    a.textContent = name;
    th.replaceChildren(a);
  }
}

if (card) {
  new MutationObserver(() => link(card)).observe(card, { childList: true, subtree: true });
  link(card);
}
