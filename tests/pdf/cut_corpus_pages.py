"""Cut the small page ranges the PDF tests use out of the shared corpus (run once, by hand).

    .venv/bin/python tests/pdf/cut_corpus_pages.py /work/shared/corpus [NAME ...]

(The Chinese cut-outs weigh ~340 KB: their CJK fonts are embedded whole, and pdfium needs
them to map the glyphs to text.)

Page numbers are 1-based pages of the corpus PDFs (see corpus/PROVENANCE.md for issuers).
"""

from __future__ import annotations

import sys
from pathlib import Path

from pypdf import PdfReader, PdfWriter

CUTS = {
    "anxin_2009_annual_p2_4_7.pdf": (
        "anxin-1149/anxin_01149_2009_annual_results_announcement_en.pdf",
        [2, 4, 7],
    ),
    "fullshare_2009_interim_p4.pdf": (
        "fullshare-607/fullshare_00607_2009_interim_report.pdf",
        [4],
    ),
    "anxin_2009_interim_p1-2.pdf": (
        "anxin-1149/anxin_01149_2009_interim_results_announcement_en.pdf",
        [1, 2],
    ),
    "anxin_2010_interim_p3-4.pdf": (
        "anxin-1149/anxin_01149_2010_interim_results_announcement_en.pdf",
        [3, 4],
    ),
    "anxin_2012_interim_p2-5.pdf": (
        "anxin-1149/anxin_01149_2012_interim_results_announcement_en.pdf",
        [2, 3, 4, 5],
    ),
    "alco_fy2025_zh_p2-6.pdf": (
        "hkex-analysis-alco/alco_00328_annual_results_FY2025_zh.pdf",
        [2, 3, 4, 5, 6],
    ),
    "alco_fy2025_zh_p2-6_9-10.pdf": (
        "hkex-analysis-alco/alco_00328_annual_results_FY2025_zh.pdf",
        [2, 3, 4, 5, 6, 9, 10],
    ),
    "anxin_2012_annual_zh_p2-4_11-12.pdf": (
        "anxin-1149/anxin_01149_2012_annual_results_announcement_zh.pdf",
        [2, 3, 4, 11, 12],
    ),
    "capitalvc_02324_p52_60_94_95.pdf": (
        "hkex-text-mda/02324_10105815_20220128_Annual-Report-202021.pdf",
        [52, 60, 94, 95],
    ),
    "anxin_2012_interim_p2-10_19.pdf": (
        "anxin-1149/anxin_01149_2012_interim_results_announcement_en.pdf",
        [2, 3, 4, 5, 6, 7, 8, 9, 10, 19],
    ),
    "anxin_2012_interim_p3_21-23.pdf": (
        "anxin-1149/anxin_01149_2012_interim_results_announcement_en.pdf",
        [3, 21, 22, 23],
    ),
    "anxin_2011_annual_p1-4_10_41.pdf": (
        "anxin-1149/anxin_01149_2011_annual_results_announcement_en.pdf",
        [1, 2, 3, 4, 10, 41],
    ),
    "fullshare_2023_interim_p5-6_14-16_46_89-90.pdf": (
        "fullshare-607/fullshare_00607_2023_interim_report.pdf",
        [5, 6, 14, 15, 16, 46, 89, 90],
    ),
    "fullshare_2023_interim_p5-16.pdf": (
        "fullshare-607/fullshare_00607_2023_interim_report.pdf",
        list(range(5, 17)),
    ),
    "fullshare_2023_interim_tc_p5-16.pdf": (
        "fullshare-607/fullshare_00607_2023_interim_report_tc.pdf",
        list(range(5, 17)),
    ),
    "ebay_2023q2_p7-9.pdf": ("financebench/EBAY_2023Q2_EARNINGS.pdf", [7, 8, 9]),
    "apple_2023q3_10q_p4-8.pdf": ("financebench/APPLE_2023Q3_10Q.pdf", [4, 5, 6, 7, 8]),
    "boeing_2022_10k_p108.pdf": ("financebench/BOEING_2022_10K.pdf", [108]),
    "amcor_2023q4_p8-9.pdf": ("financebench/AMCOR_2023Q4_EARNINGS.pdf", [8, 9]),
    "bestbuy_2024q2_10q_p3-8.pdf": ("financebench/BESTBUY_2024Q2_10Q.pdf", [3, 4, 5, 6, 7, 8]),
    "apple_2023q3_10q_statements_notes.pdf": (
        "financebench/APPLE_2023Q3_10Q.pdf",
        [4, 5, 6, 7, 8, 13, 14, 15, 16, 18, 20],
    ),
}


def main(corpus: Path, out: Path, only: set[str] | None = None) -> None:
    for name, (source, pages) in CUTS.items():
        if only and name not in only:
            continue
        reader = PdfReader(corpus / source)
        writer = PdfWriter()
        for page in pages:
            writer.add_page(reader.pages[page - 1])
        writer.compress_identical_objects()
        with (out / name).open("wb") as handle:
            writer.write(handle)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(__file__).parent.parent / "data" / "pdf", set(sys.argv[2:]))
