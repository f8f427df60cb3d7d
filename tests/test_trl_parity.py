"""Parity with TRL: our hand-written SFT, DPO and GRPO objectives give the same loss AND the same gradient, for every
parameter of a model, as TRL's trainers (trl 1.16.0) in the matching configuration.

Both sides start from identical copies (copy.deepcopy) of model.tiny_model() (float32, full fine-tuning: every
parameter is trainable and compared) and see the same fixed batch of token ids (prompts of different lengths, so the
layouts really pad; completions of different lengths, some ending with EOS, which is also the pad token).

  * ours: model.pack -> model.completion_logps -> sft.sft_loss / dpo.dpo_loss / grpo.grpo_loss (through
    sft.batch_loss and dpo.sequence_logps, the helpers the training scripts call), then .backward();
  * TRL: a real SFTTrainer / DPOTrainer / GRPOTrainer built on the tiny model (tiny in-memory datasets.Dataset,
    report_to="none", use_cpu=True, bf16=False, output_dir under tmp_path), its own data collator where it has one,
    then trainer.compute_loss(model, inputs) (-> `_compute_loss`, TRL's fused LM head included), then .backward().

Tolerances (TOL = 1e-5):
  * losses, log-probs, advantages, logged statistics: ABSOLUTE, |ours - TRL| <= 1e-5 (all are O(0.01)..O(10));
  * gradients: RELATIVE per parameter tensor, max_i |g_ours_i - g_TRL_i| <= 1e-5 * max_i |g_TRL_i|, for every
    named parameter (TRL's gradient must be non-zero, so the check is never vacuous); a separate test shows that a
    different objective (another GRPO loss_type) misses this tolerance by orders of magnitude.
Observed (float32, CPU): loss differences <= 1.4e-6 (DPO, beta=0.5; GRPO <= 1e-7; SFT 0), gradient relative differences
1e-6 .. 4e-6.

The TRL configuration that matches ours exactly (anything not listed is TRL's default):
  common   gradient_accumulation_steps=1 (TRL divides by it); GRPO reads `current_gradient_accumulation_steps`,
           which only Trainer's training loop sets, so the test sets it to 1 as that loop would.
  SFT      SFTConfig(completion_only_loss=True, max_length=None, padding_free=False [default], loss_type="nll"
           [default]) on a pre-tokenised dataset with `input_ids` + `completion_mask` columns; TRL builds the labels
           itself (-100 on prompt tokens) and its DataCollatorForLanguageModeling pads (right, labels -100).
           compute_loss is checked both with num_items_in_batch=None and with the label-token count that
           Trainer.training_step passes: both are our token mean.
  DPO      DPOConfig(beta=beta, loss_type=["sigmoid"] [default], label_smoothing=0 [default], f_divergence_type=
           "reverse_kl" [default], ld_alpha=None [default], use_weighting=False [default], precompute_ref_log_probs=
           False [default], max_length=None) and an explicit ref_model. The batch is [prompt | chosen] and
           [prompt | rejected], right-padded, built by TRL's own DataCollatorForPreference from our token ids.
           (TRL tokenises text datasets itself; the text dataset only exists so that the trainer can be built.)
  GRPO     GRPOConfig(loss_type in {grpo, dr_grpo, dapo}, scale_rewards in {group, batch, none}, beta,
           epsilon=epsilon_low, epsilon_high=epsilon_high, max_completion_length=the value we pass as
           max_completion_length (used by dr_grpo), num_generations=G, per_device_train_batch_size=G * prompts,
           steps_per_generation=1 [default: = gradient_accumulation_steps], num_iterations=1 [default],
           temperature=1.0 [default; TRL divides the logits by it], importance_sampling_level="token" [default],
           top_entropy_quantile=1.0, entropy_coef=0, delta=None, off_policy_mask_threshold=None,
           multi_objective_aggregation="sum_then_normalize", use_vllm=False [all defaults],
           use_bias_correction_kl=False [NOT the default]).
           - use_bias_correction_kl: TRL's default (True) multiplies the k3 KL term by the importance ratio
             pi/pi_old; ours does not. With beta > 0 the default differs from ours: off-policy in the loss value
             and the gradient, on-policy in the gradient only (the ratio is 1 but not its gradient); see
             test_trl_default_importance_weighted_kl_differs.
           - loss_type="dapo": TRL divides by inputs["num_items_in_batch"] (the completion-token count of the whole
             generation batch, as TRL's generation step sets it); with one micro-batch per generation batch this is
             our sum of the mask.
           - reference model (beta > 0): for a full (non-PEFT) model TRL loads the reference itself, from
             model.config._name_or_path. We save the reference (another random tiny model) to a folder and point
             the policy's _name_or_path at it; TRL's reference log-probs are computed with TRL's own
             `_get_per_token_logps_and_entropies(trainer.ref_model, ...)`, ours with completion_logps.
           - advantages: computed by TRL's real code path, GRPOTrainer._generate_and_score_completions (it generates
             from the tiny model, then scores with a reward function that returns fixed rewards). Advantages depend
             only on the rewards and the group layout, so the loss tests feed TRL's advantages to TRL and our
             group_advantages(...) of the same rewards to ours, after checking they agree.
           - inputs: prompt_ids / prompt_mask / completion_ids / completion_mask are exactly model.pack's
             layout [left-padded prompt | right-padded completion] split at the prompt width, which is also the layout
             TRL's generation step produces. TRL calls the model without position_ids (positions count the left
             padding), ours passes positions that skip it: RoPE only sees position differences, so the log-probs
             agree to float rounding (checked).
"""
import os

