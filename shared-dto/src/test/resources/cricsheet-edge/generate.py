"""Writes the small synthetic Cricsheet JSON files of this folder (run by hand: python3 generate.py .)."""
import json, os, sys

OUT = sys.argv[1]
A = [f"A Batter{i}" for i in range(1, 13)]
B = [f"B Batter{i}" for i in range(1, 13)]
TEAMS = ["Alpha", "Beta"]
SQUAD = {"Alpha": A[:11], "Beta": B[:11]}


class Inn:
    def __init__(self, team, order, bowlers, bpo=6, quota=None, nbval=1):
        self.team, self.order, self.bowlers, self.bpo = team, list(order)[:11], list(bowlers), bpo
        self.quota = quota or {}
        self.nbval = nbval
        self.striker, self.ns = order[0], order[1]
        self.next_in = 2
        self.over_no, self.legal_in_over = 0, 0
        self.bowler_idx = 0
        self.bowler = self.bowlers[0]
        self.overs, self.cur = [], []
        self.extra = {}
        self.retired = []

    def _next_batter(self, name=None):
        if name:
            return name
        b = self.order[self.next_in]
        self.next_in += 1
        return b

    def ball(self, bat=0, wides=0, noballs=0, byes=0, legbyes=0, penalty=0, out=None, who="striker",
             fielders=None, non_boundary=False, crossed=False, next_batter=None, repl=None, bowler=None,
             out2=None, who2=None, next2=None, no_new=False):
        if bowler:
            self.bowler = bowler
        d = {"batter": self.striker, "bowler": self.bowler, "non_striker": self.ns}
        ex = {k: v for k, v in (("wides", wides), ("noballs", noballs), ("byes", byes), ("legbyes", legbyes),
                                ("penalty", penalty)) if v}
        extras = sum(ex.values())
        if ex:
            d["extras"] = ex
        d["runs"] = {"batter": bat, "extras": extras, "total": bat + extras}
        if non_boundary:
            d["runs"]["non_boundary"] = True
        if repl:
            d["replacements"] = repl
        wickets = []
        for kind, w, nxt in ((out, who, next_batter), (out2, who2, next2)):
            if not kind:
                continue
            player = self.striker if w == "striker" else self.ns if w == "non_striker" else w
            entry = {"player_out": player, "kind": kind}
            if fielders and kind in ("caught", "run out", "stumped"):
                entry["fielders"] = [{"name": f} for f in fielders]
            wickets.append((entry, player, nxt))
        if wickets:
            d["wickets"] = [e for e, _, _ in wickets]
        self.cur.append(d)
        boundary = bat in (4, 6) and not non_boundary
        ran = (0 if boundary else bat) + byes + legbyes + max(0, wides - 1) + max(0, noballs - self.nbval)
        if ran % 2 == 1:
            self.striker, self.ns = self.ns, self.striker
        for entry, player, nxt in wickets:
            if entry["kind"] == "timed out" or no_new:
                continue
            if entry["kind"] in ("retired hurt", "retired not out"):
                self.retired.append(player)
            newb = self._next_batter(nxt) if self.next_in < len(self.order) or nxt else None
            if player == self.striker:
                self.striker = newb
            else:
                self.ns = newb
        if crossed and wickets:
            self.striker, self.ns = self.ns, self.striker
        if not wides and not noballs:
            self.legal_in_over += 1
            if self.legal_in_over == self.quota.get(self.over_no, self.bpo):
                self.end_over()
        return self

    def end_over(self, keep_bowler=False):
        self.overs.append({"over": self.over_no, "deliveries": self.cur})
        self.cur = []
        self.over_no += 1
        self.legal_in_over = 0
        if self.bpo == 6 or self.over_no % 2 == 0:
            self.striker, self.ns = self.ns, self.striker
        if not keep_bowler:
            self.bowler_idx = (self.bowler_idx + 1) % len(self.bowlers)
            self.bowler = self.bowlers[self.bowler_idx]

    def replace_batter(self, out, new):
        if self.striker == out:
            self.striker = new
        else:
            self.ns = new

    def many(self, n, **kw):
        for _ in range(n):
            self.ball(**kw)
        return self

    def all_out(self, kind="bowled"):
        while self.next_in < len(self.order):
            self.ball(out=kind)
        self.ball(out=kind, no_new=True)
        return self

    def json(self):
        if self.cur:
            self.overs.append({"over": self.over_no, "deliveries": self.cur})
            self.cur = []
        j = {"team": self.team, "overs": self.overs}
        j.update(self.extra)
        return j

    def total(self):
        return sum(d["runs"]["total"] for o in self.json()["overs"] for d in o["deliveries"]) + sum(
            self.extra.get("penalty_runs", {}).values())


