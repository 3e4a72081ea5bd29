"""Time expressions and their resolution against the publication date."""
from __future__ import annotations

import pytest

from newsdigest.analyse.sentences import tokenise
from newsdigest.analyse.timex import find_times, resolve


def times(text, lang):
    return find_times(text, tokenise(text), lang)


def one(text, lang, published, future=False):
    found = times(text, lang)
    assert found, f"no time expression in {text!r}"
    return found[0], resolve(found[0], published, future=future)


@pytest.mark.parametrize("lang,text,published,expr,date", [
    # Malay
    ("ms", "Dia tiba hari ini.", "2023-09-18", "hari ini", "2023-09-18"),
    ("ms", "Dia tiba semalam.", "2023-09-18", "semalam", "2023-09-17"),
    ("ms", "Dia tiba semalam.", "2023-03-01", "semalam", "2023-02-28"),  # month boundary
    ("ms", "Dia tiba semalam.", "2024-01-01", "semalam", "2023-12-31"),  # year boundary
    ("ms", "Mereka bertolak kelmarin.", "2023-09-18", "kelmarin", "2023-09-16"),
    ("ms", "Dia akan tiba esok.", "2023-12-31", "esok", "2024-01-01"),
    ("ms", "Mesyuarat diadakan lusa.", "2023-02-27", "lusa", "2023-03-01"),
    ("ms", "Dia tiba pada Isnin.", "2023-09-18", "Isnin", "2023-09-18"),  # a Monday: that day
    ("ms", "Dia tiba pada Ahad.", "2023-09-18", "Ahad", "2023-09-17"),
    ("ms", "Dia meninggal dunia Isnin lepas.", "2023-09-18", "Isnin lepas", "2023-09-11"),
    ("ms", "Dia ditahan pada 12 Mac.", "2023-09-18", "12 Mac", "2023-03-12"),
    ("ms", "Dia ditahan 12 Mac lalu.", "2023-09-18", "12 Mac lalu", "2023-03-12"),
    ("ms", "Dia dimasukkan ke hospital sejak 23 Disember.", "2024-01-05", "23 Disember", "2023-12-23"),
    ("ms", "Tarikh akhir ialah 15 Mei ini.", "2023-04-20", "15 Mei ini", "2023-05-15"),
    ("ms", "Dia meninggal dunia dua hari lepas.", "2023-03-01", "dua hari lepas", "2023-02-27"),
    ("ms", "Dia dihalang pukul 5 petang tadi.", "2023-11-02", "pukul 5 petang tadi", "2023-11-02"),
    ("ms", "Ceramah itu malam ini.", "2023-11-02", "malam ini", "2023-11-02"),
    # Indonesian
    ("id", "Polisi menangkapnya kemarin.", "2019-08-01", "kemarin", "2019-07-31"),
    ("id", "Sidang digelar besok.", "2019-07-31", "besok", "2019-08-01"),
    ("id", "Sidang digelar lusa.", "2019-07-30", "lusa", "2019-08-01"),
    ("id", "Kata Hadi di Mapolres, Senin (29/7/2019).", None, "Senin (29/7/2019)", "2019-07-29"),
    ("id", "Surat itu dikirim Jumat (12/7).", "2019-07-17", "Jumat (12/7)", "2019-07-12"),
    ("id", "Dijanjikan tayang 17 Juli 2019.", None, "17 Juli 2019", "2019-07-17"),
    ("id", "Ia meninggal pada Kamis, 13 Juni 2019.", None, "Kamis, 13 Juni 2019", "2019-06-13"),
    # English
    ("en", "He arrived today.", "2023-09-20", "today", "2023-09-20"),
    ("en", "He arrived yesterday.", "2023-01-01", "yesterday", "2022-12-31"),
    ("en", "He leaves tomorrow.", "2023-02-28", "tomorrow", "2023-03-01"),
    ("en", "He arrived on Monday.", "2023-09-20", "Monday", "2023-09-18"),
    ("en", "The deal was signed March 12.", "2023-09-20", "March 12", "2023-03-12"),
    ("en", "The deal was signed on 12 March 2020.", "2023-09-20", "12 March 2020", "2020-03-12"),
    ("en", "They met two weeks ago.", "2023-09-20", "two weeks ago", "2023-09-06"),
    # Parts of a day before a relative day, at month and year boundaries.
    ("ms", "Penduduk dipindahkan petang kelmarin.", "2023-03-01", "petang kelmarin", "2023-02-27"),
    ("ms", "Penduduk dipindahkan pada pagi semalam.", "2024-01-01", "pagi semalam", "2023-12-31"),
    ("ms", "Kilang itu terbakar tengah hari tadi.", "2023-09-18", "tengah hari tadi", "2023-09-18"),
    ("ms", "Mangsa ditemui subuh tadi.", "2023-09-18", "subuh tadi", "2023-09-18"),
    # "lepas" / "lalu" / "yang lalu" after a day or a date.
    ("ms", "Dia tiba Khamis lalu.", "2024-01-02", "Khamis lalu", "2023-12-28"),
    ("ms", "Jualan meningkat pada 6 Jun yang lalu.", "2024-01-05", "6 Jun yang lalu", "2023-06-06"),
    ("ms", "Jualan meningkat pada 6 Jun yang lalu.", "2023-06-20", "6 Jun yang lalu", "2023-06-06"),
    # A day of another week.
    ("ms", "Dia tiba pada Jumaat minggu lalu.", "2023-09-20", "Jumaat minggu lalu", "2023-09-15"),
    ("ms", "Dia akan tiba Isnin minggu depan.", "2023-12-28", "Isnin minggu depan", "2024-01-01"),
    # A part of the day after the day.
    ("id", "Rapat digelar kemarin sore.", "2019-08-01", "kemarin sore", "2019-07-31"),
    ("id", "Ia tiba Sabtu pagi.", "2019-08-01", "Sabtu pagi", "2019-07-27"),
    ("en", "He arrived on Monday night.", "2023-09-20", "Monday night", "2023-09-18"),
    # A printed date in brackets after the day name.
    ("id", "Kata Budi di Jakarta, Selasa (9/7/2019).", None, "Selasa (9/7/2019)", "2019-07-09"),
    ("ms", "Majlis itu berlangsung pada Ahad (28 Julai).", "2019-07-30", "Ahad (28 Julai)", "2019-07-28"),
    ("en", "The talks ended on Sunday (July 28).", "2019-07-30", "Sunday (July 28)", "2019-07-28"),
])
def test_point_dates(lang, text, published, expr, date):
    tx, when = one(text, lang, published)
    assert tx.text == expr
    assert when.text == expr
    assert when.date == date


