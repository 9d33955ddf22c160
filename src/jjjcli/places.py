"""Places: which places a text names, and which place lies inside which.

The gazetteer is every province-, prefecture- and county-level division of China
(``data/divisions.tsv``, from the official administrative-division codes: see
facts/README.md and tools/gazetteer.py), plus the regions journalists name (京津冀,
长三角, 粤港澳大湾区, 北京城市副中心, 北三县 …), the towns the sources name (梨园镇,
下营镇), and the short forms in use (北京 for 北京市, 通州 for 通州区, 津冀, 三地 for
京津冀 in these texts). ``gazetteer().find(text)`` gives the places a text names, longest
name first; ``contains(a, b)`` says whether place ``a`` holds ``b`` (北京市 holds 通州区
holds 北京城市副中心; 京津冀 holds all three; 河北省 holds 雄安新区).

Loaded on first use only (compare needs it, search does not).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from jjjcli.record import Record

PROVINCE, PREFECTURE, COUNTY, REGION = "province", "prefecture", "county", "region"

#: regions that are not divisions: name → (other names, the places it is made of (its
#: members), the place it lies inside, if one)
REGIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str | None]] = {
    "全国": (("全中国", "我国", "中国"), (), None),
    "京津冀": (("京津冀地区", "京津冀区域", "京津冀三地", "京津冀三省市", "三地", "三省市",
                "京津冀城市群"), ("北京市", "天津市", "河北省"), "全国"),
    "京津": ((), ("北京市", "天津市"), "京津冀"),
    "津冀": ((), ("天津市", "河北省"), "京津冀"),
    "京冀": ((), ("北京市", "河北省"), "京津冀"),
    "京津冀及周边": (("京津冀及周边地区",), ("北京市", "天津市", "河北省", "山西省",
                                        "山东省", "河南省"), "全国"),
    "环京": (("环京地区", "环京周边"), (), "京津冀"),
    "北三县": ((), ("三河市", "大厂回族自治县", "香河县"), "廊坊市"),
    "通武廊": ((), ("北京市通州区", "武清区", "廊坊市"), "京津冀"),
    "北京城市副中心": (("城市副中心", "副中心"), (), "北京市通州区"),
    # Beijing's core area of capital functions, its two central districts (its 180.4万人
    # are not 北京市's)
    "首都功能核心区": (("首都核心区", "北京核心区", "北京市核心区"),
                    ("北京市东城区", "北京市西城区"), "北京市"),
    "长三角": (("长江三角洲", "长三角地区", "长三角区域", "沪苏浙皖"),
               ("上海市", "江苏省", "浙江省", "安徽省"), "全国"),
    "珠三角": (("珠江三角洲", "珠三角地区"), (), "广东省"),
    "粤港澳大湾区": (("大湾区",), ("香港特别行政区", "澳门特别行政区"), "全国"),
    "成渝地区双城经济圈": (("成渝地区", "成渝经济圈", "成渝双城经济圈", "成渝"),
                         ("重庆市",), "全国"),
    "长江经济带": ((), ("上海市", "江苏省", "浙江省", "安徽省", "江西省", "湖北省", "湖南省",
                       "重庆市", "四川省", "贵州省", "云南省"), "全国"),
    "东北地区": (("东北三省",), ("辽宁省", "吉林省", "黑龙江省"), "全国"),
    "长株潭": (("长株潭城市群",), ("长沙市", "株洲市", "湘潭市"), "湖南省"),
    "关中平原城市群": ((), ("西安市",), "全国"),
    "海南自由贸易港": (("海南自贸港",), (), "海南省"),
    "前海": (("前海合作区",), (), "深圳市"),
    # the towns and subdistricts the sources name, inside their districts (a figure of
    # 梨园镇's is not 宋庄镇's): only these, the gazetteer has no township level
    "宋庄镇": ((), (), "北京市通州区"),
    "梨园镇": ((), (), "北京市通州区"),
    "新华街道": ((), (), "北京市通州区"),
    "杨庄街道": ((), (), "北京市通州区"),
    "马坊镇": ((), (), "北京市平谷区"),
    "镇罗营镇": ((), (), "北京市平谷区"),
    "燕郊镇": ((), (), "三河市"),
    "下营镇": ((), (), "天津市蓟州区"),
    # other regions' zones that reporters set beside 雄安 and 滨海 (贵安新区 is not 安新县)
    "横琴粤澳深度合作区": (("横琴", "横琴合作区", "横琴新区"), (), "珠海市"),
    "临港新片区": (("上海临港",), (), "上海市"),
    "贵安新区": ((), (), "贵州省"),
    "西咸新区": ((), (), "陕西省"),
}
#: the towns and subdistricts among REGIONS (their claims are their districts')
TOWNS = frozenset(n for n in REGIONS if n.endswith(("镇", "街道")))
#: short forms that are everyday words or other names more often than places (大同 is
#: harmony, 朝阳 the morning sun, 大城 of 大城市 a big city; 阿里 is Alibaba, 北海 Beijing's
#: park): only their full names count
_NOT_SHORT = frozenset("大同 日照 中山 长治 黄山 太平 永安 和平 安康 吉安 新华 长安 朝阳 "
                       "河东 河西 桥西 桥东 南开 开平 新城 东城 西城 城中 城东 城西 城南 "
                       "城北 新市 永和 和顺 金川 普陀 江北 江南 宝山 青山 白山 东山 西山 南山 "
                       "北山 龙华 龙门 龙湖 红旗 海城 平安 新乐 吉利 富民 通道 清河 东方 "
                       "前进 民权 正定 安定 新兴 长丰 大安 安国 兴隆 昌平 宁安 和田 "
                       "阿里 北海 大城".split())
_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州",
             "自治县", "地区", "新区", "省", "市", "盟", "县", "区", "旗")
_ETHNIC = re.compile(r"(?:[\u4e00-\u9fff]{1,3}?族)+(?:自治州|自治县|自治旗)$")


class Place(Record):
    """A place: a division (key = its code) or a region (key = its name)."""

    __slots__ = ("key", "name", "kind", "parent", "members")

    key: str
    name: str
    kind: str
    parent: str | None  # key of the place it lies inside
    members: tuple[str, ...]  # keys of the places a region is made of

    def __init__(self, key: str, name: str, kind: str, parent: str | None,
                 members: tuple[str, ...] = ()) -> None:
        self.key = key
        self.name = name
        self.kind = kind
        self.parent = parent
        self.members = members


class Named(Record):
    """A place named in a text, at [start, end)."""

    __slots__ = ("place", "start", "end", "printed")

    place: Place
    start: int
    end: int
    printed: str

    def __init__(self, place: Place, start: int, end: int, printed: str) -> None:
        self.place = place
        self.start = start
        self.end = end
        self.printed = printed


def short_name(name: str) -> str | None:
    """北京市 → 北京, 大厂回族自治县 → 大厂, 通州区 → 通州; None when nothing would be left."""
    m = _ETHNIC.search(name, 2)
    if m:
        return name[: m.start()]
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


#: the region's provinces by the one character that names them after a word of being or
#: going there (在津新设机构, 来京就医, 赴冀考察, 引滦入津)
ONE_CHARACTER_PROVINCES = {"京": "北京市", "津": "天津市", "冀": "河北省"}
THERE = "在来赴进入留驻离回"
#: the region's cities by the one character that names them in a run of such (京雄, 京津雄,
#: 京雄津保唐), and what after such a run says it names places: 两地, 之间, 核心区, a time
#: to travel between them (not 京雄高速, a line's name, nor 京津中关村科技城, a body's)
CITY_INITIALS = {**ONE_CHARACTER_PROVINCES, "雄": "雄安新区",
                 "保": "保定市", "唐": "唐山市", "石": "石家庄市", "廊": "廊坊市",
                 "沧": "沧州市", "张": "张家口市", "承": "承德市", "秦": "秦皇岛市",
                 "邯": "邯郸市", "邢": "邢台市", "衡": "衡水市"}
#: (a quick test before _INITIALS_RUN: what may follow a run of initials)
_AFTER_INITIALS = re.compile("[两三四五]地|之间|核心区|小时")
_INITIALS_RUN = re.compile(rf"[{''.join(CITY_INITIALS)}]{{2,5}}"
                           r"(?=[\s,]?(?:[两三四五]地|之间|核心区|[“\"]?(?:半小时|一小时|1小时)))")


class Gazetteer:
    """Every place and every name it goes by."""

    def __init__(self, rows: list[tuple[str, str]]) -> None:
        self.places: dict[str, Place] = {}
        self.names: dict[str, list[str]] = {}
        by_name: dict[str, list[str]] = {}
        for code, name in rows:
            if code.endswith("0000"):
                kind, parent = PROVINCE, "全国"
            elif code.endswith("00"):
                kind, parent = PREFECTURE, code[:2] + "0000"
            else:
                kind = COUNTY
                parent = code[:4] + "00"
            if kind == PREFECTURE and name == self.places[code[:2] + "0000"].name:
                continue  # 北京市 the prefecture is 北京市 the province
            if kind == COUNTY and parent not in self.places:
                parent = code[:2] + "0000"  # counties directly under a province or city
            self.places[code] = Place(code, name, kind, parent)
            by_name.setdefault(name, []).append(code)
        for name, (aliases, _members, _inside) in REGIONS.items():
            self.places[name] = Place(name, name, REGION, None)
            by_name.setdefault(name, []).insert(0, name)
            for alias in aliases:
                by_name.setdefault(alias, []).insert(0, name)
        for key, place in list(self.places.items()):
            if place.kind == REGION:
                continue
            # a district named with its city: 北京市通州区, 天津市蓟州区
            holder = self.places.get(place.parent or "")
            if place.kind == COUNTY and holder is not None:
                for prefix in (holder.name, short_name(holder.name)):
                    if prefix:
                        by_name.setdefault(prefix + place.name, []).insert(0, key)
            short = short_name(place.name)
            if not short or short in _NOT_SHORT or (short in by_name and place.kind != PROVINCE):
                continue  # (a province by its short name, whatever else goes by it: 河北)
            # a county's short name only near the sources' own region (通州, 蓟州, 武清)
            if place.kind == COUNTY and (key[:2] not in ("11", "12", "13") or (
                    key[:2] == "13" and place.name.endswith("区"))):
                continue  # Hebei's city districts (海港区, 路南区) go by their full names
            by_name.setdefault(short, []).append(key)
        #: Beijing's and Tianjin's districts whose short names are words too (朝阳, 东城,
        #: 河东): places only in a list beside their peers (西城、朝阳、海淀三区)
        self._listed = {short_name(p.name) or "": k for k, p in self.places.items()
                        if p.kind == COUNTY and k[:2] in ("11", "12")
                        and short_name(p.name) in _NOT_SHORT}
        self._listed_names = re.compile("|".join(sorted(self._listed, key=len, reverse=True)))
        for name, (_aliases, members, inside) in REGIONS.items():
            place = self.places[name]
            place.members = tuple(k for m in members if (k := self._key(m, by_name)))
            place.parent = self._key(inside, by_name) if inside else None
        for name in [n for n, keys in by_name.items() if len(n) == 2
                     and all(self.places[k].kind == COUNTY and k[:2] not in ("11", "12", "13")
                             for k in keys)]:
            del by_name[name]  # 古县, 城区, 矿区: words more often than places (千年古县)
        self.names = by_name
        self.longest = max(len(n) for n in by_name)
        #: first character → the lengths of the names that start with it, longest first
        self._lengths: dict[str, tuple[int, ...]] = {}
        for name in by_name:
            self._lengths[name[0]] = (*self._lengths.get(name[0], ()), len(name))
        self._lengths = {c: tuple(sorted(set(ls), reverse=True)) for c, ls in self._lengths.items()}

    def _key(self, name: str, by_name: dict[str, list[str]]) -> str | None:
        keys = by_name.get(name)
        if keys:
            return self._prefer(keys)
        return None

    def _prefer(self, keys: list[str]) -> str:
        """Of the places one name may mean (通州区 of 北京 or of 南通), the sources' own
        region's first (京津冀: codes 11, 12, 13), then the larger."""
        def rank(key: str) -> tuple[int, int]:
            place = self.places[key]
            near = place.kind == REGION or key[:2] in ("11", "12", "13")
            order = (REGION, PROVINCE, PREFECTURE, COUNTY).index(place.kind)
            return (0 if near else 1, order)
        return min(keys, key=rank)

    def find(self, text: str) -> list[Named]:
        """The places ``text`` names, left to right, the longest name at each position
        (linear in the text: a few dictionary look-ups a character, for the lengths of the
        names that start with it); and a province of the region by its one character
        where a word of being or going there comes before it (在津, 来京, 赴冀)."""
        found: list[Named] = []
        i, size = 0, len(text)
        lengths, names = self._lengths, self.names
        # (runs of the cities' initials, found in one pass: most texts hold none)
        runs = ({m.start(): m for m in _INITIALS_RUN.finditer(text) if m[0] not in names}
                if _AFTER_INITIALS.search(text) else None)
        while i < size:
            if runs and (run := runs.get(i)) is not None:
                # (京雄两地, 京津雄半小时, 京雄津保唐“半小时交通圈”: the cities by their
                # initials, where what follows says they are places)
                for at, initial in enumerate(run[0], start=i):
                    key = self._key(CITY_INITIALS[initial], names)
                    if key is not None:
                        found.append(Named(self.places[key], at, at + 1, initial))
                i = run.end()
                continue
            for length in lengths.get(text[i], ()):
                keys = names.get(text[i : i + length]) if i + length <= size else None
                if keys:
                    place = self.places[self._prefer(keys)]
                    printed = text[i : i + length]
                    if not self._of_another_place(found, i, place, printed):
                        found.append(Named(place, i, i + length, printed))
                    i += length
                    break
            else:
                one = ONE_CHARACTER_PROVINCES.get(text[i])
                if one is not None and i and text[i - 1] in THERE:
                    found.append(Named(self.places[self._key(one, names) or one], i, i + 1,
                                       text[i]))
                i += 1
        if self._listed_names.search(text):
            found = self._with_listed(text, found)
        return found

    def _of_another_place(self, found: list[Named], at: int, place: Place,
                          printed: str) -> bool:
        """Whether a region's short name (城市副中心 of 北京城市副中心) comes right after a
        place that neither holds it, nor lies in it or in the place holding it: it is that
        place's (天津城市副中心 is no Beijing sub-centre; 通州城市副中心 and 北京副中心 are, and
        廊坊市环京周边 is 环京's, 廊坊 lying in 京津冀 as 环京 does)."""
        if place.kind != REGION or printed == place.name or not found:
            return False
        before = found[-1].place.key
        return found[-1].end == at and not (
            self.contains(before, place.key) or self.contains(place.key, before)
            or (place.parent is not None and self.contains(place.parent, before)))

    def _with_listed(self, text: str, found: list[Named]) -> list[Named]:
        """``found`` and the districts named by a short name that is a word too (朝阳),
        where a list puts it beside a peer found or listed (东城、朝阳、海淀), or it follows
        its city's name (从北京朝阳搬来)."""
        from jjjcli.reading import LIST_GAP

        spans = [(n.start, n.end) for n in found]
        waiting = [m for m in self._listed_names.finditer(text)
                   if not any(s < m.end() and m.start() < e for s, e in spans)]
        added = True
        while added:
            added = False
            for m in list(waiting):
                place = self.places[self._listed[m.group(0)]]
                if any(n.place.kind == COUNTY and n.place.parent == place.parent and (
                        LIST_GAP.fullmatch(text[m.end() : n.start])
                        or LIST_GAP.fullmatch(text[n.end : m.start()]))
                       # (right after its city's name: 北京朝阳, 天津河东; not 朝阳产业,
                       # sunrise industries)
                       or n.place.key == place.parent and n.end == m.start()
                       and not text.startswith("产业", m.end())
                       for n in found):
                    found.append(Named(place, m.start(), m.end(), m.group(0)))
                    waiting.remove(m)
                    added = True
        return sorted(found, key=lambda n: n.start)

    def find_english(self, text: str) -> list[Named]:
        """The places an English text names (data/places_en.tsv: the provinces, the regions
        journalists name, the sources' own cities and districts, the larger cities
        elsewhere), left to right, the longest name at each position."""
        pattern, names = _english_names()
        found = []
        for m in pattern.finditer(text):
            key = self._key(names[m.group(0).lower()], self.names)
            if key is not None:
                found.append(Named(self.places[key], m.start(), m.end(), m.group(0)))
        return found

    def ancestors(self, key: str) -> list[str]:
        chain: list[str] = []
        current = self.places[key].parent
        while current and current not in chain:
            chain.append(current)
            current = self.places[current].parent if current in self.places else None
        return chain

    def contains(self, outer: str, inner: str) -> bool:
        """Whether place ``outer`` holds place ``inner`` (or is it)."""
        if outer == inner or outer in self.ancestors(inner):
            return True
        place = self.places[outer]
        return any(self.contains(member, inner) for member in place.members)

    def list_swapped(self, stated: Iterable[str], given: Iterable[str]) -> bool:
        """Whether a list of places ``stated`` swaps one member of the list a text
        ``given`` names: a place not given, beside another of its kind and holder that is
        given (朝阳 for 东城 and 朝阳), where the text gives a third of them the statement
        leaves out (西城): 东城、朝阳、海淀 for the quote's 西城、朝阳、海淀."""
        stated, given = set(stated), set(given)

        def peers(key: str, keys: set[str]) -> set[str]:
            place = self.places[key]
            return {k for k in keys if k != key and self.places[k].kind == place.kind
                    and self.places[k].parent == place.parent}

        # (not a place around or inside one given: 河北 of 河北雄安新区; the whole country,
        # 全国重点城市, holds every place and says nothing of which)
        return any(peers(key, stated & given) and peers(key, given - stated)
                   and not any(self.contains(key, g) or self.contains(g, key)
                               for g in given if g != "全国")
                   for key in stated if self.places[key].kind != REGION)

    def covered(self, keys: Iterable[str]) -> frozenset[str]:
        """The places ``keys`` cover, a region as its members (津冀 is 天津市、河北省)."""
        return frozenset(m for k in keys for m in (self.places[k].members or (k,)))

    def related(self, a: str, b: str) -> bool:
        """One holds the other, or a region shares a member with the other (京津 and 津冀)."""
        if self.contains(a, b) or self.contains(b, a):
            return True
        pa, pb = self.places[a], self.places[b]
        return bool(pa.members and pb.members
                    and any(self.related(m, n) for m in pa.members for n in pb.members))