for _var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):  # never touch the network
    os.environ[_var] = "1"

import copy  # noqa: E402

import pytest  # noqa: E402
import torch  # noqa: E402

import model as models  # noqa: E402
import dpo  # noqa: E402
import grpo  # noqa: E402
import sft  # noqa: E402

datasets = pytest.importorskip("datasets")
trl = pytest.importorskip("trl")
from trl import DPOConfig, DPOTrainer, GRPOConfig, GRPOTrainer, SFTConfig, SFTTrainer  # noqa: E402
from trl.trainer.utils import nanstd  # noqa: E402

TOL = 1e-5
G = 3                                           # GRPO group size
REWARDS = [1.0, 0.0, 0.5,                        # group 0: spread
           0.3, 0.3, 0.3,                        # group 1: all equal -> advantage 0 under group scaling
           0.2, 0.9, -0.4]                       # group 2
MAX_COMPLETION_LENGTH = 8                        # > the batch's completion width (6): dr_grpo must use the constant
SCALES = ["group", "batch", "none"]
LOSS_TYPES = ["grpo", "dr_grpo", "dapo"]


# ------------------------------------------------------------------------------------------------ shared set-up
def fixed_batch(tok):
    """The batch every parity test uses (bench/bench_training.py imports it too): token ids drawn from one seeded
    generator, in a fixed order."""
    g = torch.Generator().manual_seed(1234)
    eos = tok.eos_token_id

    def ids(n):
        return torch.randint(10, len(tok), (n,), generator=g).tolist()

    prompts_ = [ids(5), ids(3), ids(7)]
    # SFT / DPO: one completion (and one rejected answer) per prompt
    chosen = [ids(4) + [eos], ids(6), ids(2) + [eos]]
    rejected = [ids(3) + [eos], ids(5), ids(6) + [eos]]
    # GRPO: G completions per prompt, lengths 1..6, some ending with EOS (= the pad token)
    lengths = [6, 2, 4, 1, 5, 6, 3, 6, 2]
    grpo_completions = [ids(n - 1) + [eos] if i % 3 == 0 else ids(n) for i, n in enumerate(lengths)]
    grpo_prompts = [p for p in prompts_ for _ in range(G)]
    # the stale "old" policy: a fixed per-token log-prob shift in [-0.5, 0.5] (ratios 0.61..1.65: clipping happens)
    old_shift = torch.rand((len(lengths), max(lengths)), generator=g) - 0.5
    return dict(prompts=prompts_, chosen=chosen, rejected=rejected, grpo_prompts=grpo_prompts,
                grpo_completions=grpo_completions, old_shift=old_shift)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """The policy, a different reference (saved to disk for GRPOTrainer), the tokenizer and the fixed batch."""
    torch.manual_seed(0)
    policy, tok = models.tiny_model(seed=0)
    reference, _ = models.tiny_model(seed=1)
    ref_dir = str(tmp_path_factory.mktemp("reference"))
    reference.save_pretrained(ref_dir)
    return dict(policy=policy, reference=reference, ref_dir=ref_dir, tok=tok, **fixed_batch(tok))


