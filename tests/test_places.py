"""jjjcli.places: the gazetteer of China's divisions and the regions journalists name."""

from __future__ import annotations

import pytest

from jjjcli.kb import KnowledgeBase
from jjjcli.places import gazetteer, short_name


def named(text: str) -> list[tuple[str, str]]:
    return [(n.printed, n.place.name) for n in gazetteer().find(text)]


def key(name: str) -> str:
    return gazetteer().find(name)[0].place.key


def test_every_province_prefecture_and_county() -> None:
    places = gazetteer().places
    kinds = [p.kind for p in places.values()]
    assert kinds.count("province") == 34
    assert kinds.count("prefecture") >= 330
    assert kinds.count("county") >= 2800
    assert places["110112"].name == "通州区" and places["133100"].name == "雄安新区"


@pytest.mark.parametrize(("text", "places"), [
    ("2023年长三角地区生产总值", [("长三角地区", "长三角")]),
    ("北京城市副中心高新技术企业", [("北京城市副中心", "北京城市副中心")]),
    ("天津市蓟州区今年", [("天津市蓟州区", "蓟州区")]),
    ("三地17个城市", [("三地", "京津冀")]),
    ("廊坊北三县", [("廊坊", "廊坊市"), ("北三县", "北三县")]),
    ("成渝地区双城经济圈", [("成渝地区双城经济圈", "成渝地区双城经济圈")]),
    ("粤港澳大湾区和珠三角", [("粤港澳大湾区", "粤港澳大湾区"), ("珠三角", "珠三角")]),
    ("上海、杭州和深圳", [("上海", "上海市"), ("杭州", "杭州市"), ("深圳", "深圳市")]),
    ("津冀两地和通武廊", [("津冀", "津冀"), ("通武廊", "通武廊")]),
    ("千年古县，主城区", []),  # words that are also the names of far-away counties
    # names that are a company's or a park's more often than a far-away prefecture's
    ("阿里张北大数据系列项目", [("张北", "张北县")]),
    ("北海幼儿园", []),
    ("西藏阿里地区", [("西藏", "西藏自治区"), ("阿里地区", "阿里地区")]),
    # other regions' zones: 横琴 by its short name, 贵安新区 not Hebei's 安新县
    ("横琴粤澳深度合作区和横琴", [("横琴粤澳深度合作区", "横琴粤澳深度合作区"),
                                ("横琴", "横琴粤澳深度合作区")]),
    ("贵安新区", [("贵安新区", "贵安新区")]),
    # 河北 the province by its short name, whatever district of Tianjin goes by it too
    ("习近平总书记在河北视察", [("河北", "河北省")]),
    ("天津市河北区", [("天津市河北区", "河北区")]),
    # a district whose short name is a word too, only in a list beside its peers
    ("通州区与东城、朝阳、海淀三区", [("通州区", "通州区"), ("东城", "东城区"),
                                    ("朝阳", "朝阳区"), ("海淀", "海淀区")]),
    ("海淀和朝阳", [("海淀", "海淀区"), ("朝阳", "朝阳区")]),
    ("朝阳产业和东城区", [("东城区", "东城区")]),
    ("和平与发展", []),
    # the cities by their initials, where what follows says they are places; not a line's
    # or a body's name, nor a region's own
    ("京雄两地进入一小时通勤圈", [("京", "北京市"), ("雄", "雄安新区")]),
    ("京雄津保唐“半小时交通圈”", [("京", "北京市"), ("雄", "雄安新区"), ("津", "天津市"),
                               ("保", "保定市"), ("唐", "唐山市")]),
    ("京津雄核心区", [("京", "北京市"), ("津", "天津市"), ("雄", "雄安新区")]),
    # (a space between them and what follows, as notes and subtitles print it)
    ("京雄津保唐 半小时交通圈", [("京", "北京市"), ("雄", "雄安新区"), ("津", "天津市"),
                             ("保", "保定市"), ("唐", "唐山市")]),
    ("京雄高速全线贯通", []),
    ("京津两地", [("京津", "京津")]),
    # a region's short name right after a place apart from it is that place's; after one
    # holding it, or lying in the place that holds it, it is the region
    ("天津城市副中心站", [("天津", "天津市")]),
    ("通州城市副中心", [("通州", "通州区"), ("城市副中心", "北京城市副中心")]),
    ("廊坊市环京周边", [("廊坊市", "廊坊市"), ("环京周边", "环京")]),
])
def test_find(text: str, places: list[tuple[str, str]]) -> None:
    assert named(text) == places


def test_a_name_means_the_place_in_the_sources_region_first() -> None:
    assert key("通州区") == "110112"  # Beijing's, not Nantong's
    assert key("朝阳区") == "110105"


