"""The Traffic view's weekday x hour grid and quiet times over a store, in DuckDB.

DuckDB counts purchase occasions (the occasions of `duckdb_engine.occasions_sql`, positive net
amount) per customer group, calendar day and hour; that table is small (groups x days x 24) and
becomes `core.traffic.Slots`, from which the grid and the quiet-day judgement are computed by the
very code the in-memory engine uses (`journeys.traffic_grid`, `traffic.quiet_of`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from desktop_crm.core.journeys import traffic_grid
from desktop_crm.core.traffic import EVERYONE, NO_GROUP, QuietTimes, Slots, quiet_of
from desktop_crm.io.duckdb_engine import connect, has_column, occasions_sql, parquet_source

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection as Connection

GROUPS_TABLE = "crm_groups"  # customer_id -> group code, registered from the segmentation's frame

# Customers of the store the groups leave out (or give no group): they make the group "(none)".
UNGROUPED_SQL = """
SELECT count(*) FROM (SELECT DISTINCT customer_id FROM {source}) s
LEFT JOIN crm_groups g USING (customer_id) WHERE g.g IS NULL OR g.g = {none}
"""

SLOTS_SQL = """
WITH seen AS (
    SELECT customer_id, date, amount{order} FROM {source}
), occasions AS (
    {occasions}
)
SELECT {group} AS g, CAST(CAST(o.date AS DATE) - DATE '1970-01-01' AS BIGINT) AS day,
       CAST(hour(o.date) AS BIGINT) AS hour, count(*) AS visits, sum(o.amount) AS revenue
FROM occasions o{join} WHERE o.amount > 0 GROUP BY ALL
"""


def register_groups(con: Connection, source: str, groups: pd.Series | None) -> tuple[str, str, list[str], int | None]:
    """Make each customer's group known to DuckDB, coded as `traffic.group_codes` codes it.

    Returns the SQL of a customer's group code over a table aliased `o` with `customer_id`, the join
    it needs, the group names, and the code of "(none)" (None when every customer has a group).
    """
    if groups is None:
        return "0", "", [EVERYONE], None
    labels = groups if isinstance(groups.dtype, pd.CategoricalDtype) else groups.astype("category")
    names = [str(c) for c in labels.cat.categories]
    none = len(names)
    codes = labels.cat.codes.to_numpy().astype(np.int32)
    codes[codes < 0] = none
    frame = pd.DataFrame({"customer_id": groups.index.astype(str), "g": codes})
    con.register(GROUPS_TABLE, frame)
    join = f" LEFT JOIN {GROUPS_TABLE} gr ON gr.customer_id = o.customer_id"
    if con.execute(UNGROUPED_SQL.format(source=source, none=none)).fetchone()[0]:
        return f"coalesce(gr.g, {none})", join, [*names, NO_GROUP], none
    return "gr.g", join, names, None


def store_slots(con: Connection, source: str, groups: pd.Series | None) -> Slots:
    """Purchase occasions counted per group, day and hour, in DuckDB."""
    group, join, names, none = register_groups(con, source, groups)
    with_orders = has_column(con, source, "order_id")
    sql = SLOTS_SQL.format(
        source=source,
        order=", order_id" if with_orders else "",
        occasions=occasions_sql("occasions", with_orders),
        group=group,
        join=join,
    )
    got = con.execute(sql).df()
    return Slots(
        group=got["g"].to_numpy(dtype=np.int64),
        day=got["day"].to_numpy(dtype=np.int64),
        hour=got["hour"].to_numpy(dtype=np.int64),
        visits=got["visits"].to_numpy(dtype=float),
        revenue=got["revenue"].to_numpy(dtype=float),
        names=names,
        no_group=none,
    )


def traffic_store(folder: Path, groups: pd.Series | None = None) -> pd.DataFrame:
    """`journeys.traffic` over a store."""
    con = connect(Path(folder).parent / ".duckdb-tmp")
    try:
        return traffic_grid(store_slots(con, parquet_source(folder), groups))
    finally:
        con.close()


def traffic_with_quiet_times_store(
    folder: Path, groups: pd.Series
) -> tuple[pd.DataFrame, dict[str | None, QuietTimes]]:
    """The Traffic view's task on a store (`journeys.traffic_with_quiet_times`)."""
    con = connect(Path(folder).parent / ".duckdb-tmp")
    try:
        slots = store_slots(con, parquet_source(folder), groups)
    finally:
        con.close()
    return traffic_grid(slots), quiet_of(slots)