def copies(world):
    """Two identical trainable copies of the policy: one for TRL, one for us."""
    trl_model, our_model = copy.deepcopy(world["policy"]), copy.deepcopy(world["policy"])
    trl_model.train()
    our_model.train()
    return trl_model, our_model


def assert_close(ours, theirs, what, tol=TOL):
    ours, theirs = torch.as_tensor(ours, dtype=torch.float64), torch.as_tensor(theirs, dtype=torch.float64)
    err = float((ours - theirs).abs().max())
    assert err <= tol, f"{what}: ours {ours.tolist()} vs TRL {theirs.tolist()} (max abs diff {err:.3g} > {tol})"
    return err


def grad_errors(ours_model, trl_model):
    """{name: max|g_ours - g_TRL| / max|g_TRL|} over every named parameter (tied weights appear once)."""
    out = {}
    ours, theirs = dict(ours_model.named_parameters()), dict(trl_model.named_parameters())
    assert ours.keys() == theirs.keys()
    for name, p in theirs.items():
        assert p.grad is not None and ours[name].grad is not None, f"{name}: no gradient"
        scale = float(p.grad.abs().max())
        assert scale > 0, f"{name}: TRL's gradient is exactly zero, the comparison would be vacuous"
        out[name] = float((ours[name].grad - p.grad).abs().max()) / scale
    return out


def assert_grads_match(ours_model, trl_model, tol=TOL):
    errs = grad_errors(ours_model, trl_model)
    bad = {k: v for k, v in errs.items() if v > tol}
    assert not bad, f"gradients differ (relative max-abs error > {tol}): {bad}"
    return max(errs.values())


def args_common(tmp_path, name):
    return dict(output_dir=str(tmp_path / name), report_to="none", use_cpu=True, bf16=False, fp16=False,
                gradient_accumulation_steps=1, save_strategy="no", logging_strategy="no", seed=0)


# ------------------------------------------------------------------------------------------------ SFT
@pytest.mark.parametrize("pass_num_items", [False, True])
def test_sft_loss_and_grads_match_trl(world, tmp_path, pass_num_items):
    tok, prompts_, comps = world["tok"], world["prompts"], world["chosen"]
    trl_model, our_model = copies(world)
    dataset = datasets.Dataset.from_dict({
        "input_ids": [p + c for p, c in zip(prompts_, comps)],
        "completion_mask": [[0] * len(p) + [1] * len(c) for p, c in zip(prompts_, comps)]})
    cfg = SFTConfig(**args_common(tmp_path, "sft"), per_device_train_batch_size=len(prompts_),
                    completion_only_loss=True, max_length=None)
    trainer = SFTTrainer(model=trl_model, args=cfg, train_dataset=dataset, processing_class=tok)
    # TRL's prepared rows (labels built by TRL: -100 on the prompt), padded by TRL's collator
    inputs = trainer.data_collator([trainer.train_dataset[i] for i in range(len(prompts_))])
    assert int((inputs["labels"] != -100).sum()) == sum(map(len, comps))
    num_items = (inputs["labels"][:, 1:] != -100).sum() if pass_num_items else None   # as Trainer counts them
    trl_loss = trainer.compute_loss(trl_model, dict(inputs), num_items_in_batch=num_items)
    trl_loss.backward()

    our_loss, n_tokens = sft.batch_loss(our_model, tok, list(zip(prompts_, comps)))
    our_loss.backward()

    assert float(n_tokens) == sum(map(len, comps))
    assert_close(our_loss.detach(), trl_loss.detach(), "SFT loss")
    assert_grads_match(our_model, trl_model)


