"""The knowledge base: TOML files in, typed objects out.

``load_kb(path)`` reads ``sources.toml``, ``topics.toml``, every ``claims/**/*.toml`` and the
source texts, and returns a :class:`KnowledgeBase`. Structural problems in a claim (a missing
field, a wrong type) do not stop loading: the claim is left out and the problem recorded in
``kb.problems`` for ``jjj check`` to list. What makes the whole base unreadable (no such
folder, malformed TOML, a source path that leaves the folder) raises KnowledgeBaseError.
"""

from __future__ import annotations

import math
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from jjjcli.errors import JJJError, KnowledgeBaseError, UnknownIdError
from jjjcli.figures import Figure, canonical_unit
from jjjcli.files import FileReadError, Stamp, read_regular
from jjjcli.record import Record
from jjjcli.text import Paragraph, split_paragraphs

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib


def _tomllib() -> Any:
    """tomllib (tomli before 3.11), imported only when TOML is read: a cached knowledge
    base does not need it."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib

def _fast_loads() -> Any | None:
    """rtoml's ``loads`` (a TOML parser in Rust, several times faster than tomllib: most
    of what building the cache of a large base costs), or None where it is not installed
    (jjj then reads every file with tomllib, as before). ``JJJ_TOML=tomllib`` turns it
    off. A file it cannot parse is parsed again by tomllib, whose error jjj reports."""
    if os.environ.get("JJJ_TOML") == "tomllib":
        return None
    try:
        from rtoml import loads
    except ImportError:
        return None
    return loads


T = TypeVar("T")
ENV_VAR = "JJJ_KB"
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ID_MAX = 64
PERIOD_PATTERN = re.compile(r"^\d{4}(?:-\d{2}){0,2}(?:/\d{4}(?:-\d{2}){0,2})?$")
SOURCE_KINDS = ("newspaper", "magazine")
#: the status of a claim drafted by `jjj add` and not yet reviewed
DRAFT = "draft"
#: what a [[source]] may record, each { value, paragraph[, printed][, from] }: the issue's
#: facts, shared by its articles
METADATA_FIELDS = (
    "publication", "issue", "date", "year", "page", "page_name", "banner", "issn", "cn",
    "publisher", "cumulative_issue", "combined_issue", "frequency",
)
#: what a [[source.article]] may record besides its authors; a value here is the article's
#: own (a date line or page that covers only some pages of a file) and wins over the source's
ARTICLE_FIELDS = (
    "title", "page", "section", "date", "page_name", "banner", "agency", "dateline",
    "original_publication", "original_date",
)


class Problem(Record):
    """One thing wrong in the knowledge base, at ``file:line``."""

    __slots__ = ("file", "line", "message")

    file: str
    line: int
    message: str

    def __init__(self, file: str, line: int, message: str) -> None:
        self.file = file
        self.line = line
        self.message = message

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class Printed(Record):
    """A metadata value with the paragraph that prints it (0: supplied by hand)."""

    __slots__ = ("value", "paragraph", "printed", "origin")

    value: str
    paragraph: int
    printed: str
    origin: str  # with paragraph 0: where a hand-supplied value comes from

    def __init__(self, value: str, paragraph: int, printed: str, origin: str = "") -> None:
        self.value = value
        self.paragraph = paragraph
        self.printed = printed
        self.origin = origin


def citation_key(name: str) -> str:
    """``jjj-`` and the name, with anything a BibTeX key or a pandoc citation cannot hold
    made a hyphen."""
    return "jjj-" + (re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower() or "source")


class Article(Record):
    """One article of a source: its paragraph span, authors and the metadata it prints."""

    __slots__ = ("id", "first", "last", "authors", "metadata")

    id: str
    first: int
    last: int
    authors: tuple[Printed, ...]
    metadata: dict[str, Printed]  # ARTICLE_FIELDS that the text prints for this article

    def __init__(
        self, id: str, first: int, last: int, authors: tuple[Printed, ...],
        metadata: dict[str, Printed],
    ) -> None:
        self.id = id
        self.first = first
        self.last = last
        self.authors = authors
        self.metadata = metadata

    @property
    def key(self) -> str:
        """The citation key of the article, stable as long as its id is: ``jjj-004-a03``."""
        return citation_key(self.id)

    @property
    def title(self) -> Printed | None:
        return self.metadata.get("title")

    @property
    def page(self) -> Printed | None:
        return self.metadata.get("page")

    @property
    def section(self) -> Printed | None:
        return self.metadata.get("section")


class Source(Record):
    __slots__ = (
        "file", "kind", "path", "evidence", "metadata", "articles", "line", "_paragraphs",
    )

    file: str
    kind: str
    path: Path
    evidence: Printed | None
    metadata: dict[str, Printed]
    articles: tuple[Article, ...]
    line: int  # line of its [[source]] in sources.toml
    _paragraphs: list[Paragraph] | None

    def __init__(
        self, file: str, kind: str, path: Path, evidence: Printed | None,
        metadata: dict[str, Printed], articles: tuple[Article, ...], line: int,
        _paragraphs: list[Paragraph] | None = None,
    ) -> None:
        self.file = file
        self.kind = kind
        self.path = path
        self.evidence = evidence
        self.metadata = metadata
        self.articles = articles
        self.line = line
        self._paragraphs = _paragraphs

    @property
    def paragraphs(self) -> list[Paragraph]:
        if self._paragraphs is None:
            self._paragraphs = split_paragraphs(self.read_text())
        return self._paragraphs

    def read_text(self) -> str:
        """The source text (a regular UTF-8 file of at most files.MAX_FILE_BYTES), or
        KnowledgeBaseError whose ``problem`` names the file, and line and byte of a
        byte that is not UTF-8."""
        where = f"sources/{self.file}"
        try:
            raw, _stamp = read_regular(self.path)
            return raw.decode("utf-8")
        except FileReadError as exc:
            line, message = 1, str(exc)
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            message = f"not valid UTF-8 (at byte {exc.start})"
        error = KnowledgeBaseError(f"cannot read source {self.file}: {message}")
        error.problem = Problem(where, line, message)
        raise error

    def paragraph_text(self, first: int, last: int | None = None) -> list[str]:
        last = first if last is None else last
        return [p.text for p in self.paragraphs[first - 1 : last]]

    def article_for(self, paragraph: int) -> Article | None:
        for article in self.articles:
            if article.first <= paragraph <= article.last:
                return article
        return None

    @property
    def key(self) -> str:
        """The citation key of the whole issue (front matter cites it): ``jjj-004``."""
        return citation_key(self.file.split("_", 1)[0].rsplit(".", 1)[0])

    def meta(self, name: str) -> str | None:
        printed = self.metadata.get(name)
        return printed.value if printed else None

    def printed(self, name: str, article: Article | None = None) -> Printed | None:
        """A metadata value for an article: its own if it records one, else the source's."""
        if article is not None and name in article.metadata:
            return article.metadata[name]
        return self.metadata.get(name)


