"""Hypothesis strategies for speech-like files: the lines the importer's rules look at, mixed.

Titles, subtitles, names, role lines, dates in every form, salutations, every numbering style
(glued to their body or not), questions, notes blocks, a paper's source line, breadcrumbs,
document-site chrome, page counters, runs of full-width spaces, long lines, astral and control
characters, joined by LF, CRLF or CR, with or without a BOM.
"""

from __future__ import annotations

import html

from hypothesis import strategies as st

_WORDS = st.sampled_from(
    [
        "要加强领导",
        "推进改革发展",
        "充分肯定成绩",
        "明确重点任务",
        "抓好项目建设",
        "优化营商环境",
        "全面从严治党",
        "坚持以人民为中心",
        "经济平稳增长",
        "民生持续改善",
        "效能革命",
        "两集中、两到位",
        "总则",
        "编制目的",
        "适用范围",
        "组织体系",
        "我们",
        "今年以来",
        "砥砺奋进 再创辉煌",
        "12.5%",
        "1.5亿元",
        "Latin words",
        "𠮷",
        "𠮷𠮷工作",
    ]
)
_SENTENCE_END = st.sampled_from(["。", "！", "？", "；", "，", "：", "", "…", "。”", "."])
_NUMERAL = st.sampled_from(["一", "二", "三", "四", "十", "十一"])
_DIGIT = st.sampled_from(["1", "2", "3", "10", "１", "２"])
_SPACE = st.sampled_from(
    ["", " ", "  ", "\u3000", "\u3000\u3000", "\u3000\u3000\u3000\u3000", "\t"]
)


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(_WORDS, min_size=1, max_size=4))
    return "，".join(words) + draw(_SENTENCE_END)


_BODY = st.lists(_sentence(), min_size=1, max_size=4).map("".join)
_MARKER = st.one_of(
    _NUMERAL.map(lambda n: f"{n}、"),
    _NUMERAL.map(lambda n: f"（{n}）"),
    _NUMERAL.map(lambda n: f"({n})"),
    _DIGIT.map(lambda n: f"{n}."),
    _DIGIT.map(lambda n: f"{n}、"),
    _DIGIT.map(lambda n: f"{n}．"),
    _DIGIT.map(lambda n: f"（{n}）"),
    _NUMERAL.map(lambda n: f"{n}是"),
    _NUMERAL.map(lambda n: f"{n}要"),
    _NUMERAL.map(lambda n: f"第{n}，"),
    _NUMERAL.map(lambda n: f"第{n}章"),
    _NUMERAL.map(lambda n: f"第{n}条"),
    _DIGIT.map(lambda n: f"{n} "),
    st.sampled_from(["1.1 ", "1.2 ", "2.1 ", "1.1.1 ", "1.1.2 ", "1.1.1.1 ", "①", "②", "⑴"]),
    _NUMERAL,
    st.sampled_from(["首先，", "其次，", "最后，", "篇1", "篇2", "【第1篇】"]),
)


@st.composite
def _heading(draw: st.DrawFn) -> str:
    marker = draw(_MARKER)
    words = draw(_WORDS)
    glue = draw(st.sampled_from(["", "。", "\u3000\u3000", "   ", "：", None]))
    if glue is None:
        return marker + words
    return marker + words + glue + draw(_BODY)


