"""afterburner.py -- the method: the iterative optimisation loop, its keep-best rule, and the reward.

    traj = optimize(problem, model.ModelGenerator(policy, tok), iterations=4, instruction="time")
    python afterburner.py --problem max-subarray-sum --iterations 4

The loop (the paper's "iterative optimization framework", Algorithm 1):

    round 0:  generate from scratch (or start from a given original solution C0)
    round k:  prompt = problem + kept code + its measured Passed / Time / Memory / Integral
              -> model -> new code -> sandbox -> keep the better of kept and new

Keep-best rule (`better`): fail->pass takes the new code, pass->fail keeps the old, fail->fail takes the new (it
may fail less badly and it moves the search on), pass->pass takes the new code only if it is strictly better on
the instructed metric, where *lower is better for all three metrics*. (The reference code keeps the new code
when its integral is larger: an inverted comparison that we do not copy.)

The reward (`afterburner_reward`) scores one step of this loop -- an answer against the original it was asked
to improve -- and is what GRPO maximises (grpo.py) and what the TRL/verl adapters export (integrations.py).

What is simplified: one answer per round (the paper's evaluation is greedy too); the sandbox runs on this machine
instead of a service of Docker containers (a reader can run and read it; see sandbox.py for what that costs).
"""
import math
import sys

import cli
import data
import model
import prompts
import sandbox

EVAL_LIMITS = dict(timeout_s=10.0, repeats=1)


# ----------------------------------------------------------------------------------------------------------
# 1. The reward of one step
# ----------------------------------------------------------------------------------------------------------
PASS_REWARD = {(False, False): -0.5, (True, True): 0.5, (False, True): 1.0, (True, False): -1.0}


def afterburner_reward(answer, original, result, instruction):
    """The paper's reward of one answer, by component. `original` and `result` are ExecResult-like dicts.

        R = 0.2 * R_format + 0.5 * (R_pass + 0.5 * 1[passed] * tanh(gain)),  gain = clip((b - c) / b, -1, 1)
    """
    metric = prompts.METRIC[instruction]
    r_format = 1.0 if prompts.format_ok(answer) else 0.0
    r_pass = PASS_REWARD[(bool(original["passed"]), bool(result["passed"]))]
    if not result["passed"]:
        gain = 0.0
    elif not original["passed"]:
        gain = 1.0  # anything that passes beats a failing original completely
    else:
        b, c = original[metric], result[metric]
        gain = max(-1.0, min(1.0, (b - c) / (b + 1e-9)))
    total = 0.2 * r_format + 0.5 * (r_pass + 0.5 * float(result["passed"]) * math.tanh(gain))
    return {"total": total, "format": r_format, "pass": r_pass, "gain": gain}


# ----------------------------------------------------------------------------------------------------------
# 2. Running answers, and the keep-best rule
# ----------------------------------------------------------------------------------------------------------
def run_codes(codes, problems, **limits):
    """Run each extracted code on its problem, all in parallel; an answer without code (None) fails without a
    sandbox run. Returns ExecResult dicts, one per code."""
    ran = iter(sandbox.execute_many([(c, p) for c, p in zip(codes, problems) if c], **limits))
    return [next(ran).to_dict() if code else dict(
        status="failed", passed=False, tests_passed=0, tests_total=len(p["tests"]), time_ms=0.0, memory_kb=0.0,
        integral_kb_ms=0.0, error="the answer holds no code block", wall_ms=0.0) for code, p in zip(codes, problems)]


def better(new, old, instruction):
    """Keep-best: is `new` (an ExecResult dict) to be kept over `old` (None before round 0)?"""
    if old is None:
        return True
    if new["passed"] != old["passed"]:
        return new["passed"]                  # fail->pass: new; pass->fail: old
    if not new["passed"]:
        return True                           # fail->fail: move on with the new attempt
    metric = prompts.METRIC[instruction]
    return new[metric] < old[metric]          # lower is better for time, memory AND integral


# ----------------------------------------------------------------------------------------------------------
# 3. The iterative optimisation loop
# ----------------------------------------------------------------------------------------------------------
def original_for_prompt(previous_round, use_original=True):
    """What the next prompt shows as the original: the kept code with its measurements, or None (round-0 prompt).

    A kept answer without code (every answer so far held no code block) has nothing to show, so the prompt falls
    back to the round-0 one: "no original code provided, generate a new solution"."""
    if previous_round is None or not previous_round["kept_code"] or not use_original:
        return None
    return {"code": previous_round["kept_code"], **previous_round["kept"]}


CUT = "the answer was cut at the token limit (max_new_tokens) before it ended;"


def note_cut_answers(answers, results):
    """When max_new_tokens cut an answer (model.Answer.truncated), say so in its failure: it would otherwise read
    as a plain syntax error, to the user and to the model in the next round's prompt."""
    for answer, res in zip(answers, results):
        if getattr(answer, "truncated", False) and not res["passed"]:
            res["error"] = f"{CUT} {res['error']}"


