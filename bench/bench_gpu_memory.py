"""bench_gpu_memory.py -- what `python grpo.py` costs on a CUDA card with its CUDA defaults, measured.

Nothing is downloaded. Each model is built from its published config (Qwen2.5-Coder 1.5B, our CUDA default, and
3B, the paper's) with random weights -- the same footprint as the real weights -- saved to a temporary folder with
SmolLM2's tokenizer (--model smollm2), and trained for two GRPO steps through `grpo.main`, exactly as
`python grpo.py --model <folder> --steps 2` would run it: 4-bit NF4 + LoRA r=16 on all linear layers, G=8 x 4
prompts, 512 new tokens, micro-batch 4, gradient checkpointing. A random model almost never emits its
end-of-sequence token, so every answer runs the full 512 tokens: the worst case for memory.

    python bench/bench_gpu_memory.py                      # both models (needs CUDA and bitsandbytes)
    python bench/bench_gpu_memory.py --models 1.5B --json runs/gpu-memory.json

Prints per model: peak memory while loading, while generating and while updating (torch's allocated bytes), the
peak the caching allocator reserved, the CUDA context, their sum (what a card must hold: compare with 12 GB), and
seconds per step. The tokenizer is SmolLM2's (49,152 ids, all valid in Qwen's 151,936-row embedding), so prompt
lengths differ a little from Qwen's own tokenizer; the vocabulary-sized tensors (embedding, logits) are Qwen's.
model.py turns on the allocator's expandable segments unless PYTORCH_CUDA_ALLOC_CONF is set: run with
PYTORCH_CUDA_ALLOC_CONF=expandable_segments:False to see what the default allocator costs.
"""
import argparse
import json
import os
import shutil
import sys
import tempfile
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import grpo  # noqa: E402
import training as T  # noqa: E402
from model import embedded_model_path  # noqa: E402

GiB = 2 ** 30
# The published configs (config.json of Qwen/Qwen2.5-Coder-{1.5B,3B}-Instruct), the fields that set memory.
CONFIGS = {
    "1.5B": dict(hidden_size=1536, intermediate_size=8960, num_hidden_layers=28, num_attention_heads=12,
                 num_key_value_heads=2),
    "3B": dict(hidden_size=2048, intermediate_size=11008, num_hidden_layers=36, num_attention_heads=16,
               num_key_value_heads=2),
}
SHARED = dict(vocab_size=151936, tie_word_embeddings=True, max_position_embeddings=32768, rope_theta=1e6,
              rms_norm_eps=1e-6, hidden_act="silu", use_sliding_window=False)


def build(size, folder, tokenizer_dir):
    """Save a randomly initialised Qwen2.5-Coder-`size` (bf16) with a tokenizer into `folder`."""
    from transformers import AutoModelForCausalLM, AutoTokenizer, Qwen2Config
    torch.manual_seed(0)
    with torch.device("cuda"):  # initialise on the GPU: seconds instead of minutes on the CPU
        model = AutoModelForCausalLM.from_config(Qwen2Config(**CONFIGS[size], **SHARED), dtype=torch.bfloat16)
    params = sum(p.numel() for p in model.parameters())
    model.save_pretrained(folder)
    AutoTokenizer.from_pretrained(tokenizer_dir).save_pretrained(folder)
    del model
    torch.cuda.empty_cache()
    return params


class PhasePeaks:
    """Wraps grpo.generate (the name grpo.main calls) to split the run's peak memory into phases:
    everything before the first generation is loading; each generation is one phase; what lies between two
    generations (scoring + the update) is the update phase."""

    def __init__(self):
        self.peaks = {"load": 0.0, "generate": 0.0, "update": 0.0}
        self.reserved = 0.0  # the caching allocator's peak over all phases
        self.calls = 0
        self.original = grpo.generate

    def _close(self, phase):
        self.peaks[phase] = max(self.peaks[phase], torch.cuda.max_memory_allocated() / GiB)
        self.reserved = max(self.reserved, torch.cuda.max_memory_reserved() / GiB)
        torch.cuda.reset_peak_memory_stats()

    def __call__(self, *args, **kw):
        self._close("load" if self.calls == 0 else "update")
        self.calls += 1
        out = self.original(*args, **kw)
        self._close("generate")
        return out

    def __enter__(self):
        grpo.generate = self
        torch.cuda.reset_peak_memory_stats()
        return self

    def __exit__(self, *exc):
        self._close("update")
        grpo.generate = self.original


def measure(size, tokenizer_dir, steps):
    work = tempfile.mkdtemp(prefix=f"qwen-{size}-")
    try:
        t0 = time.time()
        params = build(size, os.path.join(work, "model"), tokenizer_dir)
        built_s = time.time() - t0
        args = T.parse_args(grpo.Args, ["--model", os.path.join(work, "model"), "--out", os.path.join(work, "run"),
                                        "--steps", str(steps), "--eval-every", "0"])
        torch.cuda.reset_peak_memory_stats()
        with PhasePeaks() as phases:
            grpo.main(args)
        reserved = phases.reserved
        free, total = torch.cuda.mem_get_info()
        context = (total - free) / GiB - torch.cuda.memory_reserved() / GiB  # driver + kernels, not torch's cache
        rows = [json.loads(line) for line in open(os.path.join(work, "run", "metrics.jsonl"))]
        step_s = [b["time"] - a["time"] for a, b in zip(rows, rows[1:])]
        return {"model": f"Qwen2.5-Coder-{size} (random weights)", "params_b": round(params / 1e9, 3),
                "peak_load_gib": round(phases.peaks["load"], 2), "peak_generate_gib": round(phases.peaks["generate"], 2),
                "peak_update_gib": round(phases.peaks["update"], 2), "peak_reserved_gib": round(reserved, 2),
                "cuda_context_gib": round(context, 2), "card_needs_gib": round(reserved + context, 2),
                "seconds_per_step": round(step_s[-1], 1) if step_s else None,
                "completion_tokens": rows[-1].get("completion_tokens"), "build_s": round(built_s, 1)}
    finally:
        shutil.rmtree(work, ignore_errors=True)
        torch.cuda.empty_cache()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", default="1.5B,3B", help="comma-separated: " + ", ".join(CONFIGS))
    ap.add_argument("--steps", type=int, default=2, help="GRPO steps per model (the last one is timed)")
    ap.add_argument("--tokenizer", default=None, help="tokenizer folder (default: SmolLM2's)")
    ap.add_argument("--json", default=None, help="also write the results here")
    a = ap.parse_args(argv)
    if not torch.cuda.is_available():
        raise SystemExit("error: this benchmark measures GPU memory and needs CUDA (and bitsandbytes)")
    tokenizer_dir = a.tokenizer or embedded_model_path("smollm2")
    import bitsandbytes
    import transformers
    print(f"{torch.cuda.get_device_name()} | torch {torch.__version__} | transformers {transformers.__version__} | "
          f"bitsandbytes {bitsandbytes.__version__}")
    results = []
    for size in a.models.split(","):
        if size not in CONFIGS:
            raise SystemExit(f"error: unknown model size {size!r}; choose from {', '.join(CONFIGS)}")
        results.append(measure(size, tokenizer_dir, a.steps))
        print(json.dumps(results[-1]), flush=True)
    keys = ["model", "peak_load_gib", "peak_generate_gib", "peak_update_gib", "peak_reserved_gib",
            "cuda_context_gib", "card_needs_gib", "seconds_per_step"]
    print("\n| " + " | ".join(keys) + " |\n|" + "---|" * len(keys))
    for r in results:
        print("| " + " | ".join(str(r[k]) for k in keys) + " |")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
