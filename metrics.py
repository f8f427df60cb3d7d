"""metrics.py -- how the paper scores an evaluation: Pass@1, Time% / Memory% / Integral%, the speed-up over the
original C0, %Opt, and their intervals.

    rows = metrics.summarize(trajectories, problems)        # one row per iteration of the loop (eval.py prints them)
    m = metrics.evaluate_attempts([{"problem_id", "passed", "time_ms", "memory_kb", "integral_kb_ms"}, ...], problems)
    m["time%"]["mean"], m["time%"]["ci95"], m["breakdown"]["time%"]
    a, b = (metrics.per_problem(t, problems, 4)["%opt"] for t in (grpo_trajectories, sft_trajectories))
    diff, ci95 = metrics.paired_difference(a, b)              # GRPO - SFT at iteration 4, on the same problems

Time% / Memory% / Integral% (the paper's Beyond_T / Beyond_M / Beyond_I): an attempt with cost x, against the
costs H of the problem's *passing* human solutions measured in our sandbox, scores

    score(x) = passed * |{h in H : h >= x}| / |H|          (ties count as beaten; no H, or a failure: 0)

averaged over attempts, so Time% <= Pass@1 always. H is measured beside the attempt where the attempt says so
(a["human"], which afterburner.rescore sets: the human solutions run in the same batch as the kept codes), else
it is the profile's (data.human_values, measured once at another moment). Also: the Beyond / Mediocre / Below /
Failed breakdown, and Mercury's min-max normalised runtime as a second view.

Against round 0's kept code C0 (the paper's original, or the model's own first answer), per iteration:

    speed-up = geometric mean over problems where C0 and the kept code both pass of time(C0) / time(kept)
    %Opt     = share of all problems where both pass and time(C0) / time(kept) >= OPT_THRESHOLD

The interval, exactly: a percentile bootstrap over attempts (for the speed-up and %Opt: over problems) -- draw n
of the n with replacement, 1,000 times, compute the figure each time; the interval is the 2.5th to 97.5th
percentile of those. The paper instead resamples 4 of the 16 executions of each problem 128 times, so its interval
covers the timing noise of the runs. Ours covers which problems were drawn, not the noise of each run: that noise
is kept out of the figures before they get here (every attempt's time is the least of afterburner.REPEATS
interleaved runs, and the loop scores kept code with a side-by-side re-measurement, human solutions included,
that no keep-best decision used; see afterburner.rescore).
"""
import math
import random

import data

METRIC_NAMES = ("pass@1", "time%", "memory%", "integral%")
# %Opt (after PIE): the share of problems whose code is correct and >= 1.2x faster than the original C0 (summarize
# per iteration; grpo.py per step, on its samples). Keep-best's band is wider: it keeps a new code only when it is
# more than 1.25x faster than the kept one (afterburner.KEEP_MARGIN).
OPT_THRESHOLD = 1.2


# ----------------------------------------------------------------------------------------------------------
# The per-attempt scores
# ----------------------------------------------------------------------------------------------------------
def beats_share(value, human):
    """Share of human values >= value: ties count as beaten. No human values -> 0 (nothing to beat)."""
    return sum(h >= value for h in human) / len(human) if human else 0.0


def beyond_score(passed, value, human):
    """Time% / Memory% / Integral% of one attempt: passed x beats_share."""
    return beats_share(value, human) if passed else 0.0


def mercury_beyond(passed, value, human):
    """Mercury's view: runtime clipped to [min H, max H], scored (max H - r) / (max H - min H); failures 0."""
    if not passed or not human:
        return 0.0
    lo, hi = min(human), max(human)
    if hi == lo:
        return 1.0 if value <= lo else 0.0
    return (hi - min(max(value, lo), hi)) / (hi - lo)


def breakdown(scores, passed):
    """Share of attempts that are Beyond (score 1), Mediocre (0 < score < 1), Below (passed, score 0), Failed."""
    n = max(1, len(scores))
    return {"beyond": sum(p and s >= 1 for s, p in zip(scores, passed)) / n,
            "mediocre": sum(p and 0 < s < 1 for s, p in zip(scores, passed)) / n,
            "below": sum(p and s <= 0 for s, p in zip(scores, passed)) / n,
            "failed": sum(not p for p in passed) / n}


# ----------------------------------------------------------------------------------------------------------
# Means and their intervals
# ----------------------------------------------------------------------------------------------------------
def mean(xs):
    return sum(xs) / len(xs) if xs else 0.0


def geomean(xs):
    return math.exp(sum(map(math.log, xs)) / len(xs)) if xs else None


def bootstrap_ci(values, statistic, n_boot=1000, rng=None):
    """95% percentile bootstrap of statistic(values): draw len(values) of them with replacement, n_boot times;
    the 2.5th and 97.5th percentiles of the statistic. None for no values."""
    if not values:
        return None
    rng, n = rng or random.Random(0), len(values)
    boots = sorted(statistic([values[rng.randrange(n)] for _ in range(n)]) for _ in range(n_boot))
    return boots[int(0.025 * n_boot)], boots[int(0.975 * n_boot) - 1]