# ------------------------------------------------------------------------------------------------ DPO
@pytest.mark.parametrize("beta", [0.1, 0.5])
def test_dpo_loss_and_grads_match_trl(world, tmp_path, beta):
    tok = world["tok"]
    items = list(zip(world["prompts"], world["chosen"], world["rejected"]))
    trl_model, our_model = copies(world)
    trl_ref, our_ref = copy.deepcopy(world["reference"]), copy.deepcopy(world["reference"])
    # a text dataset only so that the trainer can be built; the batch below is collated from token ids
    dataset = datasets.Dataset.from_dict({"prompt": ["Question: two plus two is"] * 2, "chosen": [" four"] * 2,
                                          "rejected": [" five"] * 2})
    cfg = DPOConfig(**args_common(tmp_path, "dpo"), per_device_train_batch_size=len(items), beta=beta,
                    loss_type=["sigmoid"], max_length=None, precompute_ref_log_probs=False)
    trainer = DPOTrainer(model=trl_model, ref_model=trl_ref, args=cfg, train_dataset=dataset, processing_class=tok)
    inputs = trainer.data_collator([{"prompt_ids": p, "chosen_ids": c, "rejected_ids": r} for p, c, r in items])
    trl_loss = trainer.compute_loss(trl_model, dict(inputs))
    trl_loss.backward()

    chosen_logps, rejected_logps = dpo.sequence_logps(our_model, tok, items)
    with torch.no_grad():
        our_ref.eval()
        ref_chosen, ref_rejected = dpo.sequence_logps(our_ref, tok, items)
    our_loss, chosen_rewards, rejected_rewards = dpo.dpo_loss(chosen_logps, rejected_logps, ref_chosen,
                                                              ref_rejected, beta)
    our_loss.backward()

    assert_close(our_loss.detach(), trl_loss.detach(), "DPO loss")
    logged = trainer._metrics["train"]
    assert_close(chosen_rewards.mean(), logged["rewards/chosen"][-1], "mean chosen reward")
    assert_close(rejected_rewards.mean(), logged["rewards/rejected"][-1], "mean rejected reward")
    assert_close(chosen_logps.detach().mean(), logged["logps/chosen"][-1], "mean chosen log-prob", tol=1e-4)
    assert abs(float(chosen_rewards.mean() - rejected_rewards.mean())) > 1e-3   # the reference really differs
    assert_grads_match(our_model, trl_model)


# ------------------------------------------------------------------------------------------------ GRPO
def fixed_rewards(completions, **kwargs):
    """A reward function for TRL's scoring step: the fixed rewards, in completion order."""
    assert len(completions) == len(REWARDS)
    return list(REWARDS)


def grpo_trainer(world, model, tmp_path, loss_type="dapo", scale="group", beta=0.0, eps=(0.2, 0.2),
                 bias_corrected_kl=False):
    if beta:
        model.config._name_or_path = world["ref_dir"]   # TRL loads the reference from here (see the docstring)
    dataset = datasets.Dataset.from_dict({"prompt": ["def f(x):", "import os", "x = 1"]})
    cfg = GRPOConfig(**args_common(tmp_path, "grpo"), per_device_train_batch_size=len(REWARDS), num_generations=G,
                     max_completion_length=MAX_COMPLETION_LENGTH, loss_type=loss_type, scale_rewards=scale,
                     beta=beta, epsilon=eps[0], epsilon_high=eps[1], use_bias_correction_kl=bias_corrected_kl,
                     temperature=1.0, importance_sampling_level="token", top_entropy_quantile=1.0,
                     entropy_coef=0.0, num_iterations=1, steps_per_generation=1, use_vllm=False)
    trainer = GRPOTrainer(model=model, reward_funcs=fixed_rewards, args=cfg, train_dataset=dataset,
                          processing_class=world["tok"])
    trainer.current_gradient_accumulation_steps = 1   # what Trainer's loop sets, with gradient_accumulation_steps=1
    return trainer