def match(name, innings, outcome, match_type="T20", overs=None, bpo=6, version="1.1.0", date="2019-06-01",
          extra_info=None, squads=None, season="2019"):
    info = {
        "balls_per_over": bpo,
        "dates": [date],
        "gender": "male",
        "match_type": match_type,
        "outcome": outcome,
        "players": squads or SQUAD,
        "season": season,
        "team_type": "club",
        "teams": TEAMS,
        "toss": {"decision": "bat", "winner": "Alpha"},
        "venue": "Synthetic Ground",
    }
    if overs is not None:
        info["overs"] = overs
    info.update(extra_info or {})
    doc = {"meta": {"data_version": version, "created": "2026-01-01", "revision": 1}, "info": info,
           "innings": [i if isinstance(i, dict) else i.json() for i in innings]}
    regular = [i for i in doc["innings"] if not i.get("super_over")]
    if overs is not None and len(regular) >= 2 and "target" not in regular[1]:
        # Cricsheet writes the chasing side's target on limited-overs chases.
        regular[1]["target"] = {"overs": overs, "runs": innings[0].total() + 1}
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(doc, f, indent=2)
        f.write("\n")
    totals = [i.get("team") if isinstance(i, dict) else (i.team, i.total()) for i in innings]
    print(name, totals)


AB, BB = ["B Batter10", "B Batter11"], ["A Batter10", "A Batter11"]  # Beta bowls at Alpha, Alpha at Beta

# 1. A 1.0.0 one-day file without info.overs, an integer season, no city or event: the chase wins.
a = Inn("Alpha", A, AB).many(6, bat=1).many(6, bat=2)
b = Inn("Beta", B, BB).ball(out="bowled").many(4, bat=4).ball(bat=2).ball(bat=1)
match("v100-no-overs-key.json", [a, b], {"winner": "Beta", "by": {"wickets": 9}}, match_type="ODM",
      version="1.0.0", season=2019)

# 2. No result: one short innings, then rain.
a = Inn("Alpha", A, AB).many(9, bat=1)
match("no-result.json", [a], {"result": "no result"}, overs=20)

# 3. A tie, a tied super over, then a second super over that Alpha win.
a = Inn("Alpha", A, AB).many(12, bat=1)
b = Inn("Beta", B, BB).many(12, bat=1)
s1 = Inn("Beta", [B[4], B[5], B[6]], ["A Batter9"]).many(4, bat=2).many(2, bat=0)
s2 = Inn("Alpha", [A[4], A[5], A[6]], ["B Batter9"]).many(4, bat=2).many(2, bat=0)
s3 = Inn("Alpha", [A[4], A[5], A[6]], ["B Batter8"]).many(2, bat=6).many(4, bat=0)
s4 = Inn("Beta", [B[4], B[5], B[6]], ["A Batter8"]).many(1, bat=6).ball(out="caught", fielders=["A Batter1"]).ball(
    out="bowled")
for s in (s1, s2, s3, s4):
    s.extra["super_over"] = True
match("tie-two-super-overs.json", [a, b, s1, s2, s3, s4], {"result": "tie", "eliminator": "Alpha"}, overs=2,
      extra_info={"event": {"name": "Synthetic League", "stage": "Final"}})

# 4. A tie whose one super over also tied: Beta won on boundary count (the balls cannot show it).
s1 = Inn("Beta", [B[4], B[5], B[6]], ["A Batter9"]).many(2, bat=4).many(4, bat=0)
s2 = Inn("Alpha", [A[4], A[5], A[6]], ["B Batter9"]).many(4, bat=2).many(2, bat=0)
for s in (s1, s2):
    s.extra["super_over"] = True
a = Inn("Alpha", A, AB).many(12, bat=1)
b = Inn("Beta", B, BB).many(12, bat=1)
match("tie-super-over-boundary-count.json", [a, b, s1, s2], {"result": "tie", "eliminator": "Beta"}, overs=2)