def test_containment() -> None:
    g = gazetteer()
    assert g.contains("京津冀", key("北京城市副中心"))
    assert g.contains("110000", key("北京城市副中心"))
    assert g.contains("110000", "110112")
    assert g.contains("130000", "133100")  # 雄安新区 ⊂ 河北省
    assert g.contains("京津冀", "131082")  # 三河市
    assert g.contains("131000", key("北三县"))
    assert g.contains("全国", "310000")
    assert not g.contains("京津冀", "310000")
    assert not g.contains("110000", "120000")
    assert not g.related("京津冀", "长三角")
    assert g.related("京津", "津冀")


@pytest.mark.parametrize(("name", "short"), [
    ("北京市", "北京"), ("内蒙古自治区", "内蒙古"), ("大厂回族自治县", "大厂"), ("通州区", "通州"),
    ("雄县", None),
])
def test_short_name(name: str, short: str | None) -> None:
    assert short_name(name) == short


def test_english_place_names() -> None:
    from jjjcli.places import gazetteer

    found = gazetteer().find_english(
        "Beijing-Tianjin-Hebei, Shanghai and the Yangtze River Delta; Xiong'an, not Beijingers")
    assert [(n.printed, n.place.name) for n in found] == [
        ("Beijing-Tianjin-Hebei", "京津冀"), ("Shanghai", "上海市"),
        ("Yangtze River Delta", "长三角"), ("Xiong'an", "雄安新区")]
    assert gazetteer().find_english("the sub-centre of beijing")[1].place.name == "北京市"
    # the districts and counties the sources name, in English
    found = gazetteer().find_english("Dongcheng, Chaoyang and Haidian; Sanhe and Gu'an")
    assert [n.place.name for n in found] == ["东城区", "朝阳区", "海淀区", "三河市", "固安县"]


def test_a_list_of_places_with_one_swapped() -> None:
    places = gazetteer()

    def keys(text: str) -> set[str]:
        return {n.place.key for n in places.find(text)}

    given = keys("通州区与西城、朝阳、海淀三区")
    assert places.list_swapped(keys("东城、朝阳、海淀"), given)
    assert not places.list_swapped(keys("西城、朝阳、海淀"), given)
    assert not places.list_swapped(keys("朝阳、海淀"), given)  # (left out, not swapped)
    # another province beside the quote's, where the quote names a third the statement
    # leaves out; not a place around one given (河北 of 河北雄安新区)
    assert places.list_swapped(keys("北京和河北"), keys("北京和天津"))
    assert not places.list_swapped(keys("北京、河北雄安新区"), keys("北京、雄安新区、天津"))


@pytest.mark.parametrize(("text", "found"), [
    ("2023年北京疏解功能资源在津新设机构1793家", [("北京", "北京市"), ("津", "天津市")]),
    ("来京跟岗研修", [("京", "北京市")]),
    ("引滦入津", [("津", "天津市")]),
    ("赴冀考察", [("冀", "河北省")]),
    # (the region and two of its three keep their names; a character alone is no place)
    ("在京津冀", [("京津冀", "京津冀")]),
    ("京津两地", [("京津", "京津")]),
    ("津冀软件信息服务业", [("津冀", "津冀")]),
    ("冀中能源", []),
])
def test_a_province_by_its_one_character_where_one_is_or_goes_there(
        text: str, found: list[tuple[str, str]]) -> None:
    assert [(n.printed, n.place.name) for n in gazetteer().find(text)] == found


def test_the_short_names_a_source_defines_for_its_subjects() -> None:
    from jjjcli.scope import defined_names

    texts = ["2019年，当时的北京莱恩斯新材料科技有限公司（以下简称“莱恩斯”）以研发为主。",
             "京津冀国家高新区联盟（以下简称“联盟”）成立。",  # (two characters: too wide)
             "致道创新（天津）科技有限公司(以下简称\"致道科技\")副总经理",
             "某某材料公司（以下简称“某某材”）"]  # (no subject of the base)
    subjects = ["北京莱恩斯新材料科技有限公司", "京津冀国家高新区联盟", "致道创新（天津）科技有限公司"]
    assert defined_names([t.encode() for t in texts], subjects) == {
        "北京莱恩斯新材料科技有限公司": ["莱恩斯"],
        "致道创新（天津）科技有限公司": ["致道科技"]}


def test_a_list_of_places_by_their_one_character_names_where_a_source_prints_them() -> None:
    from jjjcli.scope import _abbreviation, defined_names

    assert _abbreviation("北京、雄安新区、天津、保定、唐山") == "京雄津保唐"
    assert _abbreviation("北京、天津、雄安新区") is None  # (three: the places' own reading)
    assert _abbreviation("北京援建的幼儿园、小学、中学项目") is None  # (no list of places)
    texts = ["京雄津保唐“1小时交通圈”基本形成", "北京、雄安新区、天津、保定等地"]
    subjects = ["北京、雄安新区、天津、保定、唐山", "北京、雄安新区、天津、保定"]
    # (京雄津保 is printed only as the start of the other's run: a name all the same, as
    # a statement prints it)
    assert defined_names([t.encode() for t in texts], subjects) == {
        "北京、雄安新区、天津、保定、唐山": ["京雄津保唐"], "北京、雄安新区、天津、保定": ["京雄津保"]}
    assert defined_names([texts[1].encode()], subjects) == {}


