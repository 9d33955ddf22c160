"""Words that say the opposite of each other (增长 and 下降, grew and fell).

`jjj compare` holds them against each other twice: a statement's event is not a quote's
when one says 开始正增长 and the other 开始负增长, and the same value said to go the other
way (能耗增长3.6% for 能耗下降3.6%) is not the source's figure.
"""

from __future__ import annotations

import re
from collections.abc import Container

#: words that say the opposite of each other: a statement with one is not the event of a
#: quote with the other (开始正增长 is not 开始负增长, however alike the rest)
OPPOSITES = (("正增长", "负增长"), ("增长", "下降"), ("上升", "下降"), ("增加", "减少"),
             ("提高", "降低"), ("扩大", "缩小"), ("开通", "停运"), ("设立", "撤销"),
             ("增长", "减少"), ("增加", "下降"), ("提高", "下降"), ("上升", "降低"),
             ("增长", "降低"), ("增长", "回落"), ("上升", "回落"), ("增长", "下滑"),
             ("高于", "低于"), ("快于", "慢于"), ("多于", "少于"), ("高出", "低于"),
             ("高于", "低"), ("高出", "低"), ("高于", "慢"), ("高出", "慢"), ("快于", "低于"),
             # (a rate of growth is no fall: 年均增速27% is not 年均降幅27%; a time cut is
             # not one made longer: 缩短至40分钟 is not 延长至40分钟)
             ("增速", "下降"), ("增速", "降幅"), ("增幅", "降幅"), ("增长", "降幅"),
             ("增幅", "下降"), ("缩短", "延长"),
             ("东移", "西移"), ("南移", "北移"), ("东迁", "西迁"), ("南迁", "北迁"),
             # (where a place lies: 位于天津城区东北部 is not 西南部)
             ("东北部", "西南部"), ("西北部", "东南部"),
             # (a rate that grows each day is not one that falls: 每日递增, 每日递减)
             ("递增", "递减"),
             # (an event's opening is not its close: a conference 开幕 on the day the
             # source has it 落幕)
             ("开幕", "落幕"), ("开幕", "闭幕"))
#: words that name the two sides of one thing, measured apart: a figure of one is not the
#: other's, however alike the rest of their words (出口货物集港 against 进口货物提箱)
SIDES = (("出口", "进口"), ("流入", "流出"), ("调入", "调出"), ("入境", "出境"),
         ("境内", "境外"), ("城镇", "农村"), ("男性", "女性"), ("出席", "缺席"),
         ("门诊", "住院"),
         # (the firms above a size and those below it; the grades above one and below)
         ("规模以上", "规模以下"), ("限额以上", "限额以下"), ("级以上", "级以下"))