_DATE = st.one_of(
    st.sampled_from(
        [
            "（2023年5月6日）",
            "(2016年4月15日)",
            "2023年5月6日",
            "2023-05-06",
            "2023.5.6",
            "2023/5/6",
            "二〇二三年五月六日",
            "二○一六年四月十五日",
            "（2023年5月）",
            "2024年11月22日 星期五",
            "发布时间：2023-05-06 10:20",
            "2023年13月45日",
            "（2023年5月6日，根据录音整理）",
        ]
    ),
    st.builds(
        "{}年{}月{}日".format,
        st.integers(1900, 2100),
        st.integers(0, 13),
        st.integers(0, 32),
    ),
)
_NAME = st.sampled_from(["王小明", "李  强", "张\u3000三", "欧阳小明", "江泽民", "李 强"])
_ROLE = st.sampled_from(["市委书记", "市委常委、副市长", "县长", "主任", "党组书记、局长"])
_TITLE = st.one_of(
    _WORDS.map(lambda w: f"在全市{w}会议上的讲话"),
    _WORDS.map(lambda w: f"关于{w}的报告"),
    _WORDS.map(lambda w: f"{w}（精选3篇）"),
    _WORDS.map(lambda w: f"   {w}   "),
    _WORDS,
)
_SUBTITLE = _WORDS.map(lambda w: f"——在{w}会议上的讲话")
_ROLE_LINE = st.one_of(
    st.builds("{} {}".format, _ROLE, _NAME),
    st.builds("{}{}".format, _ROLE, _NAME),
    st.builds("{}\u3000{}".format, _NAME, _ROLE),
    _NAME.map(lambda n: f"本报记者 {n}"),
)
_SALUTATION = st.sampled_from(
    ["同志们：", "各位代表：", "同志们、朋友们：", "各位代表！", "尊敬的各位领导：", "记者朋友们："]
)
_QUESTION = st.one_of(
    _WORDS.map(lambda w: f"问：{w}？"),
    _WORDS.map(lambda w: f"记者：{w}？"),
    _WORDS.map(lambda w: f"▲新华社记者：{w}？"),
    _WORDS.map(lambda w: f"【问】{w}"),
    _BODY.map(lambda b: f"答：{b}"),
)
_NOTE = st.one_of(
    st.sampled_from(["注释：", "注：", "参考文献", "注释"]),
    st.builds("{}{}".format, st.sampled_from(["①", "②", "[1]", "[2]", "［1］"]), _BODY),
    _BODY.map(lambda b: f"{b}①"),
    _BODY.map(lambda b: f"{b}[1]"),
)
_CHROME = st.sampled_from(
    [
        "《人民日报》（2016年01月01日 第04版）",
        "《光明日报》（2023年5月6日 第1版）",
        "人民日报 2016年01月01日 星期五",
        "首页 > 新闻中心 > 时政",
        "当前位置：首页>>要闻>>正文",
        "新闻源 财富源",
        "About Sing Tao",
        "首页 | 新闻 | 评论 | 图片",
        "文档编号：12345",
        "上传时间：2023-05-06",
        "由会员分享，可在线阅读",
        "百度文库",
        "第1页共9页",
        "第1页/共5页",
        "- 3 -",
        "1/5",
        "(下转第2页)",
        "(本文权属某网所有,更多文章请登陆查看)",
        "nlc202309090206",
        "上一篇：某某",
        "下一篇：某某",
        "责任编辑：王小明",
        "来源：新华网",
        "關鍵詞：改革",
        "目录",
        "附件：",
        "附件1",
        "某政办发〔2017〕46号",
    ]
)
_ODD = st.one_of(
    st.sampled_from(["", " ", "\u3000\u3000\u3000", "\x00", "\x1a", "\u200b", "\ufeff", "\x0c"]),
    st.text(max_size=8),
    _BODY.map(lambda b: b * 40),
)


_KINDS = [_TITLE, _SUBTITLE, _NAME, _ROLE_LINE, _DATE, _SALUTATION, _heading(), _heading()]
_KINDS += [_BODY, _BODY, _QUESTION, _NOTE, _CHROME, _ODD]
_MARKUP = st.sampled_from(["# ", "## ", "**", "- ", "> ", "| ", "<p>", "<br>", "&nbsp;", "", ""])


@st.composite
def _jumble(draw: st.DrawFn) -> str:
    """Pieces of several kinds run together on one line, as a bad copy leaves them."""
    pieces = draw(st.lists(st.one_of(*_KINDS, _MARKER, _SPACE, _MARKUP), min_size=2, max_size=6))
    return "".join(pieces)


@st.composite
def _line(draw: st.DrawFn) -> str:
    text = draw(st.one_of(*_KINDS, _jumble()))
    return draw(_SPACE) + text + draw(st.sampled_from(["", "", " ", "\u3000"]))


_CN = "一二三四五六七八九十"
_STYLES = [
    lambda n: f"{_CN[n - 1]}、",
    lambda n: f"（{_CN[n - 1]}）",
    lambda n: f"{n}.",
    lambda n: f"{n}、",
    lambda n: f"（{n}）",
    lambda n: f"{_CN[n - 1]}是",
    lambda n: f"第{_CN[n - 1]}，",
    lambda n: f"第{_CN[n - 1]}章 ",
    lambda n: f"{'①②③④⑤⑥⑦⑧⑨⑩'[n - 1]}",
    lambda n: f"{n} ",
]


