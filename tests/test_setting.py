"""Where, by whom and of whom a statement says a figure was given (jjjcli.setting), on the
bundled knowledge base: each check given a figure whose value a claim supports."""

from __future__ import annotations

import pytest

from jjjcli.kb import Claim, KnowledgeBase
from jjjcli.reading import StatedFigure, read_sentence
from jjjcli.setting import Setting, joined
from jjjcli.verdict import CONTRADICTED, SUPPORTED, UNSUPPORTED, FigureVerdict


@pytest.fixture(scope="module")
def setting(kb: KnowledgeBase) -> Setting:
    return Setting(kb, lambda claim: read_sentence(claim.quote, simplified=True))


def claim(kb: KnowledgeBase, claim_id: str) -> Claim:
    return next(c for c in kb if c.id == claim_id)


def supported(kb: KnowledgeBase, text: str, claim_id: str,
              verdict: str = SUPPORTED) -> tuple[str, FigureVerdict, StatedFigure]:
    """The statement as compare reads it, and its last figure judged as the claim's with
    the claim's own figure."""
    read = read_sentence(text)
    item = read.figures[-1]
    held = claim(kb, claim_id)
    judged = FigureVerdict(item.figure, verdict, held, held.figures[0])
    judged._stated = item
    return read.text, judged, item


@pytest.mark.parametrize(("text", "expected"), [
    ("河北省委副书记、省长王正谱说，河北拥有新能源整车生产能力的企业7家。", SUPPORTED),
    ("北京市国资委一级巡视员杨鸿宝表示，河北拥有新能源整车生产能力的企业7家。", UNSUPPORTED),
])
def test_a_speaker_is_held_to_the_claims_paragraphs(kb: KnowledgeBase, setting: Setting,
                                                   text: str, expected: str) -> None:
    read, judged, item = supported(kb, text, "001-8-hebei-nev-makers")
    result = setting.said_by(read, item, judged)
    assert result.verdict == expected
    if expected == UNSUPPORTED:
        assert result.reason.endswith("does not have 杨鸿宝 say it")


@pytest.mark.parametrize(("text", "verdict", "expected"), [
    ("京津冀中心已累计实施项目241项。", SUPPORTED, SUPPORTED),
    # a name the paragraph prints only after the figure is another body's …
    ("国家新能源汽车技术创新中心已累计实施项目241项。", SUPPORTED, UNSUPPORTED),
    # … and its contradiction is none either
    ("国家新能源汽车技术创新中心已累计实施项目300项。", CONTRADICTED, UNSUPPORTED),
])
def test_the_name_a_statement_opens_with(kb: KnowledgeBase, setting: Setting, text: str,
                                         verdict: str, expected: str) -> None:
    read, judged, item = supported(kb, text, "004-283-centre-projects", verdict)
    assert setting.named_first(read, item, judged).verdict == expected


def test_an_event_the_article_never_names(kb: KnowledgeBase, setting: Setting) -> None:
    text = "在2023京津冀数字经济国际合作对接会上，京津冀三地发布首批23家数字经济特色园区。"
    found = [c for c in kb if any(f.raw == "23家" for f in c.figures)]
    assert found
    read = read_sentence(text)
    item = read.figures[-1]
    judged = FigureVerdict(item.figure, SUPPORTED, found[0], found[0].figures[0])
    result = setting.set_at(read.text, item, judged)
    assert result.verdict == UNSUPPORTED and "not at 京津冀数字经济国际合作对接会" in result.reason


def test_paragraphs_are_joined_over_their_line_breaks() -> None:
    assert joined(["京津冀协同\n发展", "座谈会"]) == "京津冀协同发展座谈会"


@pytest.mark.parametrize(("text", "expected"), [
    ("2022年河北省诈骗话术保障额度100万元", UNSUPPORTED),
    ("天津郭大爷看到保额100万元的保障服务。", UNSUPPORTED),
    ("通州郭大爷看到保额100万元的保障服务。", SUPPORTED),
    ("郭大爷看到保额100万元的保障服务。", SUPPORTED),
])
def test_a_claim_about_no_place_is_its_articles(kb: KnowledgeBase, setting: Setting,
                                                text: str, expected: str) -> None:
    """郭大爷's fake 100万 cover is in an article about 通州: a statement that puts it in
    河北 or 天津 gets no support from it."""
    from jjjcli.scope import PlaceScope

    places = PlaceScope(kb.distinct("subject"))
    read, judged, item = supported(kb, text, "002-74-fraud-case-guo-cover")
    result = setting.placed_in(read, item, judged, places.keys)
    assert result.verdict == expected
    if expected == UNSUPPORTED:
        assert "and not in" in result.reason


@pytest.mark.parametrize(("text", "expected", "reason"), [
    # the publisher of a report, a building, a venue the claim's source nowhere prints
    ("中国社会科学院发布的蓝皮书显示，北京高质量发展指数由0.612上升为0.960。", UNSUPPORTED,
     "does not name 社会科学院"),
    ("北京大学首都发展研究院等联合发布的蓝皮书显示，北京高质量发展指数由0.612上升为0.960。",
     UNSUPPORTED, "does not name 发展研究院"),
    # the source prints it, in another article (its front page) than the figure's
    ("北京市科学技术研究院等发布的蓝皮书显示，北京高质量发展指数由0.612上升为0.960。",
     SUPPORTED, ""),
    ("蓝皮书显示，北京高质量发展指数由0.612上升为0.960。", SUPPORTED, ""),
    # a kind with nothing before it names no body
    ("研究院发布的蓝皮书显示，北京高质量发展指数由0.612上升为0.960。", SUPPORTED, ""),
])
def test_a_body_the_source_never_names(kb: KnowledgeBase, setting: Setting, text: str,
                                       expected: str, reason: str) -> None:
    said, verdict, item = supported(kb, text, "001-29-beijing-hqd-index-2021")
    judged = setting.bodies_named(said, item, verdict)
    assert judged.verdict == expected
    assert reason in judged.reason
    if expected == SUPPORTED:
        assert judged is verdict


@pytest.mark.parametrize(("text", "expected"), [
    # the body whose data the source gives the figure as, named otherwise: kept
    ("北京市公安局通州分局反诈中心数据显示，此类案件占电诈案件总数的22.4%。", SUPPORTED),
    ("通州公安分局反诈中心数据显示，此类案件占电诈案件总数的22.4%。", SUPPORTED),
    ("通州反诈中心数据显示，冒充客服取消百万保障、会员诈骗类案件占电诈案件的22.4%。", SUPPORTED),
    ("此类案件占电诈案件总数的22.4%。", SUPPORTED),
    # a body the paragraph does not give it from (通州区民政局 is three paragraphs on)
    ("通州区民政局数据显示，冒充客服取消百万保障、会员诈骗类案件占电诈案件总数的22.4%。",
     UNSUPPORTED),
    ("通州区民政局老龄事业发展中心数据显示，此类案件占电诈案件总数的22.4%。", UNSUPPORTED),
])
def test_whose_data_a_figure_is(kb: KnowledgeBase, setting: Setting, text: str,
                                expected: str) -> None:
    claim_id = next(c.id for c in kb if any(f.raw == "22.4%" for f in c.figures)
                    and "电诈" in c.quote)
    said, verdict, item = supported(kb, text, claim_id)
    judged = setting.data_from(said, item, verdict)
    assert judged.verdict == expected
    if expected == UNSUPPORTED:
        assert "does not give it as" in judged.reason and "'s data" in judged.reason