#: words that name different things of one kind, each counted or measured on its own: a
#: figure said of one is not a claim's said of another, however alike the rest of their
#: words (京津冀农业增加值 is not the source's 工业增加值, 2家学校 not its 2家医院)
THINGS = (
    ("工业", "农业", "服务业", "建筑业"),  # sectors
    ("第一产业", "第二产业", "第三产业", "数字经济"),  # (and the parts of an economy by kind)
    ("收入", "支出"), ("输出", "输入"), ("外资", "内资"),  # flows
    ("铁路", "公路", "航空", "水运"), ("地铁", "公交"), ("机场", "港口"),  # transport
    ("旅客", "货物", "集装箱"), ("客运", "货运"),
    ("国家级", "省级", "市级", "区级", "县级"),  # levels of a list
    ("常住人口", "户籍人口"),
    ("产值", "增加值", "利润"), ("营业收入", "利润"),  # what an industry's output is
    ("投资", "融资"), ("成交额", "成交量"),
    # air (lower case, as normalised): its pollutants, and its days
    ("pm2.5", "pm10", "二氧化硫", "二氧化氮", "臭氧", "一氧化碳", "so2", "no2"),
    ("优良天数", "重污染天数"),
    ("医院", "学校"), ("医院", "高校"), ("企业", "项目"), ("企业", "园区"),
    ("森林覆盖率", "绿化覆盖率"),  # (what covers the land: 森林覆盖率34% is no 绿化覆盖率)
    ("高新技术企业", "科技型中小企业", "独角兽", "瞪羚"),  # classes of firms
    ("小巨人", "专精特新中小企业", "创新型中小企业", "科技型中小企业"),
    ("新能源", "燃油"), ("线上", "线下"), ("直接", "间接"),
    # what was done: signed or landed (or its money in place), intended or actual, built or
    # being built, new or rebuilt; invested or sold; capital registered or paid in
    ("签约", "落地"), ("签约", "到位"), ("意向", "实际"), ("建成", "在建"), ("新建", "改建"),
    ("投资", "销售"),
    ("注册资本", "实缴资本"), ("合同", "项目"), ("在建", "运营"), ("在建", "投运"),
    # which way: sent out or taken in (流向津冀 is not 吸纳津冀's; 转出 not 转入)
    ("流向", "吸纳"), ("输出", "吸纳"), ("转出", "转入"), ("转出", "承接"),
    # more of a kind (专利申请 is not 授权; 4G not 5G; 入境 tourists not 国内 ones …)
    ("申请", "授权"), ("4g", "5g"), ("入境", "国内"), ("销售", "采购"), ("整车", "零部件"),
    ("耕地", "土地"), ("影像", "检验"), ("氢燃料", "新能源"), ("国家", "省级"),
    ("小巨人", "高新技术企业"), ("完成投资", "总投资"), ("货运", "旅游"), ("连续", "全年"),
    ("碳排放权", "自愿减排"), ("刑事", "行政"), ("主线", "支线"),
    ("能耗", "水耗", "电耗"),  # what a unit of output uses (万元工业增加值能耗 is no 水耗)
    # (the kinds of the green manufacturing lists: a green factory is no green supply chain
    # firm)
    ("绿色工厂", "绿色供应链", "绿色园区", "绿色设计产品"),
    # how a time to somewhere is taken: on foot, by bicycle or by car (步行15分钟 is no
    # 15分钟车程)
    ("步行", "车程"), ("步行", "驾车"), ("步行", "开车"), ("步行", "骑行"), ("骑行", "车程"),
    ("骑行", "驾车"))
#: a whole and the parts of it measured on their own: 高速铁路里程 is not the 铁路营运里程 it is
#: part of, nor the other way round (kinds.things_apart)
THING_PARTS = (("铁路", ("高速铁路", "高铁", "城际铁路", "市郊铁路")),
               ("公路", ("高速公路",)))
#: a measure and the words that make it a flow to or from somewhere: 北京流向津冀技术合同成交额
#: is part of 北京技术合同成交额, not the whole (kinds.things_apart)
THING_FLOWS = (("技术合同成交额", ("流向", "输出", "吸纳", "输入")),)
#: THINGS as pairs, as opposed takes them
THING_PAIRS = tuple((one, other) for group in THINGS
                    for i, one in enumerate(group) for other in group[i + 1:])
#: the same in the claims' English, for an English statement (whole words)
ENGLISH_SIDES = (("export", "import"), ("exports", "imports"), ("exported", "imported"),
                 ("inpatient", "outpatient"), ("inbound", "outbound"), ("urban", "rural"),
                 ("inflow", "outflow"), ("inflows", "outflows"))
