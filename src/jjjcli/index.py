"""The knowledge-base cache: an SQLite file in the user's cache directory.

Parsing TOML is the slow part of every command (≈ 40 ms per thousand claims), so the first
command on a knowledge base stores what it read in one SQLite file, and later commands read
that instead: one row per claim, the matcher's prepared text, an FTS5 index of the claims'
Chinese character pairs and English words (the candidate filter for large bases) and a
table of figure values.

The cache is never trusted blindly (README: "What the cache promises"). It is used only when

- it is a regular file, an SQLite database with jjj's application id, and its CRC-32 (kept
  in the header's user-version field) matches its content — checked whenever the file's
  inode, size or time stamps differ from those of the last check (a ``.verified`` file
  beside it records them), so any write to the file by anything else is noticed;
- it was built from the same knowledge-base folder by the same version of jjj;
- every knowledge-base file (sources.toml, topics.toml, claims/**/*.toml) has the size,
  modification time and change time that the bytes parsed for the build had (taken from
  the open file before reading), and no file was added or removed; a file modified within
  two seconds of the build is also compared by the CRC-32 of those very bytes.

When only some files changed, the cache is brought up to date file by file (:func:`update`):
each changed, added or removed claims file is read again and, of its rows, those whose
claim changed are replaced (every file owns a range of rowids), sources.toml and
topics.toml re-read only if they changed, in a copy of the cache renamed into place; a
first search after editing one claim of 100,000 costs the reading of its file and the
copy of the cache, not the reading of every file.

Otherwise it is rebuilt, into a temporary file renamed into place, so that a crash or a
concurrent run never leaves a half-written cache behind (temporary files of builds that
died are removed by later ones). A cache that fails while being read — at open or in the
middle of a command — is deleted, one warning line says so, and the command goes on from
the TOML. No writable cache directory: the TOML is read.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

from jjjcli import __version__
from jjjcli.errors import KnowledgeBaseError
from jjjcli.figures import Figure
from jjjcli.files import TEMP_SUFFIX, Stamp, discard, temp_prefix
from jjjcli.files import forget as forget_temp
from jjjcli.files import new_temp as files_new_temp
from jjjcli.kb import (
    Article,
    Claim,
    Exclusion,
    KnowledgeBase,
    Printed,
    Problem,
    Source,
    claim_files,
    file_claims,
    load_kb,
    load_sources,
    load_topics,
    open_root,
    parse_claims_file,
    parsed_files,
    safe_source_path,
)
from jjjcli.output import Progress

APPLICATION_ID = 0x6A6A6A32  # "jjj2": user_version holds the file's CRC-32
#: caches written before the checksum (application id "jjj1"): replaced without a warning
OLD_APPLICATION_IDS = (0x6A6A6A31,)
SCHEMA = 17
#: knowledge bases with more claims than this are searched through the full-text index
INDEX_THRESHOLD = 2_000
#: a file modified this close to the build is checked by content, not by time stamp
RACY_NS = 2_000_000_000
CLAIM_COLUMNS = ("id", "source", "first", "last", "quote", "metric", "subject", "period",
                 "en", "topics", "figures", "note", "file", "line")
DOC_COLUMNS = ("id", "source", "period", "topics", "figures", "metric", "subject", "chinese",
               "keytext", "keysize", "words", "years")


#: topics are stored joined by this (a control character no topic name holds)
TOPIC_SEPARATOR = "\x1f"


def _split(topics: str) -> tuple[str, ...]:
    return tuple(topics.split(TOPIC_SEPARATOR)) if topics else ()


class CacheError(Exception):
    """The cache cannot be used (none yet, stale, another version); it is rebuilt."""

    damaged = False


class CacheDamaged(CacheError):
    """The cache is damaged or not a jjj cache: dropped, with a warning, and rebuilt."""

    damaged = True


#: what reading a damaged cache can raise (SQLite's errors; JSON or a row that does not
#: decode; a file that is gone)
DAMAGE = (sqlite3.Error, ValueError, TypeError, KeyError, IndexError, OverflowError, OSError)


def cache_dir() -> Path:
    """``$JJJ_CACHE_DIR``, else the platform's user cache directory + ``jjj``."""
    explicit = os.environ.get("JJJ_CACHE_DIR")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "jjj" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "jjj"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "jjj"


def cache_path(root: Path) -> Path:
    """One cache file per knowledge-base folder, named after it. A CRC is enough to tell
    folders apart: the cache records the folder it was built from, and :func:`_connect`
    refuses a file built from another (no hashlib to import on every start)."""
    from binascii import crc32

    resolved = root.resolve()
    key = crc32(str(resolved).encode("utf-8", "surrogateescape"))
    name = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "_"
                   for ch in resolved.name[:32])
    return cache_dir() / f"kb-{name}-{key:08x}.sqlite"


def cache_enabled() -> bool:
    return os.environ.get("JJJ_NO_CACHE", "") in ("", "0")


def index_threshold() -> int:
    """Claims above which search goes through the index (``JJJ_INDEX_THRESHOLD`` overrides)."""
    try:
        return int(os.environ.get("JJJ_INDEX_THRESHOLD", INDEX_THRESHOLD))
    except ValueError:
        return INDEX_THRESHOLD


# --- fingerprints -------------------------------------------------------------------------


def kb_files(root: Path) -> list[Path]:
    """The files a cache is built from, in a fixed order."""
    files = [root / "sources.toml"]
    if (root / "topics.toml").is_file():
        files.append(root / "topics.toml")
    files.extend(claim_files(root))
    return files


def _stat_fingerprint(root: Path) -> dict[str, list[int]]:
    """Each knowledge-base file's size, modification and change time, as they are now."""
    found: dict[str, list[int]] = {}
    prefix = len(str(root)) + 1
    for path in kb_files(root):
        try:
            st = os.stat(path)
        except OSError:
            continue
        found[str(path)[prefix:].replace(os.sep, "/")] = [st.st_size, st.st_mtime_ns,
                                                         st.st_ctime_ns]
    return found


def _built_fingerprint(stamps: dict[str, Stamp]) -> dict[str, list[int]]:
    """The fingerprint of what a build parsed: each file's size, modification and change
    time as stamped when it was read (jjjcli.files.read_regular)."""
    return {name: [s.size, s.mtime_ns, s.ctime_ns] for name, s in sorted(stamps.items())}


def _racy(stamps: dict[str, Stamp], started_ns: int) -> dict[str, int]:
    """The CRC-32 of the bytes parsed from each file written within RACY_NS of the build
    (where an edit can keep its time stamps): compared with the content at open."""
    return {name: s.crc for name, s in stamps.items()
            if max(s.mtime_ns, s.ctime_ns) >= started_ns - RACY_NS}


def _crc(path: Path) -> int:
    """The CRC-32 of a file's content. It guards against an edit that kept size and time
    stamps, not against an adversary, and binascii is already loaded where hashlib would
    cost an import on every start."""
    from binascii import crc32

    checksum = 0
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            checksum = crc32(block, checksum)
    return checksum


# --- the cache file's own checksum ----------------------------------------------------------

#: where SQLite keeps the user version in the header: jjj keeps the file's CRC-32 there
_CRC_AT = 60


def _file_crc(path: Path) -> tuple[int, int]:
    """The CRC-32 of a cache file with its checksum field counted as zero, and the
    checksum the field holds."""
    from binascii import crc32

    checksum = 0
    stored = -1
    with path.open("rb") as handle:
        head = handle.read(100)
        if len(head) == 100:
            stored = int.from_bytes(head[_CRC_AT : _CRC_AT + 4], "big")
            head = head[:_CRC_AT] + bytes(4) + head[_CRC_AT + 4 :]
        checksum = crc32(head)
        for block in iter(lambda: handle.read(1 << 20), b""):
            checksum = crc32(block, checksum)
    return checksum, stored


def _seal(temp: Path) -> int:
    """Write a finished cache file's CRC-32 into its header (SQLite has closed it)."""
    checksum, _ = _file_crc(temp)
    with temp.open("r+b") as handle:
        handle.seek(_CRC_AT)
        handle.write(checksum.to_bytes(4, "big"))
    return checksum


def _verified_path(path: Path) -> Path:
    return path.with_name(path.name + ".verified")


def _identity(info: os.stat_result) -> str:
    return f"{info.st_ino} {info.st_size} {info.st_mtime_ns} {info.st_ctime_ns}"


def _vouch(path: Path, checksum: int) -> None:
    """Record that the cache file, as it now is, was checked (or just written)."""
    try:
        info = os.stat(path)
        record = _verified_path(path)
        temp = record.with_name(f"{temp_prefix(record)}{TEMP_SUFFIX}")
        temp.write_text(f"{_identity(info)} {checksum:08x}\n", encoding="ascii")
        os.replace(temp, record)
    except OSError:
        pass  # checked again next time


def _verify(path: Path, info: os.stat_result) -> None:
    """CacheDamaged unless the file's checksum matches its content (not read again while
    the file keeps the inode, size and time stamps it had when last checked)."""
    try:
        record = _verified_path(path).read_text(encoding="ascii").split()
    except (OSError, UnicodeError):
        record = []
    if " ".join(record[:4]) == _identity(info):
        return
    try:
        checksum, stored = _file_crc(path)
    except OSError as exc:
        raise CacheDamaged(f"cannot be read: {exc.strerror or exc}") from exc
    if checksum != stored:
        raise CacheDamaged("its content does not match its checksum")
    _vouch(path, checksum)


def drop(path: Path) -> None:
    """Delete a cache file and its check record (a damaged cache is never read again)."""
    for victim in (path, _verified_path(path)):
        try:
            if victim.is_dir() and not victim.is_symlink():
                victim.rmdir()  # an empty folder in its place; never a folder's content
            else:
                victim.unlink()
        except OSError:
            pass