@pytest.mark.parametrize("lang,text,published,expr,start,end", [
    ("ms", "Dia melawat minggu lalu.", "2023-09-20", "minggu lalu", "2023-09-11", "2023-09-17"),
    ("ms", "Dia melawat minggu lepas.", "2024-01-03", "minggu lepas", "2023-12-25", "2023-12-31"),
    ("ms", "Dia akan melawat minggu depan.", "2023-12-28", "minggu depan", "2024-01-01", "2024-01-07"),
    ("ms", "Harga naik bulan lalu.", "2023-01-15", "bulan lalu", "2022-12-01", "2022-12-31"),
    ("ms", "Harga naik bulan lepas.", "2024-03-10", "bulan lepas", "2024-02-01", "2024-02-29"),
    ("ms", "Harga naik bulan depan.", "2023-12-15", "bulan depan", "2024-01-01", "2024-01-31"),
    ("ms", "Pilihan raya tahun lalu.", "2023-05-01", "tahun lalu", "2022-01-01", "2022-12-31"),
    ("ms", "Pilihan raya tahun depan.", "2023-05-01", "tahun depan", "2024-01-01", "2024-12-31"),
    ("ms", "Ia berlaku awal bulan ini.", "2023-09-20", "awal bulan ini", "2023-09-01", "2023-09-10"),
    ("id", "Dia berbicara pekan lalu.", "2019-07-31", "pekan lalu", "2019-07-22", "2019-07-28"),
    ("id", "Dia akan berbicara pekan depan.", "2019-07-31", "pekan depan", "2019-08-05", "2019-08-11"),
    ("en", "Prices rose last week.", "2023-09-20", "last week", "2023-09-11", "2023-09-17"),
    ("en", "Prices will rise next month.", "2023-12-05", "next month", "2024-01-01", "2024-01-31"),
    ("ms", "Dia ditahan reman bermula Ahad hingga Sabtu ini.", "2023-01-05", "Ahad hingga Sabtu ini",
     "2023-01-01", "2023-01-07"),
])
def test_ranges(lang, text, published, expr, start, end):
    tx, when = one(text, lang, published)
    assert tx.text == expr
    assert (when.start, when.end) == (start, end)
    assert when.date is None


def test_future_day_is_the_next_one():
    tx, when = one("Beliau akan bertemu menteri pada Isnin.", "ms", "2023-09-19", future=True)
    assert when.date == "2023-09-25"
    tx, when = one("Beliau bertemu menteri pada Isnin.", "ms", "2023-09-19")
    assert when.date == "2023-09-18"


def test_no_publication_date_keeps_the_text():
    tx, when = one("Dia tiba pada Isnin.", "ms", None)
    assert when.text == "Isnin" and when.date is None
    tx, when = one("He arrived yesterday.", "en", None)
    assert when.text == "yesterday" and when.date is None


@pytest.mark.parametrize("lang,text,unit,n", [
    ("ms", "lawatan selama empat hari", "day", 4),
    ("ms", "sepanjang lawatan selama enam hari", "day", 6),
    ("en", "a visit for three days", "day", 3),
])
def test_durations(lang, text, unit, n):
    (tx,) = times(text, lang)
    assert tx.kind == "duration" and tx.value == {"unit": unit, "n": n}