#: THINGS in the claims' English (whole words, as english_things reads them)
ENGLISH_THINGS = (
    ("industrial", "agricultural"), ("industry", "agriculture"),
    ("revenue", "spending", "expenditure"), ("revenues", "spending", "expenditure"),
    ("income", "spending", "expenditure"), ("investment", "financing"),
    ("invested", "financed"),
    ("companies", "projects"), ("enterprises", "projects"), ("firms", "projects"),
    ("businesses", "projects"), ("company", "project"), ("enterprise", "project"),
    ("firm", "project"), ("companies", "parks"), ("enterprises", "parks"),
    ("firms", "parks"), ("criminal", "administrative"),
    ("national-level", "provincial-level", "municipal-level"), ("national", "provincial"),
    ("pm2.5", "pm10", "so2", "no2", "ozone"),
    ("railway", "expressway", "highway"), ("railways", "expressways", "highways"),
    ("rail", "expressway", "highway"),
    ("hospital", "school", "university"), ("hospitals", "schools", "universities"),
    ("permanent", "registered"), ("high-tech", "tech-based"),
    ("airport", "port"), ("airports", "ports"), ("output", "added"),
    ("cargo", "passenger", "container"), ("cargo", "passengers", "containers"),
    ("revenue", "investment"), ("earned", "investment"), ("earned", "invested"),
    ("resident", "registered"), ("resident", "hukou"),
    ("road", "rail"), ("roads", "rail"), ("road", "railway"), ("roads", "railways"),
    ("built", "under-construction"), ("completed", "under-construction"),
    ("in-use", "under-construction"),
    ("actual", "intended"), ("completed", "intended"), ("actual", "agreed"),
    ("trunk", "branch"), ("applications", "granted"), ("applied", "granted"),
    ("steel", "cement"), ("steelmaking", "cement"), ("headquarters", "subsidiaries"),
    ("energy", "water"), ("biomedicine", "medicine"), ("biomedical", "medicine"),
    ("sales", "procurement"), ("sales", "purchases"), ("local", "non-local"),
    # what tourism earns and how many trips it counts
    ("revenue", "trips"), ("revenues", "trips"), ("income", "trips"), ("revenue", "visits"),
    ("revenue", "arrivals"),
    # what firms earn and what they make (profits are no output)
    ("profit", "output"), ("profit", "revenue"), ("profits", "output"), ("profits", "revenue"),
    ("profits", "revenues"),
    # what bodies form and what they sign (26 alliances are no 26 memorandums)
    ("alliance", "memorandum", "agreement"), ("alliances", "memorandums", "agreements"),
    ("alliances", "memoranda"),
    # the whole a rank or a share is within
    *((one, other) for one in ("china's", "country's", "national", "nationwide", "domestic")
      for other in ("world's", "global", "worldwide")),
    # a rate of change and a share
    ("share", "growth"), ("proportion", "growth"),
    # on foot, by bicycle or by car
    *((foot, car) for foot in ("walk", "walking", "foot", "cycling", "bike", "ride")
      for car in ("drive", "driving", "car")), ("walk", "ride"), ("walk", "cycling"),
    # what a share of land is covered by; servers and the racks that hold them
    ("forest", "wetland"), ("forest", "green"), ("servers", "racks"))
#: ENGLISH_THINGS as pairs, as opposed takes them
ENGLISH_THING_PAIRS = tuple((one, other) for group in ENGLISH_THINGS
                            for i, one in enumerate(group) for other in group[i + 1:])
#: an English word, as ENGLISH_OPPOSITES compares them
WORD = re.compile(r"[a-z]+")
#: the same in the claims' English, for an English statement (whole words)
ENGLISH_OPPOSITES = (("grew", "fell"), ("grew", "shrank"), ("grew", "declined"),
                     ("grew", "dropped"), ("grew", "decreased"), ("rose", "fell"),
                     ("rose", "dropped"), ("rose", "declined"), ("rose", "shrank"),
                     ("increased", "decreased"), ("increased", "fell"), ("up", "down"),
                     ("above", "below"), ("above", "slower"), ("above", "lower"),
                     ("higher", "lower"), ("faster", "slower"), ("more", "fewer"),
                     ("above", "trailed"), ("above", "trailing"), ("above", "lagged"),
                     ("above", "lagging"), ("higher", "trailed"), ("higher", "lagged"),
                     ("ahead", "trailed"), ("ahead", "lagged"), ("outpaced", "trailed"),
                     ("growth", "decline"), ("grew", "contracted"), ("grew", "down"),
                     ("rose", "down"), ("increased", "down"), ("up", "fell"),
                     ("up", "declined"), ("up", "dropped"), ("up", "decreased"),
                     # (land, space or capacity made larger or smaller: Beijing expands its
                     # construction land by 130 sq km, where it has reduced it)
                     *((up, down) for up in ("expands", "expanded", "expand", "expanding",
                                             "enlarged", "enlarges")
                       for down in ("reduced", "reduces", "reduce", "reducing", "cut", "cuts",
                                    "cutting", "shrank", "shrunk", "shrinks")),
                     ("increased", "reduced"), ("grew", "reduced"), ("rose", "reduced"),
                     # (ahead of an average or behind it: exceeded the national average by
                     # more than 2 percentage points, where a statement says it lagged)
                     *((ahead, behind) for ahead in ("exceeded", "exceeds", "outpaced",
                                                     "outpaces", "outstripped")
                       for behind in ("lagged", "lagging", "lags", "trailed", "trailing",
                                      "trails")))