# --- (de)serialising the parts of a knowledge base that are not claims ---------------------


def _printed(data: dict[str, Any] | None) -> Printed | None:
    return Printed(**data) if data else None


def _source_to_json(source: Source) -> dict[str, Any]:
    return {
        "file": source.file, "kind": source.kind, "line": source.line,
        "evidence": source.evidence.as_dict() if source.evidence else None,
        "metadata": {k: v.as_dict() for k, v in source.metadata.items()},
        "articles": [a.as_dict() for a in source.articles],
    }


def _source_from_json(root: Path, data: dict[str, Any]) -> Source:
    articles = tuple(
        Article(id=a["id"], first=a["first"], last=a["last"],
                authors=tuple(Printed(**p) for p in a["authors"]),
                metadata={k: Printed(**v) for k, v in a["metadata"].items()})
        for a in data["articles"]
    )
    return Source(
        file=data["file"], kind=data["kind"], path=safe_source_path(root, data["file"]),
        evidence=_printed(data["evidence"]),
        metadata={k: Printed(**v) for k, v in data["metadata"].items()},
        articles=articles, line=data["line"],
    )


def _figures_json(figures: tuple[Figure, ...]) -> str:
    return _JSON.encode([[f.raw, f.value, f.unit, f.qualifier, f.high] for f in figures])


#: json.dumps(…, ensure_ascii=False), without making an encoder for every claim
_JSON = json.JSONEncoder(ensure_ascii=False)


def figures_from_json(text: str) -> tuple[Figure, ...]:
    return tuple(Figure(raw=r, value=v, unit=u, qualifier=q, high=h)
                 for r, v, u, q, h in json.loads(text))


def claim_from_row(row: tuple[Any, ...]) -> Claim:
    (cid, source, first, last, quote, metric, subject, period, en, topics, figures, note,
     file, line) = row
    return Claim(id=cid, source=source, first=first, last=last, quote=quote, metric=metric,
                 subject=subject, period=period, en=en, topics=_split(topics),
                 figures=figures_from_json(figures), note=note, file=file, line=line)


# --- building --------------------------------------------------------------------------------


def _schema(db: sqlite3.Connection) -> None:
    db.executescript(f"""
        PRAGMA application_id = {APPLICATION_ID};
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE claim (
            rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, source TEXT NOT NULL,
            first INTEGER NOT NULL, last INTEGER NOT NULL, quote TEXT NOT NULL,
            metric TEXT NOT NULL, subject TEXT NOT NULL, period TEXT NOT NULL, en TEXT NOT NULL,
            topics TEXT NOT NULL, figures TEXT NOT NULL, note TEXT NOT NULL, file TEXT NOT NULL,
            line INTEGER NOT NULL,
            chinese TEXT NOT NULL, keytext TEXT NOT NULL, keysize INTEGER NOT NULL,
            words TEXT NOT NULL, years TEXT NOT NULL);
        CREATE TABLE figure (claim INTEGER NOT NULL, n INTEGER NOT NULL, value REAL NOT NULL,
            unit TEXT NOT NULL, subject TEXT NOT NULL, PRIMARY KEY (claim, n)) WITHOUT ROWID;
        CREATE TABLE word (term TEXT PRIMARY KEY, size INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE draft (id TEXT PRIMARY KEY, file TEXT NOT NULL, line INTEGER NOT NULL)
            WITHOUT ROWID;
        CREATE TABLE term (term TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
        CREATE VIRTUAL TABLE fts USING fts5(pairs, words, content='', tokenize='unicode61');
    """)


def build(root: Path, path: Path, started_ns: int,
          progress: Callable[[int, int], None] | None = None) -> None:
    """Read the knowledge base at ``root`` into a new cache file at ``path``, atomically,
    one claims file at a time (a base need not fit in memory to be cached). What it
    records as its fingerprint is what was parsed: each file's stamp taken as it was read.

    Each claims file is parsed, checked and turned into rows (the claims, the matcher's
    prepared text, character pairs) by :func:`prepare_file`, in worker processes for a
    large base; this process only tells repeated ids apart and writes the rows.

    Python's cyclic garbage collector is paused meanwhile (the rows, records and parsed
    tables hold no reference cycles; its collections took 4 % of a 100,000-claim build in
    one process, 1,300 of them)."""
    from jjjcli.collector import paused

    with paused():
        _build(root, path, started_ns, progress)


def _build(root: Path, path: Path, started_ns: int,
           progress: Callable[[int, int], None] | None) -> None:
    problems: list[Problem] = []
    stamps: dict[str, Stamp] = {}
    sources = load_sources(root, problems, stamps)
    topics = load_topics(root, stamps)
    exclusions: list[Exclusion] = []
    paths = claim_files(root)
    seen: dict[str, tuple[str, int]] = {}
    drafted: dict[str, tuple[str, int]] = {}

    def prepared() -> Iterator[tuple[str, list[_Row]]]:
        for done, (_path, result) in enumerate(parsed_files(root, paths, prepare_file)):
            if progress:
                progress(done, len(paths))
            if isinstance(result, KnowledgeBaseError):
                raise result
            name, stamp, file_problems, file_exclusions, entries = result
            stamps[name] = stamp
            exclusions.extend(file_exclusions)
            rows: list[_Row] = []
            at = 0
            for entry in entries:
                problems.extend(file_problems[at : entry.problems])
                at = entry.problems
                if entry.id in seen:
                    problems.append(Problem(entry.file, entry.line,
                                            _duplicate_message(entry, seen[entry.id])))
                    continue
                seen[entry.id] = (entry.file, entry.line)
                if entry.draft:
                    drafted[entry.id] = (entry.file, entry.line)
                else:
                    rows.append(entry)
            problems.extend(file_problems[at:])
            yield name, rows

    _write(root, path, sources, topics, prepared(), exclusions, problems, stamps, started_ns,
           drafted)


def _duplicate_message(entry: _Row, first: tuple[str, int]) -> str:
    return f"duplicate id {entry.id!r} (first at {first[0]}:{first[1]})"


class _Row:
    """One claim as the cache stores it, prepared (in a worker process for a large base):
    its row without the rowid (the claim's own columns, then what search derives from
    them), its figures' values, its character pairs; with what reading it needs (id,
    file, line, whether a draft, how many of its file's problems came before it).

    An update compares a claim's own columns with those stored before it derives the
    rest (:meth:`derive`): an unchanged claim costs no search document."""

    __slots__ = ("id", "file", "line", "draft", "problems", "own", "derived", "values",
                 "pairs", "claim")

    def __init__(self, claim: Claim, problems: int, derive: bool = True) -> None:
        self.id, self.file, self.line = claim.id, claim.file, claim.line
        self.draft = claim.is_draft
        self.problems = problems
        self.own: tuple[Any, ...] = (
            claim.id, claim.source, claim.first, claim.last, claim.quote,
            claim.metric, claim.subject, claim.period, claim.en,
            TOPIC_SEPARATOR.join(claim.topics),
            _figures_json(claim.figures), claim.note, claim.file, claim.line)
        self.values = [(f.value, f.unit or "") for f in claim.figures]
        self.derived: tuple[Any, ...] = ()
        self.pairs = ""
        self.claim: Claim | None = claim
        if derive:
            self.derive()

    def derive(self) -> None:
        """Make the claim's search document's columns and character pairs."""
        from jjjcli.search import make_document

        if self.claim is None:
            return
        doc = make_document(self.claim)
        self.derived = (doc.chinese, doc.keytext, doc.keysize, " ".join(sorted(doc.words)),
                        " ".join(sorted(doc.years)))
        self.pairs = " ".join(sorted(_pairs(doc.chinese)))
        self.claim = None

    @property
    def row(self) -> tuple[Any, ...]:
        return self.own + self.derived

    def __getstate__(self) -> tuple[Any, ...]:
        # what a worker process sends: the row whole (id, file and line are in it)
        self.derive()
        return self.draft, self.problems, self.own + self.derived, self.values, self.pairs

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        self.draft, self.problems, row, self.values, self.pairs = state
        self.own, self.derived = row[:_OWN], row[_OWN:]
        self.id, self.file, self.line = row[0], row[_FILE], row[_LINE]
        self.claim = None


#: a claims file prepared: its name (relative, with ``/``), the stamp of the bytes parsed,
#: its problems, its exclusions, and every valid claim in it (drafts and repeated ids too)
Prepared = tuple[str, Stamp, list[Problem], list[Exclusion], list[_Row]]


def prepare_file(path: Path, root: Path, derive: bool = True) -> Prepared | KnowledgeBaseError:
    """One claims file parsed, checked and made into rows (what a worker process does;
    without ``derive``, search's columns are left to :meth:`_Row.derive`); the error that
    makes it unreadable is returned, to be raised in order."""
    parsed = parse_claims_file(path, root)
    if isinstance(parsed, KnowledgeBaseError):
        return parsed
    problems: list[Problem] = []
    exclusions: list[Exclusion] = []
    try:
        entries = [_Row(claim, len(problems), derive)
                   for claim in file_claims(root, path, parsed, problems, exclusions, set())]
    except KnowledgeBaseError as exc:
        return exc
    name = str(path.relative_to(root)).replace(os.sep, "/")
    return name, parsed[3], problems, exclusions, entries