class Claim(Record):
    __slots__ = (
        "id", "source", "first", "last", "quote", "metric", "subject", "period", "en",
        "topics", "figures", "note", "file", "line", "status",
    )

    id: str
    source: str
    first: int
    last: int
    quote: str
    metric: str
    subject: str
    period: str
    en: str
    topics: tuple[str, ...]
    figures: tuple[Figure, ...]
    note: str
    file: str
    line: int
    #: "" for a reviewed claim, "draft" for one drafted by `jjj add` and not yet reviewed
    status: str

    def __init__(
        self, id: str, source: str, first: int, last: int, quote: str, metric: str,
        subject: str, period: str, en: str, topics: tuple[str, ...],
        figures: tuple[Figure, ...], note: str, file: str, line: int, status: str = "",
    ) -> None:
        self.id = id
        self.source = source
        self.first = first
        self.last = last
        self.quote = quote
        self.metric = metric
        self.subject = subject
        self.period = period
        self.en = en
        self.topics = topics
        self.figures = figures
        self.note = note
        self.file = file
        self.line = line
        self.status = status

    @property
    def is_draft(self) -> bool:
        return self.status == DRAFT

    @property
    def paragraph(self) -> int | list[int]:
        """As the JSON contract gives it: an int, or [first, last] for a range."""
        return self.first if self.first == self.last else [self.first, self.last]

    def to_dict(self, score: float | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id}
        if score is not None:
            data["score"] = round(score, 4)
        data.update(
            source=self.source, paragraph=self.paragraph, quote=self.quote, en=self.en,
            metric=self.metric, subject=self.subject, period=self.period,
            figures=[f.to_dict() for f in self.figures], topics=list(self.topics),
            note=self.note,
        )
        if self.status:
            data["status"] = self.status
        return data


class Exclusion(Record):
    """Figures (or dates) deliberately left out of the coverage report.

    Without ``kind`` an entry leaves out figures, and dates only when its ``raw`` spells the
    date out in full or it has no ``raw`` (then everything in its paragraphs is out);
    ``kind = "date"`` leaves out dates only (``raw`` optional)."""

    __slots__ = ("source", "first", "last", "raw", "reason", "file", "line", "kind")

    source: str
    first: int | None
    last: int | None
    raw: str
    reason: str
    file: str
    line: int
    kind: str  # "" (figures, and dates named by raw) or "date"

    def __init__(
        self, source: str, first: int | None, last: int | None, raw: str, reason: str,
        file: str, line: int, kind: str = "",
    ) -> None:
        self.source = source
        self.first = first
        self.last = last
        self.raw = raw
        self.reason = reason
        self.file = file
        self.line = line
        self.kind = kind

    def _where(self, source: str, paragraph: int) -> bool:
        if source != self.source:
            return False
        return self.first is None or self.first <= paragraph <= (self.last or self.first)

    def applies(self, source: str, paragraph: int, raw: str) -> bool:
        """Whether it leaves out the figure ``raw`` printed in ``paragraph`` of ``source``."""
        if self.kind == "date" or not self._where(source, paragraph):
            return False
        return not self.raw or "".join(self.raw.split()) in raw or raw in "".join(self.raw.split())

    def applies_to_date(self, source: str, paragraph: int, raw: str) -> bool:
        """Whether it leaves out the date ``raw``: a date entry, or one whose raw holds it."""
        if not self._where(source, paragraph):
            return False
        if not self.raw:
            return True  # every figure and date of its paragraphs
        return raw in "".join(self.raw.split())


