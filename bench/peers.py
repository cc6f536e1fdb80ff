"""What a hand-written DuckDB or polars script does with the same export: the benchmarks' yardsticks.

Each peer reads the file with its types told (ids as text, so zero-padded cards survive), keeps
the rows the app would accept, and computes per customer the last purchase, the number of receipts
with a positive net amount, the net spend and R/F/M quintile scores: a plain RFM, with none of the
import report, the rejected rows or the other schemes. Messy exports (`;`, "1.234,56 TL",
dd.mm.yyyy HH:MM) are parsed the way one would write it by hand for that one file.
"""

from __future__ import annotations

RFM_SQL = """
WITH receipts AS (
    SELECT card_no, receipt, min(date) AS date, sum(amount) AS amount
    FROM tx GROUP BY card_no, receipt
), customers AS (
    SELECT card_no,
           max(date) FILTER (WHERE amount > 0) AS last_purchase,
           count(*) FILTER (WHERE amount > 0) AS frequency,
           sum(amount) AS monetary
    FROM receipts GROUP BY card_no
)
SELECT card_no, last_purchase, frequency, monetary,
       ntile(5) OVER (ORDER BY last_purchase) AS r_score,
       ntile(5) OVER (ORDER BY frequency) AS f_score,
       ntile(5) OVER (ORDER BY monetary) AS m_score
FROM customers
"""


def duckdb_rfm(path: str, messy: bool) -> int:
    """DuckDB: read_csv with the types given, then the RFM query; returns the customer count."""
    import duckdb

    con = duckdb.connect()
    duckdb_parse(path, messy, con)
    return len(con.execute(RFM_SQL).to_arrow_table())


def duckdb_parse(path: str, messy: bool, con: object = None) -> int:
    """DuckDB: the file into a typed table `tx` (card, date, amount, receipt); returns the row count."""
    import duckdb

    con = con or duckdb.connect()
    if messy:
        con.execute(
            f"""CREATE TABLE tx AS SELECT "Kart No" AS card_no, strptime("Tarih", '%d.%m.%Y %H:%M') AS date,
                CAST(replace(replace(replace("Tutar", ' TL', ''), '.', ''), ',', '.') AS DOUBLE) AS amount,
                "Fiş No" AS receipt
            FROM read_csv('{path}', delim=';', header=true, all_varchar=true)"""
        )
    else:
        con.execute(
            f"""CREATE TABLE tx AS SELECT card_no, date, amount, receipt FROM read_csv('{path}', header=true,
                types={{'card_no': 'VARCHAR', 'date': 'TIMESTAMP', 'amount': 'DOUBLE', 'receipt': 'VARCHAR'}})"""
        )
    return con.execute("SELECT count(*) FROM tx").fetchone()[0]


def polars_parse(path: str, messy: bool) -> int:
    """polars: read_csv with the types given (and the messy columns converted); returns the row count."""
    import polars as pl

    if not messy:
        frame = pl.read_csv(path, schema_overrides={"card_no": pl.String, "receipt": pl.String}, try_parse_dates=True)
        return frame.height
    frame = pl.read_csv(path, separator=";", infer_schema=False)
    frame = frame.select(
        pl.col("Kart No").alias("card_no"),
        pl.col("Tarih").str.strptime(pl.Datetime, "%d.%m.%Y %H:%M").alias("date"),
        pl.col("Tutar")
        .str.replace(" TL", "", literal=True)
        .str.replace_all(".", "", literal=True)
        .str.replace(",", ".", literal=True)
        .cast(pl.Float64)
        .alias("amount"),
        pl.col("Fiş No").alias("receipt"),
    )
    return frame.height


def polars_rfm(path: str) -> int:
    """polars: the clean file's read and the same RFM as RFM_SQL; returns the customer count."""
    import polars as pl

    frame = pl.read_csv(path, schema_overrides={"card_no": pl.String, "receipt": pl.String}, try_parse_dates=True)
    receipts = frame.group_by("card_no", "receipt").agg(pl.col("date").min(), pl.col("amount").sum())
    bought = pl.col("amount") > 0
    customers = receipts.group_by("card_no").agg(
        pl.col("date").filter(bought).max().alias("last_purchase"),
        bought.sum().alias("frequency"),
        pl.col("amount").sum().alias("monetary"),
    )
    scores = customers.with_columns(
        (pl.col(c).rank("ordinal") * 5 // (pl.len() + 1) + 1).alias(name)
        for c, name in (("last_purchase", "r_score"), ("frequency", "f_score"), ("monetary", "m_score"))
    )
    return scores.height