def test_duration_with_a_start_gives_a_range():
    text = "Wang Yi memulakan lawatan selama empat hari ke Rusia pada Isnin."
    found = times(text, "ms")
    duration = next(t for t in found if t.is_duration)
    point = next(t for t in found if not t.is_duration)
    when = resolve(point, "2023-09-18", duration=duration)
    assert when.text == "Isnin"
    assert (when.date, when.start, when.end) == ("2023-09-18", "2023-09-18", "2023-09-21")


def test_years_and_months():
    found = times("Dia menjadi menteri pada 2018 hingga 2020.", "ms")
    assert [t.text for t in found] == ["2018 hingga 2020"]
    when = resolve(found[0], None)
    assert (when.start, when.end) == ("2018-01-01", "2020-12-31")
    (tx,) = times("Republika diundang Maret lalu.", "id")
    when = resolve(tx, "2019-07-20")
    assert (when.start, when.end) == ("2019-03-01", "2019-03-31")


def test_no_false_times():
    assert times("Minggu ini bukan masanya.", "ms") == [] or all(t.kind != "weekday" for t in times(
        "Minggu ini bukan masanya.", "ms"))
    assert times("The Sun newspaper said.", "en") == []
    assert times("Dia makan nasi dengan tiga orang.", "ms") == []


@pytest.mark.parametrize("lang,text,published,expr,start,end", [
    # A part of a unit with no "ini": the current one.
    ("ms", "Projek itu bermula awal tahun.", "2023-09-20", "awal tahun", "2023-01-01", "2023-05-01"),
    ("id", "Harga naik akhir bulan.", "2024-02-10", "akhir bulan", "2024-02-21", "2024-02-29"),
    ("ms", "Projek siap pertengahan bulan depan.", "2023-12-15", "pertengahan bulan depan", "2024-01-11", "2024-01-21"),
    # Two times of one kind joined, and years after "dari".
    ("ms", "Dia belajar di Urumqi pada 1980-an dan 1990-an.", None, "1980-an dan 1990-an", "1980-01-01",
     "1999-12-31"),
    ("ms", "Mereka bertemu pada Isnin dan Selasa.", "2023-09-20", "Isnin dan Selasa", "2023-09-18", "2023-09-19"),
    ("ms", "Eksport meningkat dari 2017 hingga 2021.", None, "2017 hingga 2021", "2017-01-01", "2021-12-31"),
])
def test_more_ranges(lang, text, published, expr, start, end):
    tx, when = one(text, lang, published)
    assert tx.text == expr
    assert (when.start, when.end) == (start, end)


@pytest.mark.parametrize("lang,text,expr", [
    ("ms", "Nilai eksport merosot ketika tempoh pandemik Covid-19 sehingga RM100 juta.",
     "ketika tempoh pandemik Covid-19"),
    ("ms", "Banyak syarikat ditutup semasa PKP 1.0 lalu.", "semasa PKP 1.0 lalu"),
    ("ms", "Jualan meningkat dalam tempoh pandemik ini.", "dalam tempoh pandemik ini"),
    ("id", "Penjualan turun selama pandemi Covid-19.", "selama pandemi Covid-19"),
    ("en", "Sales fell during the pandemic.", "during the pandemic"),
])
def test_periods_named_by_a_happening(lang, text, expr):
    (tx,) = times(text, lang)
    assert tx.kind == "period" and tx.text == expr
    when = resolve(tx, "2023-09-20")
    assert when.text == expr and (when.date, when.start, when.end) == (None, None, None)


@pytest.mark.parametrize("lang,text,expr", [
    ("ms", "Selepas setahun Siti memasarkan produknya, pesanan bertambah.", "Selepas setahun"),
    ("ms", "Setahun kemudian, kedai itu dibuka.", "Setahun kemudian"),
    ("id", "Setelah dua minggu, pesanan bertambah.", "Setelah dua minggu"),
    ("en", "After a year, the shop opened.", "After a year"),
    ("en", "A year later, the shop opened.", "A year later"),
])
def test_time_after_an_earlier_happening(lang, text, expr):
    (tx,) = times(text, lang)
    assert tx.kind == "after" and tx.text == expr
    assert resolve(tx, "2023-09-20").date is None


def test_a_range_word_at_the_end_is_no_range():
    assert [t.text for t in times("Harga naik pada 2021 sehingga", "ms")] == ["2021"]
    assert [t.text for t in times("Nilai merosot ketika tempoh pandemik sehingga", "ms")] == [
        "ketika tempoh pandemik"]


def test_a_bare_year_needs_a_year_word():
    assert [t.text for t in times("Pada 2020, dia dihalang memasuki Sarawak.", "ms")] == ["2020"]
    assert times("Dia membayar 2020 ringgit.", "ms") == []


def test_near_times_and_present_state():
    (tx,) = times("Keputusan itu diumumkan dalam tempoh terdekat.", "ms")
    assert tx.kind == "near" and resolve(tx, "2023-09-20").date is None
    (tx,) = times("Harga kini lebih tinggi.", "ms")
    assert tx.kind == "vague"
    (tx,) = times("The results will be known soon.", "en")
    assert tx.kind == "near"