#: the sources whose paragraphs compare's lookups (paragraphs_of, article_text,
#: source_text) keep read at once; past this many, the longest unused is let go (a
#: million-claim base has a thousand sources, 130 MB of paragraphs once all are read)
KEPT_SOURCES = 200


class KnowledgeBase(Record):
    __slots__ = (
        "root", "sources", "claims", "topics", "exclusions", "problems", "index", "_sorted",
        "_read_sources",
    )

    root: Path
    sources: dict[str, Source]
    claims: dict[str, Claim]
    topics: dict[str, str]
    exclusions: list[Exclusion]
    problems: list[Problem]
    #: the claims' SQLite cache when the base was opened through it (jjjcli.index)
    index: Any

    def __init__(
        self, root: Path, sources: dict[str, Source], claims: dict[str, Claim],
        topics: dict[str, str], exclusions: list[Exclusion], problems: list[Problem],
        index: Any = None,
    ) -> None:
        self.root = root
        self.sources = sources
        self.claims = claims
        self.topics = topics
        self.exclusions = exclusions
        self.problems = problems
        self.index = index
        self._sorted: list[str] | None = None
        #: the sources _paragraphs read, the last used last (KEPT_SOURCES)
        self._read_sources: dict[str, Source] = {}

    def __iter__(self) -> Iterator[Claim]:
        return iter(self.claims.values())

    def __len__(self) -> int:
        return len(self.claims)

    @property
    def _sorted_ids(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self.claims)
        return self._sorted

    def ids_with_prefix(self, prefix: str, limit: int = 0) -> list[str]:
        """Claim ids that start with ``prefix``, sorted (at most ``limit`` when given)."""
        if self.index is not None:
            return list(self.index.with_prefix(prefix, limit or -1))
        import bisect

        ids = self._sorted_ids
        found: list[str] = []
        for i in range(bisect.bisect_left(ids, prefix), len(ids)):
            if not ids[i].startswith(prefix) or (limit and len(found) >= limit):
                break
            found.append(ids[i])
        return found

    def resolve(self, claim_id: str) -> Claim:
        """The claim with this id, or the one claim whose id starts with these whole
        hyphen segments (``004-12`` is paragraph 12 of source 004: ``004-12-…``, never
        ``004-124-…``); UnknownIdError otherwise, naming the candidates."""
        key = claim_id.strip().lower()
        if not key:
            raise JJJError("the claim id is empty: give an id such as 000-5-hitech-firms, "
                           "or its first segments (000-5-hitech)")
        if key in self.claims:
            return self.claims[key]
        from jjjcli.moved import MovedIdError, load_moves

        move = load_moves(self.root).get(key)
        if move is not None:  # an old id: say where its claim went
            raise MovedIdError(move)
        matches = self.ids_with_prefix(key.rstrip("-") + "-", 6)
        if len(matches) == 1:
            return self.claims[matches[0]]
        if len(matches) > 1:
            shown = matches[:5]
            raise UnknownIdError(claim_id, shown, ambiguous=True, about=self._about(shown))
        # ids that merely start with the same characters are suggestions, never the answer
        nearest = self.ids_with_prefix(key, 3) or self.suggest(key)
        raise UnknownIdError(claim_id, nearest, about=self._about(nearest))

    def _about(self, ids: list[str]) -> dict[str, str]:
        """What each claim is about, for a list of candidates: metric, subject, period."""
        about = {}
        for claim_id in ids:
            claim = self.claims.get(claim_id)
            if claim is not None:
                about[claim_id] = ", ".join(
                    part for part in (claim.metric, claim.subject, claim.period) if part)
        return about

    def suggest(self, key: str, limit: int = 3) -> list[str]:
        """The ids nearest to ``key``: those sharing its longest prefix first (a typo is
        rarely in the source number), each group ranked by similarity."""
        from rapidfuzz import fuzz, process

        found: list[str] = []
        for cut in range(len(key) - 1, 2, -1):
            pool = [i for i in self.ids_with_prefix(key[:cut], 5000) if i not in found]
            ranked = process.extract(key, pool, scorer=fuzz.WRatio, limit=limit)
            found.extend(match for match, _score, _index in ranked)
            if len(found) >= limit:
                return found[:limit]
        if len(self.claims) <= 100_000:
            pool = [i for i in self._sorted_ids if i not in found]
            ranked = process.extract(key, pool, scorer=fuzz.WRatio, limit=limit,
                                     score_cutoff=50)
            found.extend(match for match, _score, _index in ranked)
        return found[:limit]

    def distinct(self, column: str) -> list[str]:
        """The distinct values of a claim field (metric, subject), sorted: the cache's list
        where the base was opened through it."""
        if self.index is not None:
            return self.index.distinct(column)  # type: ignore[no-any-return]
        return sorted({getattr(c, column) for c in self})

    def source_bytes(self) -> Iterator[bytes]:
        """The bytes of each source that can be read (one that cannot is for `jjj check` to
        report), not decoded: compare reads the short names the sources define from the few
        places that hold them (a large base's sources are megabytes)."""
        for source in self.sources.values():
            try:
                yield read_regular(source.path)[0]
            except (OSError, FileReadError):
                continue

    def paragraphs_of(self, claim: Claim, before: int = 0, after: int = 0) -> list[str] | None:
        """The text of a claim's paragraphs, with up to ``before`` paragraphs before them
        and ``after`` after (fewer at the source's ends); None where its source cannot be
        read (what compare weighs beside a claim's quote: who the source has say it, the
        same article's 今年)."""
        return self._paragraphs(claim, lambda source: (max(claim.first - before, 1),
                                                       claim.last + after))

    def article_of(self, claim: Claim) -> Article | None:
        source = self.sources.get(claim.source)
        return source.article_for(claim.first) if source else None

    def article_text(self, claim: Claim) -> list[str] | None:
        """The paragraphs of the article a claim is in (the whole source where it marks no
        articles); None where its source cannot be read (what compare holds an event a
        statement sets a figure at to)."""
        def span(source: Source) -> tuple[int, int]:
            article = source.article_for(claim.first)
            return ((1, len(source.paragraphs)) if article is None
                    else (article.first, article.last))

        return self._paragraphs(claim, span)

    def source_text(self, claim: Claim) -> list[str] | None:
        """The paragraphs of a claim's whole source; None where it cannot be read (what
        compare holds the bodies a statement names to)."""
        return self._paragraphs(claim, lambda source: (1, len(source.paragraphs)))

    def _paragraphs(self, claim: Claim,
                    span: Callable[[Source], tuple[int, int]]) -> list[str] | None:
        """The text of the paragraphs ``span`` gives (first, last) in a claim's source;
        None where the source cannot be read."""
        try:
            source = self.sources[claim.source]
            text = source.paragraph_text(*span(source))
        except (KeyError, OSError, ValueError, IndexError, KnowledgeBaseError):
            return None  # (`jjj check` says what is wrong with the source)
        read = self._read_sources
        read.pop(source.file, None)
        read[source.file] = source
        if len(read) > KEPT_SOURCES:
            oldest = next(iter(read))
            read.pop(oldest)._paragraphs = None  # (read again if asked for again)
        return text


