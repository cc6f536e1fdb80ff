<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>DesktopCRM</name>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>  held out (control)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>  to contact (target)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source> (sheet '{sheet}')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source> or </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>&amp;About Desktop CRM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>&amp;Dark Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>&amp;Save Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>&amp;Welcome…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>'{every}' is not a period; write e.g. 2W, 1M or 3M</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>(new)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>(not in this file)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>({shown} of {n} arrows)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>&lt;b&gt;{rows}&lt;/b&gt; transactions of &lt;b&gt;{customers}&lt;/b&gt; customers, {first} – {last}, total {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>&lt;h2&gt;Welcome to Desktop CRM&lt;/h2&gt;&lt;p&gt;Find your VIP, loyal, new, at-risk, sleeping and lost customers in the sales your till or loyalty system exports, see how they move from month to month, and make call and SMS lists with a personal offer for each customer.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: nothing is uploaded, and the app never goes online.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>A CSV, TXT, Excel or ODS export of sales; optionally a file with customer details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>A returning customer gone quiet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>A: customers making the top 80 % of revenue; B: the next 15 %; C: the rest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>ABC (Pareto)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>ABC class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>About Desktop CRM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>About To Sleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>About to Sleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Active, but comes now and then</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>actual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Add a sent list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Adding customer attributes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>After entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>After the calibration end: {actual} purchases, the model predicted {predicted} ({error}). Click a bar of a distribution to see those customers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Age band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Agreed to marketing messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>All cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>All customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>all customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>amounts like '1{thousands}250' could be read either way; read with '{decimal}' as the decimal mark (override with --decimal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>an RFM rule table needs at least one rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>any scores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Apply date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>As of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>as of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>as of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>at most {most}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>At Risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>At risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>At risk after (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>average order {value}, last purchase {days} days ago on average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Average purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Average recency and frequency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Behaviour clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>birthday filter needs birth dates in the customers file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Birthday within</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>birthday within {n} days</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Bought in this window a year earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Bought often, but not for a long time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Bought on promotion (a discount &gt; 0 counts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Bought recently, buy often and spend the most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Bought very recently, once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>bought {start} .. {end} (the window {first} .. {last}, a year earlier)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>Building tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Building the list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>busiest day {busy}, quietest {quiet} ({ratio} of the busiest): a good day for an offer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Buy often; not in the last weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>calibration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Campaign result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>campaign {start} .. {end}: {contacted} contacted, {control} control</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Can't Lose Them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Cancel import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Cancelled. Nothing was changed; go back to import again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>cannot read the condition '{clause}' (write e.g. 'recency_days &gt; lost_days')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Category preference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Category transitions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Champions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>channel must be one of {channels}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Chart as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Chart as SVG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Check a sent list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Check predictions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>Checking values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Checking {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Choose a column for: {fields}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Choose a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Choose a list saved here earlier (it holds its control group) to compare who was contacted with who was held out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Choose an existing sales file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Chosen customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Churn risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>circles are categories sized by visits; arrows go from one visit's main category to the next visit's. Hover an arrow for its numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>clustering needs at least 3 customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>CLV band</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>CLV over {n} days (last bar: and above)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Co-purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>COLUMN OP VALUE with == != &gt; &gt;= &lt; &lt;= in, not in; or 'bought CATEGORY'. Columns: any of the Customers view, e.g. recency_days, frequency, monetary, clv, age, city.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Column separator of a CSV file; Excel expects ';' where the decimal mark is a comma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Columns used:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Comes back regularly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Comes most often and spends well</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>contact cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>contacted customers</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/targets.py" />
            <source>contacted in the last {n} days</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Contacted on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Contacted within</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>control</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Control group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Control group ({share}, seed {seed})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Cost per contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Could not save the rejected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>could not tell how the columns are separated (tried , ; tab | and spaces)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Counting visits…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>CSV with ,</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>CSV with ;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>CSV with tabs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Currency symbol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>currency, e.g. TL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Customer segmentation, journeys and target lists for loyalty-card programmes, on your own computer. Your data never leaves it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Customer segments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Customer {customer_id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/charts.py" />
            <source>customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Customers by R score (rows) and F score (columns)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Customers file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Customers on the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>Customers per segment at each date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Customers view selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Customers without marketing consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Data as Excel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Date (and time) of the purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>date format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>date out of range (before 1900 or after 2100)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Date the customer joined the programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/parsing.py" />
            <source>dates in both day-first and month-first order; the minority is rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>dates: {note} (override with --date-format)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Days from the last purchase to the as-of date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Dear {first_name}, spend {target} by Sunday and get {points} bonus points!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>decimal mark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>delimiter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Department, category or product group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Departments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Desktop CRM did not close normally last time. Reopen the work as it was autosaved?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Desktop CRM projects (*{suffix})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Discount by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>discount by {column}: {tiers}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>discount column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>discount per 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>discount tiers: write VALUE=PERCENT, e.g. Low=15; '{part}' is not</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Do not contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/progress.py" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>downgrade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>duplicate customer id (first row kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>E-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Each column can be used once: {columns}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>empty row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>encoding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>Encoding transactions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>encoding {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Entry categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>Every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>every customer bought only once; purchase rates cannot be estimated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>Every row of the file was rejected. Open the import report to see why, check the column mapping (File → Import…), and save the rejected rows to fix them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>everyone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Excel or CSV from your till, POS or loyalty system; the columns are recognised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/parsing.py" />
            <source>Excel serial day numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Excel workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Excel workbook (*.xlsx);;CSV for SMS/e-mail tools (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Explore the demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Export {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Exports use the chosen language for sheet names and headers. CSV files are written with '{delimiter}' between columns and '{decimal}' as the decimal mark, so Excel set to that language opens them as they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>extra margin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>extra revenue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>extra revenue {extra}, net after margin and contact cost {net}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>F (frequency) score 1–5: 5 = most purchase occasions (receipts), 1 = fewest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>F score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Favourite category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Few purchases, long ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Few purchases, slipping away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter 'bought {value}': no category '{name}'; categories: {known}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter '{filter}': no column '{column}'; try one of {known}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter '{filter}': write COLUMN OP VALUE, e.g. 'monetary &gt;= 100', 'city in Ankara,İzmir' or 'bought Coffee'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter '{filter}': {column} is a date; write it as YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter '{filter}': {column} is a number, '{value}' is not</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter '{filter}': {column} is text; use ==, !=, in or not in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Filters (all must hold)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Finding behaviour clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>First purchase recently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>First purchase: main category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Fitting on the data up to {date} and checking the days after it…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Flows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Following every customer from visit to visit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>frequency counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>frequent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/charts.py" />
            <source>From the main category of one visit to the next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/value.py" />
            <source>Full price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Funnel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Generated at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Generated by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>header on row {row}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>header row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Held out at random in each segment and not contacted, to measure the effect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Hibernating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Hide arrows below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Hide arrows thinner than this share of the thickest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>high spend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Hold out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>Holdout check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>horizon days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Hover a bar for its definition; click it to see its customers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>How &amp;segments are defined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/charts.py" />
            <source>How customers moved between segments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>How segments are defined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>How the list was narrowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <location filename="../../desktop_crm/pipeline.py" />
            <source>Import report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Import sales data</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/importer.py" />
            <source>Imported {n} rows</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>Importing {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Journeys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>k-means on recency, frequency, spend and category shares, described against the typical customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>kept under the phone/plate itself: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>lapsed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Last purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>layout must be one of {layouts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Learn from data up to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Lifecycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Lifecycle thresholds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Lifecycle, ABC and price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Lifetime value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Lifetime value appears after the data is segmented.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Lifetime value band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Lifetime value is switched off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>lifetime value: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>List name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Lists (*.xlsx *.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Lists sent earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Load rules (lifecycle or RFM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Load rules…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/pipeline.py" />
            <source>Loaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Loading purchases and segment history…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Lost after (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>low spend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Low=15, Medium=10, High=5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Lowest recency and frequency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Loyal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Loyal Customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Loyal visits per month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Loyalty card or customer number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>M (monetary) score 1–5: 5 = highest net spend (returns subtracted), 1 = lowest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Margin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>margin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Marketing consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>matched to a card by phone/plate: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>matching '{text}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>mean purchases per customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>mean spend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>missing amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>missing customer id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>missing date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>monetary &gt;= 100 · city in Ankara,İzmir · bought Coffee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Most frequent moves (repeats of the same category left out)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>mostly {category}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Movers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Need Attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>needs a phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>needs a phone or an e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>needs an e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>net</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Net amount; returns are negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Net spend per purchase occasion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Net spend: purchases minus returns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>New Customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>New for (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>No contact needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>no customers chosen yet: pick them in another view and press “Send to Targets”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>No data loaded. Use File → Open… or File → Open Demo Data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/parsing.py" />
            <source>no day above 12, so day/month order was assumed day-first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>No discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>No earlier lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>No list yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no marketing consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no phone or e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>No points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>No purchase for over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>No purchase for over a year: exclude from mailings</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no purchase for over {n} days</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>no purchase for over {n} days: not contacted</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/categories.py" />
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>No purchases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>No recent projects or files yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>No rejected rows to save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>no row could be imported; check the column mapping and the rejected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>No rows could be imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>no rows with at least two filled columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>no rule matched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>no transactions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>no transactions after the send date {date}; the campaign cannot be judged yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>no transactions before {date}; choose a later as-of date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no {scheme} segment named '{name}'; the segments are: {known}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>non-responders to the list sent {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>none in this data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>not an RFM rule table: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Not bought since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/worker.py" />
            <source>Not enough memory for this file. Close other programs or split the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>not found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Occasional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>of the last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>offer text: unknown placeholder {name}; use {known}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>offer text: {error} (write {{{{ and }}}} for literal braces)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>offer: points rate must be ≥ 0, target weeks ≥ 1 and the target factor &gt; 0</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>on a list sent in the last {n} days: not contacted</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>One sheet per segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>One table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>One visit and did not come back yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>only customers who agreed to marketing (when the customers file says)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Only returns in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>only {found} customers bought more than once; the model needs at least {needed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Open &amp;Demo Data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Open &amp;Project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Open a project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Open a sales export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>Opening the demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>Opening {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>optional: names, contacts, birthdays, consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Pareto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Personal offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Phone (calls, SMS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Phone or e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Pick customers in another view (a transition cell, a chart bar) and press “Send to Targets” in Customers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Placeholders: {name} {first_name} {customer_id} {points} {discount} {target} {segment}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>PNG image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>points = {rate} × {basis}, in steps of {step}, at least {least}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>points basis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Points from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Potential loyal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Potential Loyalist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>predicted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Predicted value over the horizon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Predicted value over the next 90 days (BG/NBD + Gamma-Gamma): top 10 %, next 20 %, next 40 %, last 30 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Predicted, discounted spend over the horizon (BG/NBD + Gamma-Gamma)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>prediction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Previous period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Price sensitivity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/value.py" />
            <source>Price-sensitive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>price-sensitive from promotion share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Price-sensitive: at least half of the purchases were on promotion.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Probability that the customer is still active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Probability the customer is still active (BG/NBD model)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Project saved to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Promising</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>pts per unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Purchase occasions: distinct receipts (or visits, without receipt numbers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Purchases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Purchases per customer after the calibration end: actual vs predicted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Purchases without a card: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>R (recency) score 1–5: 5 = bought most recently, 1 = longest ago; customers are ranked into equal fifths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>R package rfm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>R score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>R, F and M scores as one number: 543 = R 5, F 4, M 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>rare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>reactivation rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>Reading {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Reading {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Receipt, order or invoice number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Recent customers who came back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Recent first-time buyers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Recent projects and files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Recover your work?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Regular from (purchases)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Rejected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Rejected rows saved to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>rejected: {reason}: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Remove selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>repeat purchases before the calibration end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Replace the control-group file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Reset to data defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>response rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>response {target} vs {control}: uplift {uplift} points ({ci} CI {low} .. {high})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Revenue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>revenue per customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>revenue per customer {target} vs {control}: uplift {uplift} ({ci} CI {low} .. {high})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>revenue {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>RFM cut-offs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>RFM segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>RFM segment table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>RFM segments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>ROI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>ROI {roi}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Row %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Rules (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Sales exports ({patterns});;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Sales file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>same</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Sat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Save &amp;Rejected Rows…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Save lifecycle rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Save list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Save Project &amp;As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Save rejected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Save rejected rows…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Save rules…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Save the project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Save the target list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Saved to {paths}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Saving {n} rows to {name}…</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Scheme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>scheme '{scheme}' is not available for this data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>score levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>score range {low}-{high} is not within 1-{top}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>scoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Scoring R, F and M</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Se&amp;ttings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Search id, name, e-mail or phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Secondary identity: licence plate, phone or e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Seed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Segment &amp;Again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Segment at the start of each month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>Segmentation failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>Segmenting as of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Segmenting as of {first} and {second}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>Segmenting at each date…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>Segmenting customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Segments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Segments of the R package 'rfm' (introduction vignette)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Segments ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Selecting transactions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Send to Targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Sent on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>separator {mark}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Show this at start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Shown with amounts in tables, charts and Excel exports; leave empty for none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Sleeping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Sleeping after (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Snapshot sizes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>Snapshots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>Snapshots ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>spend per purchase needs at least {needed} repeat customers; there are {found}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Spend target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Spend target = this × what the customer spent in the last weeks (0: no target)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>spend target = {k} × spend in the last {n} weeks (one average visit if none), rounded up to {step}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Spent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Standard 11 segments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Start a target list from the customers shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Start from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Start: {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Starts from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Store, branch or station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/pipeline.py" />
            <source>Summarising</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Summarising customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Summary {scheme}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Suppressed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Suppression</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>SVG vector image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Target list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>text: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>the 'from' date must be before the 'to' date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>The app guessed the columns; change any that are wrong. Fields in bold are required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>The category with the largest share of the customer's spend.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>The control group is written beside the list, to {name}, which exists. Replace it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the control share must be at least 0 and below 1 (e.g. 0.1 for 10%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>The customers file does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file has a header but no data rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file has no data rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file has no text rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file has only one column; a sales export needs at least customer, date and amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>The file is gone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file is not a text table (it looks binary); choose a CSV, TXT or Excel file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the first wave's offer improved: points × {factor}, discount + {extra} points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the header is deeper in the file than the sample that was read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>The help file {path} is missing from this installation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the holiday-window filter needs the transactions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>The import failed:
{message}

Go back to check the file and the columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>the lifecycle rules leave some customers without a segment; end with a rule for everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>The list could not be saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>The list that was sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>the model could not be fitted to this data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>The models could not value the customers of this data (the fit ran to its limits).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>The project could not be saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>The project uses {name}, which is no longer at
{folder}.

Show where it is now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>The project's data is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>The same length of time just before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>The same seed draws the same control group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>the sent list has no control group (a 'group' column with 'control' rows); uplift needs one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>The widely used RFM segment map on recency and frequency scores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Their spend to date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>there are no customers in the calibration period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>there are no sales up to {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>there are no transactions to segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>These rules cannot be used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>This data has no category or department column, so there is no journey map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>This file could not be imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>This project could not be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Thu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>tick at least one segment to start from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Tiers (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Time of day when it is a column of its own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>time unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>Top 10 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Top paths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Total spend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Traffic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Transitions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Tue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Two years of a café chain's loyalty programme, 5,000 customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/demographics.py" />
            <source>under 25</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/worker.py" />
            <source>Unexpected error: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Units, items or litres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>unknown encoding '{encoding}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>unknown field '{name}' in '{clause}'; fields are: {fields}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>unknown threshold '{value}' in '{clause}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>unknown threshold(s): {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>unparseable amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>unparseable date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>upgrade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Upgrades and downgrades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Upgrades and downgrades (by the rule table's order)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Uplift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Used to buy regularly, nothing for months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Used to buy regularly; have not for a while</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>VIP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>VIP average order value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>VIP visits per month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>warning: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Was a regular, and P(alive) has fallen below 0.5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Wed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Welcome to Desktop CRM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>What one contact costs: SMS, call, gift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Where is the data file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Where is {name}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Which column is which?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Which file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>wrong number of fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>{date} is not one of the snapshot dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{dest}: cannot be written (permission denied, or open in another program)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{dest}: the folder {parent} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>{from_} ({from_date}) → {to} ({to_date}): {n} customers, {share} of the period (click to see them)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>{from_} → {to}: {times} times by {customers} customers, median {days} days between the visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>{kind} ({pattern})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/charts.py" />
            <source>{low} – {high}: {n} customers (click to see them)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>{name}: charts are exported as .png</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/svg_export.py" />
            <source>{name}: vector charts are exported as .svg</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/targets.py" />
            <source>{n} chosen customers</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>{n} customers</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>{n} customers ({share} of the row), they spent {amount} in the period</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>{n} customers ({share}), revenue {revenue} ({revenue_share})</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>{n} days ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>{n} months</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>{n} rows rejected</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/importer.py" />
            <source>{n} rows repeat an earlier row exactly; they were kept (a customer can buy the same thing twice, but an export can also be doubled)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>{n} snapshots; band width = customers. Hover a band; click it for its customers.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>{n} transaction rows; returns in red</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>{n} visits</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>{n} visits, {share} stay</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/importer.py" />
            <source>{n} {column} values could not be read and were left empty</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path} already exists; choose another name or overwrite it (--force)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>{path} is not there any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>{path} no longer exists; it was removed from the recent files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path}: a sent list needs a 'customer_id' column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: a sheet was chosen, but only Excel/ODS workbooks have sheets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path}: a target list is written as .xlsx or .csv, not '{suffix}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: cannot be opened (permission denied, or locked by another program)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <location filename="../../desktop_crm/project.py" />
            <source>{path}: cannot be read ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path}: cannot be read as a list ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>{path}: cannot read the rule table ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>{path}: cannot write '{suffix}' files; use .csv or .xlsx</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>{path}: cannot write '{suffix}' files; use .csv, .parquet or .xlsx</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{path}: cannot write '{suffix}' files; use one of {known}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: is a folder, not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>{path}: journeys are several tables; write them to an .xlsx workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/project.py" />
            <source>{path}: made by a newer version of Desktop CRM; update the app to open it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: no sheet '{sheet}'; sheets are: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path}: no such file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: no table (a header with data rows under it) on sheet {checked}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/project.py" />
            <source>{path}: not a Desktop CRM project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/project.py" />
            <source>{path}: not a Desktop CRM project ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>{path}: not a lifecycle rule file ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: not a readable Excel/ODS workbook ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: not a readable Parquet file ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the file cannot be read as a table ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the file has no data rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the file is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/project.py" />
            <source>{path}: the project is damaged ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the text is not in the {encoding} encoding; choose another</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the workbook has no data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the workbook is password-protected; save it without a password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: this is an Excel file saved with a text extension; rename it to .xlsx/.xls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: unsupported file type '{suffix}'; use one of {known}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path}: write the campaign check as .xlsx or .csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>{rows} transactions of {customers} customers, {first} .. {last}, total amount {total}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/charts.py" />
            <source>{row} {i}, {column} {j}: {n} customers</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>{scheme} segment {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{share} of each segment, drawn with seed {seed}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>{shown} of {n} customers</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>{source}: {read} rows read, {accepted} accepted, {rejected} rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>{target} to contact · {control} held out · {suppressed} not contacted · their spend to date {spend}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>{up} moved up, {down} down, {same} stayed, {new} new. Rows: segment at the first date; columns: at the second. Click a cell for its customers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>{what} '{value}' is not a customer column</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
