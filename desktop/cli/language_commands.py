"""``keywords``, ``terms`` and ``concordance``: jieba's view of a speech, a collection, the library.

``keywords (--speech ID | --collection ID | --all) [--top N] [--json | --csv PATH]``: TF-IDF
keywords, the IDF taken from the library's word counts (brought up to date first: slow once on a
large library) or, while the library holds fewer than 20 speeches, from jieba's own table; the
whole library's (``--all``) are read from those counts and weighed against jieba's table.
``terms (--speech ID | --collection ID | --all) [--json | --csv PATH]``: formulations (提法),
quoted and numbered (the whole library's read from the same counts). ``--csv`` writes the
table the terms panel exports (UTF-8 with a BOM).
``concordance TERM [--collection ID] [--width N] [--sort text|left|right] [--limit N]
[--csv PATH]``: every occurrence of TERM across the library in its context.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.app_paths import cache_folder, user_dictionary_path
from desktop.cli.library_option import add_library_option, open_cli_library
from desktop.cli.numbers import positive
from desktop.cli.table_output import add_output_options, write_rows
from desktop.cli.wording import counted
from desktop.core.chinese.concordance import (
    DEFAULT_WIDTH,
    ConcordanceLine,
    SortBy,
    concordance_table,
    sort_lines,
)
from desktop.core.chinese.formulations import CollectionFormulation
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.chinese.terms import (
    DEFAULT_TOP,
    IdfSource,
    KeywordEntry,
    TermsReport,
    formulation_table,
    idf_source,
    keyword_table,
    score_decimals,
    text_formulations,
    text_keywords,
)
from desktop.core.storage.library import Library
from desktop.core.storage.library_concordance import library_concordance
from desktop.core.storage.library_store import LibraryStore
from desktop.core.storage.library_terms import library_terms
from desktop.core.storage.word_frequencies import document_frequencies, update_word_frequencies
from desktop.core.text_templates import (
    ENGLISH_SPEECH_LABEL_WORDS,
    mixes_collections,
    shown_speech_number,
)

KEYWORDS_DESCRIPTION = (
    "The keywords of a speech or a collection, by TF-IDF: tab-separated word, count and "
    "score. The weights come from the library's own word counts (brought up to date first: "
    "slow once on a large library), or from jieba's table while the library holds fewer "
    "than 20 speeches. The whole library's keywords (--all) are weighed against jieba's "
    "table: general Chinese usage."
)
TERMS_DESCRIPTION = (
    "The formulations (提法) of a speech or a collection: short terms in quotation marks "
    "(“放管服”, “两手抓，两手都要硬”), numbered terms (四个全面, 十三五) and the standing "
    "formulations it uses, of the app's list (科学发展观; 大众创业、万众创新 written with its "
    "items apart is one, as written); tab-separated text, count, kind (quoted, "
    "numbered or standing) and how many of the occurrences are in quotes."
)
KEYWORDS_ALL_HELP = (
    "every speech of the library, from its word counts (made first: slow once on a large "
    "library); keywords weighed against general Chinese usage"
)
TERMS_ALL_HELP = (
    "the formulations of every speech of the library, from its word counts (made first: slow "
    "once on a large library)"
)
CONCORDANCE_DESCRIPTION = (
    "Every occurrence of TERM across the library (or one collection), each with its speech "
    "and the words on either side: a keyword-in-context table, on screen or as CSV."
)


def register(sub: Any) -> None:
    """Add the ``keywords``, ``terms`` and ``concordance`` commands."""
    keywords = sub.add_parser(
        "keywords",
        help="the keywords of a speech or collection",
        description=KEYWORDS_DESCRIPTION,
    )
    _add_scope(keywords, KEYWORDS_ALL_HELP)
    keywords.add_argument(
        "--top", type=positive, default=DEFAULT_TOP, metavar="N", help=_default("how many")
    )
    keywords.set_defaults(handler=run_keywords)
    terms = sub.add_parser(
        "terms",
        help="the formulations (提法) of a speech or collection",
        description=TERMS_DESCRIPTION,
    )
    _add_scope(terms, TERMS_ALL_HELP)
    terms.set_defaults(handler=run_terms)
    _register_concordance(sub)


def _register_concordance(sub: Any) -> None:
    concordance = sub.add_parser(
        "concordance",
        help="every occurrence of TERM in context",
        description=CONCORDANCE_DESCRIPTION,
    )
    concordance.add_argument("term", metavar="TERM", help="the word or phrase to find")
    concordance.add_argument("--collection", type=int, metavar="ID", help="only this collection")
    concordance.add_argument(
        "--width",
        type=positive,
        default=DEFAULT_WIDTH,
        metavar="N",
        help=_default("characters of context on each side"),
    )
    concordance.add_argument(
        "--sort",
        choices=[s.value for s in SortBy],
        default=SortBy.TEXT.value,
        help="in text order, or by the words just left or right of TERM (default: text)",
    )
    concordance.add_argument("--limit", type=positive, metavar="N", help="at most N lines")
    concordance.add_argument("--csv", type=Path, metavar="PATH", help="write CSV (UTF-8, BOM)")
    add_library_option(concordance)
    concordance.set_defaults(handler=run_concordance)


def _default(text: str) -> str:
    # argparse fills in %(default)s when it prints the help.
    return f"{text} (default: %(default)s)"


def _add_scope(parser: argparse.ArgumentParser, all_help: str) -> None:
    scope = parser.add_mutually_exclusive_group(required=True)
    scope.add_argument(
        "--speech", type=int, metavar="ID", help="this speech (its id, as list prints it)"
    )
    scope.add_argument(
        "--collection", type=int, metavar="ID", help="all the speeches of this collection"
    )
    scope.add_argument(
        "--all",
        action="store_true",
        help=all_help,
    )
    add_output_options(parser)
    add_library_option(parser)


def cli_segmenter() -> Segmenter:
    """jieba with the app's dictionaries and the user's own, loaded (about a second)."""
    segmenter = Segmenter.for_app(cache_folder() / "jieba", user_dictionary_path())
    segmenter.initialize()
    return segmenter


def run_keywords(args: argparse.Namespace) -> int:
    """Print the keywords of a speech or a collection."""
    # The library first: a missing one is refused before jieba's second of loading.
    with open_cli_library(args) as library:
        segmenter = cli_segmenter()
        if args.all:
            report = _library_report(library, segmenter, args.top)
            found, idf = report.keywords, report.idf
        else:
            texts = _texts(library, args)
            update_word_frequencies(library.db, segmenter)
            with library.db.read() as conn:
                frequencies = document_frequencies(conn)
            found = text_keywords(texts, segmenter, frequencies, top=args.top, wait=True) or []
            idf = idf_source(frequencies)
    if args.csv is not None:
        write_rows(keyword_table(found), args.csv)
    elif args.json:
        data = {**_scope(args), "idf": idf.value}
        data["keywords"] = [_keyword(entry) for entry in found]
        _print_json(data)
    else:
        sys.stdout.writelines(
            f"{entry.word}\t{entry.count}\t{entry.score:.{score_decimals(entry.score, 4)}f}\n"
            for entry in found
        )
    return 0


def run_terms(args: argparse.Namespace) -> int:
    """Print the formulations of a speech or a collection."""
    with open_cli_library(args) as library:  # before jieba, as keywords
        segmenter = cli_segmenter()
        if args.all:
            found = _library_report(library, segmenter, DEFAULT_TOP).formulations
        else:
            texts = _texts(library, args)
            found = text_formulations(texts, segmenter)
    if args.csv is not None:
        write_rows(formulation_table(found), args.csv)
    elif args.json:
        _print_json({**_scope(args), "terms": [_term(item, args) for item in found]})
    else:
        sys.stdout.writelines(
            f"{item.text}\t{item.count}\t{item.kind.value}\t{item.quoted}\n" for item in found
        )
    return 0


def run_concordance(args: argparse.Namespace) -> int:
    """Print (or write as CSV) every occurrence of a term in its context."""
    with open_cli_library(args) as library:
        store = library.store
        speech_ids = _collection_speeches(library, args.collection)
        with library.db.read() as conn:
            found = library_concordance(
                conn,
                args.term,
                text_loader=store.speech_text,
                speech_ids=speech_ids,
                width=args.width,
                limit=args.limit,
            )
        lines = sort_lines(found.lines, SortBy(args.sort))
        if args.csv is not None:
            names = _source_names(store, {int(line.source) for line in lines})
            write_rows(concordance_table(lines, names), args.csv, unit="lines")
            return 0
    sys.stdout.writelines(_concordance_line(line, args.width) + "\n" for line in lines)
    if found.complete:
        print(counted(found.total, "occurrence"))
    else:
        print(f"{len(lines)} of {found.total} occurrences")
    return 0


def _source_names(store: LibraryStore, speech_ids: set[int]) -> dict[int, str]:
    """Each speech named as the window's concordance names it, title first ("title (No. 3,
    collection)", the collection named when the lines come from several:
    ``SpeechLabelWords.title_first``), in English."""
    records = {speech_id: store.speech(speech_id) for speech_id in sorted(speech_ids)}
    collection_ids = {record.collection_id for record in records.values()}
    collections = {
        collection_id: store.collection(collection_id) for collection_id in collection_ids
    }
    mixed = mixes_collections(collections.keys())
    words = ENGLISH_SPEECH_LABEL_WORDS
    return {
        speech_id: words.title_first(
            record.title,
            shown_speech_number(record.index, collections[record.collection_id].speech_count),
            collections[record.collection_id].title if mixed else "",
        )
        for speech_id, record in records.items()
    }


def _library_report(library: Library, segmenter: Segmenter, top: int) -> TermsReport:
    """The whole library's terms, its word counts brought up to date first."""
    update_word_frequencies(library.db, segmenter)
    with library.db.read() as conn:
        report = library_terms(conn, top=top).report
    assert report.idf == IdfSource.JIEBA
    return report