@st.composite
def _counted(draw: st.DrawFn, depth: int, prefix: str = "") -> list[str]:
    """A run of headings counting from one (now and then skipping or repeating a number),
    each over body lines and maybe a deeper run; decimal numbers (1.2.1) when ``prefix``."""
    style = draw(st.sampled_from(_STYLES))
    decimal = draw(st.integers(0, 4)) == 0 if not prefix else True
    lines: list[str] = []
    number = 0
    for _ in range(draw(st.integers(1, 4))):
        number = min(10, max(1, number + draw(st.sampled_from([1, 1, 1, 1, 0, 2]))))
        marker = f"{prefix}{number} " if decimal else style(number)
        glue = draw(st.sampled_from(["", "", "。", "\u3000\u3000", "："]))
        lines.append(marker + draw(_WORDS) + (glue + draw(_BODY) if glue else ""))
        lines += draw(st.lists(st.one_of(_BODY, _line()), max_size=2))
        if depth < 3 and draw(st.booleans()):
            deeper = f"{prefix}{number}." if decimal else ""
            lines += draw(_counted(depth + 1, deeper))
    return lines


@st.composite
def speech_lines(draw: st.DrawFn) -> list[str]:
    """The lines of one or more speech-like texts, the head's lines mostly in their order."""
    head = [
        draw(st.one_of(st.just([]), st.lists(_CHROME, max_size=2))),
        [draw(_TITLE)],
        draw(st.lists(_SUBTITLE, max_size=1)),
        draw(st.lists(st.one_of(_NAME, _ROLE_LINE, _DATE), max_size=2)),
        draw(st.lists(_SALUTATION, max_size=1)),
    ]
    lines = [line for part in head for line in part]
    lines += draw(st.lists(_line(), max_size=6))
    lines += draw(_counted(1))
    lines += draw(st.lists(_line(), max_size=6))
    if draw(st.booleans()):
        lines = draw(st.permutations(lines))
    return lines


_SEPARATORS = [
    lambda n, title: f"{title} 篇{n}",
    lambda n, title: f"【第{n}篇】{title}",
    lambda n, title: f"{_CN[n - 1]}、{title}",
    lambda n, title: title,  # the same speech title said again over each
]


@st.composite
def _compilation(draw: st.DrawFn) -> list[str]:
    """Speeches one after another, each under a separator line counting from one (now and
    then one missing), after a line announcing how many there are."""
    separator = draw(st.sampled_from(_SEPARATORS))
    title = draw(_TITLE).strip()
    count = draw(st.integers(2, 4))
    lines = draw(st.lists(st.sampled_from([f"讲话汇编（精选{count}篇）", "目录"]), max_size=1))
    for number in range(1, count + 1):
        if draw(st.integers(0, 5)):
            lines.append(separator(number, title))
        lines += draw(speech_lines())[draw(st.integers(0, 2)) :]
    return lines


@st.composite
def speech_bytes(draw: st.DrawFn) -> tuple[bytes, str]:
    """A file's content and name: speech-like lines as txt, md or html, in UTF-8, GB18030 or
    UTF-16."""
    lines = draw(st.one_of(speech_lines(), _compilation()))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    gaps = st.sampled_from([newline, newline, newline * 2, newline + "\u3000" + newline])
    if draw(st.integers(0, 9)) == 0:  # a whole speech on one line, paragraphs by indents only
        gaps = st.sampled_from(["", "\u3000\u3000", "  ", "   "])
    text = "".join(line + draw(gaps) for line in lines)
    name = draw(st.sampled_from(["speech.txt", "speech.txt", "speech.md", "speech.html"]))
    if name.endswith(".html"):
        text = _html(draw, lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
    return text.encode(encoding), name


def _html(draw: st.DrawFn, lines: list[str]) -> str:
    """``lines`` as a saved web page: paragraphs, line breaks, a heading, entities."""
    tags = st.sampled_from(["<p>{}</p>", "{}<br>", "<div>{}</div>", "<h2>{}</h2>", "<li>{}</li>"])
    body = "\n".join(draw(tags).format(html.escape(line)) for line in lines)
    return f"<html><head><title>{html.escape(lines[0])}</title></head><body>{body}</body></html>"
