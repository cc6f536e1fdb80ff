<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
    <context>
        <name>DesktopCRM</name>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>  held out (control)</source>
            <translation>  odłożeni (grupa kontrolna)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>  to contact (target)</source>
            <translation>  do kontaktu (grupa docelowa)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source> (sheet '{sheet}')</source>
            <translation> (arkusz '{sheet}')</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source> days</source>
            <translation> dni</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source> or </source>
            <translation> lub </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>% customers</source>
            <translation>% klientów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>% revenue</source>
            <translation>% przychodu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;About Desktop CRM</source>
            <translation>&amp;O programie Desktop CRM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;Dark Theme</source>
            <translation>&amp;Ciemny motyw</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;File</source>
            <translation>&amp;Plik</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;Help</source>
            <translation>Pomo&amp;c</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;Import…</source>
            <translation>&amp;Importuj…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Zakończ</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;Save Project</source>
            <translation>&amp;Zapisz projekt</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;View</source>
            <translation>&amp;Widok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;Welcome…</source>
            <translation>&amp;Witaj…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>'{every}' is not a period; write e.g. 2W, 1M or 3M</source>
            <translation>'{every}' to nie okres; wpisz np. 2W, 1M lub 3M</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/worker.py" />
            <source>(details in the log file)</source>
            <translation>(szczegóły w pliku dziennika)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>(new)</source>
            <translation>(nowi)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/traffic.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>(none)</source>
            <translation>(brak)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>(not in this file)</source>
            <translation>(brak w tym pliku)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>({shown} of {n} arrows)</source>
            <translation>
                <numerusform>({shown} z {n} strzałki)</numerusform>
                <numerusform>({shown} z {n} strzałek)</numerusform>
                <numerusform>({shown} z {n} strzałek)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--clusters expects auto, off or a number from 2 to 20, got '{text}'</source>
            <translation>--clusters oczekuje auto, off lub liczby od 2 do 20, podano: '{text}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--header-row expects 0 (no header) or a row number, got {value}</source>
            <translation>--header-row oczekuje 0 (bez nagłówka) lub numeru wiersza, podano: {value}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--holiday-window expects START:END as YYYY-MM-DD:YYYY-MM-DD, got '{text}'</source>
            <translation>--holiday-window oczekuje POCZĄTEK:KONIEC jako RRRR-MM-DD:RRRR-MM-DD, podano: '{text}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--map expects FIELD=COLUMN, got '{item}'</source>
            <translation>--map oczekuje POLE=KOLUMNA, podano: '{item}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--moved expects 'FROM-&gt;TO' segment names together with --from and --to dates</source>
            <translation>--moved oczekuje nazw segmentów 'Z-&gt;DO' razem z datami --from i --to</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--moved: no {scheme} segment '{name}'; the segments are {names}</source>
            <translation>--moved: brak segmentu {scheme} '{name}'; segmenty to: {names}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--phone-region expects a country code such as TR, got '{value}'</source>
            <translation>--phone-region oczekuje kodu kraju, np. TR, podano '{value}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--pseudonymous needs --project with a pseudonym key (save a pseudonymous list in the app once)</source>
            <translation>--pseudonymous wymaga --project z kluczem pseudonimów (zapisz raz listę z pseudonimami w aplikacji)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--start persuadables: {reason}</source>
            <translation>--start persuadables: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>1st department</source>
            <translation>1. dział</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>2nd department</source>
            <translation>2. dział</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>3rd department</source>
            <translation>3. dział</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>&lt;b&gt;{rows}&lt;/b&gt; transactions of &lt;b&gt;{customers}&lt;/b&gt; customers, {first} – {last}, total {total}</source>
            <translation>&lt;b&gt;{rows}&lt;/b&gt; transakcji, &lt;b&gt;{customers}&lt;/b&gt; klientów, {first} – {last}, razem {total}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>&lt;h2&gt;Welcome to Desktop CRM&lt;/h2&gt;&lt;p&gt;Find your VIP, loyal, new, at-risk, sleeping and lost customers in the sales your till or loyalty system exports, see how they move from month to month, and make call and SMS lists with a personal offer for each customer.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: nothing is uploaded, and the app never goes online.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Witaj w Desktop CRM&lt;/h2&gt;&lt;p&gt;Znajdź klientów VIP, lojalnych, nowych, zagrożonych odejściem, uśpionych i utraconych w sprzedaży eksportowanej z kasy lub systemu lojalnościowego, zobacz, jak zmieniają się z miesiąca na miesiąc, i twórz listy do telefonów i SMS z osobistą ofertą dla każdego klienta.&lt;/p&gt;&lt;p&gt;Wszystko zostaje na tym komputerze: nic nie jest wysyłane, a aplikacja nigdy nie łączy się z internetem.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>A CSV, TXT, Excel or ODS export of sales; optionally a file with customer details.</source>
            <translation>Eksport sprzedaży w formacie CSV, TXT, Excel lub ODS; opcjonalnie plik z danymi klientów.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>a real identifier</source>
            <translation>prawdziwy identyfikator</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>A stable share of all customers that no list ever contacts</source>
            <translation>Stały udział wszystkich klientów, z którym żadna lista się nie kontaktuje</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>a test with arms needs a control group (a control share above 0)</source>
            <translation>test z wariantami wymaga grupy kontrolnej (udział kontroli powyżej 0)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>A: customers making the top 80 % of revenue; B: the next 15 %; C: the rest.</source>
            <translation>A: klienci dający pierwsze 80% przychodu; B: kolejne 15%; C: pozostali.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>ABC (Pareto)</source>
            <translation>ABC (Pareto)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>ABC class</source>
            <translation>Klasa ABC</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>abc class</source>
            <translation>Klasa ABC</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>About Desktop CRM</source>
            <translation>O programie Desktop CRM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>About To Sleep</source>
            <translation>Zasypiający</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>About to Sleep</source>
            <translation>Zasypiający</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idlink.py" />
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>accept</source>
            <translation>akceptuj</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Action</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>Active customers</source>
            <translation>Aktywni klienci</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Active, but comes now and then</source>
            <translation>Aktywny, ale przychodzi od czasu do czasu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>actual</source>
            <translation>rzeczywiste</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Add</source>
            <translation>Dodaj</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Add a sent list…</source>
            <translation>Dodaj wysłaną listę…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Adding customer attributes</source>
            <translation>Dodawanie danych klientów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>After entry</source>
            <translation>Po pierwszej wizycie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>After the calibration end: {actual} purchases, the model predicted {predicted} ({error}). Click a bar of a distribution to see those customers.</source>
            <translation>Po końcu okresu kalibracji: {actual} zakupów, model przewidział {predicted} ({error}). Kliknij słupek rozkładu, aby zobaczyć tych klientów.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>age</source>
            <translation>Wiek</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Age band</source>
            <translation>Grupa wiekowa</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>age band</source>
            <translation>Grupa wiekowa</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Agreed to marketing messages</source>
            <translation>Zgoda na wiadomości marketingowe</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>All cells</source>
            <translation>Wszystkie komórki</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_form.py" />
            <location filename="../../desktop_crm/core/traffic.py" />
            <source>All customers</source>
            <translation>Wszyscy klienci</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>all customers</source>
            <translation>wszyscy klienci</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>alt id</source>
            <translation>Dodatkowy identyfikator</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>amount</source>
            <translation>Kwota</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>amount is not a finite number or is implausibly large</source>
            <translation>kwota nie jest liczbą skończoną lub jest nieprawdopodobnie duża</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>amounts like '1{thousands}250' could be read either way; read with '{decimal}' as the decimal mark</source>
            <translation>kwoty takie jak '1{thousands}250' można odczytać dwojako; przyjęto '{decimal}' jako znak dziesiętny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>an RFM rule table needs at least one rule</source>
            <translation>tabela reguł RFM musi mieć co najmniej jedną regułę</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/mapping.py" />
            <source>and {n} more</source>
            <translation>i {n} więcej</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>any scores</source>
            <translation>dowolne oceny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Apply</source>
            <translation>Zastosuj</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Apply date</source>
            <translation>Zastosuj datę</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>arm</source>
            <translation>wariant</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Arms</source>
            <translation>Warianty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>arms</source>
            <translation>warianty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>arms must be distinct names other than 'control', e.g. '10%,15%,20%': {arms}</source>
            <translation>warianty muszą mieć różne nazwy inne niż 'control', np. '10%,15%,20%': {arms}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/chart_base.py" />
            <source>Arrow keys move between the items.</source>
            <translation>Strzałki przechodzą między elementami.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/chart_base.py" />
            <source>Arrow keys move between the items; Enter opens one.</source>
            <translation>Strzałki przechodzą między elementami; Enter otwiera element.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>As of</source>
            <translation>Na dzień</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>as of</source>
            <translation>Na dzień</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>As of {date}</source>
            <translation>Stan na {date}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/status.py" />
            <source>as of {date}</source>
            <translation>na dzień {date}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>As of {date}; the last {period} against the one before.</source>
            <translation>Stan na {date}; ostatni okres ({period}) w porównaniu z poprzednim.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/theme.py" />
            <source>As the system</source>
            <translation>Jak w systemie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>at most {most}</source>
            <translation>najwyżej {most}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>At Risk</source>
            <translation>Zagrożeni odejściem</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>At risk</source>
            <translation>Zagrożeni odejściem</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>At risk after (days)</source>
            <translation>Zagrożeni po (dniach)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>automatic</source>
            <translation>automatycznie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>automatic ({region})</source>
            <translation>automatycznie ({region})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>Automatic links</source>
            <translation>Powiązania automatyczne</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>automatic links: {n}</source>
            <translation>powiązania automatyczne: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>average</source>
            <translation>przeciętni</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>Average basket</source>
            <translation>Średni koszyk</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>average order {value}, last purchase {days} days ago on average</source>
            <translation>średni paragon {value}, ostatni zakup średnio {days} dni temu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Average purchase</source>
            <translation>Średni zakup</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Average recency and frequency</source>
            <translation>Przeciętna świeżość i częstotliwość</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>avg order value</source>
            <translation>Średni paragon</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>bands follow customers from their first department to the next two they moved to. Hover a band.</source>
            <translation>pasma prowadzą klientów od pierwszego działu do dwóch kolejnych, do których przeszli. Najedź na pasmo.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>baskets</source>
            <translation>Koszyki</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Behaviour clusters</source>
            <translation>Klastry zachowań</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>birth date</source>
            <translation>Data urodzenia</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>birthday filter needs birth dates in the customers file</source>
            <translation>filtr urodzin wymaga dat urodzenia w pliku klientów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Birthday offers</source>
            <translation>Oferty urodzinowe</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Birthday within</source>
            <translation>Urodziny w ciągu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Birthday within the next 30 days.</source>
            <translation>Urodziny w ciągu najbliższych 30 dni.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>birthday within {n} days</source>
            <translation>
                <numerusform>urodziny w ciągu {n} dnia</numerusform>
                <numerusform>urodziny w ciągu {n} dni</numerusform>
                <numerusform>urodziny w ciągu {n} dni</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Bought in this window a year earlier</source>
            <translation>Kupował w tym okresie rok wcześniej</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Bought often, but not for a long time</source>
            <translation>Kupował często, ale dawno</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Bought on promotion (a discount &gt; 0 counts)</source>
            <translation>Kupione w promocji (liczy się rabat &gt; 0)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Bought recently, buy often and spend the most</source>
            <translation>Kupowali niedawno, kupują często i wydają najwięcej</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Bought very recently, once</source>
            <translation>Kupili bardzo niedawno, jeden raz</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>bought {start} .. {end} (the window {first} .. {last}, a year earlier)</source>
            <translation>kupował {start} .. {end} (okres {first} .. {last} rok wcześniej)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Browse…</source>
            <translation>Przeglądaj…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>Building tables</source>
            <translation>Budowanie tabel</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Building the list…</source>
            <translation>Tworzenie listy…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Busiest day {busy}; quietest {quiet}, {below} below an average day: a good day for an offer.</source>
            <translation>Najruchliwszy dzień {busy}; najspokojniejszy {quiet}, o {below} poniżej średniego dnia: dobry dzień na ofertę.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Busiest day {busy}; traffic is even across the days (none clearly quieter).</source>
            <translation>Najruchliwszy dzień {busy}; ruch jest równy w ciągu tygodnia (żaden dzień nie jest wyraźnie spokojniejszy).</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Buy often; not in the last weeks</source>
            <translation>Kupują często, ale nie w ostatnich tygodniach</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>calibration</source>
            <translation>kalibracja</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>campaign</source>
            <translation>kampania</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Campaign result</source>
            <translation>Wynik kampanii</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>campaign {start} .. {end}: {contacted} contacted, {control} control</source>
            <translation>kampania {start} .. {end}: {contacted} skontaktowanych, {control} w grupie kontrolnej</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Campaigns</source>
            <translation>Kampanie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Can't Lose Them</source>
            <translation>Nie można ich stracić</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/status.py" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Cancel import</source>
            <translation>Anuluj import</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/status.py" />
            <source>Cancelled</source>
            <translation>Anulowano</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Cancelled. Nothing was changed; go back to import again.</source>
            <translation>Anulowano. Nic nie zostało zmienione; wróć, aby zaimportować ponownie.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>Candidates</source>
            <translation>Kandydaci</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>candidates to review: {n}</source>
            <translation>kandydaci do przejrzenia: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>cannot read the condition '{clause}' (write e.g. 'recency_days &gt; lost_days')</source>
            <translation>nie można odczytać warunku '{clause}' (napisz np. 'recency_days &gt; lost_days')</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>card</source>
            <translation>karta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>card key</source>
            <translation>identyfikator karty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>cards</source>
            <translation>karty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>category</source>
            <translation>Kategoria</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>category a</source>
            <translation>Kategoria A</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>category b</source>
            <translation>Kategoria B</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/io/duckdb_engine.py" />
            <source>Category preference</source>
            <translation>Preferencje kategorii</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Category transitions</source>
            <translation>Przejścia między kategoriami</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Champions</source>
            <translation>Mistrzowie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>channel must be one of {channels}</source>
            <translation>kanał musi być jednym z: {channels}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/accessible.py" />
            <location filename="../../desktop_crm/gui/chart_base.py" />
            <source>Chart</source>
            <translation>Wykres</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Chart as PNG…</source>
            <translation>Wykres jako PNG…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Chart as SVG…</source>
            <translation>Wykres jako SVG…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Chart type</source>
            <translation>Rodzaj wykresu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Check a sent list…</source>
            <translation>Sprawdź wysłaną listę…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Check predictions</source>
            <translation>Sprawdź prognozy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/store.py" />
            <source>Checking for rows already imported</source>
            <translation>Sprawdzanie wierszy już zaimportowanych</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>Checking the first {n} rows…</source>
            <translation>Sprawdzanie pierwszych {n} wierszy…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>Checking values</source>
            <translation>Sprawdzanie wartości</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Checking {name}…</source>
            <translation>Sprawdzanie {name}…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Choose a column for: {fields}.</source>
            <translation>Wybierz kolumnę dla: {fields}.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Choose a file</source>
            <translation>Wybierz plik</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Choose a list saved here earlier (it holds its control group) to compare who was contacted with who was held out.</source>
            <translation>Wybierz listę zapisaną tu wcześniej (zawiera grupę kontrolną), aby porównać skontaktowanych z odłożonymi.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Choose an existing sales file.</source>
            <translation>Wybierz istniejący plik sprzedaży.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_form.py" />
            <source>Chosen customers</source>
            <translation>Wybrani klienci</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Churn risk</source>
            <translation>Ryzyko odejścia</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>churn risk</source>
            <translation>Ryzyko odejścia</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>ci high</source>
            <translation>PU górny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>ci low</source>
            <translation>PU dolny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>circles are categories sized by visits; arrows go from one visit's main category to the next visit's. Hover an arrow for its numbers.</source>
            <translation>koła to kategorie o wielkości zależnej od liczby wizyt; strzałki prowadzą od głównej kategorii jednej wizyty do następnej. Najedź na strzałkę, aby zobaczyć liczby.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>City</source>
            <translation>Miasto</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>city</source>
            <translation>Miasto</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>cluster</source>
            <translation>Klaster</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>clustering needs at least 3 customers</source>
            <translation>grupowanie wymaga co najmniej 3 klientów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Clusters</source>
            <translation>Klastry</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>clusters</source>
            <translation>klastry</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>clv</source>
            <translation>CLV</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>CLV band</source>
            <translation>Przedział CLV</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>clv band</source>
            <translation>Przedział CLV</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>CLV over {n} days (last bar: and above)</source>
            <translation>
                <numerusform>CLV za {n} dzień (ostatni słupek: i więcej)</numerusform>
                <numerusform>CLV za {n} dni (ostatni słupek: i więcej)</numerusform>
                <numerusform>CLV za {n} dni (ostatni słupek: i więcej)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Co-purchase</source>
            <translation>Wspólne zakupy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>cohort</source>
            <translation>kohorta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <location filename="../../desktop_crm/io/report.py" />
            <source>Cohort retention</source>
            <translation>Retencja kohort</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Cohorts and rhythms</source>
            <translation>Kohorty i rytmy zakupów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>COLUMN OP VALUE with == != &gt; &gt;= &lt; &lt;= in, not in; or 'bought CATEGORY'. Columns: any of the Customers view, e.g. recency_days, frequency, monetary, clv, age, city.</source>
            <translation>KOLUMNA OP WARTOŚĆ z == != &gt; &gt;= &lt; &lt;= in, not in; albo 'bought KATEGORIA'. Kolumny: dowolne z widoku Klienci, np. recency_days, frequency, monetary, clv, age, city.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Column separator of a CSV file; Excel expects ';' where the decimal mark is a comma</source>
            <translation>Separator kolumn w pliku CSV; tam, gdzie separatorem dziesiętnym jest przecinek, Excel oczekuje ';'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Columns used:</source>
            <translation>Użyte kolumny:</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Comes back regularly</source>
            <translation>Regularnie wraca</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Comes most often and spends well</source>
            <translation>Przychodzi najczęściej i dobrze wydaje</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>comma: 1234,50</source>
            <translation>przecinek: 1234,50</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Comparing with the period before</source>
            <translation>Porównanie z poprzednim okresem</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>Computing…</source>
            <translation>Obliczanie…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>confidence</source>
            <translation>Ufność</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>Conflicts</source>
            <translation>Konflikty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>conflicts: {n}</source>
            <translation>konflikty: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>consent</source>
            <translation>Zgoda</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>contact cost</source>
            <translation>koszt kontaktu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>contacted customers</source>
            <translation>skontaktowani klienci</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/targets.py" />
            <source>contacted in the last {n} days</source>
            <translation>
                <numerusform>kontakt w ciągu ostatniego {n} dnia</numerusform>
                <numerusform>kontakt w ciągu ostatnich {n} dni</numerusform>
                <numerusform>kontakt w ciągu ostatnich {n} dni</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Contacted on {date}</source>
            <translation>Kontakt {date}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Contacted within</source>
            <translation>Kontakt w ciągu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>control</source>
            <translation>kontrolna</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Control group</source>
            <translation>Grupa kontrolna</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Control group ({share}, seed {seed})</source>
            <translation>Grupa kontrolna ({share}, ziarno {seed})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Copy</source>
            <translation>Kopiuj</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Cost per contact</source>
            <translation>Koszt kontaktu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/report_export.py" />
            <source>Could not export the report</source>
            <translation>Nie udało się wyeksportować raportu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/mapping.py" />
            <source>could not find a column for {fields}; columns are: {columns}</source>
            <translation>nie znaleziono kolumny dla {fields}; kolumny: {columns}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Could not save the rejected rows</source>
            <translation>Nie udało się zapisać odrzuconych wierszy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>could not tell how the columns are separated (tried , ; tab | and spaces)</source>
            <translation>nie udało się ustalić separatora kolumn (próbowano , ; tabulatora | i spacji)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Counting visits</source>
            <translation>Liczenie wizyt</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Counting visits…</source>
            <translation>Liczenie wizyt…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Counts</source>
            <translation>Liczby</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>CSV with ,</source>
            <translation>CSV z ,</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>CSV with ;</source>
            <translation>CSV z ;</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>CSV with tabs</source>
            <translation>CSV z tabulatorami</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>cumulative customers</source>
            <translation>Klienci narastająco</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>cumulative revenue</source>
            <translation>Przychód narastająco</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Currency symbol</source>
            <translation>Symbol waluty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>currency, e.g. TL</source>
            <translation>waluta, np. zł</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>customer id</source>
            <translation>Numer klienta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/pseudonyms.py" />
            <source>customer ids are pseudonyms; the project's key matches them back</source>
            <translation>identyfikatory klientów to pseudonimy; klucz projektu dopasowuje je z powrotem</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Customer report</source>
            <translation>Raport o klientach</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Customer segmentation, journeys and target lists for loyalty-card programmes, on your own computer. Your data never leaves it.</source>
            <translation>Segmentacja klientów, ścieżki klientów i listy docelowe dla programów lojalnościowych — na twoim własnym komputerze. Twoje dane nigdy go nie opuszczają.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Customer segments</source>
            <translation>Segmenty klientów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Customer {customer_id}</source>
            <translation>Klient {customer_id}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <location filename="../../desktop_crm/io/report.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Customers</source>
            <translation>Klienci</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/charts.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>customers</source>
            <translation>Klienci</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Customers by R score (rows) and F score (columns)</source>
            <translation>Klienci według oceny R (wiersze) i F (kolumny)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Customers file</source>
            <translation>Plik klientów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Customers on the list</source>
            <translation>Klienci na liście</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>Customers per segment at each date</source>
            <translation>Klienci w segmentach na każdą datę</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Customers view selection</source>
            <translation>Wybór z widoku Klienci</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Customers without marketing consent</source>
            <translation>Klienci bez zgody marketingowej</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>customers written to {path}</source>
            <translation>klientów zapisano do {path}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>cut</source>
            <translation>Próg</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/theme.py" />
            <source>Dark</source>
            <translation>Ciemny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Data</source>
            <translation>Dane</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Data as Excel…</source>
            <translation>Dane jako Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Date (and time) of the purchase</source>
            <translation>Data (i godzina) zakupu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>date format</source>
            <translation>format daty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Date of birth</source>
            <translation>Data urodzenia</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>Date order</source>
            <translation>Kolejność daty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>date out of range (before 1900 or after 2100)</source>
            <translation>data poza zakresem (przed 1900 lub po 2100)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Date the customer joined the programme</source>
            <translation>Data przystąpienia klienta do programu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Dates</source>
            <translation>Daty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dates.py" />
            <source>dates in both day-first and month-first order; the minority is rejected</source>
            <translation>daty w obu kolejnościach (dzień-miesiąc i miesiąc-dzień); mniejszość odrzucono</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>dates: {note}</source>
            <translation>daty: {note}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>day first: 31.12</source>
            <translation>najpierw dzień: 31.12</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>days</source>
            <translation>dni</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Days from the last purchase to the as-of date</source>
            <translation>Dni od ostatniego zakupu do daty analizy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>days overdue</source>
            <translation>dni spóźnienia</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>days to birthday</source>
            <translation>Dni do urodzin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Dear {first_name}, spend {target} by Sunday and get {points} bonus points!</source>
            <translation>{first_name}, wydaj {target} do niedzieli i zdobądź {points} punktów bonusowych!</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>decided</source>
            <translation>zdecydowano</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>Decimal mark</source>
            <translation>Znak dziesiętny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>decimal mark</source>
            <translation>separator dziesiętny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>decision</source>
            <translation>decyzja</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>delimiter</source>
            <translation>separator</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/gui/status.py" />
            <source>Demo data</source>
            <translation>Dane demonstracyjne</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>Demo pipeline done: imported the demo data, segmented every customer, wrote {path}</source>
            <translation>Demo gotowe: zaimportowano dane demo, podzielono wszystkich klientów na segmenty, zapisano {path}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Department, category or product group</source>
            <translation>Dział, kategoria lub grupa produktów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Departments</source>
            <translation>Działy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>description</source>
            <translation>Opis</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Desktop CRM did not close normally last time. Reopen the work as it was autosaved?</source>
            <translation>Desktop CRM nie zamknął się ostatnio poprawnie. Otworzyć pracę w stanie z autozapisu?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Desktop CRM projects (*{suffix})</source>
            <translation>Projekty Desktop CRM (*{suffix})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idlink.py" />
            <source>digit sequence</source>
            <translation>ciąg cyfr</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>direction</source>
            <translation>Kierunek</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Discount by</source>
            <translation>Rabat według</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>discount by {column}: {tiers}</source>
            <translation>rabat według {column}: {tiers}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>discount column</source>
            <translation>kolumna rabatu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>discount cost</source>
            <translation>koszt rabatu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>discount pct</source>
            <translation>Rabat %</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>discount per 30 days</source>
            <translation>dyskonto na 30 dni</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>discount tiers: '{name}' is given twice</source>
            <translation>progi rabatów: '{name}' podano dwa razy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>discount tiers: '{part}' is not a percentage from 0 to 100</source>
            <translation>progi rabatów: '{part}' to nie procent od 0 do 100</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>discount tiers: write VALUE=PERCENT, e.g. Low=15; '{part}' is not</source>
            <translation>progi rabatów: wpisz WARTOŚĆ=PROCENT, np. Niska=15; '{part}' nie pasuje</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Do not contact</source>
            <translation>Nie kontaktować</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/progress.py" />
            <source>Done</source>
            <translation>Gotowe</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>downgrade</source>
            <translation>spadek</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>duplicate customer id (first row kept)</source>
            <translation>powtórzony numer klienta (zachowano pierwszy wiersz)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>E-mail address</source>
            <translation>Adres e-mail</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Each arm of a test in its own file, the control group in another</source>
            <translation>Każde ramię testu we własnym pliku, grupa kontrolna w osobnym</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Each column can be used once: {columns}.</source>
            <translation>Każdej kolumny można użyć raz: {columns}.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>edit</source>
            <translation>różnica</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnorm.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>empty row</source>
            <translation>pusty wiersz</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>Encoding</source>
            <translation>Kodowanie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>encoding</source>
            <translation>kodowanie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>Encoding transactions</source>
            <translation>Kodowanie transakcji</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>encoding {name}</source>
            <translation>kodowanie {name}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>entries</source>
            <translation>Pierwsze wizyty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Entry categories</source>
            <translation>Kategorie pierwszej wizyty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>entry category</source>
            <translation>Kategoria pierwszej wizyty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>error: {message}</source>
            <translation>błąd: {message}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>Every</source>
            <translation>Co</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>every customer bought only once; purchase rates cannot be estimated</source>
            <translation>każdy klient kupił tylko raz; nie da się oszacować częstotliwości zakupów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>Every row of the file was rejected. Open the import report to see why, check the column mapping (File → Import…), and save the rejected rows to fix them.</source>
            <translation>Wszystkie wiersze pliku zostały odrzucone. Otwórz raport importu, aby zobaczyć dlaczego, sprawdź przypisanie kolumn (Plik → Importuj…) i zapisz odrzucone wiersze, aby je poprawić.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>everyone else</source>
            <translation>wszyscy pozostali</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <location filename="../../desktop_crm/gui/rejects.py" />
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Excel or CSV from your till, POS or loyalty system; the columns are recognised</source>
            <translation>Excel lub CSV z kasy, POS lub systemu lojalnościowego; kolumny są rozpoznawane</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dates.py" />
            <source>Excel serial day numbers</source>
            <translation>numery seryjne dni Excela</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Excel workbook</source>
            <translation>Skoroszyt Excela</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Skoroszyt Excela (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Excel workbook (*.xlsx);;CSV for SMS/e-mail tools (*.csv)</source>
            <translation>Skoroszyt Excela (*.xlsx);;CSV dla narzędzi SMS/e-mail (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>expected aov</source>
            <translation>Oczekiwany paragon</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>expected purchases</source>
            <translation>Oczekiwane zakupy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>expected response without an offer: {rate}</source>
            <translation>oczekiwana reakcja bez oferty: {rate}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Explore the demo data</source>
            <translation>Poznaj dane demonstracyjne</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Export</source>
            <translation>Eksportuj</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Export failed</source>
            <translation>Eksport nie powiódł się</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Export Re&amp;port…</source>
            <translation>Eksportuj &amp;raport…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/report_export.py" />
            <source>Export report</source>
            <translation>Eksportuj raport</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Export to Excel</source>
            <translation>Eksport do Excela</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Export to Excel…</source>
            <translation>Eksport do Excela…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Export {kind}</source>
            <translation>Eksport: {kind}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Exports use the chosen language for sheet names and headers. CSV files are written with '{delimiter}' between columns and '{decimal}' as the decimal mark, so Excel set to that language opens them as they are.</source>
            <translation>Eksporty używają wybranego języka w nazwach arkuszy i nagłówkach. Pliki CSV są zapisywane z '{delimiter}' między kolumnami i '{decimal}' jako separatorem dziesiętnym, więc Excel w tym języku otwiera je bez zmian.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>extra margin</source>
            <translation>dodatkowa marża</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>extra revenue</source>
            <translation>dodatkowy przychód</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>extra revenue {extra}, net after margin and contact cost {net}</source>
            <translation>dodatkowy przychód {extra}, netto po marży i kosztach kontaktu {net}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>F (frequency) score 1–5: 5 = most purchase occasions (receipts), 1 = fewest</source>
            <translation>Ocena F (częstotliwość) 1–5: 5 = najwięcej zakupów (paragonów), 1 = najmniej</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>F score</source>
            <translation>Ocena F</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>f score</source>
            <translation>Ocena F</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Favourite category</source>
            <translation>Ulubiona kategoria</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Few purchases, long ago</source>
            <translation>Mało zakupów, dawno</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Few purchases, slipping away</source>
            <translation>Mało zakupów, oddalają się</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>file</source>
            <translation>plik</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>File format</source>
            <translation>Format pliku</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Filter</source>
            <translation>Filtr</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter 'bought {value}': no category '{name}'; categories: {known}</source>
            <translation>filtr 'bought {value}': brak kategorii '{name}'; kategorie: {known}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter '{filter}': no column '{column}'; try one of {known}</source>
            <translation>filtr '{filter}': brak kolumny '{column}'; spróbuj jednej z: {known}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter '{filter}': write COLUMN OP VALUE, e.g. 'monetary &gt;= 100', 'city in Ankara,İzmir' or 'bought Coffee'</source>
            <translation>filtr '{filter}': wpisz KOLUMNA OP WARTOŚĆ, np. 'monetary &gt;= 100', 'city in Kraków,Gdańsk' lub 'bought Coffee'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter '{filter}': {column} is a date; write it as YYYY-MM-DD</source>
            <translation>filtr '{filter}': {column} to data; wpisz ją jako RRRR-MM-DD</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter '{filter}': {column} is a number, '{value}' is not</source>
            <translation>filtr '{filter}': {column} to liczba, a '{value}' nie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter '{filter}': {column} is text; use ==, !=, in or not in</source>
            <translation>filtr '{filter}': {column} to tekst; użyj ==, !=, in lub not in</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Filters (all must hold)</source>
            <translation>Filtry (wszystkie muszą być spełnione)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Finding behaviour clusters</source>
            <translation>Wyszukiwanie klastrów zachowań</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Finding what changed</source>
            <translation>Szukanie zmian</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>fingerprint</source>
            <translation>odcisk</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>first name</source>
            <translation>Imię</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>first purchase</source>
            <translation>Pierwszy zakup</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>First purchase recently</source>
            <translation>Pierwszy zakup niedawno</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>First purchase: main category</source>
            <translation>Pierwszy zakup: główna kategoria</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>First three departments</source>
            <translation>Pierwsze trzy działy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>First {read} rows: {accepted} would be imported, {rejected} rejected ({share}).</source>
            <translation>Pierwsze {read} wierszy: {accepted} zostanie zaimportowanych, {rejected} odrzuconych ({share}).</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>First, second and third department of each customer</source>
            <translation>Pierwszy, drugi i trzeci dział każdego klienta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Fit uplift model</source>
            <translation>Dopasuj model uplift</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Fitting on the data up to {date} and checking the days after it…</source>
            <translation>Dopasowanie do danych do {date} i sprawdzanie dni po tej dacie…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Fitting the uplift model…</source>
            <translation>Dopasowywanie modelu uplift…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Flows</source>
            <translation>Przepływy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Follow-up</source>
            <translation>Kolejna fala</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Following every customer from visit to visit…</source>
            <translation>Śledzenie każdego klienta od wizyty do wizyty…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>For an outside vendor: ids replaced by a keyed hash; the key stays in the project and matches a response file back</source>
            <translation>Dla zewnętrznego dostawcy: identyfikatory zastąpione skrótem z kluczem; klucz zostaje w projekcie i dopasowuje plik odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>For exports beyond memory; files over 1 GB are always kept on disk</source>
            <translation>Dla eksportów większych niż pamięć; pliki powyżej 1 GB są zawsze trzymane na dysku</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>frequency</source>
            <translation>Częstotliwość</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>frequency counts</source>
            <translation>liczenie częstotliwości</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>frequency from</source>
            <translation>Częstotliwość (przed)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>frequency to</source>
            <translation>Częstotliwość (po)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>frequent</source>
            <translation>części</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Fri</source>
            <translation>Pt</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>from</source>
            <translation>od</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>from \ to</source>
            <translation>skąd \ dokąd</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>from category</source>
            <translation>Z kategorii</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>from date</source>
            <translation>Data początkowa</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>from segment</source>
            <translation>Z segmentu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/charts.py" />
            <source>From the main category of one visit to the next</source>
            <translation>Od głównej kategorii jednej wizyty do następnej</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Full name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/value.py" />
            <source>Full price</source>
            <translation>Pełna cena</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Funnel</source>
            <translation>Lejek</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Gender</source>
            <translation>Płeć</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>gender</source>
            <translation>Płeć</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Generated at</source>
            <translation>Utworzono</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Generated by</source>
            <translation>Utworzono w</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Global holdout</source>
            <translation>Globalna grupa wyłączona</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>group</source>
            <translation>Grupa</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Groups</source>
            <translation>Grupy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>header on row {row}</source>
            <translation>nagłówek w wierszu {row}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>Header row</source>
            <translation>Wiersz nagłówka</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>header row</source>
            <translation>wiersz nagłówka</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Held out at random in each segment and not contacted, to measure the effect</source>
            <translation>Losowo odkładani w każdym segmencie i nie kontaktowani, aby zmierzyć efekt</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Hibernating</source>
            <translation>W hibernacji</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>High</source>
            <translation>Wysoka</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/theme.py" />
            <source>High contrast</source>
            <translation>Wysoki kontrast</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>high spend</source>
            <translation>wysokie wydatki</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Hold out</source>
            <translation>Odłóż</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>holdout</source>
            <translation>grupa wyłączona</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Holdout against everyone else, revenue per customer per month</source>
            <translation>Grupa wyłączona wobec pozostałych, przychód na klienta miesięcznie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>Holdout check</source>
            <translation>Kontrola na danych odłożonych</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>holdout: {actual} purchases, predicted {predicted} ({error})</source>
            <translation>okres kontrolny: {actual} zakupów, prognoza {predicted} ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>horizon days</source>
            <translation>horyzont (dni)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>hour</source>
            <translation>Godzina</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Hover a bar for its definition; click it to see its customers.</source>
            <translation>Najedź na słupek, aby zobaczyć definicję; kliknij, aby zobaczyć klientów.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>How &amp;segments are defined</source>
            <translation>Jak definiowane są &amp;segmenty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>How customers moved</source>
            <translation>Jak przemieszczali się klienci</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/charts.py" />
            <source>How customers moved between segments</source>
            <translation>Jak klienci przechodzili między segmentami</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>How many of the strongest moves to draw</source>
            <translation>Ile najsilniejszych przejść rysować</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>How segments are defined</source>
            <translation>Jak definiowane są segmenty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>How the business is doing</source>
            <translation>Jak idzie biznes</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>How the list was narrowed</source>
            <translation>Jak zawężano listę</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Identities</source>
            <translation>Tożsamości</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <location filename="../../desktop_crm/pipeline.py" />
            <source>Import report</source>
            <translation>Raport importu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>import report</source>
            <translation>Raport importu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Import sales data</source>
            <translation>Import danych sprzedaży</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/importer.py" />
            <location filename="../../desktop_crm/io/store.py" />
            <source>Imported {n} rows</source>
            <translation>
                <numerusform>Zaimportowano {n} wiersz</numerusform>
                <numerusform>Zaimportowano {n} wiersze</numerusform>
                <numerusform>Zaimportowano {n} wierszy</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Importing</source>
            <translation>Importowanie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>Importing {name}</source>
            <translation>Importowanie {name}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>in the global holdout</source>
            <translation>w globalnej grupie wyłączonej</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>incremental profit</source>
            <translation>dodatkowy zysk</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>incremental profit ci high</source>
            <translation>dodatkowy zysk PU górny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>incremental profit ci low</source>
            <translation>dodatkowy zysk PU dolny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>incremental revenue</source>
            <translation>dodatkowy przychód</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>incremental revenue ci high</source>
            <translation>dodatkowy przychód PU górny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>incremental revenue ci low</source>
            <translation>dodatkowy przychód PU dolny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnear.py" />
            <source>inserted/deleted</source>
            <translation>wstawiony/usunięty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>internal error: {error} (details in {path})</source>
            <translation>błąd wewnętrzny: {error} (szczegóły w {path})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>internal error: {error} (set DESKTOP_CRM_DEBUG=1 for details)</source>
            <translation>błąd wewnętrzny: {error} (szczegóły: ustaw DESKTOP_CRM_DEBUG=1)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>interrupted</source>
            <translation>przerwano</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>item</source>
            <translation>Pozycja</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Joined recently and came back already</source>
            <translation>Dołączył niedawno i już wrócił</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Journeys</source>
            <translation>Ścieżki</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>k-means on recency, frequency, spend and category shares, described against the typical customer.</source>
            <translation>k-średnich na świeżości, częstotliwości, wydatkach i udziałach kategorii, opisane względem typowego klienta.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>keep apart</source>
            <translation>zostaw osobno</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>kept</source>
            <translation>Zostało</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>kept under the phone/plate itself: {n}</source>
            <translation>zachowano pod samym telefonem/numerem rejestracyjnym: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>key</source>
            <translation>identyfikator</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>kind</source>
            <translation>rodzaj</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>known</source>
            <translation>znany</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>Known revenue</source>
            <translation>Znany przychód</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>lapsed</source>
            <translation>dawno nie było</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Large-file mode: keep imported sales on disk</source>
            <translation>Tryb dużych plików: trzymaj zaimportowaną sprzedaż na dysku</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Last purchase</source>
            <translation>Ostatni zakup</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>last purchase</source>
            <translation>Ostatni zakup</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Later than their own usual gap between purchases, before any fixed 'at risk' limit.</source>
            <translation>Dłużej niż ich zwykła przerwa między zakupami, zanim zadziała stały próg „zagrożeni”.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>layout must be one of {layouts}</source>
            <translation>układ musi być jednym z: {layouts}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Learn from data up to</source>
            <translation>Ucz się na danych do</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Lifecycle</source>
            <translation>Cykl życia</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Lifecycle limits: new up to {new} days, at risk after {at_risk}, sleeping after {sleeping}, lost after {lost} (usual gap {gap} days).</source>
            <translation>Granice cyklu życia: nowy do {new} dni, zagrożony po {at_risk}, uśpiony po {sleeping}, utracony po {lost} (zwykła przerwa {gap} dni).</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>lifecycle segment</source>
            <translation>Segment cyklu życia</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Lifecycle segments from {start} to {end}: {up} up, {down} down, {same} unchanged, {new} new.</source>
            <translation>Segmenty cyklu życia od {start} do {end}: {up} w górę, {down} w dół, {same} bez zmian, {new} nowych.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Lifecycle thresholds</source>
            <translation>Progi cyklu życia</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Lifecycle, ABC and price</source>
            <translation>Cykl życia, ABC i cena</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Lifetime value</source>
            <translation>Wartość klienta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Lifetime value appears after the data is segmented.</source>
            <translation>Wartość klienta pojawi się po segmentacji danych.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Lifetime value band</source>
            <translation>Przedział wartości klienta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/duckdb_engine.py" />
            <source>lifetime value is computed by the in-memory engine only</source>
            <translation>wartość życiowa jest liczona tylko przez silnik w pamięci</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Lifetime value is switched off.</source>
            <translation>Wartość klienta jest wyłączona.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>lifetime value: {reason}</source>
            <translation>wartość klienta: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>lift</source>
            <translation>Lift</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/theme.py" />
            <source>Light</source>
            <translation>Jasny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>line</source>
            <translation>Wiersz</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>link the cards</source>
            <translation>połącz karty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>List</source>
            <translation>Lista</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>list date</source>
            <translation>Data listy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>List name</source>
            <translation>Nazwa listy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Lists (*.xlsx *.csv)</source>
            <translation>Listy (*.xlsx *.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Lists sent earlier</source>
            <translation>Wcześniej wysłane listy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Load rules (lifecycle or RFM)</source>
            <translation>Wczytaj reguły (cykl życia lub RFM)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Load rules…</source>
            <translation>Wczytaj reguły…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/pipeline.py" />
            <source>Loaded</source>
            <translation>Wczytano</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Loading purchases and segment history…</source>
            <translation>Wczytywanie zakupów i historii segmentów…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>log-likelihood</source>
            <translation>log-wiarygodność</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Look</source>
            <translation>Wygląd</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnear.py" />
            <source>look-alike</source>
            <translation>podobny znak</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Lost</source>
            <translation>Utraceni</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Lost after (days)</source>
            <translation>Utracony po (dniach)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>Low</source>
            <translation>Niska</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>low spend</source>
            <translation>niskie wydatki</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Low=15, Medium=10, High=5</source>
            <translation>Niska=15, Średnia=10, Wysoka=5</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Lowest recency and frequency</source>
            <translation>Najniższa świeżość i częstotliwość</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Loyal</source>
            <translation>Lojalni</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Loyal Customers</source>
            <translation>Lojalni klienci</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Loyal visits per month</source>
            <translation>Lojalni: wizyt w miesiącu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Loyalty card (offer on the card)</source>
            <translation>Karta lojalnościowa (oferta na karcie)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Loyalty card or customer number</source>
            <translation>Karta lojalnościowa lub numer klienta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>M (monetary) score 1–5: 5 = highest net spend (returns subtracted), 1 = lowest</source>
            <translation>Ocena M (pieniądze) 1–5: 5 = najwyższe wydatki netto (po odjęciu zwrotów), 1 = najniższe</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>m score</source>
            <translation>Ocena M</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Main</source>
            <translation>Główny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Margin</source>
            <translation>Marża</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>margin</source>
            <translation>marża</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Marketing consent</source>
            <translation>Zgoda marketingowa</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>matched to a card by phone/plate: {n}</source>
            <translation>dopasowano do karty po telefonie/numerze rejestracyjnym: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>matching '{text}'</source>
            <translation>pasujący do '{text}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>max</source>
            <translation>maks.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>mean f</source>
            <translation>Średnia F</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>mean m</source>
            <translation>Średnia M</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>mean purchases per customer</source>
            <translation>średnia liczba zakupów na klienta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>mean r</source>
            <translation>Średnia R</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Mean recency (days)</source>
            <translation>Średnia świeżość (dni)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>mean recency days</source>
            <translation>Śr. dni od zakupu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>mean spend</source>
            <translation>średnie wydatki</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Measure</source>
            <translation>Miara</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>median days</source>
            <translation>Mediana dni</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>Medium</source>
            <translation>Średnia</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Message</source>
            <translation>Wiadomość</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>metric</source>
            <translation>Miara</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>min</source>
            <translation>min.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>missing amount</source>
            <translation>brak kwoty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>missing customer id</source>
            <translation>brak numeru klienta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>missing date</source>
            <translation>brak daty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>model</source>
            <translation>Model</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Model details</source>
            <translation>Szczegóły modelu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Mon</source>
            <translation>Pn</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>monetary</source>
            <translation>Wydatki</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>monetary &gt;= 100 · city in Ankara,İzmir · bought Coffee</source>
            <translation>monetary &gt;= 100 · city in Kraków,Gdańsk · bought Kawa</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>monetary from</source>
            <translation>Wydatki (przed)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>monetary to</source>
            <translation>Wydatki (po)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>Month</source>
            <translation>Miesiąc</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>month</source>
            <translation>miesiąc</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>month first: 12/31</source>
            <translation>najpierw miesiąc: 12/31</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Most frequent moves (repeats of the same category left out)</source>
            <translation>Najczęstsze przejścia (bez powtórzeń tej samej kategorii)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>mostly {category}</source>
            <translation>głównie {category}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Move potential loyal customers to Loyal</source>
            <translation>Zamień potencjalnie lojalnych w lojalnych</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Movers</source>
            <translation>Przechodzący</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Name</source>
            <translation>Imię</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Need Attention</source>
            <translation>Wymagają uwagi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Needs</source>
            <translation>Wymaga</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>needs a phone number</source>
            <translation>wymaga numeru telefonu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>needs a phone or an e-mail</source>
            <translation>wymaga telefonu lub e-maila</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_extras.py" />
            <source>needs a saved campaign with a control group and a later import</source>
            <translation>wymaga zapisanej kampanii z grupą kontrolną i późniejszego importu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>needs an e-mail address</source>
            <translation>wymaga adresu e-mail</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>net</source>
            <translation>netto</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Net amount; returns are negative</source>
            <translation>Kwota netto; zwroty są ujemne</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Net spend per purchase occasion</source>
            <translation>Wydatki netto na jeden zakup</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Net spend: purchases minus returns</source>
            <translation>Wydatki netto: zakupy minus zwroty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>New</source>
            <translation>Nowi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>new</source>
            <translation>nowi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>New and already back once; the value is what their path to Loyal would bring.</source>
            <translation>Nowi i już raz wrócili; wartość to to, co przyniesie ich droga do lojalności.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>New Customers</source>
            <translation>Nowi klienci</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>New customers</source>
            <translation>Nowi klienci</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>New for (days)</source>
            <translation>Nowy przez (dni)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>next category</source>
            <translation>Następna kategoria</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>next tier</source>
            <translation>następny poziom</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>no</source>
            <translation>nie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>No action has enough customers yet.</source>
            <translation>Żadne działanie nie ma jeszcze dość klientów.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>no card, and its plate/phone is suspicious</source>
            <translation>brak karty, a tablica/telefon jest podejrzany</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <location filename="../../desktop_crm/io/report.py" />
            <source>No change large enough to matter.</source>
            <translation>Brak zmian na tyle dużych, by miały znaczenie.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>No contact needed</source>
            <translation>Kontakt niepotrzebny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_form.py" />
            <source>no customers chosen yet: pick them in another view and press “Send to Targets”</source>
            <translation>nie wybrano jeszcze klientów: wybierz ich w innym widoku i naciśnij „Wyślij do celów”</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>No data loaded. Use File → Open… or File → Open Demo Data.</source>
            <translation>Nie wczytano danych. Użyj Plik → Importuj… lub Plik → Otwórz dane demonstracyjne.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/empty.py" />
            <source>No data yet. Open a sales file (File → Import…) or the demo data.</source>
            <translation>Brak danych. Otwórz plik sprzedaży (Plik → Importuj…) lub dane demonstracyjne.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dates.py" />
            <source>no day above 12, so day/month order was assumed day-first</source>
            <translation>brak dnia powyżej 12, więc przyjęto kolejność dzień-miesiąc</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>No discount</source>
            <translation>Bez rabatu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no e-mail address</source>
            <translation>brak adresu e-mail</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>No earlier lists</source>
            <translation>Brak wcześniejszych list</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>No list saved yet: save a list in Targets and it is recorded here.</source>
            <translation>Brak zapisanych list: zapisz listę w Celach, a pojawi się tutaj.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no marketing consent</source>
            <translation>brak zgody marketingowej</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no phone number</source>
            <translation>brak numeru telefonu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no phone or e-mail</source>
            <translation>brak telefonu i e-maila</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>No plate, phone or e-mail column was imported.</source>
            <translation>Nie zaimportowano kolumny z tablicą, telefonem ani e-mailem.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>No points</source>
            <translation>Bez punktów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>No purchase for over</source>
            <translation>Brak zakupów przez ponad</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>No purchase for over a year: exclude from mailings</source>
            <translation>Brak zakupów od ponad roku: wyłączyć z wysyłek</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no purchase for over {n} days</source>
            <translation>
                <numerusform>brak zakupów od ponad {n} dnia</numerusform>
                <numerusform>brak zakupów od ponad {n} dni</numerusform>
                <numerusform>brak zakupów od ponad {n} dni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>no purchase for over {n} days: not contacted</source>
            <translation>
                <numerusform>brak zakupów od ponad {n} dnia: bez kontaktu</numerusform>
                <numerusform>brak zakupów od ponad {n} dni: bez kontaktu</numerusform>
                <numerusform>brak zakupów od ponad {n} dni: bez kontaktu</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/categories.py" />
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>No purchases</source>
            <translation>Bez zakupów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>No recent projects or files yet</source>
            <translation>Brak ostatnich projektów i plików</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>No rejected rows to save</source>
            <translation>Brak odrzuconych wierszy do zapisania</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>no row could be imported; check the column mapping and the rejected rows</source>
            <translation>nie zaimportowano żadnego wiersza; sprawdź przypisanie kolumn i odrzucone wiersze</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>No rows could be imported</source>
            <translation>Nie udało się zaimportować żadnego wiersza</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>no rows were rejected; {path} was not written</source>
            <translation>nie odrzucono żadnych wierszy; {path} nie został zapisany</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>no rows with at least two filled columns</source>
            <translation>brak wierszy z co najmniej dwiema wypełnionymi kolumnami</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>no rule matched</source>
            <translation>żadna reguła nie pasowała</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>no split of these customers would; choose more customers or a bigger effect</source>
            <translation>żaden podział tych klientów nie wystarczy; wybierz więcej klientów lub większy efekt</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>no such date</source>
            <translation>nie ma takiej daty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>no transactions</source>
            <translation>brak transakcji</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>no transactions after the send date {date}; the campaign cannot be judged yet</source>
            <translation>brak transakcji po dacie wysyłki {date}; kampanii nie można jeszcze ocenić</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/io/duckdb_engine.py" />
            <source>no transactions before {date}; choose a later as-of date</source>
            <translation>brak transakcji przed {date}; wybierz późniejszą datę analizy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no {scheme} segment named '{name}'; the segments are: {known}</source>
            <translation>brak segmentu {scheme} o nazwie '{name}'; segmenty: {known}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>non-responders to the list sent {date}</source>
            <translation>osoby, które nie zareagowały na listę z {date}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>none in this data</source>
            <translation>brak w tych danych</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/project.py" />
            <source>not a Desktop CRM project</source>
            <translation>to nie jest projekt Desktop CRM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/rule_files.py" />
            <source>not a JSON rule file</source>
            <translation>to nie jest plik reguł JSON</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>not an identity decisions file</source>
            <translation>to nie jest plik decyzji o tożsamości</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>not an RFM rule table: {error}</source>
            <translation>to nie jest tabela reguł RFM: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Not bought since</source>
            <translation>Od tego czasu nie kupili</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>not enough evidence</source>
            <translation>za mało dowodów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>not enough memory for this file</source>
            <translation>za mało pamięci na ten plik</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/worker.py" />
            <source>Not enough memory for this file. Close other programs or split the file.</source>
            <translation>Za mało pamięci na ten plik. Zamknij inne programy lub podziel plik.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>not enough repeat customers; order values are each customer's own mean</source>
            <translation>za mało powracających klientów; wartości zamówień to średnia każdego klienta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>not found</source>
            <translation>nie znaleziono</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Note</source>
            <translation>Uwaga</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>note: {text}</source>
            <translation>uwaga: {text}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Nothing for months</source>
            <translation>Nic od miesięcy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Nothing was changed: the data already open stays. Go back to fix the format.</source>
            <translation>Nic nie zmieniono: otwarte dane pozostają. Wróć, aby poprawić format.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Occasional</source>
            <translation>Okazjonalni</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>of the last</source>
            <translation>z ostatniego</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Offer</source>
            <translation>Oferta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Offer arms of a test, split evenly in each segment; empty: one offer</source>
            <translation>Warianty oferty w teście, po równo w każdym segmencie; puste: jedna oferta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>offer loaded on the loyalty card (no contact data needed)</source>
            <translation>oferta wgrana na kartę lojalnościową (dane kontaktowe niepotrzebne)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>offer text</source>
            <translation>Tekst oferty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>offer text: unknown placeholder {name}; use {known}</source>
            <translation>tekst oferty: nieznany symbol zastępczy {name}; użyj {known}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>offer text: {error} (write {{{{ and }}}} for literal braces)</source>
            <translation>tekst oferty: {error} (dla samych nawiasów klamrowych wpisz {{{{ i }}}})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>offer text: {name} needs the path to the next tier from the sales</source>
            <translation>tekst oferty: {name} wymaga ścieżki do następnego poziomu ze sprzedaży</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>offer: points rate must be ≥ 0, target weeks ≥ 1 and the target factor &gt; 0</source>
            <translation>oferta: stawka punktów musi być ≥ 0, tygodnie celu ≥ 1, a mnożnik celu &gt; 0</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>on a list sent in the last {n} days: not contacted</source>
            <translation>
                <numerusform>na liście wysłanej w ciągu ostatniego {n} dnia: bez kontaktu</numerusform>
                <numerusform>na liście wysłanej w ciągu ostatnich {n} dni: bez kontaktu</numerusform>
                <numerusform>na liście wysłanej w ciągu ostatnich {n} dni: bez kontaktu</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>One file per arm</source>
            <translation>Plik na każde ramię</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>One sheet per segment</source>
            <translation>Arkusz na każdy segment</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>One table</source>
            <translation>Jedna tabela</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>only customers who agreed to marketing (when the customers file says)</source>
            <translation>tylko klienci ze zgodą marketingową (jeśli plik klientów to podaje)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Only returns in the period</source>
            <translation>W okresie tylko zwroty</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Only the first {n} rows were copied; use Export to Excel for all of them.</source>
            <translation>
                <numerusform>Skopiowano tylko pierwszy {n} wiersz; aby skopiować wszystkie, użyj Eksportu do Excela.</numerusform>
                <numerusform>Skopiowano tylko pierwsze {n} wiersze; aby skopiować wszystkie, użyj Eksportu do Excela.</numerusform>
                <numerusform>Skopiowano tylko pierwsze {n} wierszy; aby skopiować wszystkie, użyj Eksportu do Excela.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>only {found} customers bought more than once; the model needs at least {needed}</source>
            <translation>tylko {found} klientów kupiło więcej niż raz; model potrzebuje co najmniej {needed}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Open &amp;Demo Data</source>
            <translation>Otwórz &amp;dane demonstracyjne</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Open &amp;Log Folder</source>
            <translation>Otwórz folder &amp;dziennika</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Open &amp;Project…</source>
            <translation>Otwórz &amp;projekt…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Open &amp;Recent</source>
            <translation>&amp;Ostatnie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Open a project</source>
            <translation>Otwórz projekt</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Open a sales export…</source>
            <translation>Otwórz eksport sprzedaży…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>Open in Targets</source>
            <translation>Otwórz w celach</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>Opening the demo data</source>
            <translation>Otwieranie danych demonstracyjnych</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <location filename="../../desktop_crm/io/store.py" />
            <source>Opening {name}</source>
            <translation>Otwieranie {name}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>optional: names, contacts, birthdays, consent</source>
            <translation>opcjonalnie: imiona, kontakty, urodziny, zgody</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>order id</source>
            <translation>Numer paragonu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnorm.py" />
            <source>other</source>
            <translation>inne</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Others</source>
            <translation>Pozostali</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>others</source>
            <translation>pozostali</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>Overdue against their rhythm</source>
            <translation>Spóźnieni względem swojego rytmu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Overview</source>
            <translation>Przegląd</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Overview ready</source>
            <translation>Przegląd gotowy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>p alive</source>
            <translation>P(aktywny)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>p alive before</source>
            <translation>P(aktywny) wcześniej</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>P(alive)</source>
            <translation>P(aktywny)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>parameter</source>
            <translation>Parametr</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Pareto</source>
            <translation>Pareto</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>path</source>
            <translation>Ścieżka</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/report_export.py" />
            <source>PDF (*.pdf);;Web page (*.html)</source>
            <translation>PDF (*.pdf);;Strona WWW (*.html)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>Period</source>
            <translation>Okres</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>period</source>
            <translation>okres</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>period revenue</source>
            <translation>Przychód w okresie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Personal offer</source>
            <translation>Oferta osobista</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Persuadables</source>
            <translation>Przekonywalni</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Persuadables to Targets</source>
            <translation>Przekonywalni do Celów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnorm.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Phone (calls, SMS)</source>
            <translation>Telefon (rozmowy, SMS)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Phone number</source>
            <translation>Numer telefonu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Phone or e-mail</source>
            <translation>Telefon lub e-mail</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>Phone region</source>
            <translation>Region telefonów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Pick customers in another view (a transition cell, a chart bar) and press “Send to Targets” in Customers.</source>
            <translation>Wybierz klientów w innym widoku (komórka przejść, słupek wykresu) i naciśnij „Wyślij do celów” w widoku Klienci.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Placeholders: {name} {first_name} {customer_id} {points} {discount} {target} {segment}</source>
            <translation>Symbole zastępcze: {name} {first_name} {customer_id} {points} {discount} {target} {segment}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnorm.py" />
            <source>plate</source>
            <translation>tablica</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>PNG image</source>
            <translation>Obraz PNG</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>point: 1234.50</source>
            <translation>kropka: 1234.50</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Points</source>
            <translation>Punkty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>points</source>
            <translation>Punkty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>points = {rate} × {basis}, in steps of {step}, at least {least}</source>
            <translation>punkty = {rate} × {basis}, co {step}, co najmniej {least}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>points basis</source>
            <translation>podstawa punktów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Points from</source>
            <translation>Punkty od</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Pool waves</source>
            <translation>Połącz fale</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Potential loyal</source>
            <translation>Potencjalnie lojalni</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Potential Loyalist</source>
            <translation>Kandydaci na lojalnych</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>predicted</source>
            <translation>prognoza</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Predicted value over the horizon</source>
            <translation>Przewidywana wartość w horyzoncie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Predicted value over the next 90 days (BG/NBD + Gamma-Gamma): top 10 %, next 20 %, next 40 %, last 30 %.</source>
            <translation>Przewidywana wartość w ciągu 90 dni (BG/NBD + Gamma-Gamma): górne 10%, kolejne 20%, kolejne 40%, ostatnie 30%.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Predicted, discounted spend over the horizon (BG/NBD + Gamma-Gamma)</source>
            <translation>Przewidywane zdyskontowane wydatki w horyzoncie (BG/NBD + Gamma-Gamma)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>prediction</source>
            <translation>prognoza</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Previous period</source>
            <translation>Poprzedni okres</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>price segment</source>
            <translation>Segment cenowy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Price sensitivity</source>
            <translation>Wrażliwość na cenę</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/value.py" />
            <source>Price-sensitive</source>
            <translation>Wrażliwi na cenę</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>price-sensitive from promotion share</source>
            <translation>wrażliwy na cenę od udziału zakupów w promocji</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Price-sensitive: at least half of the purchases were on promotion.</source>
            <translation>Wrażliwi na cenę: co najmniej połowa zakupów była w promocji.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Probability that the customer is still active</source>
            <translation>Prawdopodobieństwo, że klient jest nadal aktywny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Probability the customer is still active (BG/NBD model)</source>
            <translation>Prawdopodobieństwo, że klient jest nadal aktywny (model BG/NBD)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Project saved to {path}</source>
            <translation>Projekt zapisano w {path}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Promising</source>
            <translation>Obiecujący</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>promo</source>
            <translation>Promocja</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>promo share</source>
            <translation>Udział promocji</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Pseudonymous ids</source>
            <translation>Pseudonimowe ID</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>pts per unit</source>
            <translation>pkt za jednostkę</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Purchase occasions: distinct receipts (or visits, without receipt numbers)</source>
            <translation>Zakupy: osobne paragony (lub wizyty, gdy brak numerów paragonów)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Purchases</source>
            <translation>Zakupy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>purchases</source>
            <translation>Zakupy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Purchases per customer after the calibration end: actual vs predicted</source>
            <translation>Zakupy na klienta po okresie kalibracji: rzeczywiste i przewidywane</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Purchases without a card: {n}</source>
            <translation>Zakupy bez karty: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>quantity</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Quietest hour {hour}, {below} below an average hour.</source>
            <translation>Najspokojniejsza godzina {hour}, o {below} poniżej średniej godziny.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>R (recency) score 1–5: 5 = bought most recently, 1 = longest ago; customers are ranked into equal fifths</source>
            <translation>Ocena R (świeżość) 1–5: 5 = kupowali najpóźniej, 1 = najdawniej; klienci są dzieleni na pięć równych części</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>R package rfm</source>
            <translation>Pakiet R rfm</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>R score</source>
            <translation>Ocena R</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>r score</source>
            <translation>Ocena R</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>R, F and M scores as one number: 543 = R 5, F 4, M 3</source>
            <translation>Oceny R, F i M jako jedna liczba: 543 = R 5, F 4, M 3</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>rare</source>
            <translation>rzadcy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Rate</source>
            <translation>Stawka</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Reach regulars who are overdue</source>
            <translation>Dotrzyj do stałych klientów, którzy się spóźniają</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>reactivated</source>
            <translation>Reaktywowani</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>reactivation rate</source>
            <translation>wskaźnik reaktywacji</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>Reading {name}</source>
            <translation>Czytanie {name}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Reading {name}…</source>
            <translation>Czytanie {name}…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/status.py" />
            <source>Ready</source>
            <translation>Gotowe</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>reason</source>
            <translation>Powód</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Receipt, order or invoice number</source>
            <translation>Numer paragonu, zamówienia lub faktury</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>recency days</source>
            <translation>Dni od zakupu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>recency days from</source>
            <translation>Dni od zakupu (przed)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>recency days to</source>
            <translation>Dni od zakupu (po)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>recent</source>
            <translation>niedawni</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Recent customers who came back</source>
            <translation>Niedawni klienci, którzy wrócili</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Recent first-time buyers</source>
            <translation>Niedawni nowi kupujący</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Recent projects and files</source>
            <translation>Ostatnie projekty i pliki</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <location filename="../../desktop_crm/io/report.py" />
            <source>Recommended actions</source>
            <translation>Zalecane działania</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Recommending actions</source>
            <translation>Dobieranie działań</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Recover your work?</source>
            <translation>Odzyskać pracę?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Regular from (purchases)</source>
            <translation>Stały od (zakupów)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idlink.py" />
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>reject</source>
            <translation>odrzuć</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Rejected rows</source>
            <translation>Odrzucone wiersze</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Rejected rows saved to {path}</source>
            <translation>Odrzucone wiersze zapisano w {path}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>rejected: {reason}: {count}</source>
            <translation>odrzucono: {reason}: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Remove selected</source>
            <translation>Usuń zaznaczone</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>removed</source>
            <translation>Usunięto</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>repeat purchases</source>
            <translation>Powtórne zakupy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>repeat purchases before the calibration end</source>
            <translation>powtórne zakupy przed końcem okresu kalibracji</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>Repeat rate</source>
            <translation>Odsetek powracających</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idlink.py" />
            <source>repeated digits</source>
            <translation>powtórzone cyfry</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Replace the control-group file?</source>
            <translation>Zastąpić plik grupy kontrolnej?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Replace the open data?</source>
            <translation>Zastąpić otwarte dane?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>report as of {date} ({pages}) written to {path}</source>
            <translation>raport na dzień {date} ({pages}) zapisano do {path}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Report written to {path}</source>
            <translation>Raport zapisano w {path}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Reset to data defaults</source>
            <translation>Przywróć wartości z danych</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>responded</source>
            <translation>Odpowiedzieli</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>responders</source>
            <translation>odpowiadający</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>response rate</source>
            <translation>wskaźnik odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Response window</source>
            <translation>Okno odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>response {target} vs {control}: uplift {uplift} points ({ci} CI {low} .. {high})</source>
            <translation>odpowiedź {target} wobec {control}: wzrost {uplift} pkt proc. ({ci} PU {low} .. {high})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <location filename="../../desktop_crm/io/report.py" />
            <source>Revenue</source>
            <translation>Przychód</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>revenue</source>
            <translation>Przychód</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Revenue at risk</source>
            <translation>Przychód zagrożony</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>Revenue changed by {pct} to {value}</source>
            <translation>Przychód zmienił się o {pct} do {value}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>Revenue per customer</source>
            <translation>Przychód na klienta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>revenue per customer</source>
            <translation>przychód na klienta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>revenue per customer {target} vs {control}: uplift {uplift} ({ci} CI {low} .. {high})</source>
            <translation>przychód na klienta {target} wobec {control}: wzrost {uplift} ({ci} PU {low} .. {high})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>revenue tied to a known customer: {share}</source>
            <translation>przychód od znanych klientów: {share}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>revenue uplift</source>
            <translation>wzrost przychodu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>revenue uplift ci high</source>
            <translation>wzrost przychodu PU górny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>revenue uplift ci low</source>
            <translation>wzrost przychodu PU dolny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>revenue {amount}</source>
            <translation>przychód {amount}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Reward your VIPs</source>
            <translation>Nagrodź klientów VIP</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>RFM cut-offs</source>
            <translation>Progi RFM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>rfm score</source>
            <translation>Ocena RFM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>RFM segment</source>
            <translation>Segment RFM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>rfm segment</source>
            <translation>Segment RFM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>RFM segment table</source>
            <translation>Tabela segmentów RFM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>RFM segments</source>
            <translation>Segmenty RFM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>ROI</source>
            <translation>ROI</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>roi</source>
            <translation>ZZI</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>roi ci high</source>
            <translation>ZZI PU górny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>roi ci low</source>
            <translation>ZZI PU dolny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>ROI {roi}</source>
            <translation>ROI {roi}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>row</source>
            <translation>Wiersz</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Row %</source>
            <translation>% wiersza</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>rows</source>
            <translation>wiersze</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Rules (*.json)</source>
            <translation>Reguły (*.json)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Sales before this date count; by default the day after the last sale.</source>
            <translation>Liczą się sprzedaże przed tą datą; domyślnie dzień po ostatniej sprzedaży.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Sales exports ({patterns});;All files (*)</source>
            <translation>Eksporty sprzedaży ({patterns});;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Sales file</source>
            <translation>Plik sprzedaży</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>same</source>
            <translation>bez zmian</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Sat</source>
            <translation>Sb</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Save &amp;Rejected Rows…</source>
            <translation>Zapisz &amp;odrzucone wiersze…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Save lifecycle rules</source>
            <translation>Zapisz reguły cyklu życia</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Save list…</source>
            <translation>Zapisz listę…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Save Project &amp;As…</source>
            <translation>Zapisz projekt &amp;jako…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <location filename="../../desktop_crm/gui/rejects.py" />
            <source>Save rejected rows</source>
            <translation>Zapisz odrzucone wiersze</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Save rejected rows…</source>
            <translation>Zapisz odrzucone wiersze…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Save rules…</source>
            <translation>Zapisz reguły…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Save the project</source>
            <translation>Zapisz projekt</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Save the target list</source>
            <translation>Zapisz listę docelową</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Saved to {paths}</source>
            <translation>Zapisano: {paths}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Saving {n} rows to {name}…</source>
            <translation>
                <numerusform>Zapisywanie {n} wiersza do {name}…</numerusform>
                <numerusform>Zapisywanie {n} wierszy do {name}…</numerusform>
                <numerusform>Zapisywanie {n} wierszy do {name}…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Scheme</source>
            <translation>Schemat</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>scheme '{scheme}' is not available for this data</source>
            <translation>schemat '{scheme}' jest niedostępny dla tych danych</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>score levels</source>
            <translation>poziomy ocen</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>score range {low}-{high} is not within 1-{top}</source>
            <translation>zakres ocen {low}-{high} nie mieści się w 1-{top}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>scoring</source>
            <translation>ocenianie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Scoring R, F and M</source>
            <translation>Obliczanie ocen R, F i M</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Se&amp;ttings…</source>
            <translation>&amp;Ustawienia…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Search id, name, e-mail or phone</source>
            <translation>Szukaj numeru, imienia, e-maila lub telefonu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Secondary identity: licence plate, phone or e-mail</source>
            <translation>Dodatkowy identyfikator: numer rejestracyjny, telefon lub e-mail</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Seed</source>
            <translation>Ziarno</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Segment &amp;Again</source>
            <translation>&amp;Segmentuj ponownie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Segment at the start of each month</source>
            <translation>Segment na początku każdego miesiąca</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>Segmentation failed</source>
            <translation>Segmentacja nie powiodła się</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>Segmenting as of {date}</source>
            <translation>Segmentacja na dzień {date}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Segmenting as of {first} and {second}…</source>
            <translation>Segmentacja na dzień {first} i {second}…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>Segmenting at each date…</source>
            <translation>Segmentacja na każdą datę…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>Segmenting customers</source>
            <translation>Segmentacja klientów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_form.py" />
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Segments</source>
            <translation>Segmenty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Segments of the R package 'rfm' (introduction vignette)</source>
            <translation>Segmenty pakietu R 'rfm' (winieta wprowadzająca)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/io/duckdb_engine.py" />
            <source>Segments ready</source>
            <translation>Segmenty gotowe</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Segments: {scheme}</source>
            <translation>Segmenty: {scheme}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Select all</source>
            <translation>Zaznacz wszystko</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Selecting transactions</source>
            <translation>Wybieranie transakcji</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Send to Targets</source>
            <translation>Wyślij do celów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>sent date</source>
            <translation>Data wysyłki</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Sent on</source>
            <translation>Wysłano</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>separator {mark}</source>
            <translation>separator {mark}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>setting</source>
            <translation>Ustawienie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Settings</source>
            <translation>Ustawienia</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>share</source>
            <translation>Udział</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>share of customers</source>
            <translation>Udział klientów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Share of each month's new customers who bought again 0, 1, 2, … months later.</source>
            <translation>Odsetek nowych klientów z każdego miesiąca, którzy kupili ponownie po 0, 1, 2, … miesiącach.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Share of revenue</source>
            <translation>Udział w przychodzie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>share of revenue</source>
            <translation>Udział przychodu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>Share still buying</source>
            <translation>Odsetek wciąż kupujących</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>share {category}</source>
            <translation>Udział: {category}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idlink.py" />
            <source>shared by many cards</source>
            <translation>wspólny dla wielu kart</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Sheet</source>
            <translation>Arkusz</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>sheet</source>
            <translation>arkusz</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Show</source>
            <translation>Pokaż</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Show in Customers</source>
            <translation>Pokaż w klientach</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Show this at start</source>
            <translation>Pokazuj przy starcie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Shown with amounts in tables, charts and Excel exports; leave empty for none</source>
            <translation>Pokazywany przy kwotach w tabelach, wykresach i eksportach do Excela; zostaw puste, aby nie pokazywać</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>signup date</source>
            <translation>Data rejestracji</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Silent longer than usual: win them back now</source>
            <translation>Milczy dłużej niż zwykle: odzyskaj go teraz</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>size</source>
            <translation>Wielkość</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Sleeping</source>
            <translation>Uśpieni</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Sleeping after (days)</source>
            <translation>Uśpiony po (dniach)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Slipping away</source>
            <translation>Odchodzący</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Snapshot sizes</source>
            <translation>Wielkości przekrojów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>Snapshots</source>
            <translation>Przekroje</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>Snapshots ready</source>
            <translation>Przekroje gotowe</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>space</source>
            <translation>spacja</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/spark_engine.py" />
            <source>Spark could not start: {error}</source>
            <translation>nie udało się uruchomić Spark: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>spend per purchase needs at least {needed} repeat customers; there are {found}</source>
            <translation>wydatki na zakup wymagają co najmniej {needed} powracających klientów; jest {found}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Spend target</source>
            <translation>Cel wydatków</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>spend target</source>
            <translation>Cel wydatków</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Spend target = this × what the customer spent in the last weeks (0: no target)</source>
            <translation>Cel wydatków = ta wartość × wydatki klienta w ostatnich tygodniach (0: bez celu)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>spend target = {k} × spend in the last {n} weeks (one average visit if none), rounded up to {step}</source>
            <translation>
                <numerusform>cel wydatków = {k} × wydatki w ostatnim {n} tygodniu (gdy brak — jedna średnia wizyta), w górę do {step}</numerusform>
                <numerusform>cel wydatków = {k} × wydatki w ostatnich {n} tygodniach (gdy brak — jedna średnia wizyta), w górę do {step}</numerusform>
                <numerusform>cel wydatków = {k} × wydatki w ostatnich {n} tygodniach (gdy brak — jedna średnia wizyta), w górę do {step}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Spend {next_tier} more within 30 days and become {next_segment}!</source>
            <translation>Wydaj jeszcze {next_tier} w ciągu 30 dni i zostań: {next_segment}!</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Spent</source>
            <translation>Wydano</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Standard 11 segments</source>
            <translation>Standardowe 11 segmentów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Start a target list from the customers shown</source>
            <translation>Zacznij listę docelową od pokazanych klientów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Start from</source>
            <translation>Zacznij od</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>start must be one of {starts}</source>
            <translation>start musi być jednym z: {starts}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Start: {start}</source>
            <translation>Start: {start}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Starts from</source>
            <translation>Zaczyna się od</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>step</source>
            <translation>Krok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>steps</source>
            <translation>Kroki</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>stopped; use --allow-rejects to accept these rows</source>
            <translation>zatrzymano; użyj --allow-rejects, aby przyjąć te wiersze</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>store</source>
            <translation>Sklep</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Store, branch or station</source>
            <translation>Sklep, oddział lub stacja</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Strongest arrows</source>
            <translation>Najsilniejsze strzałki</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Strongest moves</source>
            <translation>Najsilniejsze przejścia</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnear.py" />
            <source>substituted</source>
            <translation>zamieniony</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/pipeline.py" />
            <source>Summarising</source>
            <translation>Podsumowywanie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/io/duckdb_engine.py" />
            <source>Summarising customers</source>
            <translation>Podsumowywanie klientów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Summary</source>
            <translation>Podsumowanie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Summary {scheme}</source>
            <translation>Podsumowanie {scheme}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Sun</source>
            <translation>Nd</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>support</source>
            <translation>Wsparcie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Suppressed</source>
            <translation>Wykluczeni</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>suppressed</source>
            <translation>Wykluczeni</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Suppressed: {reason}</source>
            <translation>Wykluczeni: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Suppression</source>
            <translation>Wykluczenia</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>Suspicious</source>
            <translation>Podejrzane</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>suspicious</source>
            <translation>podejrzany</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>suspicious identifiers: {n}</source>
            <translation>podejrzane identyfikatory: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>suspicious phone/plate, no customer: {n}</source>
            <translation>podejrzany telefon/tablica, bez klienta: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>SVG vector image</source>
            <translation>Obraz wektorowy SVG</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>tab</source>
            <translation>tabulator</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>target</source>
            <translation>docelowa</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_form.py" />
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Target list</source>
            <translation>Lista docelowa</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Targets</source>
            <translation>Cele</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>tenure days</source>
            <translation>Staż (dni)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>text: {text}</source>
            <translation>tekst: {text}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>the 'from' date must be before the 'to' date</source>
            <translation>data „od” musi być wcześniejsza niż data „do”</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>The app guessed the columns and the format; change any that are wrong. Fields in bold are required.</source>
            <translation>Aplikacja odgadła kolumny i format; zmień te, które są błędne. Pola pogrubione są wymagane.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>The category with the largest share of the customer's spend.</source>
            <translation>Kategoria z największym udziałem w wydatkach klienta.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>The control group is written beside the list, to {name}, which exists. Replace it?</source>
            <translation>Grupa kontrolna jest zapisywana obok listy, do {name}, który już istnieje. Zastąpić go?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the control share must be at least 0 and below 1 (e.g. 0.1 for 10%)</source>
            <translation>udział grupy kontrolnej musi wynosić co najmniej 0 i mniej niż 1 (np. 0.1 dla 10%)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>The country of local phone numbers (0555…, 8 916…); automatic: from the language and currency</source>
            <translation>Kraj lokalnych numerów telefonów (0555…, 8 916…); automatycznie: z języka i waluty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>The customers file does not exist.</source>
            <translation>Plik klientów nie istnieje.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>the decimal mark and the thousands separator must differ</source>
            <translation>znak dziesiętny i separator tysięcy muszą się różnić</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/duckdb_engine.py" />
            <source>the DuckDB engine is not part of this installation; install desktop-crm with pip to use it</source>
            <translation>silnika DuckDB nie ma w tej instalacji; aby go użyć, zainstaluj desktop-crm przez pip</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file has a header but no data rows</source>
            <translation>plik ma nagłówek, ale brak wierszy danych</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file has no data rows</source>
            <translation>plik nie ma wierszy danych</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file has no text rows</source>
            <translation>plik nie ma wierszy tekstu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file has only one column; a sales export needs at least customer, date and amount</source>
            <translation>plik ma tylko jedną kolumnę; eksport sprzedaży wymaga co najmniej klienta, daty i kwoty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file is empty</source>
            <translation>plik jest pusty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>The file is gone</source>
            <translation>Plik zniknął</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file is not a text table (it looks binary); choose a CSV, TXT or Excel file</source>
            <translation>plik nie jest tabelą tekstową (wygląda na binarny); wybierz plik CSV, TXT lub Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>the file mixes encodings: {utf8} lines read as UTF-8, {other} as {code_page}; check names</source>
            <translation>plik miesza kodowania: {utf8} wierszy odczytano jako UTF-8, {other} jako {code_page}; sprawdź nazwy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the first wave's offer improved: points × {factor}, discount + {extra} points</source>
            <translation>oferta pierwszej fali ulepszona: punkty × {factor}, rabat + {extra} pkt proc.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the header is deeper in the file than the sample that was read</source>
            <translation>nagłówek jest głębiej w pliku niż odczytana próbka</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the header row must be from 0 (no header) to {last}</source>
            <translation>wiersz nagłówka musi być od 0 (bez nagłówka) do {last}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>The help file {path} is missing from this installation.</source>
            <translation>W tej instalacji brakuje pliku pomocy {path}.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the holdout share must be at least 0 and below 1, with the project's key</source>
            <translation>udział grupy wyłączonej musi wynosić co najmniej 0 i poniżej 1, z kluczem projektu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the holiday window ends before it starts</source>
            <translation>okres świąteczny kończy się, zanim się zaczyna</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the holiday-window filter needs the transactions</source>
            <translation>filtr okresu świątecznego wymaga transakcji</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>The import failed:
{message}

Go back to check the file and the columns.</source>
            <translation>Import nie powiódł się:
{message}

Wróć, aby sprawdzić plik i kolumny.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>the lifecycle rules leave some customers without a segment; end with a rule for everyone</source>
            <translation>reguły cyklu życia zostawiają część klientów bez segmentu; zakończ regułą dla wszystkich</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>The list could not be saved</source>
            <translation>Nie udało się zapisać listy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>the list is empty: most were suppressed for '{reason}' (see --customers, --channel)</source>
            <translation>lista jest pusta: większość wykluczono z powodu '{reason}' (zob. --customers, --channel)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>The list that was sent</source>
            <translation>Wysłana lista</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>the model could not be fitted to this data</source>
            <translation>nie udało się dopasować modelu do tych danych</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>The models could not value the customers of this data (the fit ran to its limits).</source>
            <translation>Modele nie potrafiły wycenić klientów z tych danych (dopasowanie doszło do granic).</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>The project could not be saved</source>
            <translation>Nie udało się zapisać projektu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>The project uses {name} in
{folder},
outside the project's folder.

Show the file to open it.</source>
            <translation>Projekt używa pliku {name} w
{folder},
poza folderem projektu.

Wskaż plik, aby go otworzyć.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>The project uses {name}, which is no longer at
{folder}.

Show where it is now.</source>
            <translation>Projekt używa pliku {name}, którego nie ma już w
{folder}.

Wskaż, gdzie jest teraz.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>The project's data is missing</source>
            <translation>Brak danych projektu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>The row with the column names; 0 if the file has none</source>
            <translation>Wiersz z nazwami kolumn; 0, jeśli plik go nie ma</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>The same length of time just before</source>
            <translation>Ten sam okres tuż przed</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>The same seed draws the same control group</source>
            <translation>To samo ziarno losuje tę samą grupę kontrolną</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>the sent list has no control group (a 'group' column with 'control' rows); uplift needs one</source>
            <translation>wysłana lista nie ma grupy kontrolnej (kolumny 'group' z wierszami 'control'); jest potrzebna do obliczenia wzrostu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/spark_engine.py" />
            <source>the Spark engine needs the optional extra: pip install 'desktop-crm[spark]'</source>
            <translation>silnik Spark wymaga dodatku: pip install 'desktop-crm[spark]'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the start '{start}' is not available for this data</source>
            <translation>start „{start}” nie jest dostępny dla tych danych</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_extras.py" />
            <source>the uplift model is no better than random on held-out customers</source>
            <translation>model uplift na odłożonych klientach nie jest lepszy od losowego</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>The uplift model is no better than random on held-out customers; it is not offered</source>
            <translation>Model uplift na odłożonych klientach nie jest lepszy od losowego; nie jest oferowany</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/uplift.py" />
            <source>the uplift model needs past campaigns with a control group, and responders in them</source>
            <translation>model uplift wymaga wcześniejszych kampanii z grupą kontrolną i reagujących w nich</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>The widely used RFM segment map on recency and frequency scores</source>
            <translation>Popularna mapa segmentów RFM według ocen świeżości i częstotliwości</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Their spend to date</source>
            <translation>Ich dotychczasowe wydatki</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>there are no customers in the calibration period</source>
            <translation>w okresie kalibracji nie ma klientów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>there are no sales up to {date}</source>
            <translation>do {date} nie ma sprzedaży</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>there are no transactions to segment</source>
            <translation>brak transakcji do segmentacji</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>These rules cannot be used</source>
            <translation>Tych reguł nie można użyć</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>They used to buy regularly and have gone quiet; send a second wave to those who do not respond.</source>
            <translation>Kupowali regularnie i ucichli; do tych, którzy nie odpowiedzą, wyślij drugą falę.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>This data has no category or department column, so there is no journey map.</source>
            <translation>Te dane nie mają kolumny kategorii ani działu, więc nie ma mapy ścieżek.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>This file could not be imported</source>
            <translation>Nie udało się zaimportować tego pliku</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/empty.py" />
            <source>This file is kept on disk (large-file mode); this view needs it in memory. Open a smaller file.</source>
            <translation>Ten plik jest trzymany na dysku (tryb dużych plików); ten widok potrzebuje danych w pamięci. Otwórz mniejszy plik.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>This project could not be opened</source>
            <translation>Nie udało się otworzyć tego projektu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>Thousands separator</source>
            <translation>Separator tysięcy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Thu</source>
            <translation>Czw</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_form.py" />
            <source>tick at least one segment to start from</source>
            <translation>zaznacz co najmniej jeden segment na początek</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Tiers (%)</source>
            <translation>Progi (%)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Time of day when it is a column of its own</source>
            <translation>Pora dnia, gdy jest osobną kolumną</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>time unit</source>
            <translation>jednostka czasu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>To</source>
            <translation>Do</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>to</source>
            <translation>do</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>to</source>
            <comment>date range</comment>
            <translation>do</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>to category</source>
            <translation>Do kategorii</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>to date</source>
            <translation>Data końcowa</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>to segment</source>
            <translation>Do segmentu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>too small to detect {wanted} points (80% power, 5% significance)</source>
            <translation>za mały, by wykryć {wanted} pkt (moc 80%, istotność 5%)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>Top 10 %</source>
            <translation>Górne 10%</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>top category</source>
            <translation>Główna kategoria</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Top paths</source>
            <translation>Najczęstsze ścieżki</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Total spend</source>
            <translation>Łączne wydatki</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>totals row (not a sale)</source>
            <translation>wiersz sumy (nie sprzedaż)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Traffic</source>
            <translation>Ruch</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Transactions</source>
            <translation>Transakcje</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>transactions written to {path}</source>
            <translation>transakcje zapisano do {path}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Transitions</source>
            <translation>Przejścia</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>transitions</source>
            <translation>Przejścia</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnear.py" />
            <source>transposed</source>
            <translation>przestawiony</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Tue</source>
            <translation>Wt</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>Two months</source>
            <translation>Dwa miesiące</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Two years of a café chain's loyalty programme, 5,000 customers</source>
            <translation>Dwa lata programu lojalnościowego sieci kawiarni, 5000 klientów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/structure.py" />
            <source>unclosed quote (the line was read up to its end and skipped)</source>
            <translation>niezamknięty cudzysłów (wiersz odczytano do końca i pominięto)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/demographics.py" />
            <source>under 25</source>
            <translation>poniżej 25</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/worker.py" />
            <source>Unexpected error: {error}</source>
            <translation>Nieoczekiwany błąd: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Units, items or litres</source>
            <translation>Sztuki, produkty lub litry</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>unknown delimiter '{delimiter}'; use one of , ; tab | space</source>
            <translation>nieznany separator '{delimiter}'; użyj jednego z: , ; tab | space</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>unknown encoding '{encoding}'</source>
            <translation>nieznane kodowanie '{encoding}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>unknown field '{name}' in '{clause}'; fields are: {fields}</source>
            <translation>nieznane pole '{name}' w '{clause}'; pola: {fields}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>unknown period '{period}'</source>
            <translation>nieznany okres '{period}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>unknown threshold '{value}' in '{clause}'</source>
            <translation>nieznany próg '{value}' w '{clause}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>unknown threshold(s): {names}</source>
            <translation>nieznane progi: {names}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>unparseable amount</source>
            <translation>nieczytelna kwota</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>unparseable date</source>
            <translation>nieczytelna data</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>upgrade</source>
            <translation>awans</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Upgrades and downgrades</source>
            <translation>Awanse i spadki</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Upgrades and downgrades (by the rule table's order)</source>
            <translation>Awanse i spadki (według kolejności w tabeli reguł)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Uplift</source>
            <translation>Wzrost</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>uplift</source>
            <translation>Wzrost</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>uplift ci high</source>
            <translation>wzrost PU górny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>uplift ci low</source>
            <translation>wzrost PU dolny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Uplift model better than random on held-out customers (Qini area {area}); {n} persuadables</source>
            <translation>Model uplift na odłożonych klientach lepszy od losowego (pole Qini {area}); przekonywalnych: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>uplift vs control</source>
            <translation>wzrost wobec kontroli</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Used to buy regularly; have not for a while</source>
            <translation>Kupowali regularnie, ale od jakiegoś czasu nie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>usual gap days</source>
            <translation>zwykła przerwa, dni</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Value at stake</source>
            <translation>Stawka</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>value lost</source>
            <translation>utracona wartość</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>VIP average order value</source>
            <translation>VIP: średni paragon</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>VIP visits per month</source>
            <translation>VIP: wizyt w miesiącu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Visits</source>
            <translation>Wizyty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>visits</source>
            <translation>Wizyty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>visits per month</source>
            <translation>Wizyt w miesiącu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>warning: {share} of the rows were rejected ({rejected} of {read}); check the format and the columns</source>
            <translation>ostrzeżenie: odrzucono {share} wierszy ({rejected} z {read}); sprawdź format i kolumny</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>warning: {text}</source>
            <translation>ostrzeżenie: {text}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Was a regular, and P(alive) has fallen below 0.5</source>
            <translation>Był stałym klientem, a P(aktywny) spadło poniżej 0,5</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>wave</source>
            <translation>Fala</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Wed</source>
            <translation>Śr</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>Week</source>
            <translation>Tydzień</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>weekday</source>
            <translation>Dzień tygodnia</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>weeks</source>
            <translation>tyg.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Welcome to Desktop CRM</source>
            <translation>Witaj w Desktop CRM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <location filename="../../desktop_crm/io/report.py" />
            <source>What changed</source>
            <translation>Co się zmieniło</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>What one contact costs: SMS, call, gift</source>
            <translation>Koszt jednego kontaktu: SMS, rozmowa, prezent</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Where is the data file?</source>
            <translation>Gdzie jest plik danych?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Where is {name}?</source>
            <translation>Gdzie jest {name}?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Which column is which?</source>
            <translation>Która kolumna jest którą?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Which file?</source>
            <translation>Który plik?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Why</source>
            <translation>Dlaczego</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Win back sleeping customers</source>
            <translation>Odzyskaj uśpionych klientów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>with a path to the next tier</source>
            <translation>ze ścieżką do następnego poziomu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>would work: {arms} arm(s) of {n}, control {control} ({share})</source>
            <translation>zadziała: wariantów {arms} po {n}, kontrola {control} ({share})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>written to {path}</source>
            <translation>zapisano do {path}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>wrong number of fields</source>
            <translation>zła liczba pól</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>yes</source>
            <translation>tak</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Your most frequent, best-spending customers: keep them.</source>
            <translation>Najczęściej kupujący i najwięcej wydający klienci: zatrzymaj ich.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>{arm}: {n} customers vs {control} control, detects an uplift of {uplift} points or more</source>
            <translation>{arm}: {n} klientów wobec {control} w kontroli, wykryje wzrost od {uplift} pkt</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>{category} visits changed by {pct}</source>
            <translation>Wizyty w kategorii {category} zmieniły się o {pct}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>{date} is not one of the snapshot dates</source>
            <translation>{date} nie jest jedną z dat przekrojów</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{dest}: cannot be written (permission denied, or open in another program)</source>
            <translation>{dest}: nie można zapisać (brak uprawnień lub plik otwarty w innym programie)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{dest}: cannot be written ({error})</source>
            <translation>{dest}: nie można zapisać ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{dest}: the folder {parent} does not exist</source>
            <translation>{dest}: folder {parent} nie istnieje</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>{from_} ({from_date}) → {to} ({to_date}): {n} customers, {share} of the period (click to see them)</source>
            <translation>
                <numerusform>{from_} ({from_date}) → {to} ({to_date}): {n} klient, {share} okresu (kliknij, aby zobaczyć)</numerusform>
                <numerusform>{from_} ({from_date}) → {to} ({to_date}): {n} klientów, {share} okresu (kliknij, aby zobaczyć)</numerusform>
                <numerusform>{from_} ({from_date}) → {to} ({to_date}): {n} klientów, {share} okresu (kliknij, aby zobaczyć)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>{from_} → {to}: {n} customers</source>
            <translation>
                <numerusform>{from_} → {to}: {n} klient</numerusform>
                <numerusform>{from_} → {to}: {n} klientów</numerusform>
                <numerusform>{from_} → {to}: {n} klientów</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>{from_} → {to}: {times} times by {customers} customers, median {days} days between the visits</source>
            <translation>{from_} → {to}: {times} razy, {customers} klientów, mediana {days} dni między wizytami</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/spark_engine.py" />
            <source>{input}: no such Parquet folder or table</source>
            <translation>{input}: nie ma takiego folderu Parquet ani tabeli</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/spark_engine.py" />
            <source>{input}: no {columns} column</source>
            <translation>{input}: brak kolumny {columns}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/spark_engine.py" />
            <source>{input}: the Spark engine reads Parquet or a table, not a sales export</source>
            <translation>{input}: silnik Spark czyta Parquet lub tabelę, nie eksport sprzedaży</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/spark_engine.py" />
            <source>{input}: {error}</source>
            <translation>{input}: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>{kind} ({pattern})</source>
            <translation>{kind} ({pattern})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>{kpi} changed by {pct} to {value}</source>
            <translation>{kpi}: zmiana o {pct}, teraz {value}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/charts.py" />
            <source>{low} – {high}: {n} customers (click to see them)</source>
            <translation>
                <numerusform>{low} – {high}: {n} klient (kliknij, aby zobaczyć)</numerusform>
                <numerusform>{low} – {high}: {n} klientów (kliknij, aby zobaczyć)</numerusform>
                <numerusform>{low} – {high}: {n} klientów (kliknij, aby zobaczyć)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>{name}: charts are exported as .png</source>
            <translation>{name}: wykresy są eksportowane jako .png</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/svg_export.py" />
            <source>{name}: vector charts are exported as .svg</source>
            <translation>{name}: wykresy wektorowe są eksportowane jako .svg</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/targets.py" />
            <source>{n} chosen customers</source>
            <translation>
                <numerusform>{n} wybrany klient</numerusform>
                <numerusform>{n} wybranych klientów</numerusform>
                <numerusform>{n} wybranych klientów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/cli.py" />
            <source>{n} customer segmented as of {date}; written to {path}</source>
            <translation>
                <numerusform>{n} klient podzielony na segmenty na dzień {date}; zapisano do {path}</numerusform>
                <numerusform>{n} klientów podzielonych na segmenty na dzień {date}; zapisano do {path}</numerusform>
                <numerusform>{n} klientów podzielonych na segmenty na dzień {date}; zapisano do {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>{n} customer valued over {days} days</source>
            <translation>
                <numerusform>{n} klient wyceniony na {days} dni</numerusform>
                <numerusform>{n} klientów wycenionych na {days} dni</numerusform>
                <numerusform>{n} klientów wycenionych na {days} dni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/model.py" />
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>{n} customers</source>
            <translation>
                <numerusform>{n} klient</numerusform>
                <numerusform>{n} klientów</numerusform>
                <numerusform>{n} klientów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>{n} customers ({share} of the row), they spent {amount} in the period</source>
            <translation>
                <numerusform>{n} klient ({share} wiersza), wydał w okresie {amount}</numerusform>
                <numerusform>{n} klientów ({share} wiersza), wydali w okresie {amount}</numerusform>
                <numerusform>{n} klientów ({share} wiersza), wydali w okresie {amount}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>{n} customers ({share}), revenue {revenue} ({revenue_share})</source>
            <translation>
                <numerusform>{n} klient ({share}), przychód {revenue} ({revenue_share})</numerusform>
                <numerusform>{n} klientów ({share}), przychód {revenue} ({revenue_share})</numerusform>
                <numerusform>{n} klientów ({share}), przychód {revenue} ({revenue_share})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>{n} days ago</source>
            <translation>
                <numerusform>{n} dzień temu</numerusform>
                <numerusform>{n} dni temu</numerusform>
                <numerusform>{n} dni temu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/pseudonyms.py" />
            <source>{n} ids in the file match no customer and were left out</source>
            <translation>
                <numerusform>{n} identyfikator w pliku nie pasuje do żadnego klienta i został pominięty</numerusform>
                <numerusform>{n} identyfikatory w pliku nie pasują do żadnego klienta i zostały pominięte</numerusform>
                <numerusform>{n} identyfikatorów w pliku nie pasuje do żadnego klienta i zostały pominięte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/import_problems.py" />
            <source>{n} lines with an unclosed quote were skipped (lines {lines})</source>
            <translation>
                <numerusform>pominięto {n} wiersz z niezamkniętym cudzysłowem (wiersze {lines})</numerusform>
                <numerusform>pominięto {n} wiersze z niezamkniętym cudzysłowem (wiersze {lines})</numerusform>
                <numerusform>pominięto {n} wierszy z niezamkniętym cudzysłowem (wiersze {lines})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>{n} months</source>
            <translation>
                <numerusform>{n} miesiąc</numerusform>
                <numerusform>{n} miesiące</numerusform>
                <numerusform>{n} miesięcy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/next_tier.py" />
            <source>{n} more visit ({money}) within {days} days makes {segment}</source>
            <translation>
                <numerusform>Jeszcze {n} wizyta ({money}) w ciągu {days} dni daje {segment}</numerusform>
                <numerusform>Jeszcze {n} wizyty ({money}) w ciągu {days} dni dają {segment}</numerusform>
                <numerusform>Jeszcze {n} wizyt ({money}) w ciągu {days} dni daje {segment}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/cli.py" />
            <source>{n} page</source>
            <translation>
                <numerusform>{n} strona</numerusform>
                <numerusform>{n} strony</numerusform>
                <numerusform>{n} stron</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/cli.py" />
            <source>{n} rejected row written to {path}</source>
            <translation>
                <numerusform>{n} odrzucony wiersz zapisano do {path}</numerusform>
                <numerusform>{n} odrzucone wiersze zapisano do {path}</numerusform>
                <numerusform>{n} odrzuconych wierszy zapisano do {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>{n} repeat customer</source>
            <translation>
                <numerusform>{n} powracający klient</numerusform>
                <numerusform>{n} powracających klientów</numerusform>
                <numerusform>{n} powracających klientów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>{n} rows rejected</source>
            <translation>
                <numerusform>{n} wiersz odrzucony</numerusform>
                <numerusform>{n} wiersze odrzucone</numerusform>
                <numerusform>{n} wierszy odrzuconych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/importer.py" />
            <source>{n} rows repeat an earlier row exactly; they were kept (a customer can buy the same thing twice, but an export can also be doubled)</source>
            <translation>
                <numerusform>{n} wiersz dokładnie powtarza wcześniejszy; zachowano go (klient może kupić to samo dwa razy, ale eksport też mógł się zdublować)</numerusform>
                <numerusform>{n} wiersze dokładnie powtarzają wcześniejsze; zachowano je (klient może kupić to samo dwa razy, ale eksport też mógł się zdublować)</numerusform>
                <numerusform>{n} wierszy dokładnie powtarza wcześniejsze; zachowano je (klient może kupić to samo dwa razy, ale eksport też mógł się zdublować)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>{n} snapshots; band width = customers. Hover a band; click it for its customers.</source>
            <translation>
                <numerusform>{n} przekrój; szerokość pasma = liczba klientów. Najedź na pasmo; kliknij, aby zobaczyć klientów.</numerusform>
                <numerusform>{n} przekroje; szerokość pasma = liczba klientów. Najedź na pasmo; kliknij, aby zobaczyć klientów.</numerusform>
                <numerusform>{n} przekrojów; szerokość pasma = liczba klientów. Najedź na pasmo; kliknij, aby zobaczyć klientów.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>{n} transaction rows; returns in red</source>
            <translation>
                <numerusform>{n} wiersz transakcji; zwroty na czerwono</numerusform>
                <numerusform>{n} wiersze transakcji; zwroty na czerwono</numerusform>
                <numerusform>{n} wierszy transakcji; zwroty na czerwono</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/model.py" />
            <source>{n} transactions</source>
            <translation>
                <numerusform>{n} transakcja</numerusform>
                <numerusform>{n} transakcje</numerusform>
                <numerusform>{n} transakcji</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>{n} valuable customers are slipping away: {lost} of expected value lost in {days} days</source>
            <translation>
                <numerusform>{n} cenny klient odchodzi: {lost} oczekiwanej wartości utracone w {days} dni</numerusform>
                <numerusform>{n} cennych klientów odchodzi: {lost} oczekiwanej wartości utracone w {days} dni</numerusform>
                <numerusform>{n} cennych klientów odchodzi: {lost} oczekiwanej wartości utracone w {days} dni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>{n} visits</source>
            <translation>
                <numerusform>{n} wizyta</numerusform>
                <numerusform>{n} wizyty</numerusform>
                <numerusform>{n} wizyt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/importer.py" />
            <source>{n} {column} values could not be read and were left empty</source>
            <translation>
                <numerusform>{n} wartości „{column}” nie udało się odczytać i pozostawiono pustą</numerusform>
                <numerusform>{n} wartości „{column}” nie udało się odczytać i pozostawiono puste</numerusform>
                <numerusform>{n} wartości „{column}” nie udało się odczytać i pozostawiono puste</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>{option} expects a date as YYYY-MM-DD, got '{text}'</source>
            <translation>{option} oczekuje daty w formacie RRRR-MM-DD, podano: '{text}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli_checks.py" />
            <source>{option} expects a finite number, got {value}</source>
            <translation>{option} oczekuje liczby skończonej, podano {value}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli_checks.py" />
            <source>{option} expects a number from {low} to {high}, got {value}</source>
            <translation>{option} oczekuje liczby od {low} do {high}, podano {value}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path} already exists; choose another name or overwrite it</source>
            <translation>{path} już istnieje; wybierz inną nazwę lub nadpisz plik</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/pairs.py" />
            <source>{path} is being written by another run; try again when it is done</source>
            <translation>{path} jest właśnie zapisywany przez inne uruchomienie; spróbuj ponownie, gdy się skończy</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path} is being written, or its writing was interrupted; write it again</source>
            <translation>{path} jest zapisywany lub jego zapis został przerwany; zapisz go ponownie</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>{path} is not there any more.</source>
            <translation>{path} już tam nie ma.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>{path} no longer exists; it was removed from the recent files.</source>
            <translation>{path} już nie istnieje; usunięto go z ostatnich plików.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path}: a sent list needs a 'customer_id' column</source>
            <translation>{path}: wysłana lista musi mieć kolumnę 'customer_id'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: a sheet spans {rows} rows × {cols} columns ({cells} filled cells); too large to read</source>
            <translation>{path}: arkusz obejmuje {rows} wierszy × {cols} kolumn ({cells} wypełnionych komórek); za duży do odczytu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: a sheet was chosen, but only Excel/ODS workbooks have sheets</source>
            <translation>{path}: wybrano arkusz, ale arkusze mają tylko skoroszyty Excel/ODS</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path}: a target list is written as .xlsx or .csv, not '{suffix}'</source>
            <translation>{path}: lista docelowa jest zapisywana jako .xlsx lub .csv, nie '{suffix}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>{path}: an identity decision lacks '{field}'</source>
            <translation>{path}: decyzji brakuje pola '{field}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: cannot be opened (permission denied, or locked by another program)</source>
            <translation>{path}: nie można otworzyć (brak uprawnień lub plik zablokowany przez inny program)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: cannot be read ({error})</source>
            <translation>{path}: nie można odczytać ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path}: cannot be read as a list ({error})</source>
            <translation>{path}: nie można odczytać jako listy ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>{path}: cannot be read as a workbook ({error})</source>
            <translation>{path}: nie można odczytać jako skoroszytu ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>{path}: cannot read the rule table ({error})</source>
            <translation>{path}: nie można odczytać tabeli reguł ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>{path}: cannot write '{suffix}' files; use .csv or .xlsx</source>
            <translation>{path}: nie można zapisać plików '{suffix}'; użyj .csv lub .xlsx</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>{path}: cannot write '{suffix}' files; use .csv, .parquet or .xlsx</source>
            <translation>{path}: nie można zapisać plików '{suffix}'; użyj .csv, .parquet lub .xlsx</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{path}: cannot write '{suffix}' files; use one of {known}</source>
            <translation>{path}: nie można zapisać plików '{suffix}'; użyj jednego z: {known}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: declares {rows} rows ({size} MB unpacked); too large to read</source>
            <translation>{path}: deklaruje {rows} wierszy ({size} MB po rozpakowaniu); za duży do odczytu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{path}: is a folder, not a file</source>
            <translation>{path}: to folder, nie plik</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>{path}: journeys are several tables; write them to an .xlsx workbook</source>
            <translation>{path}: ścieżki to kilka tabel; zapisz je do skoroszytu .xlsx</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: larger than {size} MB, too large for this kind of file</source>
            <translation>{path}: większy niż {size} MB, za duży jak na plik tego rodzaju</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/project.py" />
            <source>{path}: made by a newer version of Desktop CRM; update the app to open it</source>
            <translation>{path}: utworzony nowszą wersją Desktop CRM; zaktualizuj aplikację, aby go otworzyć</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/import_problems.py" />
            <source>{path}: no data rows to import</source>
            <translation>{path}: brak wierszy danych do zaimportowania</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>{path}: no plate, phone or e-mail column to link</source>
            <translation>{path}: brak kolumny z tablicą, telefonem lub e-mailem</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/import_problems.py" />
            <source>{path}: no row could be imported ({n} of {total} rejected: {reason}); check the column mapping</source>
            <translation>{path}: nie zaimportowano żadnego wiersza ({n} z {total} odrzucono: {reason}); sprawdź przypisanie kolumn</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: no sheet '{sheet}'; sheets are: {names}</source>
            <translation>{path}: brak arkusza '{sheet}'; arkusze: {names}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: no such file</source>
            <translation>{path}: nie ma takiego pliku</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: no table (a header with data rows under it) on sheet {checked}</source>
            <translation>{path}: brak tabeli (nagłówka z wierszami danych pod nim) w arkuszu {checked}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/project.py" />
            <source>{path}: not a Desktop CRM project</source>
            <translation>{path}: to nie jest projekt Desktop CRM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>{path}: not a lifecycle rule file ({error})</source>
            <translation>{path}: to nie jest plik reguł cyklu życia ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>{path}: not a list of identity decisions</source>
            <translation>{path}: to nie jest lista decyzji o tożsamości</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: not a readable Excel/ODS workbook ({error})</source>
            <translation>{path}: to nie jest czytelny skoroszyt Excel/ODS ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: not a readable Parquet file ({error})</source>
            <translation>{path}: to nie jest czytelny plik Parquet ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{path}: not a regular file (a device or a pipe)</source>
            <translation>{path}: to nie jest zwykły plik (urządzenie lub potok)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/rule_files.py" />
            <source>{path}: not a valid rule file ({error})</source>
            <translation>{path}: nieprawidłowy plik reguł ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the file cannot be read as a table ({error})</source>
            <translation>{path}: pliku nie można odczytać jako tabeli ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the file has no data rows</source>
            <translation>{path}: plik nie ma wierszy danych</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the file is empty</source>
            <translation>{path}: plik jest pusty</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{path}: the file is read-only; it was not replaced</source>
            <translation>{path}: plik jest tylko do odczytu; nie został zastąpiony</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>{path}: the identity review is an .xlsx workbook</source>
            <translation>{path}: przegląd tożsamości to skoroszyt .xlsx</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/project.py" />
            <source>{path}: the project is damaged ({error})</source>
            <translation>{path}: projekt jest uszkodzony ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>{path}: the report is written as .pdf or .html</source>
            <translation>{path}: raport zapisuje się jako .pdf lub .html</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the text is not in the {encoding} encoding; choose another</source>
            <translation>{path}: tekst nie jest w kodowaniu {encoding}; wybierz inne</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the workbook has no data</source>
            <translation>{path}: skoroszyt nie zawiera danych</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the workbook is password-protected; save it without a password</source>
            <translation>{path}: skoroszyt jest chroniony hasłem; zapisz go bez hasła</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: the workbook unpacks to {size} MB; refused as a zip bomb</source>
            <translation>{path}: skoroszyt po rozpakowaniu ma {size} MB; odrzucony jako bomba zip</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: this is an Excel file saved with a text extension; rename it to .xlsx/.xls</source>
            <translation>{path}: to plik Excela zapisany z rozszerzeniem tekstowym; zmień je na .xlsx/.xls</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: unsupported file type '{suffix}'; use one of {known}</source>
            <translation>{path}: nieobsługiwany typ pliku '{suffix}'; użyj jednego z: {known}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path}: write the campaign check as .xlsx or .csv</source>
            <translation>{path}: zapisz ocenę kampanii jako .xlsx lub .csv</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: {error}</source>
            <translation>{path}: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: {n} columns; at most {most} can be read</source>
            <translation>{path}: {n} kolumn; można odczytać najwyżej {most}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: {what} (nested too deeply)</source>
            <translation>{path}: {what} (zbyt głębokie zagnieżdżenie)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: {what} ({error})</source>
            <translation>{path}: {what} ({error})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/charts.py" />
            <source>{row} {i}, {column} {j}: {n} customers</source>
            <translation>
                <numerusform>{row} {i}, {column} {j}: {n} klient</numerusform>
                <numerusform>{row} {i}, {column} {j}: {n} klientów</numerusform>
                <numerusform>{row} {i}, {column} {j}: {n} klientów</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>{scheme}, {first} → {second}: {up} up, {down} down, {same} unchanged, {new} new; written to {path}</source>
            <translation>{scheme}, {first} → {second}: {up} w górę, {down} w dół, {same} bez zmian, {new} nowych; zapisano do {path}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/cli.py" />
            <source>{scheme}: {n} snapshot {first} .. {last}; written to {path}</source>
            <translation>
                <numerusform>{scheme}: {n} migawka {first} .. {last}; zapisano do {path}</numerusform>
                <numerusform>{scheme}: {n} migawki {first} .. {last}; zapisano do {path}</numerusform>
                <numerusform>{scheme}: {n} migawek {first} .. {last}; zapisano do {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>{segment} grew by {n} customers ({pct})</source>
            <translation>{segment}: wzrost o {n} klientów ({pct})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>{segment} shrank by {n} customers ({pct})</source>
            <translation>{segment}: spadek o {n} klientów ({pct})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>{segment}: best arm {arm}</source>
            <translation>{segment}: najlepszy wariant {arm}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>{segment}: not enough evidence; about {n} more customers per arm needed</source>
            <translation>{segment}: za mało dowodów; potrzeba jeszcze około {n} klientów na wariant</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>{segment}: not enough evidence; no difference between the arms</source>
            <translation>{segment}: za mało dowodów; brak różnicy między wariantami</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>{share} bought mostly in {store}</source>
            <translation>{share} kupowało głównie w {store}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{share} of each segment, drawn with seed {seed}</source>
            <translation>{share} każdego segmentu, losowanie z ziarnem {seed}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>{share} of the rows were rejected. Replace the data now open with this import?</source>
            <translation>Odrzucono {share} wierszy. Zastąpić otwarte dane tym importem?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>{share} of them are new customers</source>
            <translation>{share} z nich to nowi klienci</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>{share} of them were {segment}</source>
            <translation>{share} z nich było w segmencie {segment}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>{share} stay</source>
            <translation>{share} zostaje</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>{shown} of {n} customers</source>
            <translation>
                <numerusform>{shown} z {n} klienta</numerusform>
                <numerusform>{shown} z {n} klientów</numerusform>
                <numerusform>{shown} z {n} klientów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/model.py" />
            <source>{source}: {n} rows read, {accepted} accepted, {rejected} rejected</source>
            <translation>
                <numerusform>{source}: odczytano wierszy {n}, przyjęto {accepted}, odrzucono {rejected}</numerusform>
                <numerusform>{source}: odczytano wierszy {n}, przyjęto {accepted}, odrzucono {rejected}</numerusform>
                <numerusform>{source}: odczytano wierszy {n}, przyjęto {accepted}, odrzucono {rejected}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>{target} to contact · {control} held out · {suppressed} not contacted · their spend to date {spend}</source>
            <translation>Do kontaktu {target} · odłożonych {control} · wykluczonych {suppressed} · ich dotychczasowe wydatki {spend}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>{target} to contact, {control} held out, {suppressed} suppressed</source>
            <translation>{target} do kontaktu, {control} w grupie kontrolnej, {suppressed} wykluczonych</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>{transactions} of {customers}, {first} .. {last}, total amount {total}</source>
            <translation>{transactions}, {customers}, {first} .. {last}, łączna kwota {total}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>{up} moved up, {down} down, {same} stayed, {new} new. Rows: segment at the first date; columns: at the second. Click a cell for its customers.</source>
            <translation>awans {up}, spadek {down}, bez zmian {same}, nowych {new}. Wiersze: segment w pierwszej dacie; kolumny: w drugiej. Kliknij komórkę, aby zobaczyć klientów.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>{what} '{value}' is not a customer column</source>
            <translation>{what} '{value}' nie jest kolumną klientów</translation>
        </message>
    </context>
</TS>