# 5. D/L: a target revised to 30 from 3.4 overs; Beta make 25, Alpha win by 4 runs.
a = Inn("Alpha", A, AB).many(30, bat=1)
b = Inn("Beta", B, BB).many(3, bat=1).many(19, bat=1).many(0)
b.extra["target"] = {"overs": 3.4, "runs": 30}
match("dl-part-overs.json", [a, b], {"winner": "Alpha", "by": {"runs": 7}, "method": "D/L"}, overs=5)

# 6. Multi-day: Alpha declare, Beta and Alpha forfeit, Beta all out in the fourth innings short of 41.
a1 = Inn("Alpha", A, AB).many(10, bat=4).ball(out="lbw").ball(out="bowled")
a1.extra["declared"] = True
b2 = Inn("Beta", B, BB).many(4, bat=2).all_out()
match("forfeits-and-declaration.json", [a1, {"team": "Beta", "forfeited": True, "overs": []},
                                        {"team": "Alpha", "forfeited": True, "overs": []}, b2],
      {"winner": "Alpha", "by": {"runs": 32}}, match_type="MDM", date="2021-09-20",
      extra_info={"toss": {"uncontested": True, "decision": "bat", "winner": "Alpha"}})

# 7. Penalty runs: before the innings, on a wide, on a legal ball, and after the innings.
a = Inn("Alpha", A, AB).many(3, bat=1).ball(wides=2, penalty=5).ball(penalty=5).many(8, bat=2)
a.extra["penalty_runs"] = {"pre": 5, "post": 5}
b = Inn("Beta", B, BB).many(12, bat=1)
match("penalty-runs.json", [a, b], {"winner": "Alpha", "by": {"runs": 29}}, overs=2)

# 8. Retired hurt on a ball (no wicket), the next man in; the hurt batter resumes after a wicket.
a = Inn("Alpha", A, AB).many(2, bat=1).ball(out="retired hurt", who="striker").many(3, bat=2)
a.ball(out="bowled", next_batter="A Batter1").many(5, bat=1)
b = Inn("Beta", B, BB).ball(out="retired not out", who="non_striker").many(11, bat=1)
match("retired-hurt-returns.json", [a, b], {"winner": "Alpha", "by": {"runs": 2}}, overs=2)

# 9. Absent hurt: Beta are all out with nine wickets.
a = Inn("Alpha", A, AB).many(12, bat=2)
b = Inn("Beta", B[:10], BB).many(2, bat=1)
b.all_out()
b.extra["absent_hurt"] = ["B Batter11"]
match("absent-hurt.json", [a, b], {"winner": "Alpha", "by": {"runs": 22}}, overs=2)

# 10. A tie settled by a bowl-out.
a = Inn("Alpha", A, AB).many(12, bat=1)
b = Inn("Beta", B, BB).many(12, bat=1)
match("bowl-out.json", [a, b], {"result": "tie", "bowl_out": "Beta"}, overs=2, date="2008-06-01",
      extra_info={"bowl_out": [{"bowler": "A Batter10", "outcome": "miss"}, {"bowler": "B Batter10",
                                                                              "outcome": "hit"}]})

# 11. The Hundred: 100 balls of five-ball sets, two-run no-balls, a free hit, ends every ten balls.
a = Inn("Alpha", A, ["B Batter10", "B Batter10", "B Batter11", "B Batter11"], bpo=5, nbval=2)
a.ball(noballs=2).ball(bat=4).many(99, bat=1)
b = Inn("Beta", B, ["A Batter10", "A Batter10", "A Batter11", "A Batter11"], bpo=5, nbval=2)
b.many(49, bat=1).ball(out="caught", fielders=["A Batter3"]).many(50, bat=1)
b.extra["target"] = {"overs": 20, "runs": 106}
match("hundred-100-balls.json", [a, b], {"winner": "Alpha", "by": {"runs": 6}}, overs=20, bpo=5,
      date="2023-08-01", version="1.2.0")

# 12. Miscounted overs: the second over had five legal balls, the fourth seven.
a = Inn("Alpha", A, AB, quota={1: 5, 3: 7}).many(24, bat=1)
a.extra["miscounted_overs"] = {"1": {"balls": 5, "umpire": "Ump One"}, "3": {"balls": 7}}
b = Inn("Beta", B, BB).many(24, bat=0)
match("miscounted-overs.json", [a, b], {"winner": "Alpha", "by": {"runs": 24}}, overs=4)

