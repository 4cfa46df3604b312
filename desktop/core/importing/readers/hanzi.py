"""How plausible a decoded text is as Chinese (or another script): the judge between encodings.

Bytes of one CJK encoding usually decode without error in another, into nonsense made of real
characters. Real text, though, is mostly made of frequent characters. The sets come from the
codecs themselves (GB 2312 level 1 and Big5 level 1 are the "common characters" of each standard,
Korean KS X 1001 the common Hangul) plus a frequency list, so no data file is needed.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import cache

# The 1000 most frequent Chinese characters (simplified), ranked by the summed word frequencies
# of jieba's dictionary. They make up about 90 % of the characters of a modern Chinese text.
FREQUENT_HANZI = (
    "一是人了不在有大中国和为这上他个地年来我会以到时要出的生学说道民家子也成行下们于后就发自之对得主长可"
    "过天作分方用多你着部能市等业全里工公经本都而高政法面门动日进区事代那去心小同北定开产前其军还然起种所"
    "如现理机体表力好外与文当两实重新三么只山水关明从化平建又制南内西没此将员名手最东头者月间无安看见各城"
    "十相但已些正口通想度加第她合院物性战由位常点海意场武使次二向治因立数样身情入原问把路被并利石老教万知"
    "级量任江及应省资委务元美特期世湖回系比气汉总展电科金先声提品设或义王社很统处四首共马形己儿司太目基领"
    "队直计别女权话少流命至报米给打变果书清活几州华解议更称程今决张导术府才保交放管结师便走达族反再题色五"
    "京河接条规式县白它改风光运信受什组听布百济党指论强做取技黄神选记斯真却职号界件花类何眼兵传带空干农边"
    "据集联古广完质阳难增历史专官每住商即步认车台林必死游举线言皇土团收考求德叫近备研争非具李众连调感转笑"
    "革该持始英克士尔让拉思根格造较际亲单朝红型价校约器字段周亚深候则功属积快图火千准究往极育装许参半令吃"
    "观鱼精办像帝八复影告远群包整构料随划算象容示投势热值夫网望源息语股铁断派速怎需片爱律纪支早况病境证编"
    "越局推满且列觉服双未居除乐企引标确织初青志率项飞球节察龙响药站施均消客失轻存低甚般击曾防请离落显罗营"
    "足素视护副食创余照兴占巴虽洲村费易试星木黑左宝置跟央识维采六底宫房音环案批切斗富乡另倒若按查故突责严"
    "桥模仅胜杀围席态破承招杨负层须父供续状域似依银范修找九致密终血旅钱赛独细效玉冲获习医演毛尽脸弹楼艺航"
    "陆右协七攻镇检写苏宗章注阿抗弟坐验封紧劳户优财养适陈喜卫排射哥油刻留急降念云微伤例景拿绝阶座刘刚害印"
    "亿沙母酒助闻超审待压升送监策略限竟香配藏敌呢差仍兰温园树征善波哪词岛止预怕继皮执味份角草男普答益谁船"
    "惊核街夏宣掌田久著画辑奇尼剑吧谈背免孩礼材愿洋春架筑括晚乱乎讲尚良友临激刀夜室既敢邦挥昌板胡欧福港叶"
    "简苦担句岁荆贵娘守辖威宜衣帮块堂额错剧充欢够孙班呼阵销坚练脚退读测吴希宁换版异某顾曲楚典朱毒菜判救宋"
    "茶洪含顺啊鲜败货矿端兄归冷忙买险康评肉吗厂永哈沉散遗停笔假输牛洞松渐顶训录否述毕督控丰献姑忽爷互亮纳"
    "襄登咱钟伯臣雄季脑介鄂召饭暗扩祖齐短烈赶牌恩诉移诗础露届蒙静喝盘卖植授伊湾博痛减穿逐秘庭陵固禁票灵杂"
    "姓泽吸侧庆妈遇追甲馆补唐炮沿殿刺怪彩俄旧警索岸轮妇载靠附毫怀软骨探雷旁罪枪牙迎序慢盛雨墙恶谷顿危稳熟"
)

# About a hundred of the most frequent Hangul syllables, so that real Korean outranks both the
# Hangul nonsense of Chinese bytes read as Korean and Korean bytes read as Chinese.
FREQUENT_HANGUL = (
    "이다의는에하고가을기지리사자대한로어서수도정를나시인아일해으전주부게제적국상보스"
    "니구있들소라면마여성동장원우문관조요신연경화만생위공비학미계것방중과거무내유모실"
    "진개세오물회선발민안식저분했되행야드트까명치점당말간단결"
)

_FREQUENT = 1.0
_HANGUL = 0.75  # the other 2250 syllables of KS X 1001, below Chinese common characters
_COMMON = 0.8  # GB 2312 level 1 or Big5 level 1: common simplified or traditional characters
_LESS_COMMON = 0.5  # GB 2312 level 2
_RARE_HAN = (
    0.25  # other unified ideographs: real but rarely used; nonsense decodes are full of them
)
_LETTER = 0.7  # Latin, Greek, Cyrillic letters beyond ASCII
_SYMBOL = 0.3  # symbols and small forms that nonsense decodes also produce
_JUNK = 0.0  # private use, unassigned, controls, U+FFFD
_JUDGED_LENGTH = 16 * 1024  # characters: more would not change the verdict, only the time


@cache
def _codec_block(encoding: str, leads: range, trails: range) -> frozenset[str]:
    """Every character a two-byte codec maps the lead × trail block to."""
    chars = set()
    for lead in leads:
        for trail in trails:
            try:
                chars.add(bytes((lead, trail)).decode(encoding))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


@cache
def _weights() -> dict[str, float]:
    """The weight of each character the sets know; others are weighed by Unicode category."""
    weights: dict[str, float] = {}
    for char in _codec_block("gb2312", range(0xD8, 0xF8), range(0xA1, 0xFF)):
        weights[char] = _LESS_COMMON
    common = _codec_block("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))
    common |= _codec_block("big5", range(0xA4, 0xC7), range(0x40, 0xFF))
    for char in common:
        weights[char] = _COMMON
    for char in _codec_block("euc_kr", range(0xB0, 0xC9), range(0xA1, 0xFF)):
        weights[char] = _HANGUL
    for char in FREQUENT_HANZI + FREQUENT_HANGUL:
        weights[char] = _FREQUENT
    return weights


def _weight(char: str) -> float | None:
    """How typical ``char`` is of real text; ``None`` for characters that say nothing."""
    known = _weights().get(char)
    if known is not None:
        return known
    if char < "\x20" and char not in "\t\n\r\x0b\x0c":
        return _JUNK  # control characters: binary data read as UTF-16 is full of them
    if char < "\x80" or char in "\u00a0\u3000\ufeff":
        return None  # ASCII and spaces are the same in every candidate that decoded them
    return _weight_by_category(char)


def _weight_by_category(char: str) -> float | None:
    if "\u3000" <= char <= "\u303f" or "\uff01" <= char <= "\uff5e":
        return None  # CJK punctuation and full-width ASCII: ordinary in Chinese text
    if "\u3040" <= char <= "\u30ff":
        return _FREQUENT  # kana: Japanese text
    category = unicodedata.category(char)
    if category[0] == "L":
        if "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf":
            return _RARE_HAN
        if "\uac00" <= char <= "\ud7a3" or "\u3100" <= char <= "\u312f":
            return _SYMBOL  # rare Hangul syllables, Bopomofo: typical of nonsense decodes
        return _RARE_HAN if ord(char) > 0xFFFF else _LETTER
    if category in {"Co", "Cn", "Cs", "Cc"} or char == "\ufffd":
        return _JUNK
    if category[0] == "P" and char <= "\u206f":
        return None  # general punctuation: quotes, dashes, ellipsis
    return _SYMBOL


def plausibility(text: str) -> float:
    """Between 0 (nonsense) and 1 (ordinary text): the mean weight of the telling characters."""
    total = 0.0
    counted = 0
    # Weigh each distinct character once: a text repeats a few thousand characters at most.
    for char, count in Counter(text[:_JUDGED_LENGTH]).items():
        weight = _weight(char)
        if weight is not None:
            total += weight * count
            counted += count
    return total / counted if counted else 1.0