@cache
def _english_rows() -> tuple[tuple[str, str], ...]:
    """(English name, the gazetteer's name) of data/places_en.tsv, in its order."""
    data = resources.files("jjjcli").joinpath("data/places_en.tsv").read_text(encoding="utf-8")
    return tuple((english, name) for english, _, name in (
        line.partition("\t") for line in data.splitlines()
        if line and not line.startswith("#")))


@cache
def _english_names() -> tuple[re.Pattern[str], dict[str, str]]:
    names = {english.lower(): name for english, name in _english_rows()}
    pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # (not a part of a longer hyphened name, Beijing-Tianjin; but Beijing-wide is Beijing's)
    return re.compile(rf"(?<![\w-])(?:{pattern})(?!\w|-(?!wide\b))", re.IGNORECASE), names


@cache
def english_name(name: str) -> str | None:
    """The English name data/places_en.tsv lists first for a place (Beijing-Tianjin-Hebei
    for 京津冀, which Jing-Jin-Ji also names), or None."""
    return next((english for english, place in _english_rows() if place == name), None)


@cache
def gazetteer() -> Gazetteer:
    data = resources.files("jjjcli").joinpath("data/divisions.tsv").read_text(encoding="utf-8")
    rows = []
    for line in data.splitlines():
        if line and not line.startswith("#"):
            code, _, name = line.partition("\t")
            rows.append((code, name))
    return Gazetteer(rows)