#: English words of growth and of decline, in every form (grew, growing, rises; fell,
#: declining, drops): growth_turned_en
_GROWING_EN = frozenset("grew grow grows growing rose rise rises rising increased increase "
                        "increases increasing".split())
_FALLING_EN = frozenset("fell fall falls falling declined decline declines declining dropped "
                        "drop drops dropping decreased decrease decreases decreasing shrank "
                        "shrink shrinks shrinking contracted".split())


def growth_turned_en(said: set[str], quote: set[str]) -> tuple[str, str] | None:
    """The word of growth or decline an English statement's words (``said``) use and the
    opposite one a claim's English (``quote``) uses, where each goes one way only
    (*growing 4.1% a year*, where the claim's new registrations *fell by an average of 4.1%
    a year*); None otherwise. Opposites pair forms as ENGLISH_OPPOSITES does not (growing
    and fell); a statement saying both ways (GDP rising while intensity fell) is left alone."""
    for one, other in ((_GROWING_EN, _FALLING_EN), (_FALLING_EN, _GROWING_EN)):
        if said & one and not said & other and quote & other and not quote & one:
            return min(said & one), min(quote & other)
    return None


def opposed(said: Container[str], quote: Container[str],
            opposites: tuple[tuple[str, str], ...] = OPPOSITES) -> tuple[str, str] | None:
    """The word ``said`` uses and its opposite ``quote`` uses, where ``quote`` does not use
    the word itself (nor ``said`` the opposite); None when there is none. ``said`` and
    ``quote`` are texts (a word is in them anywhere) or sets of words (whole words); in a
    text, 负增长 is read as 下降 and 正增长 as 增长 (负增长2% is no 增长2%, though it holds
    the word)."""
    if isinstance(said, str) and isinstance(quote, str) and _SIGNED.search(said + quote):
        # (the signs themselves first: 开始正增长 against 开始出现负增长, whose 增长率 holds 增长)
        signs = tuple(pair for pair in opposites if "负增长" in pair)
        found = _opposed(said, quote, signs) or _opposed(_signed(said), _signed(quote),
                                                         opposites)
        return None if found is None else (_as_printed(found[0], said),
                                           _as_printed(found[1], quote))
    return _opposed(said, quote, opposites)


def _opposed(said: Container[str], quote: Container[str],
             opposites: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    for one, other in opposites:
        for a, b in ((one, other), (other, one)):
            if a in said and b in quote and a not in quote and b not in said:
                return a, b
    return None


#: growth said with its sign (负增长, 正增长)
_SIGNED = re.compile("[负正]增长")


def _signed(text: str) -> str:
    return text.replace("负增长", "下降").replace("正增长", "增长")


def _as_printed(word: str, text: str) -> str:
    """The word of ``text`` that _signed read as ``word`` (负增长 for 下降)."""
    if word == "下降" and word not in text and "负增长" in text:
        return "负增长"
    if word == "增长" and "正增长" in text:
        return "正增长"
    return word