def shipped_root() -> Path:
    """Where an installed package keeps its knowledge base (inside site-packages, not a
    place to edit: ``jjj init DIR --from-shipped`` copies it out)."""
    return Path(__file__).resolve().parent / "facts"


def default_root() -> Path:
    """The knowledge base installed with the package, or the checkout's facts/."""
    here = Path(__file__).resolve().parent
    for candidate in (shipped_root(), here.parent.parent / "facts"):
        if (candidate / "sources.toml").is_file():
            return candidate
    return here / "facts"


def resolve_root(path: str | os.PathLike[str] | None = None) -> Path:
    if path is None or str(path) == "":
        env = os.environ.get(ENV_VAR, "")
        return Path(env) if env else default_root()
    return Path(path)


def _toml_error_line(exc: tomllib.TOMLDecodeError) -> int:
    lineno = getattr(exc, "lineno", None)
    if isinstance(lineno, int):
        return lineno
    m = re.search(r"line (\d+)", str(exc))
    return int(m.group(1)) if m else 1


class TomlFile(Record):
    """One parsed TOML file, with the lines its [[header]] tables start on, and the stamp
    of the bytes parsed (what the cache records it was built from)."""

    __slots__ = ("data", "text", "stamp")

    data: dict[str, Any]
    text: str
    stamp: Stamp

    def __init__(self, data: dict[str, Any], text: str, stamp: Stamp) -> None:
        self.data = data
        self.text = text
        self.stamp = stamp

    def header_lines(self, header: str) -> list[int]:
        """The lines (counted by newlines, as TOML counts them) that open a
        ``[[header]]`` table, after nothing but spaces on their line: one pass of a
        regular expression over the text (one that starts with ``[[``, which the
        expression engine looks for quickly), each match's line start checked."""
        space = r"[^\S\n]*"
        pattern = re.compile(rf"\[\[{space}{re.escape(header)}{space}\]\]")
        text = self.text
        lines, line, last = [], 1, 0
        for match in pattern.finditer(text):
            start = text.rfind("\n", 0, match.start()) + 1
            if start < match.start() and not text[start : match.start()].isspace():
                continue
            line += text.count("\n", last, start)
            last = start
            lines.append(line)
        return lines


def read_toml(path: Path, root: Path) -> TomlFile:
    """Read and parse one TOML file once (a regular file of at most
    files.MAX_FILE_BYTES); what makes it unreadable raises KnowledgeBaseError naming file
    and line, with the :class:`Problem` that ``jjj check`` lists."""
    def fail(line: int, message: str) -> KnowledgeBaseError:
        error = KnowledgeBaseError(f"{path}:{line}: {message}")
        error.problem = Problem(_rel(path, root), line, message)
        return error

    try:
        raw, stamp = read_regular(path)
    except FileReadError as exc:
        raise fail(1, str(exc)) from None
    if raw.startswith(b"\xef\xbb\xbf"):
        raise fail(1, "starts with a UTF-8 byte-order mark (save it as UTF-8 without one)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise fail(raw.count(b"\n", 0, exc.start) + 1,
                   f"not valid UTF-8 (at byte {exc.start})") from None
    fast = _fast_loads()
    if fast is not None:
        try:
            return TomlFile(fast(text), text, stamp)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:  # noqa: BLE001 (a Rust panic is a BaseException)
            pass  # the standard parser says what is wrong, as it always has
    tomllib = _tomllib()
    try:
        return TomlFile(tomllib.loads(text), text, stamp)
    except tomllib.TOMLDecodeError as exc:
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise fail(_toml_error_line(exc), f"malformed TOML: {message}") from exc
    except RecursionError:
        raise fail(_deepest_line(text), "malformed TOML: nested too deeply") from None


