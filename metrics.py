"""metrics.py -- how the paper scores an attempt: Pass@1, Time% / Memory% / Integral%, and their intervals.

    m = metrics.evaluate_attempts([{"problem_id", "passed", "time_ms", "memory_kb", "integral_kb_ms"}, ...], problems)
    m["time%"]["mean"], m["time%"]["ci95"], m["breakdown"]["time%"]

Time% / Memory% / Integral% (the paper's Beyond_T / Beyond_M / Beyond_I): an attempt with cost x, against the
costs H of the problem's *passing* human solutions measured in our sandbox, scores

    score(x) = passed * |{h in H : h >= x}| / |H|          (ties count as beaten; no H, or a failure: 0)

averaged over attempts, so Time% <= Pass@1 always. H is measured beside the attempt where the attempt says so
(a["human"], which afterburner.rescore sets: the human solutions run in the same batch as the kept codes), else
it is the profile's (data.human_values, measured once at another moment). Also: the Beyond / Mediocre / Below /
Failed breakdown, a 95% bootstrap interval for each figure, and Mercury's min-max normalised runtime as a second
view.

The interval, exactly: a percentile bootstrap over attempts -- draw n of the n attempts with replacement,
1,000 times, take the mean each time; the interval is the 2.5th to 97.5th percentile of those means. The paper
instead resamples 4 of the 16 executions of each problem 128 times, so its interval covers the timing noise of
the runs. Ours covers which problems were drawn, not the noise of each run: that noise is kept out of the
figures before they get here (every attempt's time is the least of afterburner.REPEATS interleaved runs, and
the loop scores kept code with a side-by-side re-measurement, human solutions included, that no keep-best
decision used; see afterburner.rescore). eval.summarize bootstraps the speed-up over C0 and %Opt over problems
the same way.
"""
import random

import data

# %Opt (after PIE): the share of problems whose code is correct and >= 1.2x faster than the original C0. Below 1.2x
# the timing noise could count (keep-best's margin is the same 20%); eval.summarize per round, grpo.py per step.
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


def evaluate_attempts(attempts, problems, n_boot=1000, seed=0):
    """attempts: [{"problem_id", "passed", "time_ms", "memory_kb", "integral_kb_ms"}] -> the paper's metrics in
    percent, with a 95% bootstrap interval over attempts for each."""
    by_id = {str(p["problem_id"]): p for p in problems}

    def human(a, metric):  # measured beside the attempt (afterburner.rescore) where it can be, else the profile's
        return a["human"][metric] if "human" in a else data.human_values(by_id[str(a["problem_id"])], metric)
    passed = [bool(a["passed"]) for a in attempts]
    per = {"pass@1": [100.0 * p for p in passed]}
    for name, metric in (("time%", "time_ms"), ("memory%", "memory_kb"), ("integral%", "integral_kb_ms")):
        per[name] = [100.0 * beyond_score(a["passed"], a[metric], human(a, metric)) for a in attempts]
    per["mercury_time%"] = [100.0 * mercury_beyond(a["passed"], a["time_ms"], human(a, "time_ms"))
                            for a in attempts]
    rng, n = random.Random(seed), len(attempts)
    out = {"n": n}
    for name, values in per.items():
        mean = sum(values) / n if n else 0.0
        boots = sorted(sum(values[rng.randrange(n)] for _ in range(n)) / n for _ in range(n_boot)) if n else [0.0]
        out[name] = {"mean": mean, "ci95": (boots[int(0.025 * len(boots))], boots[int(0.975 * len(boots)) - 1])}
    out["breakdown"] = {name: breakdown([v / 100 for v in per[name]], passed)
                        for name in ("time%", "memory%", "integral%")}
    return out