def test_a_subject_spelled_out_by_its_members_and_a_region_without_its_suffix() -> None:
    from jjjcli.scope import spelled_out, subject_names

    assert spelled_out("平蓟三兴", "平谷、蓟州、三河、兴隆四地在多个领域制定协同发展机制")
    assert not spelled_out("平蓟三兴", "平谷、蓟州、三河等地")  # (兴隆 left out)
    assert not spelled_out("京津", "北京和天津")  # (too short to be spelled out)
    assert "环京周边" in subject_names("环京周边地区")
    assert "京津冀" in subject_names("京津冀地区")


def test_a_place_a_clause_compares_with_is_not_what_it_is_about() -> None:
    from jjjcli.scope import PlaceScope, uncompared

    scope = PlaceScope(["京津冀", "北京市", "天津市"])
    text = "与北京、天津的产业疏解不同，广州2023年从省外引进制造业项目逾300个"
    assert [n.place.name for n in scope.named(text)] == ["广州市"]
    assert scope.compared_with(text) == ["北京市", "天津市"]
    assert scope.mentioned_subjects(text) == set()
    # what follows the comparison still names its own place
    text = "相比京津冀，天津2023年战略性新兴产业增加值占比24.5%"
    assert scope.mentioned_subjects(text) == {"天津市"}
    assert len(uncompared(text)) == len(text)  # (offsets kept)
    english = "Unlike Beijing, Tianjin's strategic emerging industries made up 24.5%"
    assert [n.place.name for n in scope.named(english)] == ["天津市"]
    # a clause that joins places is no comparison (京津冀和长三角 both), nor 与 without one
    assert scope.compared_with("京津冀和长三角地区生产总值合计超过40万亿元") == []
    assert scope.compared_with("与天津港合作，北京2023年新开航线5条") == []
    # 大城 of 大城市 is no county (大城县)
    assert [n.place.name for n in gazetteer().find("北京“大城市病”问题")] == ["北京市"]


def test_a_pair_of_short_names_that_opens_a_bodys_name_names_the_body() -> None:
    from jjjcli.scope import PlaceScope

    scope = PlaceScope(["京津冀", "北京市", "天津市", "京津中关村科技城", "京津"])
    text = "莱伯泰科京津中关村科技城智能化实验室设备生产项目总投资约5亿元"
    assert scope.named(text) == []
    assert scope.mentioned_subjects(text) == {"京津中关村科技城"}
    assert not scope.within_named("天津市", text)
    # the pair on its own still names both provinces, and beside the body too
    assert scope.mentioned_subjects("京津两地研发投入强度") >= {"北京市", "天津市"}
    text = "京津两地共建的京津中关村科技城累计注册企业1328家"
    assert [n.printed for n in scope.named(text)] == ["京津"]


def test_a_bodys_project_is_not_its_provinces_total(kb: KnowledgeBase) -> None:
    from jjjcli.compare import Comparer

    comparer = Comparer(kb)
    verdict = comparer.compare("莱伯泰科京津中关村科技城智能化实验室设备生产项目总投资约5亿元。")
    assert verdict.verdict == "unsupported"  # not 天津市's 1.5万亿元 of relocated projects
    verdict = comparer.compare("截至2023年年底，宝坻京津中关村科技城累计注册企业1500家。")
    assert verdict.verdict == "contradicted"
    assert verdict.figures[0].claim.subject == "京津中关村科技城"


def test_the_towns_the_sources_name_lie_in_their_districts() -> None:
    g = gazetteer()
    assert named("今年3月，梨园镇68岁的李大爷") == [("梨园镇", "梨园镇")]
    assert g.contains("110112", key("宋庄镇"))  # 北京市通州区
    assert g.contains("120119", key("下营镇"))  # 天津市蓟州区
    assert g.contains("131082", key("燕郊镇"))  # 三河市
    assert not g.related(key("梨园镇"), key("宋庄镇"))


@pytest.mark.parametrize(("statement", "expected"), [
    # the source: 今年3月，梨园镇68岁的李大爷… (the claim's subject is 梨园镇李大爷)
    ("今年3月，梨园镇68岁的李大爷接到显示为某物流通州分部的电话。",
     [("supported", "002-73-fraud-case-li-age")]),
    ("今年3月，宋莊鎮68歲的李大爺接到顯示為某物流通州分部的電話。", [("unsupported", None)]),
    # a village's claim, about its district (天津市蓟州区团山子村), speaks for its town
    ("在下营镇团山子村，停车场里停了将近2000辆车。",
     [("supported", "003-30-tuanshanzi-parked-cars")]),
])
def test_a_towns_figure_is_not_another_towns(kb: KnowledgeBase, statement: str,
                                             expected: list[tuple[str, str | None]]) -> None:
    from jjjcli.compare import Comparer

    verdict = Comparer(kb).compare(statement)
    assert [(f.verdict, f.claim and f.claim.id) for f in verdict.figures] == expected