#: nesting of arrays and inline tables beyond this is reported where it starts
_DEEP = 100


def _deepest_line(text: str) -> int:
    """The line where brackets first nest deeper than _DEEP (strings skipped roughly)."""
    depth = 0
    line = 1
    quote = ""
    for ch in text:
        if ch == "\n":
            line += 1
        elif quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch in "[{":
            depth += 1
            if depth > _DEEP:
                return line
        elif ch in "]}":
            depth -= 1
    return 1


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def safe_source_path(root: Path, name: object) -> Path:
    """The path of a source file, refusing anything that would leave ``sources/``."""
    if not isinstance(name, str) or not name:
        raise KnowledgeBaseError("a source file name must be a non-empty string")
    if "/" in name or "\\" in name or name in (".", "..") or "\0" in name or name.startswith("."):
        raise KnowledgeBaseError(f"source {name!r} is not a plain file name inside sources/")
    folder = (root / "sources").resolve()
    path = (folder / name).resolve()
    if path.parent != folder or not path.is_relative_to(root.resolve()):
        raise KnowledgeBaseError(f"source {name!r} leaves the knowledge base")
    return path


class _Fields:
    """Typed access to one TOML table, recording problems instead of raising."""

    def __init__(self, table: dict[str, Any], file: str, line: int, problems: list[Problem]):
        self.table, self.file, self.line, self.problems = table, file, line, problems
        self.ok = True

    def problem(self, message: str) -> None:
        self.problems.append(Problem(self.file, self.line, message))
        self.ok = False

    def text(self, key: str, *, required: bool = True) -> str:
        value = self.table.get(key)
        if value is None:
            if required:
                self.problem(f"missing field {key!r}")
            return ""
        if not isinstance(value, str):
            self.problem(f"{key!r} must be a string")
            return ""
        if required and not value.strip() and key != "period":
            self.problem(f"{key!r} is empty")
        return value

    def span(self, key: str) -> tuple[int, int]:
        value = self.table.get(key)
        if isinstance(value, bool):
            value = None
        if isinstance(value, int) and value >= 1:
            return value, value
        if (isinstance(value, list) and len(value) == 2
                and all(isinstance(v, int) and not isinstance(v, bool) and v >= 1 for v in value)
                and value[0] <= value[1]):
            return value[0], value[1]
        self.problem(f"{key!r} must be a paragraph number or [first, last], got {value!r}")
        return 0, 0


def _printed(value: Any, where: str, fields: _Fields) -> Printed | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("value"), str):
        fields.problem(f"{where} must be {{ value = \"…\", paragraph = N }}")
        return None
    paragraph = value.get("paragraph")
    if not isinstance(paragraph, int) or isinstance(paragraph, bool) or paragraph < 0:
        fields.problem(f"{where} needs the paragraph that prints it")
        return None
    printed = value.get("printed", value["value"])
    origin = value.get("from", "")
    if not isinstance(printed, str) or not isinstance(origin, str):
        fields.problem(f"{where}: 'printed' and 'from' must be strings")
        return None
    if paragraph == 0 and not origin:
        fields.problem(f"{where}: a value not printed in the text (paragraph 0) needs 'from'")
    return Printed(value["value"], paragraph, printed, origin)


def _metadata(table: dict[str, Any], names: tuple[str, ...],
              fields: _Fields) -> dict[str, Printed]:
    """The printed values among ``names`` that the table records."""
    found = {}
    for key in names:
        printed = _printed(table.get(key), key, fields)
        if printed:
            found[key] = printed
    return found


def load_sources(root: Path, problems: list[Problem],
                 stamps: dict[str, Stamp] | None = None) -> dict[str, Source]:
    path = root / "sources.toml"
    if not path.is_file():
        raise KnowledgeBaseError(f"no sources.toml in {root} (is this a jjj knowledge base?)")
    parsed = read_toml(path, root)
    if stamps is not None:
        stamps["sources.toml"] = parsed.stamp
    data = parsed.data
    lines = parsed.header_lines("source")
    sources: dict[str, Source] = {}
    entries = data.get("source", [])
    if not isinstance(entries, list):
        raise KnowledgeBaseError(f"{_rel(path, root)}:1: 'source' must be an array of tables")
    for index, entry in enumerate(entries):
        line = lines[index] if index < len(lines) else 1
        if not isinstance(entry, dict):
            problems.append(Problem("sources.toml", line, "a source must be a table"))
            continue
        fields = _Fields(entry, "sources.toml", line, problems)
        name = fields.text("file")
        if not name:
            continue  # the missing or empty name is recorded
        try:
            file_path = safe_source_path(root, name)
        except KnowledgeBaseError as exc:
            raise KnowledgeBaseError(f"{_rel(path, root)}:{line}: {exc}") from exc
        kind = fields.text("kind", required=False)  # only when the text shows it
        if kind and kind not in SOURCE_KINDS:
            fields.problem(f"kind must be one of {', '.join(SOURCE_KINDS)}")
        metadata = _metadata(entry, METADATA_FIELDS, fields)
        articles = []
        for number, art in enumerate(_tables(entry, "article", fields), start=1):
            afields = _Fields(art, "sources.toml", line, problems)
            first, last = afields.span("paragraphs")
            authors_raw = art.get("authors", [])
            if not isinstance(authors_raw, list):
                afields.problem("'authors' must be a list of { value = \"…\", paragraph = N }")
                authors_raw = []
            authors = tuple(
                p for a in authors_raw if (p := _printed(a, "author", afields))
            )
            articles.append(Article(
                id=afields.text("id") or f"{name}#{number}", first=first, last=last,
                authors=authors, metadata=_metadata(art, ARTICLE_FIELDS, afields),
            ))
        if name in sources:
            fields.problem(f"source {name} is listed twice")
        sources[name] = Source(
            file=name, kind=kind, path=file_path,
            evidence=_printed(entry.get("evidence"), "evidence", fields),
            metadata=metadata, articles=tuple(articles), line=line,
        )
    return sources