@pytest.fixture(scope="module")
def trl_advantages(world, tmp_path_factory):
    """TRL's advantages for REWARDS under each scale, through GRPOTrainer's real generation-and-scoring step."""
    out = {}
    for scale in SCALES:
        model = copy.deepcopy(world["policy"])
        trainer = grpo_trainer(world, model, tmp_path_factory.mktemp(f"adv-{scale}"), scale=scale)
        torch.manual_seed(0)
        batch = trainer._generate_and_score_completions(
            [{"prompt": p} for p in ["def f(x):", "import os", "x = 1"] for _ in range(G)])
        out[scale] = batch["advantages"].detach().clone()
    return out


@pytest.mark.parametrize("scale", SCALES)
def test_group_advantages_match_trl(trl_advantages, scale):
    rewards = torch.tensor(REWARDS)
    ours = grpo.group_advantages(rewards, G, scale)
    assert_close(ours, trl_advantages[scale], f"advantages ({scale})")
    if scale == "group":   # a group of equal rewards gets 0, not NaN, on both sides
        assert torch.equal(ours[G:2 * G], torch.zeros(G)) and not torch.isnan(trl_advantages[scale]).any()
        # and both divide by the unbiased group std (TRL's nanstd helper) + 1e-4
        std = nanstd(rewards.view(-1, G), dim=1).repeat_interleave(G)
        centred = rewards - rewards.view(-1, G).mean(1).repeat_interleave(G)
        assert_close(ours * (std + 1e-4), centred, "ours * (nanstd + 1e-4)")


def grpo_batch(world):
    tok = world["tok"]
    ids, attn, cmask = models.pack(world["grpo_prompts"], world["grpo_completions"], tok.pad_token_id)
    width = cmask.shape[1]
    return ids, attn, cmask, ids.shape[1] - width, width


def run_grpo_pair(world, trl_advantages, tmp_path, loss_type, scale, beta, eps, off_policy=True,
                  bias_corrected_kl=False):
    """One TRL _compute_loss and one grpo_loss on the same batch, both backpropagated. Returns everything."""
    trl_model, our_model = copies(world)
    trainer = grpo_trainer(world, trl_model, tmp_path, loss_type, scale, beta, eps, bias_corrected_kl)
    ids, attn, cmask, P, C = grpo_batch(world)

    with torch.no_grad():
        current = models.completion_logps(our_model, ids, attn, C)
        trl_current = trainer._get_per_token_logps_and_entropies(trl_model, ids, attn, C)[0]
    assert_close(current * cmask, trl_current * cmask, "per-token log-probs")
    old = (current + world["old_shift"][:, :C]) if off_policy else None

    inputs = {"prompt_ids": ids[:, :P], "prompt_mask": attn[:, :P], "completion_ids": ids[:, P:],
              "completion_mask": attn[:, P:], "advantages": trl_advantages[scale],
              "num_items_in_batch": attn[:, P:].sum()}
    if old is not None:
        inputs["old_per_token_logps"] = old
    our_ref = None
    if beta:
        assert trainer.ref_model is not None
        with torch.no_grad():
            trl_ref = trainer._get_per_token_logps_and_entropies(trainer.ref_model, ids, attn, C)[0]
            our_ref = models.completion_logps(copy.deepcopy(world["reference"]).eval(), ids, attn, C)
        assert_close(our_ref * cmask, trl_ref * cmask, "reference log-probs")
        inputs["ref_per_token_logps"] = trl_ref
    trl_loss = trainer.compute_loss(trl_model, inputs)
    trl_loss.backward()

    adv = grpo.group_advantages(torch.tensor(REWARDS), G, scale)
    logps = models.completion_logps(our_model, ids, attn, C)
    our_loss, stats = grpo.grpo_loss(logps, logps.detach() if old is None else old, our_ref, adv, cmask,
                                     eps[0], eps[1], beta, loss_type, MAX_COMPLETION_LENGTH)
    our_loss.backward()
    return dict(trainer=trainer, trl_model=trl_model, our_model=our_model, trl_loss=trl_loss.detach(),
                our_loss=our_loss.detach(), stats=stats, logged=trainer._metrics["train"])