# 13. Replacements: a concussion substitute and an impact player; an injured bowler replaced mid-over; a batter
#     leaving injured without a wicket entry (role replacement).
sq = {"Alpha": A[:11] + ["A Batter12"], "Beta": B[:11] + ["B Batter12"]}
a = Inn("Alpha", A, AB).many(2, bat=1)
a.ball(bat=1, repl={"match": [{"in": "A Batter12", "out": "A Batter9", "team": "Alpha",
                               "reason": "concussion_substitute"}]})
a.ball(bowler="B Batter9", repl={"role": [{"in": "B Batter9", "out": "B Batter10", "role": "bowler",
                                            "reason": "injury"}]})
a.many(2, bat=2)
a.replace_batter(a.ns, "A Batter3")
a.ball(repl={"role": [{"in": "A Batter3", "out": "A Batter2", "role": "batter", "reason": "injury"}]})
a.many(5, bat=1)
b = Inn("Beta", B, BB)
b.ball(repl={"match": [{"in": "B Batter12", "out": "B Batter8", "team": "Beta", "reason": "impact_player"}]})
b.many(11, bat=1)
match("replacements.json", [a, b], {"winner": "Alpha", "by": {"runs": 1}}, overs=2, squads=sq)

# 14. Before Law 18.11 (2022): caught after crossing, the new batter first appears as the non-striker; the
#     non-striker run out, and two wickets on one ball (stumped + the non-striker retired hurt).
a = Inn("Alpha", A, AB).ball(bat=1).ball(out="caught", fielders=["B Batter3"], crossed=True)
a.ball(bat=1, out="run out", who="non_striker", fielders=["B Batter4", "B Batter5"])
a.ball(out="stumped", fielders=["B Batter6"], out2="retired hurt", who2="non_striker").many(8, bat=1)
b = Inn("Beta", B, BB).many(12, bat=0)
match("new-batter-as-non-striker.json", [a, b], {"winner": "Alpha", "by": {"runs": 10}}, overs=2,
      date="2018-05-01")

# 15. A Test with the follow-on, won by the side that followed on.
a1 = Inn("Alpha", A, AB).many(6, bat=4).all_out()
b2 = Inn("Beta", B, BB).many(2, bat=1).all_out()
b3 = Inn("Beta", B, BB).many(10, bat=4).all_out()
a4 = Inn("Alpha", A, AB).many(3, bat=2).all_out()
match("test-follow-on-win.json", [a1, b2, b3, a4], {"winner": "Beta", "by": {"runs": 12}}, match_type="Test",
      date="2010-01-01")

# 16. An awarded match: one innings, no margin.
a = Inn("Alpha", A, AB).many(7, bat=1)
match("awarded.json", [a], {"winner": "Beta", "method": "Awarded"}, overs=20)

# 17. Older data: a no-ball with unhit runs folded in (noballs 5), a wide with a run, a run four; a plain tie.
a = Inn("Alpha", A, AB).ball(noballs=5).ball(wides=2).ball(bat=4, non_boundary=True).many(11, bat=1)
b = Inn("Beta", B, BB).ball(bat=6).many(9, bat=1).ball(noballs=1, byes=4).ball(bat=2).ball(bat=0)
match("old-noballs-and-tie.json", [a, b], {"result": "tie"}, match_type="ODI", overs=2, date="2005-01-01")

# 18. A timed-out batter recorded on the same ball as a catch.
a = Inn("Alpha", A, AB).ball(bat=1)
a.ball(out="caught", fielders=["B Batter2"], out2="timed out", who2="A Batter3", next_batter="A Batter4")
a.many(10, bat=1)
b = Inn("Beta", B, BB).many(12, bat=0)
match("timed-out-same-ball.json", [a, b], {"winner": "Alpha", "by": {"runs": 11}}, overs=2, date="2023-11-06")

# 19. One bowler recorded bowling two overs running; a catch on the ball after a no-ball in a T20 played without
#     free hits after every no-ball.
a = Inn("Alpha", A, ["B Batter10", "B Batter10", "B Batter11"]).many(5, bat=1).ball(noballs=1)
a.ball(out="caught", fielders=["B Batter2"]).many(12, bat=1)
b = Inn("Beta", B, ["A Batter10", "A Batter11", "A Batter10"]).many(17, bat=1).ball(bat=2)
match("consecutive-overs-no-free-hit.json", [a, b], {"winner": "Beta", "by": {"wickets": 10}}, overs=3,
      date="2019-05-01")