def _tables(table: dict[str, Any], key: str, fields: _Fields) -> list[dict[str, Any]]:
    """The array of tables under ``key`` (none when absent); anything else is a problem."""
    value = table.get(key, [])
    if isinstance(value, list) and all(isinstance(v, dict) for v in value):
        return value
    fields.problem(f"{key!r} must be an array of tables ([[…{key}]])")
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def load_topics(root: Path, stamps: dict[str, Stamp] | None = None) -> dict[str, str]:
    path = root / "topics.toml"
    if not path.is_file():
        return {}
    parsed = read_toml(path, root)
    if stamps is not None:
        stamps["topics.toml"] = parsed.stamp
    topics = parsed.data.get("topics", {})
    return {str(k): str(v) for k, v in topics.items()} if isinstance(topics, dict) else {}


def _figure(value: Any, fields: _Fields) -> Figure | None:
    if not isinstance(value, dict):
        fields.problem("each figure must be a table { raw, value, unit, qualifier }")
        return None
    raw = value.get("raw")
    number = value.get("value")
    unit = value.get("unit", "")
    qualifier = value.get("qualifier", "exact")
    high = value.get("high")
    if not isinstance(raw, str) or not raw.strip():
        fields.problem("a figure needs 'raw', the figure as printed")
        return None
    if isinstance(number, bool) or not isinstance(number, int | float) or not math.isfinite(
            number):  # nan and inf are no figure, and not JSON
        fields.problem(f"figure {raw!r}: 'value' must be a number")
        return None
    if not isinstance(unit, str) or not isinstance(qualifier, str):
        fields.problem(f"figure {raw!r}: 'unit' and 'qualifier' must be strings")
        return None
    if high is not None and (isinstance(high, bool) or not isinstance(high, int | float)
                             or not math.isfinite(high)):
        fields.problem(f"figure {raw!r}: 'high' must be a number")
        return None
    return Figure(raw=raw, value=number, unit=canonical_unit(unit), qualifier=qualifier, high=high)


def _strings(value: Any, key: str, fields: _Fields) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        fields.problem(f"{key!r} must be a non-empty list of strings")
        return ()
    return tuple(value)


_CLAIM_FIELDS = frozenset({"id", "source", "paragraph", "quote", "metric", "subject", "period",
                           "en", "topics", "figures", "note", "status"})


def _load_claim(entry: Any, file: str, line: int, problems: list[Problem]) -> Claim | None:
    if not isinstance(entry, dict):
        problems.append(Problem(file, line, "a claim must be a table"))
        return None
    fields = _Fields(entry, file, line, problems)
    if not _CLAIM_FIELDS.issuperset(entry):
        for key in entry:
            if key not in _CLAIM_FIELDS:
                fields.problem(f"unknown field {key!r}")
    status = fields.text("status", required=False)
    if status not in ("", DRAFT):
        fields.problem(f"status {status!r}: the only status is \"draft\" (delete the line "
                       "once the claim is reviewed)")
    # a draft proposes what needs judgement and may leave it empty for the reviewer
    needed = status != DRAFT
    claim_id = fields.text("id")
    if claim_id and (not ID_PATTERN.match(claim_id) or len(claim_id) > ID_MAX):
        fields.problem(f"id {claim_id!r}: use lowercase letters, digits and hyphens "
                       f"(at most {ID_MAX})")
    first, last = fields.span("paragraph")
    figures_raw = entry.get("figures")
    figures: list[Figure] = []
    if not isinstance(figures_raw, list) or not figures_raw:
        fields.problem("'figures' must list at least one figure")
    else:
        figures = [f for v in figures_raw if (f := _figure(v, fields))]
    period = fields.text("period")
    if period and not PERIOD_PATTERN.match(period):
        fields.problem(f"period {period!r}: use 2023, 2023-03, 2014/2023 or \"\"")
    topics = entry.get("topics")
    claim = Claim(
        id=claim_id, source=fields.text("source"), first=first, last=last,
        quote=fields.text("quote"), metric=fields.text("metric", required=needed),
        subject=fields.text("subject", required=needed), period=period,
        en=fields.text("en", required=needed),
        topics=(_strings(topics, "topics", fields) if needed or topics else ()),
        figures=tuple(figures), note=fields.text("note", required=False), file=file,
        line=line, status=status,
    )
    return claim if fields.ok else None


