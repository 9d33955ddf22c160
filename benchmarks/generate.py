"""Generate a large knowledge base for benchmarks, from the shipped one's claims.

Each generated claim is a real claim with its numbers, year and place changed: the same
kind of Chinese text, figures and English as the real knowledge base, at any size. Every
quote is a paragraph of a generated source text, so `jjj show` and `jjj cite` work on it.

    python benchmarks/generate.py 100000 /tmp/kb-100k
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
from pathlib import Path

from jjjcli.figures import parse_date, parse_figure
from jjjcli.kb import Claim, load_kb

PER_FILE = 1000  # claims per claims file and paragraphs per source text
MAX_ATTEMPTS = 1000  # templates drawn for one claim before giving up
PLACES = ["京津冀", "北京市", "天津市", "河北省", "雄安新区", "通州区", "北京城市副中心",
          "天津滨海新区", "石家庄市", "唐山市", "保定市", "廊坊市", "张家口市", "承德市",
          "秦皇岛市", "沧州市", "衡水市", "邢台市", "邯郸市", "天津市蓟州区", "大兴区"]
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_YEAR = re.compile(r"20[12]\d")


def _toml(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string


def _vary_number(raw: str, rng: random.Random) -> str:
    m = _NUMBER.search(raw)
    if not m:
        return raw
    number = m.group(0)
    decimals = len(number.split(".")[1]) if "." in number else 0
    new = float(number) * rng.uniform(0.5, 1.5)
    text = f"{new:.{decimals}f}" if decimals else str(max(1, round(new)))
    return raw[: m.start()] + text + raw[m.end() :]


def _made(t: Claim, year: str, place: str, rng: random.Random
          ) -> tuple[str, list[dict[str, object]]] | None:
    """A template claim's quote and figures with its year and place changed and its numbers
    varied (a date keeps its day and month, and takes the year); None when a figure would
    not be printed in the quote (jjj check's rule: every figure in its quote)."""
    quote = _YEAR.sub(year, t.quote)
    if t.subject and t.subject in quote:
        quote = quote.replace(t.subject, place)
    figures: list[dict[str, object]] = []
    for fig in t.figures:
        if fig.unit == "date":
            raw = _YEAR.sub(year, fig.raw)
            try:
                parsed = parse_date(raw)
            except ValueError:
                return None
        else:
            raw = _vary_number(fig.raw, rng)
            try:
                parsed = parse_figure(raw)
            except ValueError:
                raw, parsed = fig.raw, fig
            if raw != fig.raw and fig.raw in quote:
                quote = quote.replace(fig.raw, raw, 1)
        figure: dict[str, object] = {"raw": raw, "value": parsed.value,
                                     "unit": parsed.unit or "", "qualifier": parsed.qualifier}
        if parsed.high is not None:
            figure["high"] = parsed.high
        figures.append(figure)
    quote = " ".join(quote.split())
    if any(str(f["raw"]) not in quote for f in figures):
        return None
    return quote, figures


def generate(size: int, out: Path, seed: int = 7) -> None:
    rng = random.Random(seed)
    templates = [c for c in load_kb() if c.first == c.last and c.figures]
    if out.exists():
        shutil.rmtree(out)
    (out / "sources").mkdir(parents=True)
    (out / "claims").mkdir()
    shutil.copy(Path(load_kb().root) / "topics.toml", out / "topics.toml")
    files = (size + PER_FILE - 1) // PER_FILE
    with (out / "sources.toml").open("w", encoding="utf-8") as sources:
        for f in range(files):
            sources.write(f'[[source]]\nfile = "g{f:05d}.txt"\nkind = "newspaper"\n\n')
    made = 0
    for f in range(files):
        paragraphs, claims = [], []
        for p in range(1, min(PER_FILE, size - made) + 1):
            # (a template whose figures its quote cannot keep: another)
            made_one = None
            for _attempt in range(MAX_ATTEMPTS):
                t = rng.choice(templates)
                year = str(rng.randint(2014, 2025))
                place = rng.choice(PLACES)
                made_one = _made(t, year, place, rng)
                if made_one is not None:
                    break
            if made_one is None:
                raise SystemExit(f"no claim made in {MAX_ATTEMPTS} attempts: the shipped "
                                 "claims' figures cannot be kept in their quotes")
            quote, figures = made_one
            paragraphs.append(quote)
            slug = t.id.split("-", 2)[-1][:40].strip("-")
            claims.append(
                f'[[claim]]\nid = "g{f:05d}-{p}-{slug}"\nsource = "g{f:05d}.txt"\n'
                f"paragraph = {p}\nquote = {_toml(paragraphs[-1])}\n"
                f"metric = {_toml(t.metric)}\nsubject = {_toml(place if t.subject else '')}\n"
                f"period = {_toml(year if t.period else '')}\n"
                f"en = {_toml(_YEAR.sub(year, t.en))}\ntopics = {_toml(list(t.topics))}\n"
                "figures = [\n" + "".join(
                    "  { " + ", ".join(f"{k} = {_toml(v)}" for k, v in fig.items()) + " },\n"
                    for fig in figures) + "]\n\n"
            )
            made += 1
        (out / "sources" / f"g{f:05d}.txt").write_text("\n\n".join(paragraphs) + "\n",
                                                       encoding="utf-8")
        (out / "claims" / f"g{f:05d}.toml").write_text("".join(claims), encoding="utf-8")


def statements(count: int, seed: int = 5) -> list[str]:
    """``count`` statements a reporter might check, one per line for ``compare -``: the
    shipped claims' metric, subject, year and figure; half of them about a generated place
    and year, a quarter with the figure changed. The same for every base."""
    rng = random.Random(seed)
    claims = [c for c in load_kb() if c.figures and c.metric]
    made = []
    for _ in range(count):
        claim = rng.choice(claims)
        place, year = claim.subject, (claim.period or "")[:4]
        if rng.random() < 0.5:
            place, year = rng.choice(PLACES), str(rng.randint(2014, 2025))
        raw = claim.figures[0].raw
        if rng.random() < 0.25:
            raw = _vary_number(raw, rng)
        made.append(f"{year + '年' if year else ''}{place}{claim.metric}{raw}")
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.size, args.out, args.seed)


if __name__ == "__main__":
    main()