def _texts(library: Library, args: argparse.Namespace) -> list[tuple[int, str]]:
    """(speech id, text) of the speech or the collection's speeches the command is about."""
    store = library.store
    if args.speech is not None:
        return [(args.speech, store.speech_text(args.speech))]
    store.collection(args.collection)  # LibraryError not-found for an unknown id
    return [(record.id, store.speech_text(record.id)) for record in store.speeches(args.collection)]


def _collection_speeches(library: Library, collection_id: int | None) -> list[int] | None:
    if collection_id is None:
        return library.store.live_speech_ids()  # the library, collections in the trash left out
    library.store.collection(collection_id)  # LibraryError not-found for an unknown id
    return library.store.speech_ids_in(collection_id)


def _scope(args: argparse.Namespace) -> dict[str, Any]:
    if args.all:
        return {"library": True}
    if args.speech is not None:
        return {"speech": args.speech}
    return {"collection": args.collection}


def _keyword(entry: KeywordEntry) -> dict[str, Any]:
    data = {"word": entry.word, "score": round(entry.score, 6), "count": entry.count}
    return {**data, "sources": entry.sources()}


def _term(item: CollectionFormulation, args: argparse.Namespace) -> dict[str, Any]:
    data: dict[str, Any] = {
        "text": item.text,
        "kind": item.kind.value,
        "count": item.count,
        "quoted": item.quoted,
    }
    if args.speech is not None:
        data["occurrences"] = [[start, end] for _, start, end in item.occurrences]
    else:
        data["sources"] = item.sources
        data["occurrences"] = [[source, start, end] for source, start, end in item.occurrences]
    return data


def _concordance_line(line: ConcordanceLine, width: int) -> str:
    # Left context right-aligned so the hits line up (in a monospaced CJK font).
    where = f"{line.source}:{line.start}-{line.end}"
    return f"{where}\t{line.left:\u3000>{width}} | {line.hit} | {line.right}"


def _print_json(data: dict[str, Any]) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
