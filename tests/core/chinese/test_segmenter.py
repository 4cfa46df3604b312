"""The jieba wrapper: lazy, thread-safe, quiet, with the app's and the user's dictionaries."""

from __future__ import annotations

import logging
import tempfile
import threading
from pathlib import Path

import pytest

from desktop.core.chinese.dictionary import (
    USER_DICTIONARY_HEADER,
    app_dictionaries,
    read_dictionary,
)
from desktop.core.chinese.prefix_cache import CACHE_NAME
from desktop.core.chinese.segmenter import Segmenter, Token, import_jieba
from desktop.resources import resource_path


def test_nothing_loads_unless_asked(tmp_path: Path) -> None:
    lazy = Segmenter(tmp_path / "cache", app_dictionaries())
    assert not lazy.ready
    assert lazy.tokens("效能革命") is None
    assert lazy.cut("效能革命") is None
    assert not lazy.ready
    assert not (tmp_path / "cache").exists()


def test_initialize_from_threads_loads_once_quietly_with_its_cache_in_place(
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cache = tmp_path / "cache"
    shared = Segmenter(cache, app_dictionaries())
    built = []
    build = shared._build

    def counting_build() -> object:
        built.append(threading.get_ident())
        return build()

    monkeypatch.setattr(shared, "_build", counting_build)
    with caplog.at_level(logging.DEBUG, logger="jieba"):
        threads = [threading.Thread(target=shared.initialize) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        import_jieba().default_logger.debug("a record of jieba's")
    assert shared.ready
    assert len(built) == 1
    assert (cache / CACHE_NAME).is_file()
    assert capfd.readouterr().err == ""  # jieba's own stderr handler is gone...
    assert any(record.name == "jieba" for record in caplog.records)  # ...its records are not


def test_wait_loads_on_first_use(tmp_path: Path) -> None:
    lazy = Segmenter(tmp_path, [])
    assert lazy.cut("我们要推进政务公开", wait=True) is not None
    assert lazy.ready


def test_tokens_cover_the_text_with_offsets(segmenter: Segmenter) -> None:
    text = "今天，我们召开“效能革命”工作会。"
    tokens = segmenter.tokens(text)
    assert tokens is not None
    assert "".join(token.word for token in tokens) == text
    assert all(text[token.start : token.end] == token.word for token in tokens)
    assert Token("效能革命", 8, 12) in tokens


def test_the_app_dictionary_keeps_its_terms_whole(
    segmenter: Segmenter, plain_segmenter: Segmenter
) -> None:
    entries, problems = read_dictionary(app_dictionaries()[0])
    assert not problems
    assert len(entries) >= 150
    for entry in entries:
        # Each term is there because plain jieba splits it, and the dictionary mends that.
        assert plain_segmenter.cut(entry.word) != [entry.word], entry.word
        assert segmenter.cut(entry.word) == [entry.word], entry.word
    assert "效能革命" in segmenter.cut("在全市效能革命工作会上的讲话")  # type: ignore[operator]


def test_the_app_retags_only_formulations_jieba_holds_and_keeps_its_cuts(
    segmenter: Segmenter, plain_segmenter: Segmenter
) -> None:
    entries, problems = read_dictionary(resource_path("dict", "formulations.txt"))
    assert not problems
    assert entries
    for entry in entries:
        assert (entry.freq, entry.tag) == (None, "j"), entry.word
        assert plain_segmenter.jieba_word_tag(entry.word) not in (None, "j"), entry.word
        assert segmenter.word_tag(entry.word) == "j", entry.word
        sentence = f"坚持{entry.word}的方针"
        assert segmenter.cut(sentence) == plain_segmenter.cut(sentence), entry.word


def test_the_users_dictionary_is_created_loaded_and_reloaded(
    tmp_path: Path, jieba_cache: Path
) -> None:
    own = tmp_path / "config" / "userdict.txt"
    users = Segmenter.for_app(jieba_cache, own)
    assert own.read_text(encoding="utf-8") == USER_DICTIONARY_HEADER
    users.initialize()
    assert users.cut("抓好双报到工作") != ["抓好", "双报到", "工作"]
    with own.open("a", encoding="utf-8") as handle:
        handle.write("双报到 1000 nz\n效能 革命 x\n")
    users.reload()
    assert users.cut("抓好双报到工作") == ["抓好", "双报到", "工作"]
    [problem] = users.problems
    assert (problem.path, problem.line, problem.text) == (own, 8, "效能 革命 x")


def test_a_dictionary_saved_as_gb18030_reads(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("双报到 1000 nz\n".encode("gb18030"))
    entries, problems = read_dictionary(path)
    assert [(entry.word, entry.freq, entry.tag) for entry in entries] == [("双报到", 1000, "nz")]
    assert problems == []


def test_an_unusable_cache_folder_is_not_fatal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where jieba would fall back to
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    segmenter = Segmenter(blocker / "cache", [])
    segmenter.initialize()
    assert segmenter.cut("效能", wait=False) is not None
    assert not list(tmp_path.glob("*.cache")), "nothing cached in the shared temporary folder"


def test_words_of_the_sample_are_those_of_jiebas_own_start_up(
    tmp_path: Path, segmenter: Segmenter, sample_speeches: dict[str, str]
) -> None:
    jieba = import_jieba()
    own = jieba.Tokenizer()
    own.tmp_dir = str(tmp_path)  # jieba's own cache, built by its own initialize()
    own.initialize()
    for path in app_dictionaries():
        entries, _problems = read_dictionary(path)
        for entry in entries:
            own.add_word(entry.word, entry.freq, entry.tag)
    for title, text in sample_speeches.items():
        tokens = segmenter.tokens(text)
        assert tokens is not None
        assert [(token.word, token.start, token.end) for token in tokens] == list(
            own.tokenize(text)
        ), title


def test_word_tags_come_from_jiebas_and_the_apps_dictionaries(segmenter: Segmenter) -> None:
    assert segmenter.word_tag("特别") == "d"
    assert segmenter.word_tag("意识") == "n"
    assert segmenter.word_tag("效能革命") == "nz"  # resources/dict/politics.txt
    assert segmenter.word_tag("效能革命了吗") is None


def test_jiebas_own_tags_leave_out_the_words_our_dictionaries_add(segmenter: Segmenter) -> None:
    assert segmenter.jieba_word_tag("一生一世") == "l"
    assert segmenter.jieba_word_tag("效能革命") is None  # only in resources/dict/politics.txt
    assert segmenter.own_word_tag("效能革命") == "nz"
    assert segmenter.own_word_tag("一生一世") is None
    # Ours win where both list a word: politics.txt tags the old word 一国两制 a formulation.
    assert segmenter.jieba_word_tag("一国两制") == "l"
    assert segmenter.own_word_tag("一国两制") == segmenter.word_tag("一国两制") == "j"


def test_a_users_word_is_not_taken_for_jiebas(tmp_path: Path, jieba_cache: Path) -> None:
    own = tmp_path / "userdict.txt"
    own.write_text("三优两区 2000 nz\n", encoding="utf-8")
    segmenter = Segmenter(jieba_cache, [own])
    assert segmenter.jieba_word_tag("三优两区") is None  # not ready, not loaded
    assert segmenter.jieba_word_tag("三优两区", wait=True) is None
    assert segmenter.own_word_tag("三优两区") == segmenter.word_tag("三优两区") == "nz"
    assert segmenter.is_word("三优两区")


def test_word_tags_wait_for_jieba_only_if_asked(tmp_path: Path) -> None:
    segmenter = Segmenter(tmp_path, [])
    assert segmenter.word_tag("特别") is None
    assert segmenter.word_tag("特别", wait=True) == "d"


def test_words_are_those_the_dictionaries_list_not_their_prefixes(segmenter: Segmenter) -> None:
    assert segmenter.is_word("清楚")
    assert segmenter.is_word("效能革命")  # resources/dict/politics.txt
    assert not segmenter.is_word("效能革")  # jieba keeps it at frequency 0, as a prefix
    assert not segmenter.is_word("带学")


def test_is_word_waits_for_jieba_only_if_asked(tmp_path: Path) -> None:
    segmenter = Segmenter(tmp_path, [])
    assert segmenter.is_word("清楚") is None
    assert segmenter.is_word("清楚", wait=True)


def test_the_standing_formulations_of_the_work_reports_are_kept_whole(
    segmenter: Segmenter,
) -> None:
    # Plain jieba cut each of these (以|经济|建设|为|中心, 新|常态, 西部|大|开发): their
    # counts were lost to their parts, and the trend of a 提法 could not be read.
    text = (
        "坚持以经济建设为中心，建立社会主义市场经济体制和现代企业制度，实施积极的财政政策"
        "和稳健的货币政策，推进西部大开发，全面建设小康社会，适应经济发展新常态，坚持"
        "稳增长，抓好去产能、去库存、去杠杆、降成本、补短板，实现中国梦。"
    )
    cut = set(segmenter.cut(text) or ())
    terms = {
        *("以经济建设为中心", "社会主义市场经济", "现代企业制度", "积极的财政政策"),
        *("稳健的货币政策", "西部大开发", "全面建设小康社会", "新常态", "稳增长"),
        *("去产能", "去库存", "去杠杆", "降成本", "补短板", "中国梦"),
    }
    assert terms <= cut


def test_a_short_formulation_takes_no_character_from_the_words_beside_it(
    segmenter: Segmenter,
) -> None:
    # 稳增长 at the file's usual frequency cut 平|稳增长 in 平稳增长, 补短板 弥|补短板: a
    # three-character term is weighed just above what keeps it whole.
    assert segmenter.cut("保持经济平稳增长") == ["保持", "经济", "平稳", "增长"]
    assert segmenter.cut("弥补短板") == ["弥补", "短板"]
    assert segmenter.cut("过去产能过剩") == ["过去", "产能", "过剩"]
    assert segmenter.cut("更新时代") == ["更新", "时代"]