def _write(root: Path, path: Path, sources: dict[str, Source], topics: dict[str, str],
           files: Iterable[tuple[str, list[_Row]]], exclusions: list[Exclusion],
           problems: list[Problem], stamps: dict[str, Stamp], started_ns: int,
           drafted: dict[str, tuple[str, int]]) -> None:

    path.parent.mkdir(parents=True, exist_ok=True)
    temp = new_temp(path)
    try:
        db = sqlite3.connect(temp, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            db.execute("PRAGMA cache_size = -65536")  # 64 MiB while building
            _schema(db)
            # FTS5 merges its segments 8 at a time rather than 4 while the build adds rows
            # (10 % of SQLite's time at 100k; the optimize below makes one segment anyway),
            # then back to its default for the updates that follow
            db.execute(f"INSERT INTO fts (fts, rank) VALUES ('automerge', {BUILD_AUTOMERGE})")
            # and it keeps up to 64 MiB of new entries in memory before it writes them out
            # as a segment, not 1 MiB (at 100k: 9 % less of the writer's CPU, a 5 % smaller
            # file, 35 MB more memory at its peak)
            db.execute(f"INSERT INTO fts (fts, rank) VALUES ('hashsize', {BUILD_HASHSIZE})")
            db.execute("BEGIN")
            total = 0
            slots: dict[str, int] = {}
            batch = _Batch()
            for name, rows in files:
                if rows:
                    slots[name] = (len(slots) + 1) * SLOT_GAP
                for number, entry in enumerate(rows, start=1):
                    batch.add(entry, _rowid(slots[name], number, entry))
                total += len(rows)
                if len(batch.rows) >= 5000:
                    batch.flush(db)
            batch.flush(db)
            db.execute(f"INSERT INTO fts (fts, rank) VALUES ('automerge', {FTS5_AUTOMERGE})")
            db.execute(f"INSERT INTO fts (fts, rank) VALUES ('hashsize', {FTS5_HASHSIZE})")
            db.executemany("INSERT INTO draft VALUES (?, ?, ?)",
                           [(i, f, n) for i, (f, n) in drafted.items()])
            # an id is a claim's alone (the build has told repeated ones apart; an update
            # that would repeat one fails here): indexed once the rows are in, sorted in
            # one pass rather than kept in order row by row
            db.execute("CREATE UNIQUE INDEX claim_id ON claim (id)")
            # (a figure's unit beside its value: compare asks for a value in some units,
            # answered from the index alone)
            db.execute("CREATE INDEX figure_value ON figure (value, unit)")
            # and beside its claim's subject: the claims of the subjects a statement allows
            # holding its value (a common value, 1, is in 7 % of a generated base's
            # figures: the claims of every subject were read and most set aside)
            db.execute("CREATE INDEX figure_subject ON figure (subject, value, unit)")
            # a metric's claims about the subjects a statement allows, from the index
            # alone (compare's commonest question: 0.1 s for a thousand statements at
            # 100k, 2 s when each row's subject was read from the table)
            db.execute("CREATE INDEX claim_metric ON claim (metric, subject)")
            db.execute("CREATE INDEX claim_subject ON claim (subject)")
            db.execute("CREATE INDEX word_size ON word (size)")
            # how many claims hold each full-text term (what makes a term rare)
            db.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, fts, row)")
            db.execute("INSERT INTO term SELECT term, doc FROM temp.vocab")
            db.execute("DROP TABLE temp.vocab")
            meta = {
                "version": __version__,
                "schema": str(SCHEMA),
                "root": str(root.resolve()),
                "fingerprint": json.dumps(_built_fingerprint(stamps), ensure_ascii=False),
                "racy": json.dumps(_racy(stamps, started_ns), ensure_ascii=False),
                "count": str(total),
                "slots": json.dumps(slots, ensure_ascii=False),
                **_distinct(db),
                "sources": json.dumps([_source_to_json(s) for s in sources.values()],
                                      ensure_ascii=False),
                "topics": json.dumps(topics, ensure_ascii=False),
                "exclusions": json.dumps([e.as_dict() for e in exclusions], ensure_ascii=False),
                "problems": json.dumps([p.as_dict() for p in problems], ensure_ascii=False),
            }
            db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            db.execute("COMMIT")
            db.execute("INSERT INTO fts(fts) VALUES ('optimize')")
        finally:
            db.close()
        checksum = _seal(temp)
        os.replace(temp, path)
        forget_temp(temp)
    except BaseException:
        discard(temp)
        raise
    _vouch(path, checksum)


#: FTS5's automerge while a build adds rows, and its default (sqlite.org/fts5.html); its
#: hashsize (the bytes of new entries it keeps in memory before writing a segment; not in
#: that page: SQLite's fts5_config.c), likewise
BUILD_AUTOMERGE = 8
FTS5_AUTOMERGE = 4
BUILD_HASHSIZE = 64 << 20
FTS5_HASHSIZE = 1 << 20


def _distinct(db: sqlite3.Connection) -> dict[str, str]:
    """The meta entries listing the distinct metrics and subjects."""
    return {key: json.dumps([r[0] for r in db.execute(
        f"SELECT DISTINCT {column} FROM claim ORDER BY {column}")], ensure_ascii=False)
        for key, column in (("metrics", "metric"), ("subjects", "subject"))}


def _rowid(slot: int, number: int, entry: _Row) -> int:
    """The rowid of the ``number``-th claim (from 1) of the file with this slot."""
    if number >= 1 << FILE_BITS:
        raise KnowledgeBaseError(f"{entry.file}: more than {(1 << FILE_BITS) - 1} claims")
    return (slot << FILE_BITS) | number


def new_temp(path: Path) -> Path:
    """A new temporary file for the cache at ``path`` (stale ones of dead builds removed
    first): ``.NAME.PID.RANDOM.jjj-tmp`` in the cache folder."""
    fd, temp = files_new_temp(path)
    os.close(fd)
    return temp


#: a claims file's claims have rowids ``slot << FILE_BITS | n`` (n from 1): each file owns
#: a range of rowids, so that its rows can be replaced on their own and rowid order stays
#: the knowledge base's order; a build spaces the files' slots SLOT_GAP apart, leaving room
#: for files added between them later
FILE_BITS = 24
SLOT_GAP = 1 << 16


def _rowids(slot: int) -> tuple[int, int]:
    """The first and last rowid of the file with this slot."""
    return slot << FILE_BITS, ((slot + 1) << FILE_BITS) - 1


class _Batch:
    """Rows waiting to be written: claims, figures, full-text entries."""

    def __init__(self, count_terms: bool = False) -> None:
        #: keep the term counts up to date (a build counts them all at the end)
        self.count_terms = count_terms
        self.rows: list[tuple[Any, ...]] = []
        self.figures: list[tuple[int, int, float, str, str]] = []
        self.fts: list[tuple[int, str, str]] = []
        #: the English words already in the word table (a build's batches repeat most)
        self.words: set[str] = set()

    def add(self, entry: _Row, rowid: int) -> None:
        self.rows.append((rowid, *entry.row))
        subject = entry.own[_SUBJECT]
        self.figures.extend((rowid, n, value, unit, subject)
                            for n, (value, unit) in enumerate(entry.values))
        self.fts.append((rowid, entry.pairs, entry.derived[3]))

    def flush(self, db: sqlite3.Connection) -> None:
        marks = ", ".join("?" * 20)
        db.executemany(f"INSERT INTO claim VALUES ({marks})", self.rows)
        db.executemany("INSERT INTO figure VALUES (?, ?, ?, ?, ?)", self.figures)
        db.executemany("INSERT INTO fts (rowid, pairs, words) VALUES (?, ?, ?)", self.fts)
        if self.count_terms:
            _count_terms(db, self.fts, 1)
        words = {w for _rowid, _pairs, joined in self.fts for w in joined.split()}
        db.executemany("INSERT OR IGNORE INTO word VALUES (?, ?)",
                       [(w, len(w)) for w in words - self.words])
        self.words |= words
        self.rows.clear()
        self.figures.clear()
        self.fts.clear()


# --- updating, one changed file at a time -------------------------------------------------

#: more changed claims files than this share of them: a whole build is as quick
UPDATE_SHARE = 0.25


class _Stale(Exception):
    """The cache cannot be brought up to date file by file: build it whole."""


def _changes(meta: dict[str, str], root: Path) -> set[str]:
    """The knowledge-base files added, removed or changed since the cache was built."""
    built: dict[str, list[int]] = json.loads(meta["fingerprint"])
    now = _stat_fingerprint(root)
    changed = {name for name in built.keys() | now.keys() if built.get(name) != now.get(name)}
    racy: dict[str, int] = json.loads(meta["racy"])
    for name, checksum in racy.items():
        if name not in changed:
            try:
                if _crc(root / name) != checksum:
                    changed.add(name)
            except OSError:
                changed.add(name)
    return changed