# ----------------------------------------------------------------------------------------------------------
# One round's attempts, and the whole evaluation
# ----------------------------------------------------------------------------------------------------------
def attempt_scores(attempts, problems):
    """attempts: [{"problem_id", "passed", "time_ms", "memory_kb", "integral_kb_ms"}] -> {metric: [score of each
    attempt, in percent]} for Pass@1, Time%, Memory%, Integral% and Mercury's Time%."""
    by_id = {str(p["problem_id"]): p for p in problems}

    def human(a, metric):  # measured beside the attempt (afterburner.rescore) where it can be, else the profile's
        return a["human"][metric] if "human" in a else data.human_values(by_id[str(a["problem_id"])], metric)
    per = {"pass@1": [100.0 * bool(a["passed"]) for a in attempts]}
    for name, metric in (("time%", "time_ms"), ("memory%", "memory_kb"), ("integral%", "integral_kb_ms")):
        per[name] = [100.0 * beyond_score(a["passed"], a[metric], human(a, metric)) for a in attempts]
    per["mercury_time%"] = [100.0 * mercury_beyond(a["passed"], a["time_ms"], human(a, "time_ms"))
                            for a in attempts]
    return per


def evaluate_attempts(attempts, problems, n_boot=1000, seed=0):
    """attempts: [{"problem_id", "passed", "time_ms", "memory_kb", "integral_kb_ms"}] -> the paper's metrics in
    percent, with a 95% bootstrap interval over attempts for each."""
    per = attempt_scores(attempts, problems)
    passed = [bool(a["passed"]) for a in attempts]
    rng = random.Random(seed)  # one stream for every figure
    out = {"n": len(attempts)}
    for name, values in per.items():
        out[name] = {"mean": mean(values), "ci95": bootstrap_ci(values, mean, n_boot, rng) or (0.0, 0.0)}
    out["breakdown"] = {name: breakdown([v / 100 for v in per[name]], passed)
                        for name in ("time%", "memory%", "integral%")}
    return out


def optimized(original, attempt):
    """%Opt of one problem: 100 if the original C0 and the attempt both pass and the attempt is >= OPT_THRESHOLD x
    faster, else 0."""
    return 100.0 * bool(original["passed"] and attempt["passed"] and attempt["time_ms"] > 0
                        and original["time_ms"] / attempt["time_ms"] >= OPT_THRESHOLD)


def against_original(originals, attempts):
    """The speed-up of each problem's attempt over its original C0 (geometric mean over problems where both pass;
    None if none do) and %Opt (percent of all problems where both pass and the attempt is >= OPT_THRESHOLD x
    faster), each with its 95% bootstrap interval over problems."""
    ratios = [o["time_ms"] / a["time_ms"] for o, a in zip(originals, attempts)
              if o["passed"] and a["passed"] and o["time_ms"] > 0 and a["time_ms"] > 0]
    opt = [optimized(o, a) for o, a in zip(originals, attempts)]
    return {"speedup": geomean(ratios), "%opt": mean(opt),
            "ci95": {"speedup": bootstrap_ci(ratios, geomean, rng=random.Random(0)),
                     "%opt": bootstrap_ci(opt, mean, rng=random.Random(0))}}


def summarize(trajectories, problems, iterations=None):
    """Per-iteration metrics of the kept solutions: a list of dicts, one per iteration.

    Every figure reads each round's `scoring_result`: afterburner.rescore's side-by-side re-measurement of the
    kept code, used by no keep-best decision, so a speed-up that does not survive a re-measurement is not counted.
    Beside Pass@1 / Time% / Memory% / Integral% (evaluate_attempts) each row has the speed-up and %Opt against
    round 0's kept code C0 (against_original), each with its 95% interval (ci95)."""
    iterations = len(trajectories[0]) - 1 if iterations is None else iterations
    rows, firsts = [], [t[0]["scoring_result"] for t in trajectories]
    for k in range(iterations + 1):
        kept = [t[k]["scoring_result"] for t in trajectories]
        m = evaluate_attempts([{"problem_id": p["problem_id"], **r} for p, r in zip(problems, kept)], problems)
        c0 = against_original(firsts, kept)
        rows.append({"iteration": k, **{n: m[n]["mean"] for n in METRIC_NAMES},
                     "ci95": {**{n: m[n]["ci95"] for n in METRIC_NAMES}, **c0["ci95"]},
                     "breakdown": m["breakdown"], "speedup": c0["speedup"], "%opt": c0["%opt"], "n": m["n"]})
    return rows


# ----------------------------------------------------------------------------------------------------------
# Two methods on the same problems
# ----------------------------------------------------------------------------------------------------------
def per_problem(trajectories, problems, k):
    """Each problem's scores at iteration k, in the problems' order: {metric: [score per problem]} for Pass@1,
    Time%, Memory%, Integral% and %Opt (0 or 100): the numbers whose means summarize reports for that row."""
    kept = [t[k]["scoring_result"] for t in trajectories]
    per = attempt_scores([{"problem_id": p["problem_id"], **r} for p, r in zip(problems, kept)], problems)
    per["%opt"] = [optimized(t[0]["scoring_result"], r) for t, r in zip(trajectories, kept)]
    return per


def paired_difference(a, b, n_boot=1000, seed=0):
    """Two methods' scores on the same problems (a[i] and b[i] on problem i) -> the mean of a[i] - b[i] and its 95%
    percentile bootstrap interval, both methods resampled with the same draw of problems. Which problems were drawn
    moves both methods alike (a hard problem fails for both), so the paired interval is narrower than the two
    methods' own intervals side by side, and an interval that excludes 0 is a difference this set of problems
    supports."""
    d = [x - y for x, y in zip(a, b, strict=True)]                         # one difference per problem
    return mean(d), bootstrap_ci(d, mean, n_boot, random.Random(seed))