def _load_exclusion(entry: Any, file: str, line: int, problems: list[Problem]) -> Exclusion | None:
    if not isinstance(entry, dict):
        problems.append(Problem(file, line, "an exclusion must be a table"))
        return None
    fields = _Fields(entry, file, line, problems)
    first = last = None
    if "paragraph" in entry:
        first, last = fields.span("paragraph")
    kind = fields.text("kind", required=False)
    if kind not in ("", "date"):
        fields.problem(f"exclusion kind {kind!r}: leave it out (figures) or use \"date\"")
    exclusion = Exclusion(
        source=fields.text("source"), first=first, last=last,
        raw=fields.text("raw", required=False), reason=fields.text("reason"), file=file, line=line,
        kind=kind,
    )
    return exclusion if fields.ok else None


def claim_files(root: Path, problems: list[Problem] | None = None) -> list[Path]:
    """Every ``claims/**/*.toml``, in a fixed order. A folder that cannot be listed is a
    problem (recorded in ``problems`` when given, else KnowledgeBaseError), never a
    silent gap: its claims would be missing without a word."""
    folder = root / "claims"
    if not folder.is_dir():
        return []
    found: list[Path] = []
    unreadable: list[OSError] = []
    for here, folders, names in os.walk(folder, onerror=unreadable.append):
        found.extend(Path(here, name) for name in (*names, *folders) if name.endswith(".toml"))
    for exc in unreadable:
        where = Path(exc.filename) if exc.filename else folder
        message = f"folder cannot be read: {exc.strerror or exc}"
        if problems is None:
            error = KnowledgeBaseError(f"{where}: {message}")
            raise error
        problems.append(Problem(_rel(where, root), 1, message))
    return sorted(found, key=str)


def iter_claims(
    root: Path, paths: list[Path], problems: list[Problem], lenient: bool = False,
    progress: Callable[[int, int], None] | None = None,
    exclusions: list[Exclusion] | None = None, stamps: dict[str, Stamp] | None = None,
    drafts: bool = False,
) -> Iterator[Claim]:
    """The valid claims of ``paths``, one file at a time (a cache can be built from a base
    larger than memory). Problems go to ``problems``, exclusions to ``exclusions``, the
    stamp of each file's parsed bytes to ``stamps`` (by path relative to ``root``, with
    ``/``); a source path that leaves the knowledge base raises KnowledgeBaseError. Drafts
    (``status = "draft"``) only with ``drafts``."""
    seen: dict[str, tuple[str, int]] = {}
    safe: set[str] = set()
    for done, (path, parsed) in enumerate(parsed_files(root, paths, parse_claims_file)):
        if progress:
            progress(done, len(paths))
        if isinstance(parsed, KnowledgeBaseError):
            if not lenient:
                raise parsed
            problems.append(parsed.problem or Problem(str(path), 1, str(parsed)))
            continue
        if stamps is not None:
            stamps[str(path.relative_to(root)).replace(os.sep, "/")] = parsed[3]
        found = exclusions if exclusions is not None else []
        for claim in file_claims(root, path, parsed, problems, found, safe):
            if claim.id in seen:
                problems.append(duplicate(claim, seen[claim.id]))
                continue
            seen[claim.id] = (claim.file, claim.line)
            if drafts or not claim.is_draft:
                yield claim


def duplicate(claim: Claim, first: tuple[str, int]) -> Problem:
    """The problem of a claim whose id an earlier claim (``first``: file, line) has."""
    return Problem(claim.file, claim.line,
                   f"duplicate id {claim.id!r} (first at {first[0]}:{first[1]})")


def file_claims(root: Path, path: Path, parsed: Parsed, problems: list[Problem],
                exclusions: list[Exclusion], safe: set[str]) -> Iterator[Claim]:
    """Every valid claim of one parsed claims file, drafts and repeated ids included (the
    caller tells those apart, across files); its problems go to ``problems``, its
    exclusions to ``exclusions``; a source path that leaves the knowledge base raises
    KnowledgeBaseError (``safe``: the source names already found safe)."""
    data, claim_lines, exclude_lines, _stamp = parsed
    file = str(path.relative_to(root))
    for key in data:
        if key not in ("claim", "exclude"):
            problems.append(Problem(file, 1, f"unknown table {key!r} (use [[claim]] or "
                                              "[[exclude]])"))
    tables = _Fields(data, file, 1, problems)
    for index, entry in enumerate(_tables(data, "exclude", tables)):
        line = exclude_lines[index] if index < len(exclude_lines) else 1
        exclusion = _load_exclusion(entry, file, line, problems)
        if exclusion:
            _check_source(root, exclusion.source, safe, exclusion.file, exclusion.line)
            exclusions.append(exclusion)
    for index, entry in enumerate(_tables(data, "claim", tables)):
        line = claim_lines[index] if index < len(claim_lines) else 1
        claim = _load_claim(entry, file, line, problems)
        if claim is not None:
            _check_source(root, claim.source, safe, claim.file, claim.line)
            yield claim


#: a claims file parsed: its tables, the lines its [[claim]] and [[exclude]] start on, and
#: the stamp of the bytes parsed
Parsed = tuple[dict[str, Any], list[int], list[int], Stamp]