def update(root: Path, path: Path, meta: dict[str, str], started_ns: int) -> bool:
    """Bring the cache at ``path`` up to date by re-reading only the files that changed:
    each changed, added or removed claims file's rows (claims, figures, full-text
    entries) are replaced, sources.toml and topics.toml re-read only when they changed;
    all in a copy of the cache renamed into place, so readers see the old cache or the
    new one. False when it is better built whole (many files changed, a duplicate id
    across files, no room for a new file's rows); a claims file that cannot be read
    raises KnowledgeBaseError, as a build does."""
    try:
        changed = _changes(meta, root)
        claims_changed = sorted(n for n in changed if n not in ("sources.toml", "topics.toml"))
        files = len(json.loads(meta["slots"])) + len(claims_changed)
        if not changed or len(claims_changed) > max(4, UPDATE_SHARE * files):
            return False
        if any(p["message"].startswith("duplicate id") for p in json.loads(meta["problems"])):
            return False  # which claim a duplicate id names depends on the other files
    except DAMAGE:
        return False
    import shutil

    temp = new_temp(path)
    try:
        shutil.copyfile(path, temp)
        db = sqlite3.connect(temp, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            db.execute("BEGIN")
            _apply(db, root, meta, changed, claims_changed, started_ns)
            db.execute("COMMIT")
        finally:
            db.close()
        checksum = _seal(temp)
        os.replace(temp, path)
    except (_Stale, sqlite3.Error, OSError, ValueError, KeyError, TypeError):
        temp.unlink(missing_ok=True)
        return False
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _vouch(path, checksum)
    return True


def _apply(db: sqlite3.Connection, root: Path, meta: dict[str, str], changed: set[str],
           claims_changed: list[str], started_ns: int) -> None:
    """Write the changes into an open cache (in a transaction).

    A changed claims file is read whole, but only the claims whose rows differ from those
    stored are replaced (an edit to one claim re-indexes that claim; a claim that only
    moved to another line has its line number updated). ``_Stale`` when the answer would
    depend on other files: a repeated id, in the file or across files, drafts included.
    """
    stamps: dict[str, Stamp] = {}
    problems = [Problem(**p) for p in json.loads(meta["problems"])]
    exclusions = [Exclusion(**e) for e in json.loads(meta["exclusions"])]
    updates: dict[str, str] = {}
    if "sources.toml" in changed:
        found: list[Problem] = []
        sources = load_sources(root, found, stamps)
        problems = [p for p in problems if p.file != "sources.toml"] + found
        updates["sources"] = json.dumps([_source_to_json(s) for s in sources.values()],
                                        ensure_ascii=False)
    if "topics.toml" in changed:
        updates["topics"] = json.dumps(load_topics(root, stamps), ensure_ascii=False)
    slots: dict[str, int] = json.loads(meta["slots"])
    count = int(meta["count"])
    gone = set(claims_changed)
    problems = [p for p in problems if p.file.replace(os.sep, "/") not in gone]
    exclusions = [e for e in exclusions if e.file.replace(os.sep, "/") not in gone]
    inserts = _Batch(count_terms=True)
    drafts: list[tuple[str, str, int]] = []
    for name in claims_changed:
        db.execute("DELETE FROM draft WHERE file = ?", (name.replace("/", os.sep),))
        rows: list[_Row] = []
        if (root / name).is_file():
            result = prepare_file(root / name, root, derive=False)
            if isinstance(result, KnowledgeBaseError):
                raise result
            _name, stamp, file_problems, file_exclusions, entries = result
            stamps[name] = stamp
            problems += file_problems
            exclusions += file_exclusions
            if len({e.id for e in entries}) < len(entries):
                raise _Stale(f"a repeated id in {name}")
            drafts += [(e.id, e.file, e.line) for e in entries if e.draft]
            rows = [e for e in entries if not e.draft]
        slot = slots.get(name)
        if slot is None and rows:
            slot = slots[name] = _new_slot(slots, name)
        if slot is None:
            continue
        if not rows:
            slots.pop(name)
        count += _replace_rows(db, slot, rows, inserts)
    inserts.flush(db)
    db.executemany("INSERT INTO draft VALUES (?, ?, ?)", drafts)
    if db.execute("SELECT 1 FROM draft JOIN claim USING (id) LIMIT 1").fetchone():
        raise _Stale("a draft's id is a claim's")
    problems.sort(key=lambda p: (p.file != "sources.toml", p.file))
    exclusions.sort(key=lambda e: e.file)
    fingerprint: dict[str, list[int]] = json.loads(meta["fingerprint"])
    racy: dict[str, int] = json.loads(meta["racy"])
    for name in changed:
        fingerprint.pop(name, None)
        racy.pop(name, None)
    fingerprint.update(_built_fingerprint(stamps))
    racy.update(_racy(stamps, started_ns))
    updates |= {
        "fingerprint": json.dumps(dict(sorted(fingerprint.items())), ensure_ascii=False),
        "racy": json.dumps(racy, ensure_ascii=False),
        "count": str(count),
        "slots": json.dumps(dict(sorted(slots.items(), key=lambda kv: kv[1])),
                            ensure_ascii=False),
        **_distinct(db),
        "exclusions": json.dumps([e.as_dict() for e in exclusions], ensure_ascii=False),
        "problems": json.dumps([p.as_dict() for p in problems], ensure_ascii=False),
    }
    db.executemany("UPDATE meta SET value = ? WHERE key = ?",
                   [(value, key) for key, value in updates.items()])


#: where a claim's file and line number are in its row (_Row.row), where its own columns end
_FILE = CLAIM_COLUMNS.index("file")
_LINE = CLAIM_COLUMNS.index("line")
_SUBJECT = CLAIM_COLUMNS.index("subject")
_OWN = len(CLAIM_COLUMNS)


def _replace_rows(db: sqlite3.Connection, slot: int, rows: list[_Row],
                  inserts: _Batch) -> int:
    """Make the claims of the file with this slot ``rows``: rows that differ are deleted
    here and added to ``inserts`` (written once every file's old rows are gone, so that a
    claim moving between files keeps its id unique); how many claims more it has."""
    first, last = _rowids(slot)
    stored = {r[0]: r[1:] for r in db.execute(
        f"SELECT rowid, {', '.join(CLAIM_COLUMNS)}, chinese, keytext, keysize, words, years "
        "FROM claim WHERE rowid BETWEEN ? AND ?", (first, last))}
    wanted = {_rowid(slot, number, entry): entry for number, entry in enumerate(rows, start=1)}
    moved: list[tuple[int, int]] = []
    stale: list[int] = []
    for rowid, old in stored.items():
        entry = wanted.get(rowid)
        if entry is not None and entry.own == old[: _LINE + 1]:
            del wanted[rowid]  # what search derives from a claim is derived from these
        elif entry is not None and entry.own[:_LINE] == old[:_LINE]:
            moved.append((entry.line, rowid))
            del wanted[rowid]
        else:
            stale.append(rowid)
    db.executemany("UPDATE claim SET line = ? WHERE rowid = ?", moved)
    _delete_rows(db, [(rowid, stored[rowid][14], stored[rowid][17]) for rowid in stale])
    for rowid, entry in sorted(wanted.items()):
        entry.derive()
        inserts.add(entry, rowid)
    return len(rows) - len(stored)


def _delete_rows(db: sqlite3.Connection, rows: list[tuple[int, str, str]]) -> None:
    """Delete these claims (rowid, Chinese text, words), their figures and full-text
    entries."""
    entries = [(rowid, " ".join(sorted(_pairs(chinese))), words)
               for rowid, chinese, words in rows]
    # a contentless full-text table forgets an entry given the very text it indexed
    db.executemany("INSERT INTO fts (fts, rowid, pairs, words) VALUES ('delete', ?, ?, ?)",
                   entries)
    _count_terms(db, entries, -1)
    db.executemany("DELETE FROM figure WHERE claim = ?", [(r[0],) for r in rows])
    db.executemany("DELETE FROM claim WHERE rowid = ?", [(r[0],) for r in rows])


def _pairs(chinese: str) -> set[str]:
    """search.bigrams of a document's Chinese (one run of Chinese characters: its
    character pairs), without the regular expression."""
    if len(chinese) < 2:
        from jjjcli.search import bigrams

        return bigrams(chinese)
    return {chinese[i : i + 2] for i in range(len(chinese) - 1)}


_TOKEN = re.compile(r"[^\W_]+")


def _tokens(pairs: str, words: str) -> set[str]:
    """The full-text terms of one entry (as FTS5's unicode61 tokenizer splits them)."""
    return set(pairs.split()) | set(_TOKEN.findall(words.lower()))


def _count_terms(db: sqlite3.Connection, entries: list[tuple[int, str, str]],
                 sign: int) -> None:
    """Add (``sign`` 1) or take away (-1) these full-text entries from the term counts."""
    from collections import Counter

    counts: Counter[str] = Counter()
    for _rowid, pairs, words in entries:
        counts.update(_tokens(pairs, words))
    db.executemany("INSERT INTO term VALUES (?, ?) ON CONFLICT (term) DO UPDATE "
                   "SET n = n + excluded.n", [(t, sign * n) for t, n in counts.items()])


def _new_slot(slots: dict[str, int], name: str) -> int:
    """A slot for a new claims file between those of the files around it in the
    knowledge base's order (``_Stale`` when there is no room left there)."""
    before = max((s for n, s in slots.items() if n < name), default=0)
    after = min((s for n, s in slots.items() if n > name), default=before + 2 * SLOT_GAP)
    if after - before < 2:
        raise _Stale(f"no room for {name}")
    return (before + after) // 2


# --- opening ---------------------------------------------------------------------------------


def _uri(path: Path) -> str:
    """A read-only ``file:`` URI for ``path``, every special character (``%``, ``?``,
    ``#``) escaped."""
    return path.resolve().as_uri() + "?mode=ro"


def _connect(path: Path, root: Path) -> tuple[sqlite3.Connection, dict[str, str]]:
    """Open a cache file and prove it is ours, whole, and built from ``root`` by this
    version of jjj (whether the knowledge base changed since is :func:`_fresh`'s to say)."""
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        raise CacheError("no cache yet") from None
    except OSError as exc:
        raise CacheDamaged(f"cannot be read: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(info.st_mode):
        raise CacheDamaged("not a regular file")
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        raise CacheDamaged(f"cannot be read: {exc.strerror or exc}") from exc
    application = int.from_bytes(head[68:72], "big") if len(head) == 100 else -1
    if application in OLD_APPLICATION_IDS:
        raise CacheError("written by an older jjj")
    if not head.startswith(b"SQLite format 3\0") or application != APPLICATION_ID:
        raise CacheDamaged("not a jjj cache")
    _verify(path, info)
    try:
        db = sqlite3.connect(_uri(path), uri=True, isolation_level=None,
                             check_same_thread=False)
    except sqlite3.Error as exc:
        raise CacheDamaged(f"cannot be opened: {exc}") from exc
    try:
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("version") != __version__ or meta.get("schema") != str(SCHEMA):
            raise CacheError("built by another version")
        if meta.get("root") != str(root.resolve()):
            raise CacheError("built from another folder")
        return db, meta
    except DAMAGE as exc:
        db.close()
        raise CacheDamaged(f"unreadable: {exc}") from exc
    except CacheError:
        db.close()
        raise


def _fresh(meta: dict[str, str], root: Path) -> bool:
    """Whether the knowledge base is as the cache was built from: the same files with the
    same sizes and time stamps, and the racy ones (written near the build) the same
    content as the bytes the build parsed."""
    fingerprint = _stat_fingerprint(root)
    try:
        if json.loads(meta["fingerprint"]) != fingerprint:
            return False
        racy: dict[str, int] = json.loads(meta["racy"])
    except DAMAGE as exc:
        raise CacheDamaged(f"unreadable fingerprint: {exc}") from exc
    try:
        return all(_crc(root / name) == checksum for name, checksum in racy.items())
    except OSError:
        return False


def _warn_damaged(path: Path, exc: Exception) -> None:
    from jjjcli.output import warn

    if os.path.lexists(path):
        warn(f"the cache {path} is damaged ({exc}) and cannot be deleted; the knowledge "
             "base is read instead")
    else:
        warn(f"the cache {path} is damaged ({exc}); it is deleted and built again")


def open_kb(path: str | os.PathLike[str] | None = None, *,
            drafts: bool = False) -> KnowledgeBase:
    """The knowledge base through its cache, building the cache when needed.

    Falls back to :func:`jjjcli.kb.load_kb` when caching is off (``JJJ_NO_CACHE=1``) or
    the cache cannot be written. The cache holds reviewed claims only: with ``drafts``
    (claims drafted by `jjj add`, under review) the TOML is read.
    """
    root = open_root(path)
    if drafts:
        return load_kb(root, drafts=True)
    if not cache_enabled() or not (root / "sources.toml").is_file():
        return load_kb(root)
    target = cache_path(root)
    try:
        db, meta = _connect(target, root)
        try:
            if _fresh(meta, root):
                return _cached_kb(root, target, db, meta)
        except CacheError:
            db.close()
            raise
        db.close()
        if update(root, target, meta, time.time_ns()):
            db, meta = _connect(target, root)
            return _cached_kb(root, target, db, meta)
    except CacheError as exc:
        if exc.damaged:
            drop(target)
            _warn_damaged(target, exc)
    started = time.time_ns()
    progress = Progress("indexing the knowledge base…")
    try:
        build(root, target, started, progress)
    except (OSError, sqlite3.Error):
        return load_kb(root)  # no writable cache: work from the TOML
    finally:
        progress.close()
    try:
        # just built from the files as they were parsed: no need to re-check
        db, meta = _connect(target, root)
        return _cached_kb(root, target, db, meta)
    except CacheError:
        return load_kb(root)


def _cached_kb(root: Path, path: Path, db: sqlite3.Connection,
               meta: dict[str, str]) -> KnowledgeBase:
    try:
        store = IndexedClaims(db, meta, root, path)
        kb = KnowledgeBase(
            root=root,
            sources=LazySources(root, meta["sources"], store),  # type: ignore[arg-type]
            claims=store,  # type: ignore[arg-type]
            topics=json.loads(meta["topics"]),
            exclusions=[Exclusion(**e) for e in json.loads(meta["exclusions"])],
            problems=[Problem(**p) for p in json.loads(meta["problems"])],
        )
    except DAMAGE as exc:
        db.close()
        raise CacheDamaged(f"unreadable: {exc}") from exc
    kb.index = store
    store.kb = kb
    return kb


class LazySources(Mapping[str, Source]):
    """The sources of a cached knowledge base, each built when first asked for (a search
    needs none of them; show and cite need one)."""

    def __init__(self, root: Path, text: str, store: IndexedClaims) -> None:
        self.root = root
        self.text = text
        self.store = store
        self._data: dict[str, dict[str, Any]] | None = None
        self._built: dict[str, Source] = {}

    @property
    def data(self) -> dict[str, dict[str, Any]]:
        if self._data is None:
            self._data = {d["file"]: d for d in json.loads(self.text)}
        return self._data

    def __getitem__(self, name: str) -> Source:
        if self.store.fallback is None and name not in self._built:
            try:
                data = self.data
            except DAMAGE as exc:
                self.store.heal(exc)
            else:
                if name not in data:
                    raise KeyError(name)
                try:
                    self._built[name] = _source_from_json(self.root, data[name])
                except DAMAGE as exc:
                    self.store.heal(exc)
        if self.store.fallback is not None:
            return self.store.fallback.sources[name]
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        if self.store.fallback is None:
            try:
                return iter(list(self.data))
            except DAMAGE as exc:
                self.store.heal(exc)
        return iter(self.store.toml().sources)

    def __len__(self) -> int:
        return len(list(iter(self)))


class IndexedClaims(Mapping[str, Claim]):
    """The claims of a cached knowledge base, read from SQLite as they are asked for.

    Should the cache fail while it is being read (SQLite reports damage, a row does not
    decode, the file is gone), :meth:`heal` deletes it, says so once, reads the
    knowledge base from its TOML and answers from that from then on: the command that
    was running finishes with the right answer.
    """

    def __init__(self, db: sqlite3.Connection, meta: dict[str, str], root: Path,
                 path: Path) -> None:
        self.db = db
        self.count = int(meta["count"])
        self.meta = meta
        self.root = root
        self.path = path
        #: the knowledge base read from the TOML, once the cache has failed
        self.fallback: KnowledgeBase | None = None
        #: the knowledge base this store serves (its fields are switched on failure)
        self.kb: KnowledgeBase | None = None
        self._select = f"SELECT {', '.join(CLAIM_COLUMNS)} FROM claim"
        #: search documents already made, by rowid (index._kept_documents)
        self.documents: dict[int, Any] = {}

    def heal(self, exc: BaseException) -> KnowledgeBase:
        """Give up on the cache: warn, delete it, and read the TOML instead."""
        if self.fallback is None:
            from jjjcli.output import warn

            warn(f"the cache {self.path} failed while being read ({type(exc).__name__}: "
                 f"{exc}); it is deleted, and this command reads the knowledge base")
            try:
                self.db.close()
            except sqlite3.Error:
                pass
            drop(self.path)
            self.fallback = load_kb(self.root)
            if self.kb is not None:
                kb, toml = self.kb, self.fallback
                kb.claims, kb.sources, kb.topics = toml.claims, toml.sources, toml.topics
                kb.exclusions, kb.problems = toml.exclusions, toml.problems
                kb.index, kb._sorted = None, None
        return self.fallback

    def toml(self) -> KnowledgeBase:
        assert self.fallback is not None
        return self.fallback

    def __getitem__(self, claim_id: str) -> Claim:
        if self.fallback is None:
            try:
                row = self.db.execute(f"{self._select} WHERE id = ?", (claim_id,)).fetchone()
                claim = None if row is None else claim_from_row(row)
            except DAMAGE as exc:
                self.heal(exc)
            else:
                if claim is None:
                    raise KeyError(claim_id)
                return claim
        return self.toml().claims[claim_id]

    def __contains__(self, claim_id: object) -> bool:
        if self.fallback is None:
            try:
                return self.db.execute("SELECT 1 FROM claim WHERE id = ?",
                                       (claim_id,)).fetchone() is not None
            except DAMAGE as exc:
                self.heal(exc)
        return claim_id in self.toml().claims

    def __iter__(self) -> Iterator[str]:
        done = 0
        if self.fallback is None:
            try:
                for (claim_id,) in self.db.execute("SELECT id FROM claim ORDER BY rowid"):
                    if not isinstance(claim_id, str):
                        raise TypeError(f"claim id {claim_id!r}")
                    yield claim_id
                    done += 1
                return
            except DAMAGE as exc:
                self.heal(exc)
        yield from islice(self.toml().claims, done, None)

    def __len__(self) -> int:
        return self.count if self.fallback is None else len(self.fallback.claims)

    def values(self) -> Iterator[Claim]:  # type: ignore[override]
        done = 0
        if self.fallback is None:
            try:
                for row in self.db.execute(f"{self._select} ORDER BY rowid"):
                    yield claim_from_row(row)
                    done += 1
                return
            except DAMAGE as exc:
                self.heal(exc)
        yield from islice(self.toml().claims.values(), done, None)

    def by_ids(self, ids: list[str]) -> dict[str, Claim]:
        """The claims with these ids (500 to a query)."""
        if self.fallback is None:
            try:
                found: dict[str, Claim] = {}
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    for row in self.db.execute(
                            f"{self._select} WHERE id IN ({', '.join('?' * len(chunk))})",
                            chunk):
                        claim = claim_from_row(row)
                        found[claim.id] = claim
                if len(found) == len(set(ids)):
                    return found
                raise KeyError(f"{len(set(ids)) - len(found)} claim(s) missing")
            except DAMAGE as exc:
                self.heal(exc)
        claims = self.toml().claims
        return {i: claims[i] for i in ids if i in claims}

    def rows_by_rowid(self, columns: tuple[str, ...], rowids: list[int]) -> Iterator[Any]:
        """(rowid, *columns) of the claims with these rowids, 500 to a query."""
        for start in range(0, len(rowids), 500):
            chunk = rowids[start : start + 500]
            yield from self.db.execute(
                f"SELECT rowid, {', '.join(columns)} FROM claim "
                f"WHERE rowid IN ({', '.join('?' * len(chunk))})", chunk)

    def with_prefix(self, prefix: str, limit: int) -> list[str]:
        """Ids starting with ``prefix``, in order (an index range scan)."""
        if self.fallback is None:
            try:
                rows = self.db.execute(
                    "SELECT id FROM claim WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
                    (prefix, prefix + "\U0010ffff", limit)).fetchall()
                return [str(r[0]) for r in rows]
            except DAMAGE as exc:
                self.heal(exc)
        return self.toml().ids_with_prefix(prefix, max(limit, 0))

    def distinct(self, column: str) -> list[str]:
        """The distinct metrics or subjects, sorted (listed when the cache was built)."""
        if self.fallback is None:
            key = {"metric": "metrics", "subject": "subjects"}[column]
            try:
                names: list[str] = json.loads(self.meta[key])
                return names
            except DAMAGE as exc:
                self.heal(exc)
        return sorted({getattr(c, column) for c in self.toml()})

    def with_metrics(self, metrics: list[str], subject: str | None = None) -> list[Claim]:
        """The claims on one of ``metrics`` (and about ``subject``, when given: from the
        index of the two)."""
        if self.fallback is None:
            marks = ", ".join("?" * len(metrics))
            about = "" if subject is None else " AND subject = ?"
            try:
                return [claim_from_row(row) for row in self.db.execute(
                    f"{self._select} WHERE metric IN ({marks}){about} ORDER BY rowid",
                    [*metrics, *(() if subject is None else (subject,))])]
            except DAMAGE as exc:
                self.heal(exc)
        return [c for c in self.toml() if c.metric in metrics
                and (subject is None or c.subject == subject)]


# --- what search reads ------------------------------------------------------------------------


def _iter_documents(rows: Iterable[tuple[Any, ...]]) -> Iterator[Any]:
    """Search documents from ``rowid, *DOC_COLUMNS`` rows, one at a time (positional: a
    full scan makes one per claim)."""
    from jjjcli.search import Document

    for (rowid, cid, source, period, topics, figures, metric, subject, chinese,
         keytext, keysize, words, years) in rows:
        yield Document(cid, source, period, _split(topics), metric, subject, chinese, keytext,
                       keysize, words, frozenset(years.split()), None,
                       rowid, figures)


def _documents(rows: Iterable[tuple[Any, ...]]) -> list[Any]:
    return list(_iter_documents(rows))


def documents(store: IndexedClaims) -> list[Any]:
    """Every claim's search document, in the knowledge base's order."""
    if store.fallback is None:
        try:
            return _documents(store.db.execute(
                f"SELECT rowid, {', '.join(DOC_COLUMNS)} FROM claim ORDER BY rowid"))
        except DAMAGE as exc:
            store.heal(exc)
    return _toml_documents(store)


def _toml_documents(store: IndexedClaims) -> list[Any]:
    """Every claim's document, made from the TOML (the cache has failed)."""
    from jjjcli.search import make_document

    return [make_document(c) for c in store.toml()]


def stream(store: IndexedClaims, query: Any, filters: Any,
           min_score: float | None) -> Iterator[Any]:
    """Every claim's document that could reach ``min_score``, read one at a time (for a
    query the full-text index cannot narrow: memory stays flat however large the base).

    For a query of Chinese text and figures only, SQLite passes over the claims holding
    none of its characters, alias words and figures when no such claim can score enough
    (a single character, 京, is not in the index of character pairs, but is in the text).
    """
    from jjjcli.search import unshared_bound

    where, params = "", []
    readings = [q for q in (query, query.literal) if q is not None]
    if (min_score is not None and not any(q.words for q in readings)
            and unshared_bound(query, fuzzy_words=True, singles=True) < min_score):
        tests: list[str] = []
        texts = {g for q in readings for g in q.bigrams if not g.startswith("<")}
        texts |= {w for q in readings for _own, words in q.aliases for w in words}
        for text in sorted(texts):
            tests.append("instr(chinese, ?) > 0")
            params.append(text)
        for figure in query.figures:
            low, high = _around(figure.value)
            tests.append("rowid IN (SELECT claim FROM figure WHERE value BETWEEN ? AND ?)")
            params += [low, high]
        if tests:
            where = " WHERE " + " OR ".join(tests)
    return _guarded(store, filters, lambda: store.db.execute(
        f"SELECT rowid, {_doc_columns(query)} FROM claim{where} ORDER BY rowid", params))


def _guarded(store: IndexedClaims, filters: Any,
             rows: Callable[[], Iterable[tuple[Any, ...]]]) -> Iterator[Any]:
    """The documents of ``rows`` (in the knowledge base's order) accepted by ``filters``;
    should the cache fail on the way, the claims after the last one read, from the TOML."""
    last: str | None = None
    if store.fallback is None:
        try:
            for doc in _iter_documents(rows()):
                last = doc.id
                if filters.accepts(doc):
                    yield doc
            return
        except DAMAGE as exc:
            store.heal(exc)
    from jjjcli.search import make_document

    claims = iter(store.toml())
    if last is not None:
        for claim in claims:
            if claim.id == last:
                break
    for claim in claims:
        doc = make_document(claim)
        if filters.accepts(doc):
            yield doc


def _doc_columns(query: Any) -> str:
    """DOC_COLUMNS for a query, with the English words and years left empty when no
    reading of it has any (splitting them is a good part of reading a document)."""
    readings = [q for q in (query, query.literal) if q is not None]
    columns = list(DOC_COLUMNS)
    if not any(q.words for q in readings):
        columns[columns.index("words")] = "''"
    if not any(q.years for q in readings):
        columns[columns.index("years")] = "''"
    return ", ".join(columns)


def _held_or_rounded(figure: Any) -> tuple[float, float]:
    """The stored values of the claims holding a query's figure, or one it rounds
    (search.rounding_range)."""
    from jjjcli.search import rounding_range

    return rounding_range(figure) or _around(figure.value)


def _around(value: float) -> tuple[float, float]:
    """The stored values figures.values_equal takes for ``value``."""
    spread = max(abs(value) * 1e-9, 1e-12)
    return value - spread, value + spread


#: at most this many candidates come from the full-text index for each reading of a query
#: and each of its figures (best by BM25 first)
FTS_CANDIDATES = 200
#: a figure's value held by no more claims than this brings them all
FIGURE_CANDIDATES = 2000


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _all_pairs(pairs: Iterable[str]) -> str:
    """An FTS5 clause: every one of these character pairs."""
    return "(" + " AND ".join(f"pairs : {_quoted(g)}" for g in pairs) + ")"


def _clauses(q: Any) -> list[str]:
    """The query as FTS5 clauses, one per thing that must be found: a character pair, an
    English word, or an alias (its own pairs, or any of the words the base uses for it).
    Pairs come in the query's order (a typo breaks two neighbouring ones)."""
    from jjjcli.search import bigrams

    aliased: set[str] = set()
    clauses = []
    for own, alternatives in q.aliases:
        pairs = sorted(g for g in own if len(g) == 2)
        options = [pairs] if pairs else []
        options += [sorted(bigrams(alt)) for alt in alternatives]
        options = [o for o in options if o]
        if options:
            clauses.append(" OR ".join(_all_pairs(o) for o in options))
        aliased.update(own)
    ordered = [g for g in dict.fromkeys(_pairs_in_order(q.chinese))
               if g in q.bigrams and g not in aliased]
    ordered += sorted(g for g in q.bigrams if len(g) == 2 and g not in aliased
                      and g not in ordered)
    clauses[:0] = [f"pairs : {_quoted(g)}" for g in ordered]
    clauses += [_word_clause(w) for w in q.words if w.strip("'%")]
    return clauses


def _word_clause(word: str) -> str:
    return f"words : {_quoted(word)}"


def _is_number(clause: str) -> bool:
    """Whether the clause is a number read as a word, with its mark or not (a figure of
    the query, literally: 11, 11项, 3.7%; search.number_of)."""
    from jjjcli.search import number_of

    return (clause.startswith('words : "') and clause.endswith('"')
            and number_of(clause[9:-1]) is not None)


def sharing_a_pair(store: IndexedClaims, query: Any) -> list[Any]:
    """The documents of every claim that holds one of the query's character pairs, or a
    word one of its aliases stands for (search.only_pairs: no other claim can score);
    every claim's, should the cache fail."""
    if store.fallback is None:
        try:
            return _sharing_a_pair(store, query)
        except DAMAGE as exc:
            store.heal(exc)
    return _toml_documents(store)


def _sharing_a_pair(store: IndexedClaims, query: Any) -> list[Any]:
    from jjjcli.search import bigrams

    terms = [f"pairs : {_quoted(g)}" for g in sorted(query.bigrams) if len(g) == 2]
    for _own, words in query.aliases:
        terms += [_all_pairs(sorted(bigrams(w))) for w in words]
    expression = " OR ".join(terms)
    rowids = [r for (r,) in store.db.execute(
        "SELECT rowid FROM fts WHERE fts MATCH ?", (expression,))]
    return _documents(store.rows_by_rowid(DOC_COLUMNS, sorted(rowids)))


def _pairs_in_order(text: str) -> list[str]:
    return [text[i : i + 2] for i in range(len(text) - 1)]


def _like_words(db: sqlite3.Connection, words: Iterable[str]) -> list[str]:
    """The base's words that rapidfuzz takes for one of ``words`` (ratio ≥ 80, as
    search.text_score counts them), found in the table of every word the claims use."""
    from rapidfuzz import fuzz, process

    from jjjcli.search import misspellable

    found: set[str] = set()
    for word in words:
        if not misspellable(word):
            continue
        # a ratio of 80 needs the shorter word to be at least 2/3 of the longer
        shortest, longest = -(-2 * len(word) // 3), 3 * len(word) // 2
        terms = [t for (t,) in db.execute(
            "SELECT term FROM word WHERE size BETWEEN ? AND ?", (shortest, longest))]
        found.update(t for t, _score, _i in process.extract(
            word, terms, scorer=fuzz.ratio, score_cutoff=80, limit=None))
    return sorted(found)


def matching(store: IndexedClaims, query: Any, filters: Any,
             min_score: float) -> Iterator[Any] | None:
    """Every claim that can reach ``min_score``: the complete answer's candidates (for
    ``--limit 0``), read as a stream; None when the indexes cannot narrow them.

    A claim that holds none of the query's character pairs, alias words, English words
    (or a word rapidfuzz takes for one) and figures can score no more than
    search.unshared_bound; when that is below ``min_score`` the claims holding one of
    them are every claim that can.
    """
    from jjjcli.search import number_of, unshared_bound

    if unshared_bound(query, fuzzy_words=True) >= min_score or store.fallback is not None:
        return None
    readings = [q for q in (query, query.literal) if q is not None]
    clauses = list(dict.fromkeys(c for q in readings for c in _clauses(q)))
    words = {w for q in readings for w in q.words}
    rowids: set[int] = set()
    try:
        clauses += [_word_clause(w) for w in _like_words(store.db, words) if w not in words]
        # a figure's number printed with another mark (search.OTHER_MARK)
        clauses += [_word_clause(n) for n in {number_of(w) for w in words} - words if n]
        if clauses:
            rowids.update(r for (r,) in store.db.execute(
                "SELECT rowid FROM fts WHERE fts MATCH ?",
                (" OR ".join(f"({c})" for c in clauses),)))
        for figure in query.figures:
            rowids.update(r for (r,) in store.db.execute(
                "SELECT claim FROM figure WHERE value BETWEEN ? AND ?",
                _held_or_rounded(figure)))
    except DAMAGE as exc:
        store.heal(exc)
        return None
    columns = tuple(_doc_columns(query).split(", "))
    return _guarded(store, filters, lambda: store.rows_by_rowid(columns, sorted(rowids)))


#: at most this many values asked as one range of the figures' index each (SQLite
#: allows 500 branches of a compound query): more, in one scan of the subjects' figures
VALUE_BRANCHES = 50


def about(store: IndexedClaims, metrics: Iterable[str] = (), subjects: Iterable[str] = (),
          values: Iterable[float] = (), tolerance: float = 0.0,
          units: Iterable[str] | None = None,
          fitting: Iterable[str] | None = None,
          closest: Closest | None = None) -> list[Any] | None:
    """The documents of the claims on one of ``metrics`` and about one of ``subjects``
    and holding a figure within ``tolerance`` (relative) of one of ``values`` — that
    figure in one of ``units`` (as printed; "" for none) — and a figure in one of
    ``fitting``: each condition only when given, in one query on the claims' indexes
    (metric, subject, figure value and unit): what compare needs, whatever the size of
    the base. With ``closest``, at most its ``limit`` of them: those whose text holds most
    of its character pairs (:func:`_closest`). None when the cache fails (the caller
    reads the claims from the TOML)."""
    tests: list[str] = []
    params: list[Any] = []
    metrics, subjects = sorted(set(metrics)), sorted(set(subjects))
    spreads = []  # (low, high) of each value
    for value in sorted(set(values)):
        spread = max(abs(value) * max(tolerance, 1e-9), 1e-12)
        spreads.append((value - spread, value + spread))
    in_units = None if units is None else sorted(set(units))
    # a metric is far more selective than a subject (天津市 is in thousands of claims): with
    # both, each metric's claims of each subject are looked up in the index of the two
    # (SQLite, without statistics, would take the subject's index)
    index = " INDEXED BY claim_metric" if metrics and subjects else ""
    # with values, the subjects are asked of the figures' index of subject and value: a
    # common value (1) is in thousands of figures, a subject in thousands of claims, and
    # only the claims holding both are read
    for column, wanted in (("metric", metrics), ("subject", [] if spreads else subjects)):
        if wanted:
            tests.append(f"{column} IN ({', '.join('?' * len(wanted))})")
            params += wanted
    if spreads:
        holds = [f"subject IN ({', '.join('?' * len(subjects))})"] if subjects else []
        if in_units is not None:
            holds.append(f"unit IN ({', '.join('?' * len(in_units))})")
        source = "figure INDEXED BY figure_subject" if subjects else "figure"
        if len(spreads) <= VALUE_BRANCHES:  # a range of the index for each value
            one = " AND ".join([*holds, "value BETWEEN ? AND ?"])
            one = f"SELECT claim FROM {source} WHERE {one}"
            tests.append(f"rowid IN ({' UNION ALL '.join([one] * len(spreads))})")
            for low, high in spreads:
                params += [*subjects, *(in_units or ()), low, high]
        else:
            ranges = " OR ".join(["value BETWEEN ? AND ?"] * len(spreads))
            one = " AND ".join([*holds, f"({ranges})"])
            tests.append(f"rowid IN (SELECT claim FROM {source} WHERE {one})")
            params += [*subjects, *(in_units or ()), *(v for pair in spreads for v in pair)]
    if fitting is not None:
        printed = sorted(set(fitting))
        tests.append("EXISTS (SELECT 1 FROM figure WHERE figure.claim = claim.rowid AND "
                     f"figure.unit IN ({', '.join('?' * len(printed))}))")
        params += printed
    where = f" WHERE {' AND '.join(tests)}" if tests else ""
    if store.fallback is None:
        try:
            if not tests:
                return _documents(store.db.execute(
                    f"SELECT rowid, {', '.join(DOC_COLUMNS)} FROM claim ORDER BY rowid"))
            # documents kept for the process: compare asks for the same claims again
            if closest is not None:
                return _kept_documents(store, _closest(store.db.execute(
                    f"SELECT rowid, chinese, years FROM claim{index}{where} ORDER BY rowid",
                    params).fetchall(), closest))
            return _kept_documents(store, [r for (r,) in store.db.execute(
                f"SELECT rowid FROM claim{index}{where} ORDER BY rowid", params)])
        except DAMAGE as exc:
            store.heal(exc)
    return None


class Closest(NamedTuple):
    """What :func:`about` keeps of more claims than ``limit``: those whose Chinese holds
    most of ``pairs`` (a text's character pairs), a claim of one of ``years`` counting one
    pair more; in the knowledge base's order."""

    pairs: frozenset[str]
    years: frozenset[str]
    limit: int


def _closest(rows: list[tuple[int, str, str]], closest: Closest) -> list[int]:
    """The rowids of ``rows`` (rowid, Chinese, years) that :class:`Closest` keeps."""
    if len(rows) <= closest.limit:
        return [r for r, _chinese, _years in rows]
    pairs, years = closest.pairs, closest.years

    def held(row: tuple[int, str, str]) -> int:
        _rowid, chinese, its_years = row
        return sum(g in chinese for g in pairs) + bool(
            years and not years.isdisjoint(its_years.split()))

    best = sorted(range(len(rows)), key=lambda i: -held(rows[i]))[: closest.limit]
    return [rows[i][0] for i in sorted(best)]


def claims_holding(store: IndexedClaims,
                   ranges: Iterable[tuple[float, float]]) -> list[Claim] | None:
    """The claims holding a figure whose value lies in one of ``ranges`` (low, high:
    both included), in the knowledge base's order, from the index of figure values (what
    compare asks of a large base: the claims stating a statement's value, the dated
    claims). None when the cache fails (the caller reads the claims from the TOML)."""
    tests, params = [], []
    for low, high in ranges:
        tests.append("value BETWEEN ? AND ?")
        params += [low, high]
    if not tests:
        return []
    if store.fallback is None:
        try:
            return [claim_from_row(row) for row in store.db.execute(
                f"SELECT {', '.join(CLAIM_COLUMNS)} FROM claim WHERE rowid IN (SELECT claim "
                f"FROM figure WHERE {' OR '.join(tests)}) ORDER BY rowid", params)]
        except DAMAGE as exc:
            store.heal(exc)
    return None


#: a claim with a figure in a unit (or that prints it): its stored figures hold the unit
_HAS_UNIT = "instr(figures, ?) > 0"


def _unit_text(unit: str) -> str:
    """A unit as the stored figures' JSON prints it."""
    return json.dumps(unit, ensure_ascii=False)


def claims_with_unit(store: IndexedClaims, unit: str) -> list[Claim] | None:
    """The claims with a figure in ``unit`` (and perhaps a few more that print it), in
    the knowledge base's order: one pass of SQLite over the stored figures, no claim
    parsed that does not have it. None when the cache fails."""
    if store.fallback is None:
        try:
            return [claim_from_row(row) for row in store.db.execute(
                f"SELECT {', '.join(CLAIM_COLUMNS)} FROM claim WHERE {_HAS_UNIT} "
                "ORDER BY rowid", (_unit_text(unit),))]
        except DAMAGE as exc:
            store.heal(exc)
    return None


#: the share of the claims past which a character pair is common when finding the claims
#: whose words are most like a text's (compare): at 100,000 claims, one in 500 or more
#: (京津, 发展, 协同) — search's quorum takes 2 % (COMMON_SHARE)
SHARING_COMMON_SHARE = 0.005


def _sharing_pairs(store: IndexedClaims, pairs: Iterable[str]) -> list[int]:
    clauses = [f"pairs : {_quoted(g)}" for g in sorted(set(pairs)) if len(g) == 2]
    return sorted(set(_quorum(store.db, clauses, store.count,
                              common_share=SHARING_COMMON_SHARE))) if clauses else []


def rowids_sharing_pairs(store: IndexedClaims, pairs: Iterable[str]) -> list[int] | None:
    """The rowids of the claims (at most FTS_CANDIDATES) holding the most of these
    character pairs, the rarer weighing more (the full-text index: two queries), in the
    knowledge base's order (the caller reads and keeps what it needs of them); None when
    the cache fails."""
    if store.fallback is None:
        try:
            return _sharing_pairs(store, pairs)
        except DAMAGE as exc:
            store.heal(exc)
    return None


def documents_sharing_pairs(store: IndexedClaims, pairs: Iterable[str],
                            subjects: Iterable[str] = ()) -> list[Any] | None:
    """:func:`rowids_sharing_pairs` as search documents (kept for the process); with
    ``subjects``, only those about one of them (told from the claims' rows before any
    document is made)."""
    if store.fallback is None:
        try:
            rowids = _sharing_pairs(store, pairs)
            wanted = sorted(set(subjects))
            if wanted and rowids:
                rowids = [r for (r,) in store.db.execute(
                    f"SELECT rowid FROM claim WHERE rowid IN ({', '.join('?' * len(rowids))})"
                    f" AND subject IN ({', '.join('?' * len(wanted))}) ORDER BY rowid",
                    [*rowids, *wanted])]
            return _kept_documents(store, rowids)
        except DAMAGE as exc:
            store.heal(exc)
    return None


#: with fewer candidates than this from the fast queries, rank the claims sharing a term
FEW_CANDIDATES = 20
#: a term in at least this many claims is common: counted up to here, never ranked on
RARE_TERM = 5000


#: the quorum of rarer terms weighs at most this many of them (the rarest)
QUORUM_TERMS = 8
#: the share of the claims past which a term is common to search's quorum, and the
#: fewest claims that make a term common in any base
COMMON_SHARE = 0.02
COMMON_FLOOR = 500


def _quorum(db: sqlite3.Connection, clauses: list[str], total: int,
            required: list[str] | None = None,
            common_share: float = COMMON_SHARE) -> list[int]:
    """The FTS_CANDIDATES claims holding the most of the query's rarer terms, each term
    weighted by its rarity (log N/n): two queries, counted and summed in SQLite. A term
    in ``common_share`` of the claims (COMMON_FLOOR at least) or in RARE_TERM says little
    and would cost its whole posting list: it is counted that far, then left out (unless
    every term is that common). With ``required``, only claims holding all of those
    count."""
    import math

    counts = _counts(db, clauses)
    common = min(RARE_TERM, max(COMMON_FLOOR, int(total * common_share)))
    rare = sorted((n, i) for i, n in enumerate(counts) if 0 < n < common)[:QUORUM_TERMS]
    if not rare:
        expression = " OR ".join(f"({c})" for c in clauses)
        if required:
            expression = f"({expression}) AND {_and(required)}"
        return [r for (r,) in db.execute(
            "SELECT rowid FROM fts WHERE fts MATCH ? LIMIT ?", (expression, FTS_CANDIDATES))]
    union = " UNION ALL ".join("SELECT rowid, ? AS w FROM fts WHERE fts MATCH ?"
                               for _ in rare)
    params: list[Any] = []
    for n, i in rare:
        terms = [clauses[i], *(required or [])]
        params += [math.log(max(total, n + 1) / n), _and(dict.fromkeys(terms))]
    return [r for (r,) in db.execute(
        f"SELECT rowid FROM ({union}) GROUP BY rowid ORDER BY sum(w) DESC, rowid LIMIT ?",
        [*params, FTS_CANDIDATES])]


def _counts(db: sqlite3.Connection, clauses: list[str]) -> list[int]:
    """How many claims hold each clause: a term's count from the table of counts, a
    phrase's its rarest token's; other clauses (an alias's) counted, up to RARE_TERM."""
    terms: dict[int, list[str]] = {}
    for i, clause in enumerate(clauses):
        column, _colon, quoted = clause.partition(" : ")
        if column in ("pairs", "words") and quoted.startswith('"') and quoted.endswith('"') \
                and '"' not in quoted[1:-1].replace('""', ""):
            text = quoted[1:-1].replace('""', '"')
            terms[i] = [text] if column == "pairs" else _TOKEN.findall(text.lower())
    wanted = sorted({t for ts in terms.values() for t in ts})
    known = dict(db.execute(f"SELECT term, n FROM term WHERE term IN "
                            f"({', '.join('?' * len(wanted))})", wanted)) if wanted else {}
    counts = []
    for i, clause in enumerate(clauses):
        if i in terms and terms[i]:
            counts.append(min(known.get(t, 0) for t in terms[i]))
        else:
            (n,) = db.execute("SELECT count(*) FROM (SELECT 1 FROM fts WHERE fts MATCH ? "
                              "LIMIT ?)", (clause, RARE_TERM)).fetchone()
            counts.append(int(n))
    return counts


def _and(clauses: Iterable[str]) -> str:
    return " AND ".join(f"({c})" for c in clauses)


def candidates(store: IndexedClaims, query: Any, filters: Any,
               figure_limit: int = FIGURE_CANDIDATES) -> list[Any] | None:
    """Documents that share something with the query, from the indexes; None when the
    query gives the indexes nothing to go on, or the cache fails (then every claim is a
    candidate)."""
    if store.fallback is None:
        try:
            return _candidates(store, query, filters, figure_limit)
        except DAMAGE as exc:
            store.heal(exc)
    return None


def _candidates(store: IndexedClaims, query: Any, filters: Any,
                figure_limit: int) -> list[Any] | None:
    """:func:`candidates` from the cache.

    For each reading of the query (its figures as quantities, and as words), claims
    holding every term come first (an FTS5 AND stops at the limit, so this is fast
    however common the terms), then, when they are not enough, those holding most of the
    rarer terms (:func:`_quorum`: a wrong character breaks two character pairs, a place
    or year the base does not have a few more). A number read as a word is never left
    out, and each figure brings the claims holding
    its value (those that also hold the query's words first): common words cannot crowd
    out a figure's claims.
    """
    found: set[int] = set()
    usable = False
    db = store.db

    def fetch(into: set[int], expression: str, ranked: bool = False) -> None:
        order = "ORDER BY rank " if ranked else ""
        into.update(r for (r,) in db.execute(
            f"SELECT rowid FROM fts WHERE fts MATCH ? {order}LIMIT ?",
            (expression, FTS_CANDIDATES)))

    for q in (query, query.literal):
        if q is None:
            continue
        clauses = _clauses(q)
        if not clauses:
            continue
        usable = True
        rowids: set[int] = set()
        fetch(rowids, _and(clauses))
        if len(rowids) < FTS_CANDIDATES and len(clauses) > 1:
            numbers = [c for c in clauses if _is_number(c)]
            if numbers and len(numbers) < len(clauses):
                # the claims printing the query's numbers, and most of its other terms
                rowids.update(_quorum(db, clauses, store.count, numbers))
            if len(rowids) < FTS_CANDIDATES:
                rowids.update(_quorum(db, clauses, store.count))
        found |= rowids
    text = _clauses(query)
    for figure in query.figures:
        usable = True
        low, high = _held_or_rounded(figure)
        if figure.unit == "date" and figure.value >= 10000:
            # a date agrees with the claims of its year at any precision: 2016年9月 with
            # 2016年 and with 2016年9月12日
            year = int(figure.value) // 10000 * 10000
            low, high = year, year + 1231
        holding = [r for (r,) in db.execute(
            "SELECT claim FROM figure WHERE value BETWEEN ? AND ? LIMIT ?",
            (low, high, figure_limit + 1))]
        if len(holding) > figure_limit:
            # A common value (1, 10, 100): those of its claims that hold the query's
            # words, and as many others as the limit allows.
            holding = holding[:FTS_CANDIDATES]
            if text:
                holding += [r for (r,) in db.execute(
                    "SELECT claim FROM figure WHERE value BETWEEN ? AND ? AND claim IN "
                    "(SELECT rowid FROM fts WHERE fts MATCH ?) LIMIT ?",
                    (low, high, _and(text), FTS_CANDIDATES))]
        found.update(holding)
    if not usable:
        return None
    selected: list[Any] = filters.select(_kept_documents(store, sorted(found)))
    return selected


#: documents kept between queries of one process (compare asks for the same claims again
#: and again); past this many, the oldest half is let go
KEPT_DOCUMENTS = 50_000


def _kept_documents(store: IndexedClaims, rowids: list[int]) -> list[Any]:
    """The documents of these claims, made once per process (those let go to keep
    KEPT_DOCUMENTS are never among them)."""
    kept = store.documents
    missing = [r for r in rowids if r not in kept]
    if missing:
        if len(kept) + len(missing) > KEPT_DOCUMENTS:
            asked = set(rowids)
            for rowid in list(kept)[: len(kept) // 2]:
                if rowid not in asked:
                    del kept[rowid]
        for doc in _iter_documents(store.rows_by_rowid(DOC_COLUMNS, missing)):
            kept[doc.rowid] = doc
    return [kept[r] for r in rowids if r in kept]


def claims_with_unit_keys(store: IndexedClaims, unit: str
                          ) -> list[tuple[int, str, str]] | None:
    """(rowid, subject, metric) of the claims with a figure in ``unit`` (and perhaps a few
    that print it), in the knowledge base's order: one pass of SQLite over the stored
    figures, no claim parsed. None when the cache fails."""
    if store.fallback is None:
        try:
            return [(int(r), str(s), str(m)) for r, s, m in store.db.execute(
                f"SELECT rowid, subject, metric FROM claim WHERE {_HAS_UNIT} "
                "ORDER BY rowid", (_unit_text(unit),))]
        except DAMAGE as exc:
            store.heal(exc)
    return None


def date_claims_read(store: IndexedClaims, rowids: list[int]
                     ) -> dict[int, tuple[str, str]] | None:
    """The quote and subject of those of these claims with a figure whose unit is "date",
    without making the claims (compare's date judge pairs the words of thousands of them in
    a large base, and takes few). None when the cache fails."""
    if store.fallback is None:
        try:
            return {rowid: (quote, subject) for rowid, quote, subject, figures
                    in store.rows_by_rowid(("quote", "subject", "figures"), rowids)
                    if any(unit == "date" for _raw, _value, unit, _qualifier, _high
                           in json.loads(figures))}
        except DAMAGE as exc:
            store.heal(exc)
    return None


def claims_by_rowid(store: IndexedClaims, rowids: list[int]) -> dict[int, Claim] | None:
    """The claims with these rowids. None when the cache fails."""
    if store.fallback is None:
        try:
            return {row[0]: claim_from_row(row[1:])
                    for row in store.rows_by_rowid(CLAIM_COLUMNS, rowids)}
        except DAMAGE as exc:
            store.heal(exc)
    return None