def optimize_many(problems, generator, iterations=4, instruction="time", original_codes=None, feedback=True,
                  use_original=True, limits=None, workers=None, trajectories=None, on_round=None):
    """Run the loop on every problem at once (one generator call and one sandbox batch per round).

    Returns one trajectory per problem: a list of rounds {round, answer, code, result, kept_code, kept, improved}.
    `feedback=False` / `use_original=False` are the paper's two ablations. Pass earlier `trajectories` to resume;
    `on_round(trajectories)` is called after every round (checkpointing)."""
    limits = {**EVAL_LIMITS, **(limits or {})}
    trajs = trajectories or [[] for _ in problems]
    for rnd in range(len(trajs[0]), iterations + 1):
        previous = [t[-1] if t else None for t in trajs]   # each problem's last round (None before round 0)
        if rnd == 0 and original_codes:
            answers = [None] * len(problems)
            codes = list(original_codes)
        else:
            asks = [prompts.optimization_prompt(p, instruction, original_for_prompt(last, use_original), feedback)
                    for p, last in zip(problems, previous)]
            answers = generator(asks)
            codes = [prompts.extract_code(a) for a in answers]
        results = run_codes(codes, problems, workers=workers, **limits)
        note_cut_answers(answers, results)
        for t, answer, code, res, last in zip(trajs, answers, codes, results, previous):
            old = last["kept"] if last else None
            keep = better(res, old, instruction)
            t.append({"round": rnd, "answer": answer, "truncated": bool(getattr(answer, "truncated", False)),
                      "code": code, "result": res,
                      "kept_code": code if keep else last["kept_code"], "kept": res if keep else old,
                      "improved": bool(old) and keep and res["passed"] and old["passed"]})
        if on_round:
            on_round(trajs)
    return trajs


def optimize(problem, generator, iterations=4, instruction="time", original_code=None, **kw):
    """The loop on one problem; see optimize_many."""
    return optimize_many([problem], generator, iterations, instruction,
                         [original_code] if original_code else None, **kw)[0]


# ----------------------------------------------------------------------------------------------------------
# 4. CLI: watch one problem improve
# ----------------------------------------------------------------------------------------------------------
def main(argv=None):
    ap = cli.Parser(description="Run the iterative optimisation loop on one problem and print every round's code, "
                                "verdict and measurements.")
    ap.add_argument("--problem", required=True, help="problem id (see `python data.py stats`)")
    ap.add_argument("--dataset", default="embedded", help="embedded, venus, apps, or a .jsonl/.parquet file")
    ap.add_argument("--code", help="a Python file to start from (round 0 measures it instead of generating)")
    ap.add_argument("--iterations", type=cli.at_least(0), default=4, help="rounds after round 0")
    ap.add_argument("--instruction", default="time", choices=sorted(prompts.INSTRUCTIONS), help="metric to improve")
    ap.add_argument("--model", default="auto", help="HF id, a local folder, `embedded`, or `auto`")
    ap.add_argument("--adapter", help="a LoRA adapter folder saved by sft.py / dpo.py / grpo.py")
    ap.add_argument("--temperature", type=cli.at_least(0.0, float), default=0.0,
                    help="0 = greedy (the paper's evaluation)")
    ap.add_argument("--max-new-tokens", type=cli.at_least(1), default=512, help="answer length limit")
    a = ap.parse_args(argv)
    return cli.run(lambda: watch(a), on_interrupt=lambda: "nothing is saved by afterburner.py")


def watch(a):
    model.check_adapter(a.adapter)
    model.resolve_model(a.model)
    try:
        problem = data.get_problem(a.problem, a.dataset)
    except data.DataError as e:
        sys.exit(f"error: {e}")
    original = None
    if a.code:
        try:
            original = open(a.code).read()
        except OSError as e:
            sys.exit(f"error: cannot read --code: {e}")
    policy, tok = model.load_model(a.model, adapter=a.adapter)
    print(f"model: {a.model} ({policy.config._name_or_path}), problem: {problem['problem_id']}, "
          f"instruction: {a.instruction}")
    gen = model.ModelGenerator(policy, tok, temperature=a.temperature, max_new_tokens=a.max_new_tokens)
    for r in optimize(problem, gen, a.iterations, a.instruction, original):
        res, kept = r["result"], r["kept"]
        cut = f", cut at --max-new-tokens {a.max_new_tokens}" if r.get("truncated") else ""
        print(f"\n=== round {r['round']}: {res['status']} ({res['tests_passed']}/{res['tests_total']}{cut})  "
              f"time {res['time_ms']:.2f} ms  memory {res['memory_kb']:.0f} KB  integral {res['integral_kb_ms']:.0f}"
              f"  | kept: {'new' if r['kept_code'] == r['code'] else 'previous'}, {kept['status']}, "
              f"time {kept['time_ms']:.2f} ms")
        print(r["code"] or f"(no code in the answer)\n{(r['answer'] or '')[:400]}")
        if res["error"]:
            print(f"-- {res['error']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