@pytest.mark.parametrize("beta,eps", [(0.0, (0.2, 0.2)), (0.04, (0.2, 0.28))], ids=["beta0-eps.2", "beta.04-eps.2-.28"])
@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("loss_type", LOSS_TYPES)
def test_grpo_loss_and_grads_match_trl(world, trl_advantages, tmp_path, loss_type, scale, beta, eps):
    r = run_grpo_pair(world, trl_advantages, tmp_path, loss_type, scale, beta, eps)
    assert_close(r["our_loss"], r["trl_loss"], f"GRPO loss ({loss_type}, {scale}, beta={beta})")
    # clipping really happened, and both sides agree on how much
    assert r["stats"]["clip_ratio"] > 0.05
    assert_close(r["stats"]["clip_ratio"], r["logged"]["clip_ratio/region_mean"][-1], "clip ratio")
    if beta:
        assert r["stats"]["kl"] > 1e-4
        assert_close(r["stats"]["kl"], r["logged"]["kl"][-1], "KL")
    assert_grads_match(r["our_model"], r["trl_model"])


@pytest.mark.parametrize("beta", [0.0, 0.04])
def test_grpo_on_policy_matches_trl(world, trl_advantages, tmp_path, beta):
    """Without old_per_token_logps TRL uses the detached current log-probs, as our loop does in its first epoch."""
    r = run_grpo_pair(world, trl_advantages, tmp_path, "dapo", "group", beta, (0.2, 0.28), off_policy=False)
    assert_close(r["our_loss"], r["trl_loss"], "on-policy GRPO loss")
    assert r["stats"]["clip_ratio"] == 0.0 and r["logged"]["clip_ratio/region_mean"][-1] == 0.0
    assert_grads_match(r["our_model"], r["trl_model"])


@pytest.mark.parametrize("off_policy", [True, False], ids=["off-policy", "on-policy"])
def test_trl_default_importance_weighted_kl_differs(world, trl_advantages, tmp_path, off_policy):
    """Why the mapping sets use_bias_correction_kl=False: TRL's default multiplies the k3 KL by the ratio
    rho = pi/pi_old, ours does not. Off-policy the loss values differ; on-policy rho == 1 in value, so the losses
    agree, but rho = exp(logp - logp.detach()) still carries a gradient, and TRL's default adds kl_t * grad log pi_t:
    the gradients differ even then."""
    r = run_grpo_pair(world, trl_advantages, tmp_path, "dapo", "group", 0.4, (0.2, 0.28), off_policy=off_policy,
                      bias_corrected_kl=True)
    loss_gap = abs(float(r["our_loss"] - r["trl_loss"]))
    assert loss_gap > 10 * TOL if off_policy else loss_gap <= TOL
    assert max(grad_errors(r["our_model"], r["trl_model"]).values()) > 100 * TOL


def test_tolerance_is_discriminating(world, trl_advantages, tmp_path):
    """A different objective (our grpo loss_type against TRL's dapo) fails the gradient tolerance by far: the
    gradients are small on a random model, but the relative comparison still tells objectives apart."""
    trl_model, our_model = copies(world)
    trainer = grpo_trainer(world, trl_model, tmp_path, "dapo", "group", 0.0, (0.2, 0.2))
    ids, attn, cmask, P, C = grpo_batch(world)
    with torch.no_grad():
        old = models.completion_logps(our_model, ids, attn, C) + world["old_shift"][:, :C]
    inputs = {"prompt_ids": ids[:, :P], "prompt_mask": attn[:, :P], "completion_ids": ids[:, P:],
              "completion_mask": attn[:, P:], "advantages": trl_advantages["group"],
              "num_items_in_batch": attn[:, P:].sum(), "old_per_token_logps": old}
    trainer.compute_loss(trl_model, inputs).backward()
    logps = models.completion_logps(our_model, ids, attn, C)
    adv = grpo.group_advantages(torch.tensor(REWARDS), G, "group")
    grpo.grpo_loss(logps, old, None, adv, cmask, 0.2, 0.2, 0.0, "grpo")[0].backward()
    assert max(grad_errors(our_model, trl_model).values()) > 1e-2