# 20. Level on a D/L par score when rain stopped the chase: a tie the balls alone cannot show.
a = Inn("Alpha", A, AB).many(12, bat=1)
b = Inn("Beta", B, BB).many(6, bat=1)
b.extra["target"] = {"overs": 2, "runs": 13}
match("dl-tie-chase-stopped.json", [a, b], {"result": "tie", "method": "D/L"}, overs=2)

# 21. A two-day match of one innings a side (MDM), won on the only two innings.
a = Inn("Alpha", A, AB).many(12, bat=2)
a.extra["declared"] = True
b = Inn("Beta", B, BB).many(6, bat=1).all_out()
match("mdm-one-innings-each.json", [a, b], {"winner": "Alpha", "by": {"runs": 18}}, match_type="MDM")

# 22. A limited-overs match the file calls a draw.
a = Inn("Alpha", A, AB).many(9, bat=1)
match("limited-overs-draw.json", [a], {"result": "draw"}, match_type="ODM", overs=50)

# 23. Real-file shapes the Laws would not allow but the umpires did: a five-ball over and the same bowler bowling
#     the next one; a batter and a bowler used in the match though the file's players list leaves them out.
sq = {"Alpha": [A[0]] + A[2:11], "Beta": B[:10]}  # A Batter2 (opener) and B Batter11 (bowler) left out
a = Inn("Alpha", A, ["B Batter10", "B Batter10", "B Batter11"], quota={0: 5}).many(17, bat=1)
a.extra["miscounted_overs"] = {"0": {"balls": 5}}
b = Inn("Beta", B, ["A Batter10", "A Batter11", "A Batter10"]).many(18, bat=0)
match("short-over-same-bowler-and-unlisted-players.json", [a, b], {"winner": "Alpha", "by": {"runs": 17}},
      overs=3, squads=sq)

# 24. A run out whose victim the file names wrongly: it calls the striker out, but the striker bats on from the
#     next ball and the non-striker is never seen again (the non-striker was the one run out).
a = Inn("Alpha", A, AB).many(12, bat=1)
b = Inn("Beta", B, BB).many(3, bat=0)
b.ball(bat=1, out="run out", who="non_striker", fielders=["A Batter4"]).many(8, bat=0)
bj = b.json()
wicket_ball = next(d for o in bj["overs"] for d in o["deliveries"] if "wickets" in d)
wicket_ball["wickets"][0]["player_out"] = wicket_ball["batter"]
match("run-out-victim-misnamed.json", [a, bj], {"winner": "Alpha", "by": {"runs": 11}}, overs=2)

# 25. Rain ended the chase with Beta behind the D/L par score (15 after 2 overs): Alpha win by par less the score.
a = Inn("Alpha", A, AB).many(30, bat=1)
b = Inn("Beta", B, BB).many(10, bat=1).many(2, bat=0)
b.extra["target"] = {"overs": 2, "runs": 16}
match("dl-behind-par.json", [a, b], {"winner": "Alpha", "by": {"runs": 5}, "method": "D/L"}, overs=5)

# 26. Rain ended the chase with Beta level on the D/L par score: a tie, and no super over (no more play).
a = Inn("Alpha", A, AB).many(30, bat=1)
b = Inn("Beta", B, BB).many(11, bat=1).ball(bat=4)
b.extra["target"] = {"overs": 2, "runs": 16}
match("dl-tie-on-par.json", [a, b], {"result": "tie", "method": "D/L"}, overs=5)

# 27. Rain stopped the chase mid-over with Beta ahead of par (19 after 1.3 overs): the file's target (20 in 1.3
#     overs) is par + 1 at the stop, Beta's balls went past it, and Beta win by their score less par.
a = Inn("Alpha", A, AB).many(30, bat=1)
b = Inn("Beta", B, BB).many(6, bat=4).many(3, bat=0)
b.extra["target"] = {"overs": 1.3, "runs": 20}
match("dl-ahead-of-par-mid-over.json", [a, b], {"winner": "Beta", "by": {"runs": 5}, "method": "D/L"}, overs=5)

# 28. The file's outcome is a run out from its balls (a slip in the source): Alpha 12, Beta 10, yet "by 1 run".
a = Inn("Alpha", A, AB).many(12, bat=1)
b = Inn("Beta", B, BB).many(10, bat=1).many(2, bat=0)
match("outcome-a-run-off.json", [a, b], {"winner": "Alpha", "by": {"runs": 1}}, overs=2)