#: from this many claims files on, or from PARALLEL_BYTES of them in two files or more,
#: worker processes parse them (reading claims is most of the time a cache build takes: 1M
#: claims in 1,000 files; 10,000 in 10 files is worth the workers' start, the shipped base
#: is not)
PARALLEL_FILES = 16
PARALLEL_BYTES = 2 << 20


def parse_claims_file(path: Path, root: Path) -> Parsed | KnowledgeBaseError:
    """One claims file parsed, or the error that makes it unreadable (returned, so that a
    worker process can hand it back)."""
    try:
        parsed = read_toml(path, root)
    except KnowledgeBaseError as exc:
        return exc
    return (parsed.data, parsed.header_lines("claim"), parsed.header_lines("exclude"),
            parsed.stamp)


def parsed_files(root: Path, paths: list[Path],
                 work: Callable[[Path, Path], T]) -> Iterator[tuple[Path, T]]:
    """``work(path, root)`` for each claims file, in order (parse_claims_file: the file
    parsed), here, or, for many files on a machine with more than one CPU, in worker processes (a
    few files ahead, so memory stays bounded). ``work`` is a module-level function that
    returns what it cannot do (a KnowledgeBaseError) rather than raising it."""
    workers = min(os.cpu_count() or 1, 8)
    if workers < 2 or len(paths) < 2 or (len(paths) < PARALLEL_FILES
                                         and _total_size(paths) < PARALLEL_BYTES):
        for path in paths:
            yield path, work(path, root)
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    from itertools import islice

    given = 0  # files handed on; if the pool cannot start or breaks, the rest parse here
    try:
        context = multiprocessing.get_context("spawn")  # no fork of a process with SQLite
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_start)
    except (OSError, NotImplementedError, ImportError):  # no semaphores, no processes
        pool = None
    if pool is not None:
        with pool:
            waiting = iter(paths)
            ahead: deque[tuple[Path, Future[T]]] = deque()
            from jjjcli.files import SignalsHeld

            try:
                with SignalsHeld():  # a submit may start a worker: not to be cut in half
                    ahead.extend((path, pool.submit(work, path, root))
                                 for path in islice(waiting, 2 * workers))
                while ahead:
                    done, future = ahead[0]
                    result = future.result()
                    ahead.popleft()
                    given += 1
                    yield done, result
                    following = next(waiting, None)
                    if following is not None:
                        with SignalsHeld():
                            ahead.append((following, pool.submit(work, following, root)))
            except BrokenProcessPool:
                pass
            finally:
                for _path, future in ahead:
                    future.cancel()
    for path in paths[given:]:
        yield path, work(path, root)


def _total_size(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        try:
            total += path.stat().st_size
        except OSError:
            pass  # reading it says what is wrong
    return total


def _worker_start() -> None:
    """In a worker: Ctrl-C is the main process's to handle (it stops the pool), and the
    worker ends as soon as the main process does, however it ended (SIGKILL included):
    a thread waits on the parent's sentinel, which becomes readable when it is gone. No
    cyclic garbage collection."""
    import gc
    import signal
    import threading
    from multiprocessing import parent_process

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # a worker's files make no reference cycles (parsed tables, records, rows, all freed
    # by reference counting once sent): the cyclic collector would only cost time
    gc.disable()
    parent = parent_process()
    if parent is not None and parent.sentinel is not None:
        threading.Thread(target=_exit_with_parent, args=(parent.sentinel,),
                         name="jjj-parent-watch", daemon=True).start()


def _exit_with_parent(sentinel: int) -> None:
    from multiprocessing.connection import wait

    wait([sentinel])
    os._exit(1)


def _check_source(root: Path, name: str, safe: set[str], file: str, line: int) -> None:
    if name in safe:
        return
    try:
        safe_source_path(root, name)
    except KnowledgeBaseError as exc:
        raise KnowledgeBaseError(f"{file}:{line}: {exc}") from exc
    safe.add(name)


def open_root(path: str | os.PathLike[str] | None) -> Path:
    """The knowledge-base folder, or KnowledgeBaseError if there is none."""
    root = resolve_root(path)
    if not root.exists():
        raise KnowledgeBaseError(f"knowledge base not found: {root}")
    if not root.is_dir():
        raise KnowledgeBaseError(f"knowledge base is not a folder: {root}")
    return root


def load_kb(path: str | os.PathLike[str] | None = None, *, lenient: bool = False,
            progress: Callable[[int, int], None] | None = None,
            drafts: bool = False) -> KnowledgeBase:
    """Load a knowledge base (``--kb``, then ``$JJJ_KB``, then the bundled one).

    ``lenient`` (for ``jjj check``) records a malformed claims file as a problem and goes
    on with the others, instead of refusing the whole base. ``progress(done, total)`` is
    called as files are read. Claims drafted by `jjj add` and not yet reviewed are left
    out unless ``drafts``.
    """
    root = open_root(path)
    problems: list[Problem] = []
    sources = load_sources(root, problems)
    files = claim_files(root, problems if lenient else None)
    exclusions: list[Exclusion] = []
    claims = {c.id: c for c in iter_claims(root, files, problems, lenient, progress,
                                           exclusions, drafts=drafts)}
    return KnowledgeBase(
        root=root, sources=sources, claims=claims, topics=load_topics(root),
        exclusions=exclusions, problems=problems,
    )
