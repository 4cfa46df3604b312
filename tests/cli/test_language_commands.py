"""``keywords``, ``terms`` and ``concordance`` on the command line: output shapes and files."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from desktop.cli import language_commands
from desktop.core.chinese.terms import IdfSource, KeywordEntry, TermsReport
from desktop.core.storage.library import open_library
from tests.cli.run_cli import run_cli

QUOTED_SPEECH = 4  # 篇4 quotes “效能革命” throughout


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-language") / "library.sqlite"
    open_library(path, daily_backup=False).close()
    return path


@pytest.fixture
def library(tmp_path: Path, template: Path) -> str:
    """A copy of a library holding the sample collection, as a --library argument."""
    path = tmp_path / "library.sqlite"
    path.write_bytes(template.read_bytes())
    return str(path)


def _speech_text(library: str, speech_id: int) -> str:
    with open_library(library, create=False, daily_backup=False) as opened:
        return opened.store.speech_text(speech_id)


def test_keywords_json(capsys: pytest.CaptureFixture[str], library: str) -> None:
    argv = ["keywords", "--speech", str(QUOTED_SPEECH), "--json", "--top", "5"]
    status, out, err = run_cli(capsys, *argv, "--library", library)
    assert (status, err) == (0, "")
    report = json.loads(out)
    assert set(report) == {"speech", "idf", "keywords"}
    assert report["speech"] == QUOTED_SPEECH
    assert report["idf"] == "jieba"  # seven speeches are too few for the library's own
    assert len(report["keywords"]) == 5
    first = report["keywords"][0]
    assert set(first) == {"word", "score", "count", "sources"}
    assert first["word"] == "效能革命"
    scores = [keyword["score"] for keyword in report["keywords"]]
    assert scores == sorted(scores, reverse=True)
    with open_library(library, create=False, daily_backup=False) as opened:
        assert opened.db.value("SELECT count(*) FROM speech_words") == 7  # counted and kept


def test_keywords_of_a_collection_as_text(capsys: pytest.CaptureFixture[str], library: str) -> None:
    status, out, err = run_cli(capsys, "keywords", "--collection", "1", "--library", library)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 30
    word, count, score = lines[0].split("\t")
    assert word
    assert int(count) > 0
    assert float(score) > 0


def test_terms_json(capsys: pytest.CaptureFixture[str], library: str) -> None:
    argv = ["terms", "--speech", str(QUOTED_SPEECH), "--json"]
    status, out, err = run_cli(capsys, *argv, "--library", library)
    assert (status, err) == (0, "")
    report = json.loads(out)
    assert set(report) == {"speech", "terms"}
    terms = {term["text"]: term for term in report["terms"]}
    term = terms["效能革命"]
    assert set(term) == {"text", "kind", "count", "quoted", "occurrences"}
    assert term["kind"] == "quoted"
    assert term["count"] == len(term["occurrences"]) >= term["quoted"] > 0
    text = _speech_text(library, QUOTED_SPEECH)
    assert all(text[start:end] == "效能革命" for start, end in term["occurrences"])
    assert terms["三个代表"]["kind"] == "numbered"


def test_terms_of_a_collection_name_their_speeches(
    capsys: pytest.CaptureFixture[str], library: str
) -> None:
    status, out, _ = run_cli(capsys, "terms", "--collection", "1", "--json", "--library", library)
    assert status == 0
    report = json.loads(out)
    assert report["collection"] == 1
    term = next(term for term in report["terms"] if term["text"] == "效能革命")
    assert term["sources"] > 1
    speech, start, end = term["occurrences"][0]
    assert _speech_text(library, speech)[start:end] == "效能革命"


def test_a_speech_and_a_collection_together_are_refused(
    capsys: pytest.CaptureFixture[str], library: str
) -> None:
    status, _, err = run_cli(
        capsys, "terms", "--speech", "1", "--collection", "1", "--library", library
    )
    assert status == 2
    assert "not allowed" in err


@pytest.mark.parametrize("command", ["keywords", "terms"])
@pytest.mark.parametrize(
    ("scope", "words"), [("--speech", "speech"), ("--collection", "collection")]
)
def test_an_unknown_speech_or_collection_is_one_line_on_stderr(
    capsys: pytest.CaptureFixture[str], library: str, command: str, scope: str, words: str
) -> None:
    status, out, err = run_cli(capsys, command, scope, "99", "--library", library)
    assert (status, out) == (2, "")
    assert f"no {words} with id 99" in err
    assert len(err.strip().splitlines()) == 1


def test_concordance_sorted_and_written_as_csv(
    capsys: pytest.CaptureFixture[str], library: str, tmp_path: Path
) -> None:
    status, out, _ = run_cli(
        capsys, "concordance", "效能革命", "--sort", "right", "--width", "6", "--library", library
    )
    assert status == 0
    *lines, summary = out.splitlines()
    assert summary == f"{len(lines)} occurrences"
    rights = [line.split(" | ")[2] for line in lines]
    assert rights == sorted(rights)
    target = tmp_path / "c.csv"
    argv = ["concordance", "效能革命", "--sort", "left", "--csv", str(target)]
    status, out, _ = run_cli(capsys, *argv, "--library", library)
    assert status == 0
    assert out.strip() == f"{len(lines)} lines written to {target}"
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == len(lines)
    lefts = [row["left"] for row in rows]
    assert lefts == sorted(lefts, key=lambda left: left[::-1])
    with open_library(library, create=False, daily_backup=False) as opened:
        names = {f"{record.title} (No. {record.index})" for record in opened.store.speeches(1)}
    # Named as the window's concordance names them, title first, then the number: a
    # compilation's speeches often share one title (and the lines all come from one
    # collection, so it is not named).
    assert {row["source"] for row in rows} <= names
    assert len({row["source"] for row in rows}) > 1


def test_concordance_csv_names_the_collections_when_its_lines_span_several(
    capsys: pytest.CaptureFixture[str], library: str, tmp_path: Path
) -> None:
    source = tmp_path / "另一次会议.txt"
    source.write_text("在另一次会议上的讲话\n同志们：效能革命要一抓到底。\n", encoding="utf-8")
    assert run_cli(capsys, "import", str(source), "--library", library)[0] == 0
    target = tmp_path / "c.csv"
    argv = ["concordance", "效能革命", "--csv", str(target), "--library", library]
    assert run_cli(capsys, *argv)[0] == 0
    rows = list(csv.DictReader(target.read_bytes().decode("utf-8-sig").splitlines()))
    with open_library(library, create=False, daily_backup=False) as opened:
        sample = opened.store.collection(1).title
        titles = {record.index: record.title for record in opened.store.speeches(1)}
    sources = {row["source"] for row in rows}
    assert "在另一次会议上的讲话" in sources  # a file named by its speech, once
    named = [re.fullmatch(rf"(.+) \(No\. (\d+), {re.escape(sample)}\)", s) for s in sources]
    found = [(match[1], int(match[2])) for match in named if match]
    assert found, "the sample's speeches: title first, then the number and the collection"
    assert all(titles[index] == title for title, index in found)
    assert len(found) == len(sources) - 1


def test_the_concordance_leaves_out_the_trash(
    capsys: pytest.CaptureFixture[str], library: str
) -> None:
    with open_library(library, create=False, daily_backup=False) as opened:
        opened.store.trash_collection(1)
    status, out, _ = run_cli(capsys, "concordance", "效能革命", "--library", library)
    assert (status, out.splitlines()) == (0, ["0 occurrences"])


@pytest.mark.parametrize(
    ("command", "own_words", "others"),
    [
        ("keywords", "TF-IDF", ("concordance TERM", "formulations")),
        ("terms", "formulations", ("TF-IDF", "concordance TERM")),
        ("concordance", "context", ("TF-IDF", "formulations")),
    ],
)
def test_each_command_help_describes_that_command_alone(
    capsys: pytest.CaptureFixture[str], command: str, own_words: str, others: tuple[str, ...]
) -> None:
    status, out, _err = run_cli(capsys, command, "--help")
    assert status == 0
    assert own_words in out
    assert "``" not in out  # reST markup of a docstring is no help text
    for other in others:
        assert other not in out


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("keywords", ("--speech", "--collection", "--top")),
        ("terms", ("--speech", "--collection")),
        ("concordance", ("--width", "--sort")),
    ],
)
def test_every_option_of_the_language_commands_is_explained(
    capsys: pytest.CaptureFixture[str], command: str, options: tuple[str, ...]
) -> None:
    _status, out, _err = run_cli(capsys, command, "--help")
    for option in options:
        assert _option_help(out, option), f"{option} has no help text"


def _option_help(out: str, option: str) -> str:
    """The help text argparse prints beside (or under) ``option`` in ``out``."""
    lines = out.splitlines()
    for number, line in enumerate(lines):
        if line.lstrip().startswith(option):
            beside = re.split(r"\s{2,}", line.strip(), maxsplit=1)[1:]
            if beside:
                return beside[0]
            following = lines[number + 1] if number + 1 < len(lines) else ""
            return following.strip() if not following.lstrip().startswith("-") else ""
    return ""


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # so Excel and WPS read the Chinese right
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def test_keywords_and_terms_written_as_csv(
    capsys: pytest.CaptureFixture[str], library: str, tmp_path: Path
) -> None:
    target = tmp_path / "keywords.csv"
    argv = ["keywords", "--speech", str(QUOTED_SPEECH), "--top", "5", "--csv", str(target)]
    status, out, err = run_cli(capsys, *argv, "--library", library)
    assert (status, err, out.strip()) == (0, "", f"5 rows written to {target}")
    rows = _read_csv(target)
    assert rows[0] == ["keyword", "count", "score", "texts"]
    assert rows[1][0] == "效能革命"
    assert rows[1][3] == "1"
    target = tmp_path / "terms.csv"
    argv = ["terms", "--collection", "1", "--csv", str(target)]
    status, out, err = run_cli(capsys, *argv, "--library", library)
    assert (status, err) == (0, "")
    rows = _read_csv(target)
    assert rows[0] == ["formulation", "count", "quoted", "kind", "texts"]
    assert out.strip() == f"{len(rows) - 1} rows written to {target}"
    assert "效能革命" in {row[0] for row in rows}


def test_csv_into_a_missing_folder_fails_with_one_line(
    capsys: pytest.CaptureFixture[str], library: str, tmp_path: Path
) -> None:
    target = tmp_path / "nowhere" / "terms.csv"
    argv = ["terms", "--speech", str(QUOTED_SPEECH), "--csv", str(target), "--library", library]
    status, out, err = run_cli(capsys, *argv)
    assert (status, out) == (2, "")
    assert len(err.strip().splitlines()) == 1
    assert not target.parent.exists()


def test_json_and_csv_are_one_or_the_other(
    capsys: pytest.CaptureFixture[str], library: str, tmp_path: Path
) -> None:
    argv = ["terms", "--speech", "1", "--json", "--csv", str(tmp_path / "t.csv")]
    status, _out, err = run_cli(capsys, *argv, "--library", library)
    assert status == 2
    assert "not allowed with" in err


def test_the_whole_library_sums_its_collections(
    capsys: pytest.CaptureFixture[str], library: str
) -> None:
    """The sample library is one collection: --all reads from the counts what it counts."""
    _, out, _ = run_cli(capsys, "terms", "--collection", "1", "--json", "--library", library)
    collection = {item["text"]: item for item in json.loads(out)["terms"]}
    status, out, err = run_cli(capsys, "terms", "--all", "--json", "--library", library)
    assert (status, err) == (0, "")
    whole = json.loads(out)
    assert whole["library"] is True
    assert {item["text"]: item["count"] for item in whole["terms"]} == {
        text: item["count"] for text, item in collection.items()
    }
    _, out, _ = run_cli(capsys, "keywords", "--collection", "1", "--json", "--library", library)
    counts = {item["word"]: item["count"] for item in json.loads(out)["keywords"]}
    status, out, err = run_cli(capsys, "keywords", "--all", "--json", "--library", library)
    assert (status, err) == (0, "")
    report = json.loads(out)
    assert report["idf"] == "jieba"
    found = {item["word"]: item["count"] for item in report["keywords"]}
    assert found["效能革命"] == counts["效能革命"]


def test_the_all_option_is_explained_for_each_command(capsys: pytest.CaptureFixture[str]) -> None:
    """``terms --all`` lists formulations, which have no scores to weigh: its help says so."""
    _, keywords_help, _ = run_cli(capsys, "keywords", "--help")
    _, terms_help, _ = run_cli(capsys, "terms", "--help")
    assert "weighed against general Chinese usage" in " ".join(keywords_help.split())
    terms_all = " ".join(terms_help.split("--all", 2)[2].split("--json")[0].split())
    assert "keywords" not in terms_all
    assert "formulations" in terms_all


def test_a_single_occurrence_is_said_in_the_singular(
    capsys: pytest.CaptureFixture[str], library: str, tmp_path: Path
) -> None:
    """The summary read "1 occurrences"."""
    once = tmp_path / "once.txt"
    once.write_text("一篇讲话\n\n这个提法只此一处。\n", encoding="utf-8")
    assert run_cli(capsys, "import", str(once), "--library", library)[0] == 0
    status, out, _ = run_cli(capsys, "concordance", "只此一处", "--library", library)
    assert (status, out.splitlines()[-1]) == (0, "1 occurrence")


def test_terms_list_the_standing_formulations_a_text_uses(
    capsys: pytest.CaptureFixture[str], library: str, tmp_path: Path
) -> None:
    """科学发展观, said in the sample and never quoted, is a standing formulation, with its
    places, in the JSON, the text and the CSV."""
    argv = ["terms", "--collection", "1", "--json", "--library", library]
    status, out, err = run_cli(capsys, *argv)
    assert (status, err) == (0, "")
    term = next(term for term in json.loads(out)["terms"] if term["text"] == "科学发展观")
    assert (term["kind"], term["quoted"], term["count"]) == ("standing", 0, 1)
    speech, start, end = term["occurrences"][0]
    assert _speech_text(library, speech)[start:end] == "科学发展观"
    _, out, _ = run_cli(capsys, "terms", "--collection", "1", "--library", library)
    assert "科学发展观\t1\tstanding\t0" in out.splitlines()
    target = tmp_path / "terms.csv"
    argv = ["terms", "--collection", "1", "--csv", str(target), "--library", library]
    assert run_cli(capsys, *argv)[0] == 0
    assert ["科学发展观", "1", "0", "standing", "1"] in _read_csv(target)


def _terms_of_a_report(
    capsys: pytest.CaptureFixture[str], library: str, tmp_path: Path, body: str
) -> dict[str, list[str]]:
    """``terms`` of a report imported from ``body`` (the library's second collection), by
    term: its count, kind and how often quoted."""
    source = tmp_path / "报告.txt"
    source.write_text(f"政府工作报告\n{body}\n", encoding="utf-8")
    assert run_cli(capsys, "import", str(source), "--library", library)[0] == 0
    status, out, err = run_cli(capsys, "terms", "--collection", "2", "--library", library)
    assert (status, err) == (0, "")
    return {line.split("\t")[0]: line.split("\t")[1:] for line in out.splitlines()}


def test_terms_list_formulations_whole_not_their_parts_nor_policy_nouns(
    capsys: pytest.CaptureFixture[str], library: str, tmp_path: Path
) -> None:
    """A report's 两手抓、两手都要硬 whole (not cut at jieba's 两手|都), 两集中、两到位 without its
    items beside it, 科学发展观 but not the plain nouns 政府采购, 科技创新: of a collection, and
    of the whole library from its word counts."""
    rows = _terms_of_a_report(
        capsys,
        library,
        tmp_path,
        "坚持两手抓、两手都要硬的方针。只有坚持两手抓、两手都要硬，才能前进。"
        "推进两集中、两到位，规范政府采购，加强科技创新，坚持科学发展观。",
    )
    assert rows == {
        "两手抓、两手都要硬": ["2", "numbered", "0"],
        "两集中、两到位": ["1", "numbered", "0"],
        "科学发展观": ["1", "standing", "0"],
    }
    status, out, err = run_cli(capsys, "terms", "--all", "--json", "--library", library)
    assert (status, err) == (0, "")
    listed = {term["text"] for term in json.loads(out)["terms"]}
    assert {"两手抓、两手都要硬", "两集中、两到位", "科学发展观"} <= listed
    assert not {"两手抓、两手都", "两集中", "两到位", "政府采购", "科技创新"} & listed


def test_terms_list_a_standing_formulation_written_apart_whole(
    capsys: pytest.CaptureFixture[str], library: str, tmp_path: Path
) -> None:
    """A report's 大众创业、万众创新 is one standing formulation, as the text writes it, without
    its items beside it; 两手抓，两手都要硬 (quoted with a comma, and bare) is found; in the
    text, the JSON with its places, the CSV and the whole library's list."""
    rows = _terms_of_a_report(
        capsys,
        library,
        tmp_path,
        "推动大众创业、万众创新。大众创业、万众创新蓬勃发展。"
        "真正做到“两手抓，两手都要硬”。坚持两手抓，两手都要硬的方针。"
        "他说“今年的任务很重，要抓紧落实”。",
    )
    assert rows == {
        "大众创业、万众创新": ["2", "standing", "0"],
        "两手抓，两手都要硬": ["2", "quoted", "1"],
    }
    argv = ["terms", "--collection", "2", "--json", "--library", library]
    terms = {term["text"]: term for term in json.loads(run_cli(capsys, *argv)[1])["terms"]}
    speech, start, end = terms["大众创业、万众创新"]["occurrences"][1]
    assert _speech_text(library, speech)[start:end] == "大众创业、万众创新"
    target = tmp_path / "terms.csv"
    argv = ["terms", "--collection", "2", "--csv", str(target), "--library", library]
    assert run_cli(capsys, *argv)[0] == 0
    assert ["大众创业、万众创新", "2", "0", "standing", "1"] in _read_csv(target)
    status, out, err = run_cli(capsys, "terms", "--all", "--json", "--library", library)
    assert (status, err) == (0, "")
    listed = {term["text"]: term["count"] for term in json.loads(out)["terms"]}
    assert listed["大众创业、万众创新"] == 2
    assert listed["两手抓，两手都要硬"] == 2
    assert not {"大众创业", "万众创新"} & set(listed)


def test_terms_help_names_the_written_apart_and_two_clause_formulations(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run_cli(capsys, "terms", "--help")
    joined = "".join(out.split())
    assert "大众创业、万众创新writtenwithitsitemsapartisone" in joined
    assert "“两手抓，两手都要硬”" in joined


def test_the_whole_library_s_small_scores_print_to_three_significant_figures(
    capsys: pytest.CaptureFixture[str], library: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A library of sixty years of reports scores its keywords 0.0003 or so: to four decimals
    # every line read 0.0003 or 0.0004.
    found = [KeywordEntry("方针政策", 0.00042512, 5642, ()), KeywordEntry("效益", 0.0003134, 5, ())]
    report = TermsReport(found, [], IdfSource.JIEBA)
    monkeypatch.setattr(language_commands, "_library_report", lambda *_args: report)
    status, out, err = run_cli(capsys, "keywords", "--all", "--library", library)
    assert (status, err) == (0, "")
    assert out.splitlines() == ["方针政策\t5642\t0.000425", "效益\t5\t0.000313"]
