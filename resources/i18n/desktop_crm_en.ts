<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DesktopCRM</name>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>({shown} of {n} arrows)</source>
            <translation>
                <numerusform>({shown} of {n} arrow)</numerusform>
                <numerusform>({shown} of {n} arrows)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>birthday within {n} days</source>
            <translation>
                <numerusform>birthday within {n} day</numerusform>
                <numerusform>birthday within {n} days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>CLV over {n} days (last bar: and above)</source>
            <translation>
                <numerusform>CLV over {n} day (last bar: and above)</numerusform>
                <numerusform>CLV over {n} days (last bar: and above)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/targets.py" />
            <source>contacted in the last {n} days</source>
            <translation>
                <numerusform>contacted in the last {n} day</numerusform>
                <numerusform>contacted in the last {n} days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/importer.py" />
            <location filename="../../desktop_crm/io/store.py" />
            <source>Imported {n} rows</source>
            <translation>
                <numerusform>Imported {n} row</numerusform>
                <numerusform>Imported {n} rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no purchase for over {n} days</source>
            <translation>
                <numerusform>no purchase for over {n} day</numerusform>
                <numerusform>no purchase for over {n} days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>no purchase for over {n} days: not contacted</source>
            <translation>
                <numerusform>no purchase for over {n} day: not contacted</numerusform>
                <numerusform>no purchase for over {n} days: not contacted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>on a list sent in the last {n} days: not contacted</source>
            <translation>
                <numerusform>on a list sent in the last {n} day: not contacted</numerusform>
                <numerusform>on a list sent in the last {n} days: not contacted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Only the first {n} rows were copied; use Export to Excel for all of them.</source>
            <translation>
                <numerusform>Only the first {n} row was copied; use Export to Excel for all of them.</numerusform>
                <numerusform>Only the first {n} rows were copied; use Export to Excel for all of them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Saving {n} rows to {name}…</source>
            <translation>
                <numerusform>Saving {n} row to {name}…</numerusform>
                <numerusform>Saving {n} rows to {name}…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>spend target = {k} × spend in the last {n} weeks (one average visit if none), rounded up to {step}</source>
            <translation>
                <numerusform>spend target = {k} × spend in the last {n} week (one average visit if none), rounded up to {step}</numerusform>
                <numerusform>spend target = {k} × spend in the last {n} weeks (one average visit if none), rounded up to {step}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>{from_} ({from_date}) → {to} ({to_date}): {n} customers, {share} of the period (click to see them)</source>
            <translation>
                <numerusform>{from_} ({from_date}) → {to} ({to_date}): {n} customer, {share} of the period (click to see them)</numerusform>
                <numerusform>{from_} ({from_date}) → {to} ({to_date}): {n} customers, {share} of the period (click to see them)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>{from_} → {to}: {n} customers</source>
            <translation>
                <numerusform>{from_} → {to}: {n} customer</numerusform>
                <numerusform>{from_} → {to}: {n} customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/charts.py" />
            <source>{low} – {high}: {n} customers (click to see them)</source>
            <translation>
                <numerusform>{low} – {high}: {n} customer (click to see them)</numerusform>
                <numerusform>{low} – {high}: {n} customers (click to see them)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/targets.py" />
            <source>{n} chosen customers</source>
            <translation>
                <numerusform>{n} chosen customer</numerusform>
                <numerusform>{n} chosen customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/cli.py" />
            <source>{n} customer segmented as of {date}; written to {path}</source>
            <translation>
                <numerusform>{n} customer segmented as of {date}; written to {path}</numerusform>
                <numerusform>{n} customers segmented as of {date}; written to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>{n} customer valued over {days} days</source>
            <translation>
                <numerusform>{n} customer valued over {days} days</numerusform>
                <numerusform>{n} customers valued over {days} days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/model.py" />
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>{n} customers</source>
            <translation>
                <numerusform>{n} customer</numerusform>
                <numerusform>{n} customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>{n} customers ({share} of the row), they spent {amount} in the period</source>
            <translation>
                <numerusform>{n} customer ({share} of the row), spent {amount} in the period</numerusform>
                <numerusform>{n} customers ({share} of the row), they spent {amount} in the period</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>{n} customers ({share}), revenue {revenue} ({revenue_share})</source>
            <translation>
                <numerusform>{n} customer ({share}), revenue {revenue} ({revenue_share})</numerusform>
                <numerusform>{n} customers ({share}), revenue {revenue} ({revenue_share})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>{n} days ago</source>
            <translation>
                <numerusform>{n} day ago</numerusform>
                <numerusform>{n} days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/import_problems.py" />
            <source>{n} lines with an unclosed quote were skipped (lines {lines})</source>
            <translation>
                <numerusform>{n} line with an unclosed quote was skipped (line {lines})</numerusform>
                <numerusform>{n} lines with an unclosed quote were skipped (lines {lines})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>{n} months</source>
            <translation>
                <numerusform>{n} month</numerusform>
                <numerusform>{n} months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/next_tier.py" />
            <source>{n} more visit ({money}) within {days} days makes {segment}</source>
            <translation>
                <numerusform>{n} more visit ({money}) within {days} days makes {segment}</numerusform>
                <numerusform>{n} more visits ({money}) within {days} days make {segment}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/cli.py" />
            <source>{n} page</source>
            <translation>
                <numerusform>{n} page</numerusform>
                <numerusform>{n} pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/cli.py" />
            <source>{n} rejected row written to {path}</source>
            <translation>
                <numerusform>{n} rejected row written to {path}</numerusform>
                <numerusform>{n} rejected rows written to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>{n} repeat customer</source>
            <translation>
                <numerusform>{n} repeat customer</numerusform>
                <numerusform>{n} repeat customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>{n} rows rejected</source>
            <translation>
                <numerusform>{n} row rejected</numerusform>
                <numerusform>{n} rows rejected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/importer.py" />
            <source>{n} rows repeat an earlier row exactly; they were kept (a customer can buy the same thing twice, but an export can also be doubled)</source>
            <translation>
                <numerusform>{n} row repeats an earlier row exactly; it was kept (a customer can buy the same thing twice, but an export can also be doubled)</numerusform>
                <numerusform>{n} rows repeat an earlier row exactly; they were kept (a customer can buy the same thing twice, but an export can also be doubled)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>{n} snapshots; band width = customers. Hover a band; click it for its customers.</source>
            <translation>
                <numerusform>{n} snapshot; band width = customers. Hover a band; click it for its customers.</numerusform>
                <numerusform>{n} snapshots; band width = customers. Hover a band; click it for its customers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>{n} transaction rows; returns in red</source>
            <translation>
                <numerusform>{n} transaction row; returns in red</numerusform>
                <numerusform>{n} transaction rows; returns in red</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/model.py" />
            <source>{n} transactions</source>
            <translation>
                <numerusform>{n} transaction</numerusform>
                <numerusform>{n} transactions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>{n} valuable customers are slipping away: {lost} of expected value lost in {days} days</source>
            <translation>
                <numerusform>{n} valuable customer is slipping away: {lost} of expected value lost in {days} days</numerusform>
                <numerusform>{n} valuable customers are slipping away: {lost} of expected value lost in {days} days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>{n} visits</source>
            <translation>
                <numerusform>{n} visit</numerusform>
                <numerusform>{n} visits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/importer.py" />
            <source>{n} {column} values could not be read and were left empty</source>
            <translation>
                <numerusform>{n} {column} value could not be read and was left empty</numerusform>
                <numerusform>{n} {column} values could not be read and were left empty</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/charts.py" />
            <source>{row} {i}, {column} {j}: {n} customers</source>
            <translation>
                <numerusform>{row} {i}, {column} {j}: {n} customer</numerusform>
                <numerusform>{row} {i}, {column} {j}: {n} customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/cli.py" />
            <source>{scheme}: {n} snapshot {first} .. {last}; written to {path}</source>
            <translation>
                <numerusform>{scheme}: {n} snapshot {first} .. {last}; written to {path}</numerusform>
                <numerusform>{scheme}: {n} snapshots {first} .. {last}; written to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>{shown} of {n} customers</source>
            <translation>
                <numerusform>{shown} of {n} customer</numerusform>
                <numerusform>{shown} of {n} customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/model.py" />
            <source>{source}: {n} rows read, {accepted} accepted, {rejected} rejected</source>
            <translation>
                <numerusform>{source}: {n} row read, {accepted} accepted, {rejected} rejected</numerusform>
                <numerusform>{source}: {n} rows read, {accepted} accepted, {rejected} rejected</numerusform>
            </translation>
        </message>
    </context>
</TS>
