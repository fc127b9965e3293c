"""Hanyu pinyin: whether a lowercase word reads as romanised Mandarin ("jiaozi", "guanxi").

The syllables are every toneless reading pypinyin (MIT) gives the CJK Unified Ideographs
U+4E00-U+9FA5, those with a vowel (414), written here once so that no check needs pypinyin.
"""

from __future__ import annotations

from functools import lru_cache

from mtqa.patterns import lazy

SYLLABLES = frozenset("""
    a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang
    cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan
    chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia
    dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fiao
    fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai
    han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao
    jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai
    kuan kuang kui kun kuo la lai lan lang lao le lei len leng li lia lian liang liao lie lin ling
    liu lo long lou lu luan lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min
    ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong
    nou nu nuan nun nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po
    pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri
    rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she
    shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun
    suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai
    wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan
    yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai
    zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi
    zong zou zu zuan zui zun zuo
""".split())
_LONGEST = 6  # letters in the longest syllable ("zhuang", "shuang")
# A syllable English spelling rarely makes: an initial x, q or zh, or a final -ao, -iao, -ui,
# -iu, -iong, -iang, -uang. A word made of common-looking syllables only ("banana", "manila") is
# no evidence of pinyin.
_MARKED = lazy(r"^(?:zh|x|q)|(?:ao|ui|iu|iong|iang|uang)$")


@lru_cache(maxsize=4096)
def syllables(word: str) -> tuple[str, ...] | None:
    """`word` (lowercase ASCII) split into pinyin syllables, longest first, or None if it cannot be."""
    if not word:
        return ()
    for end in range(min(len(word), _LONGEST), 0, -1):
        if word[:end] in SYLLABLES:
            rest = syllables(word[end:])
            if rest is not None:
                return (word[:end], *rest)
    return None


def reads_as_pinyin(word: str) -> bool:
    """Whether `word` is two pinyin syllables or more, one of them one English rarely spells ("jiaozi", "guanxi")."""
    parts = syllables(word)
    return parts is not None and len(parts) >= 2 and any(_MARKED.search(p) for p in parts)
