<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
    <context>
        <name>DesktopCRM</name>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>  held out (control)</source>
            <translation>  dışarıda tutulan (kontrol)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>  to contact (target)</source>
            <translation>  iletişime geçilecek (hedef)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source> (sheet '{sheet}')</source>
            <translation> ('{sheet}' sayfası)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source> days</source>
            <translation> gün</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source> or </source>
            <translation> veya </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>% customers</source>
            <translation>Müşteri %</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>% revenue</source>
            <translation>Ciro %</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;About Desktop CRM</source>
            <translation>Desktop CRM &amp;hakkında</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;Dark Theme</source>
            <translation>&amp;Koyu tema</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;File</source>
            <translation>&amp;Dosya</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;Help</source>
            <translation>&amp;Yardım</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;Import…</source>
            <translation>&amp;İçe aktar…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;Quit</source>
            <translation>Çı&amp;kış</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;Save Project</source>
            <translation>Projeyi &amp;kaydet</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;View</source>
            <translation>&amp;Görünüm</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;Welcome…</source>
            <translation>&amp;Hoş geldiniz…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>'{every}' is not a period; write e.g. 2W, 1M or 3M</source>
            <translation>'{every}' bir dönem değil; örneğin 2W, 1M veya 3M yazın</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/worker.py" />
            <source>(details in the log file)</source>
            <translation>(ayrıntılar günlük dosyasında)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>(new)</source>
            <translation>(yeni)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/traffic.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>(none)</source>
            <translation>(yok)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>(not in this file)</source>
            <translation>(bu dosyada yok)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>({shown} of {n} arrows)</source>
            <translation>
                <numerusform>({n} oktan {shown} tanesi)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--clusters expects auto, off or a number from 2 to 20, got '{text}'</source>
            <translation>--clusters auto, off ya da 2 ile 20 arasında bir sayı bekler, verilen: '{text}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--header-row expects 0 (no header) or a row number, got {value}</source>
            <translation>--header-row 0 (başlık yok) ya da bir satır numarası bekler, verilen: {value}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--holiday-window expects START:END as YYYY-MM-DD:YYYY-MM-DD, got '{text}'</source>
            <translation>--holiday-window BAŞLANGIÇ:BİTİŞ bekler (YYYY-AA-GG:YYYY-AA-GG), verilen: '{text}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--map expects FIELD=COLUMN, got '{item}'</source>
            <translation>--map ALAN=SÜTUN bekler, verilen: '{item}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--moved expects 'FROM-&gt;TO' segment names together with --from and --to dates</source>
            <translation>--moved, --from ve --to tarihleriyle birlikte 'KAYNAK-&gt;HEDEF' segment adları bekler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--moved: no {scheme} segment '{name}'; the segments are {names}</source>
            <translation>--moved: '{name}' adlı bir {scheme} segmenti yok; segmentler: {names}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--phone-region expects a country code such as TR, got '{value}'</source>
            <translation>--phone-region TR gibi bir ülke kodu bekler, '{value}' verildi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--pseudonymous needs --project with a pseudonym key (save a pseudonymous list in the app once)</source>
            <translation>--pseudonymous, takma ad anahtarı olan bir --project ister (uygulamada bir kez takma adlı liste kaydedin)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--start persuadables: {reason}</source>
            <translation>--start persuadables: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>1st department</source>
            <translation>1. reyon</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>2nd department</source>
            <translation>2. reyon</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>3rd department</source>
            <translation>3. reyon</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>&lt;b&gt;{rows}&lt;/b&gt; transactions of &lt;b&gt;{customers}&lt;/b&gt; customers, {first} – {last}, total {total}</source>
            <translation>&lt;b&gt;{customers}&lt;/b&gt; müşterinin &lt;b&gt;{rows}&lt;/b&gt; işlemi, {first} – {last}, toplam {total}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>&lt;h2&gt;Welcome to Desktop CRM&lt;/h2&gt;&lt;p&gt;Find your VIP, loyal, new, at-risk, sleeping and lost customers in the sales your till or loyalty system exports, see how they move from month to month, and make call and SMS lists with a personal offer for each customer.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: nothing is uploaded, and the app never goes online.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Desktop CRM'e hoş geldiniz&lt;/h2&gt;&lt;p&gt;Kasanızın veya sadakat sisteminizin dışa aktardığı satışlarda VIP, sadık, yeni, risk altındaki, uyuyan ve kaybedilen müşterilerinizi bulun; aydan aya nasıl değiştiklerini görün ve her müşteriye kişisel teklifli arama ve SMS listeleri hazırlayın.&lt;/p&gt;&lt;p&gt;Her şey bu bilgisayarda kalır: hiçbir şey yüklenmez ve uygulama asla internete bağlanmaz.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>A CSV, TXT, Excel or ODS export of sales; optionally a file with customer details.</source>
            <translation>Satışların CSV, TXT, Excel veya ODS dışa aktarımı; isteğe bağlı olarak müşteri bilgileri dosyası.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>a real identifier</source>
            <translation>gerçek bir kimlik</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>A stable share of all customers that no list ever contacts</source>
            <translation>Hiçbir listenin ulaşmadığı, tüm müşterilerin sabit bir payı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>a test with arms needs a control group (a control share above 0)</source>
            <translation>kollu bir test kontrol grubu ister (kontrol payı 0'dan büyük)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>A: customers making the top 80 % of revenue; B: the next 15 %; C: the rest.</source>
            <translation>A: cironun ilk %80'ini oluşturan müşteriler; B: sonraki %15; C: geri kalanlar.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>ABC (Pareto)</source>
            <translation>ABC (Pareto)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>ABC class</source>
            <translation>ABC sınıfı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>abc class</source>
            <translation>ABC sınıfı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>About Desktop CRM</source>
            <translation>Desktop CRM hakkında</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>About To Sleep</source>
            <translation>Uykuya dalmak üzere</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>About to Sleep</source>
            <translation>Uykuya dalmak üzere</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idlink.py" />
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>accept</source>
            <translation>kabul</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Action</source>
            <translation>Eylem</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>Active customers</source>
            <translation>Aktif müşteriler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Active, but comes now and then</source>
            <translation>Aktif, ama ara sıra geliyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>actual</source>
            <translation>gerçekleşen</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Add</source>
            <translation>Ekle</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Add a sent list…</source>
            <translation>Gönderilmiş liste ekle…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Adding customer attributes</source>
            <translation>Müşteri bilgileri ekleniyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>After entry</source>
            <translation>Girişten sonra</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>After the calibration end: {actual} purchases, the model predicted {predicted} ({error}). Click a bar of a distribution to see those customers.</source>
            <translation>Kalibrasyon bitiminden sonra: {actual} alışveriş, model {predicted} öngördü ({error}). O müşterileri görmek için bir dağılım çubuğuna tıklayın.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>age</source>
            <translation>Yaş</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Age band</source>
            <translation>Yaş grubu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>age band</source>
            <translation>Yaş grubu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Agreed to marketing messages</source>
            <translation>Pazarlama iletilerine onay verdi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>All cells</source>
            <translation>Tüm hücreler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_form.py" />
            <location filename="../../desktop_crm/core/traffic.py" />
            <source>All customers</source>
            <translation>Tüm müşteriler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>all customers</source>
            <translation>tüm müşteriler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>alt id</source>
            <translation>İkincil kimlik</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>amount</source>
            <translation>Tutar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>amount is not a finite number or is implausibly large</source>
            <translation>tutar sonlu bir sayı değil ya da akla yatkın olmayacak kadar büyük</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>amounts like '1{thousands}250' could be read either way; read with '{decimal}' as the decimal mark</source>
            <translation>'1{thousands}250' gibi tutarlar iki şekilde okunabilir; ondalık ayırıcı '{decimal}' kabul edildi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>an RFM rule table needs at least one rule</source>
            <translation>RFM kural tablosunda en az bir kural olmalı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/mapping.py" />
            <source>and {n} more</source>
            <translation>ve {n} tane daha</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>any scores</source>
            <translation>her puan</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Apply</source>
            <translation>Uygula</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Apply date</source>
            <translation>Tarihi uygula</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>arm</source>
            <translation>kol</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Arms</source>
            <translation>Kollar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>arms</source>
            <translation>kollar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>arms must be distinct names other than 'control', e.g. '10%,15%,20%': {arms}</source>
            <translation>kollar 'control' dışında farklı adlar olmalı, ör. '10%,15%,20%': {arms}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/chart_base.py" />
            <source>Arrow keys move between the items.</source>
            <translation>Ok tuşları öğeler arasında gezinir.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/chart_base.py" />
            <source>Arrow keys move between the items; Enter opens one.</source>
            <translation>Ok tuşları öğeler arasında gezinir; Enter birini açar.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>As of</source>
            <translation>Tarih itibarıyla</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>as of</source>
            <translation>Tarih itibarıyla</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>As of {date}</source>
            <translation>{date} itibarıyla</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/status.py" />
            <source>as of {date}</source>
            <translation>{date} itibarıyla</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>As of {date}; the last {period} against the one before.</source>
            <translation>{date} itibarıyla; son dönem ({period}) bir öncekiyle karşılaştırıldı.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/theme.py" />
            <source>As the system</source>
            <translation>Sistemdeki gibi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>at most {most}</source>
            <translation>en fazla {most}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>At Risk</source>
            <translation>Risk altında</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>At risk</source>
            <translation>Risk altında</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>At risk after (days)</source>
            <translation>Risk altında sayılma (gün)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>automatic</source>
            <translation>otomatik</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>automatic ({region})</source>
            <translation>otomatik ({region})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>Automatic links</source>
            <translation>Otomatik eşleşmeler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>automatic links: {n}</source>
            <translation>otomatik eşleşmeler: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>average</source>
            <translation>ortalama</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>Average basket</source>
            <translation>Ortalama sepet</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>average order {value}, last purchase {days} days ago on average</source>
            <translation>ortalama sepet {value}, son alışveriş ortalama {days} gün önce</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Average purchase</source>
            <translation>Ortalama alışveriş</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Average recency and frequency</source>
            <translation>Ortalama yenilik ve sıklık</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>avg order value</source>
            <translation>Ortalama sepet</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>bands follow customers from their first department to the next two they moved to. Hover a band.</source>
            <translation>bantlar müşterileri ilk reyonlarından geçtikleri sonraki iki reyona kadar izler. Bir bandın üzerine gelin.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>baskets</source>
            <translation>Sepetler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Behaviour clusters</source>
            <translation>Davranış kümeleri</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>birth date</source>
            <translation>Doğum tarihi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>birthday filter needs birth dates in the customers file</source>
            <translation>doğum günü filtresi için müşteri dosyasında doğum tarihleri gerekir</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Birthday offers</source>
            <translation>Doğum günü teklifleri</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Birthday within</source>
            <translation>Doğum günü yaklaşan</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Birthday within the next 30 days.</source>
            <translation>Doğum günü önümüzdeki 30 gün içinde.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>birthday within {n} days</source>
            <translation>
                <numerusform>{n} gün içinde doğum günü</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Bought in this window a year earlier</source>
            <translation>Bir yıl önce bu aralıkta alışveriş yapmış</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Bought often, but not for a long time</source>
            <translation>Sık alışveriş yapardı, ama uzun süredir yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Bought on promotion (a discount &gt; 0 counts)</source>
            <translation>Kampanyada alındı (indirim &gt; 0 sayılır)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Bought recently, buy often and spend the most</source>
            <translation>Yakın zamanda aldı, sık alır ve en çok harcar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Bought very recently, once</source>
            <translation>Çok yakın zamanda, bir kez aldı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>bought {start} .. {end} (the window {first} .. {last}, a year earlier)</source>
            <translation>{start} .. {end} arasında alışveriş yaptı ({first} .. {last} aralığı, bir yıl önce)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Browse…</source>
            <translation>Gözat…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>Building tables</source>
            <translation>Tablolar oluşturuluyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Building the list…</source>
            <translation>Liste hazırlanıyor…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Busiest day {busy}; quietest {quiet}, {below} below an average day: a good day for an offer.</source>
            <translation>En yoğun gün {busy}; en sakin {quiet}, ortalama bir günden {below} düşük: kampanya için iyi bir gün.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Busiest day {busy}; traffic is even across the days (none clearly quieter).</source>
            <translation>En yoğun gün {busy}; trafik günlere eşit dağılıyor (belirgin biçimde sakin bir gün yok).</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Buy often; not in the last weeks</source>
            <translation>Sık alır; son haftalarda almadı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>calibration</source>
            <translation>kalibrasyon</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>campaign</source>
            <translation>kampanya</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Campaign result</source>
            <translation>Kampanya sonucu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>campaign {start} .. {end}: {contacted} contacted, {control} control</source>
            <translation>kampanya {start} .. {end}: {contacted} kişiye ulaşıldı, {control} kontrol</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Campaigns</source>
            <translation>Kampanyalar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Can't Lose Them</source>
            <translation>Kaybedilmemeli</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/status.py" />
            <source>Cancel</source>
            <translation>İptal</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Cancel import</source>
            <translation>İçe aktarmayı iptal et</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/status.py" />
            <source>Cancelled</source>
            <translation>İptal edildi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Cancelled. Nothing was changed; go back to import again.</source>
            <translation>İptal edildi. Hiçbir şey değişmedi; yeniden içe aktarmak için geri dönün.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>Candidates</source>
            <translation>Adaylar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>candidates to review: {n}</source>
            <translation>incelenecek adaylar: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>cannot read the condition '{clause}' (write e.g. 'recency_days &gt; lost_days')</source>
            <translation>'{clause}' koşulu okunamıyor (örneğin 'recency_days &gt; lost_days' yazın)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>card</source>
            <translation>kart</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>card key</source>
            <translation>kart kimliği</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>cards</source>
            <translation>kartlar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>category a</source>
            <translation>Kategori A</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>category b</source>
            <translation>Kategori B</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/io/duckdb_engine.py" />
            <source>Category preference</source>
            <translation>Kategori tercihi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Category transitions</source>
            <translation>Kategori geçişleri</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Champions</source>
            <translation>Şampiyonlar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>channel must be one of {channels}</source>
            <translation>kanal şunlardan biri olmalı: {channels}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/accessible.py" />
            <location filename="../../desktop_crm/gui/chart_base.py" />
            <source>Chart</source>
            <translation>Grafik</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Chart as PNG…</source>
            <translation>Grafik (PNG)…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Chart as SVG…</source>
            <translation>Grafik (SVG)…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Chart type</source>
            <translation>Grafik türü</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Check a sent list…</source>
            <translation>Gönderilmiş listeyi değerlendir…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Check predictions</source>
            <translation>Tahminleri kontrol et</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/store.py" />
            <source>Checking for rows already imported</source>
            <translation>Daha önce içe aktarılan satırlar denetleniyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>Checking the first {n} rows…</source>
            <translation>İlk {n} satır denetleniyor…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>Checking values</source>
            <translation>Değerler kontrol ediliyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Checking {name}…</source>
            <translation>{name} kontrol ediliyor…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Choose a column for: {fields}.</source>
            <translation>Şunlar için bir sütun seçin: {fields}.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Choose a file</source>
            <translation>Dosya seçin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Choose a list saved here earlier (it holds its control group) to compare who was contacted with who was held out.</source>
            <translation>Ulaşılanları dışarıda tutulanlarla karşılaştırmak için daha önce burada kaydedilmiş bir liste seçin (kontrol grubunu içerir).</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Choose an existing sales file.</source>
            <translation>Var olan bir satış dosyası seçin.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_form.py" />
            <source>Chosen customers</source>
            <translation>Seçilen müşteriler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Churn risk</source>
            <translation>Kayıp riski</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>churn risk</source>
            <translation>Kayıp riski</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>ci high</source>
            <translation>GA üst</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>ci low</source>
            <translation>GA alt</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>circles are categories sized by visits; arrows go from one visit's main category to the next visit's. Hover an arrow for its numbers.</source>
            <translation>daireler ziyaret sayısına göre boyutlanan kategorilerdir; oklar bir ziyaretin ana kategorisinden sonrakine gider. Sayılar için bir okun üzerine gelin.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>City</source>
            <translation>Şehir</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>city</source>
            <translation>Şehir</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>cluster</source>
            <translation>Küme</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>clustering needs at least 3 customers</source>
            <translation>kümeleme için en az 3 müşteri gerekir</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Clusters</source>
            <translation>Kümeler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>clusters</source>
            <translation>kümeler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>clv</source>
            <translation>CLV</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>CLV band</source>
            <translation>CLV grubu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>clv band</source>
            <translation>CLV grubu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>CLV over {n} days (last bar: and above)</source>
            <translation>
                <numerusform>{n} günlük CLV (son çubuk: ve üstü)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Co-purchase</source>
            <translation>Birlikte alım</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>cohort</source>
            <translation>kohort</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <location filename="../../desktop_crm/io/report.py" />
            <source>Cohort retention</source>
            <translation>Kohort elde tutma</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Cohorts and rhythms</source>
            <translation>Kohortlar ve alışveriş ritimleri</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>COLUMN OP VALUE with == != &gt; &gt;= &lt; &lt;= in, not in; or 'bought CATEGORY'. Columns: any of the Customers view, e.g. recency_days, frequency, monetary, clv, age, city.</source>
            <translation>SÜTUN OP DEĞER; op: == != &gt; &gt;= &lt; &lt;= in, not in; ya da 'bought KATEGORİ'. Sütunlar: Müşteriler görünümündeki herhangi biri, örn. recency_days, frequency, monetary, clv, age, city.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Column separator of a CSV file; Excel expects ';' where the decimal mark is a comma</source>
            <translation>CSV dosyasının sütun ayırıcısı; ondalık ayırıcının virgül olduğu yerlerde Excel ';' bekler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Columns used:</source>
            <translation>Kullanılan sütunlar:</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Comes back regularly</source>
            <translation>Düzenli olarak geri geliyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Comes most often and spends well</source>
            <translation>En sık geliyor ve iyi harcıyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>comma: 1234,50</source>
            <translation>virgül: 1234,50</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Comparing with the period before</source>
            <translation>Önceki dönemle karşılaştırılıyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>Computing…</source>
            <translation>Hesaplanıyor…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>confidence</source>
            <translation>Güven</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>Conflicts</source>
            <translation>Çakışmalar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>conflicts: {n}</source>
            <translation>çakışmalar: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>consent</source>
            <translation>Onay</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>contact cost</source>
            <translation>iletişim maliyeti</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>contacted customers</source>
            <translation>ulaşılan müşteriler</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/targets.py" />
            <source>contacted in the last {n} days</source>
            <translation>
                <numerusform>son {n} günde ulaşıldı</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Contacted on {date}</source>
            <translation>{date} tarihinde ulaşıldı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Contacted within</source>
            <translation>Ulaşılma süresi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>control</source>
            <translation>kontrol</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Control group</source>
            <translation>Kontrol grubu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Control group ({share}, seed {seed})</source>
            <translation>Kontrol grubu ({share}, tohum {seed})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Copy</source>
            <translation>Kopyala</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Cost per contact</source>
            <translation>Kişi başı iletişim maliyeti</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/report_export.py" />
            <source>Could not export the report</source>
            <translation>Rapor dışa aktarılamadı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/mapping.py" />
            <source>could not find a column for {fields}; columns are: {columns}</source>
            <translation>{fields} için sütun bulunamadı; sütunlar: {columns}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Could not save the rejected rows</source>
            <translation>Reddedilen satırlar kaydedilemedi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>could not tell how the columns are separated (tried , ; tab | and spaces)</source>
            <translation>sütunların nasıl ayrıldığı anlaşılamadı (denenenler: , ; tab | ve boşluk)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Counting visits</source>
            <translation>Ziyaretler sayılıyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Counting visits…</source>
            <translation>Ziyaretler sayılıyor…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Counts</source>
            <translation>Sayılar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>CSV with ,</source>
            <translation>CSV (,)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>CSV with ;</source>
            <translation>CSV (;)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>CSV with tabs</source>
            <translation>CSV (sekme)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>cumulative customers</source>
            <translation>Kümülatif müşteri</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>cumulative revenue</source>
            <translation>Kümülatif ciro</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Currency symbol</source>
            <translation>Para birimi simgesi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>currency, e.g. TL</source>
            <translation>para birimi, örn. TL</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>customer id</source>
            <translation>Müşteri no</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/pseudonyms.py" />
            <source>customer ids are pseudonyms; the project's key matches them back</source>
            <translation>müşteri kimlikleri takma addır; projenin anahtarı onları geri eşler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Customer report</source>
            <translation>Müşteri raporu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Customer segmentation, journeys and target lists for loyalty-card programmes, on your own computer. Your data never leaves it.</source>
            <translation>Sadakat kartı programları için müşteri segmentasyonu, müşteri yolculukları ve hedef listeler — kendi bilgisayarınızda. Verileriniz onu asla terk etmez.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Customer segments</source>
            <translation>Müşteri segmentleri</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Customer {customer_id}</source>
            <translation>Müşteri {customer_id}</translation>
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
            <translation>Müşteriler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/charts.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>customers</source>
            <translation>Müşteriler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Customers by R score (rows) and F score (columns)</source>
            <translation>R puanına (satırlar) ve F puanına (sütunlar) göre müşteriler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Customers file</source>
            <translation>Müşteri dosyası</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Customers on the list</source>
            <translation>Listedeki müşteriler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>Customers per segment at each date</source>
            <translation>Her tarihte segment başına müşteri</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Customers view selection</source>
            <translation>Müşteriler görünümündeki seçim</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Customers without marketing consent</source>
            <translation>Pazarlama onayı olmayan müşteriler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>customers written to {path}</source>
            <translation>müşteriler {path} dosyasına yazıldı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>cut</source>
            <translation>Eşik</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/theme.py" />
            <source>Dark</source>
            <translation>Koyu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Data</source>
            <translation>Veri</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Data as Excel…</source>
            <translation>Veri (Excel)…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>date</source>
            <translation>Tarih</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Date (and time) of the purchase</source>
            <translation>Alışverişin tarihi (ve saati)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>date format</source>
            <translation>tarih biçimi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Date of birth</source>
            <translation>Doğum tarihi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>Date order</source>
            <translation>Tarih sırası</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>date out of range (before 1900 or after 2100)</source>
            <translation>tarih aralık dışında (1900'den önce veya 2100'den sonra)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Date the customer joined the programme</source>
            <translation>Müşterinin programa katıldığı tarih</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Dates</source>
            <translation>Tarihler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dates.py" />
            <source>dates in both day-first and month-first order; the minority is rejected</source>
            <translation>tarihler hem gün-önce hem ay-önce sırasında; azınlıkta olanlar reddedildi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>dates: {note}</source>
            <translation>tarihler: {note}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>day first: 31.12</source>
            <translation>önce gün: 31.12</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>days</source>
            <translation>gün</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Days from the last purchase to the as-of date</source>
            <translation>Son alışverişten analiz tarihine kadar geçen gün</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>days overdue</source>
            <translation>gecikme günü</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>days to birthday</source>
            <translation>Doğum gününe gün</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Dear {first_name}, spend {target} by Sunday and get {points} bonus points!</source>
            <translation>Sayın {first_name}, pazara kadar {target} harcayın, {points} bonus puan kazanın!</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>decided</source>
            <translation>karar verildi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>Decimal mark</source>
            <translation>Ondalık işareti</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>decimal mark</source>
            <translation>ondalık ayırıcı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>decision</source>
            <translation>karar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>delimiter</source>
            <translation>ayırıcı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/gui/status.py" />
            <source>Demo data</source>
            <translation>Örnek veri</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>Demo pipeline done: imported the demo data, segmented every customer, wrote {path}</source>
            <translation>Demo tamamlandı: demo verisi içe aktarıldı, her müşteri segmentlendi, {path} yazıldı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Department, category or product group</source>
            <translation>Reyon, kategori veya ürün grubu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Departments</source>
            <translation>Reyonlar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>description</source>
            <translation>Açıklama</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Desktop CRM did not close normally last time. Reopen the work as it was autosaved?</source>
            <translation>Desktop CRM geçen sefer düzgün kapanmadı. Çalışma otomatik kaydedildiği hâliyle yeniden açılsın mı?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Desktop CRM projects (*{suffix})</source>
            <translation>Desktop CRM projeleri (*{suffix})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idlink.py" />
            <source>digit sequence</source>
            <translation>ardışık rakamlar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>direction</source>
            <translation>Yön</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Discount by</source>
            <translation>İndirim ölçütü</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>discount by {column}: {tiers}</source>
            <translation>{column} sütununa göre indirim: {tiers}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>discount column</source>
            <translation>indirim sütunu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>discount cost</source>
            <translation>indirim maliyeti</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>discount pct</source>
            <translation>İndirim %</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>discount per 30 days</source>
            <translation>30 gün başına iskonto</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>discount tiers: '{name}' is given twice</source>
            <translation>indirim kademeleri: '{name}' iki kez verilmiş</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>discount tiers: '{part}' is not a percentage from 0 to 100</source>
            <translation>indirim kademeleri: '{part}' 0 ile 100 arasında bir yüzde değil</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>discount tiers: write VALUE=PERCENT, e.g. Low=15; '{part}' is not</source>
            <translation>indirim kademeleri: DEĞER=YÜZDE yazın, örn. Düşük=15; '{part}' böyle değil</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Do not contact</source>
            <translation>İletişime geçme</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/progress.py" />
            <source>Done</source>
            <translation>Tamam</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>downgrade</source>
            <translation>düşüş</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>duplicate customer id (first row kept)</source>
            <translation>yinelenen müşteri no (ilk satır tutuldu)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>E-mail</source>
            <translation>E-posta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>E-mail address</source>
            <translation>E-posta adresi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Each arm of a test in its own file, the control group in another</source>
            <translation>Testin her kolu kendi dosyasında, kontrol grubu ayrı bir dosyada</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Each column can be used once: {columns}.</source>
            <translation>Her sütun bir kez kullanılabilir: {columns}.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>edit</source>
            <translation>fark</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnorm.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>email</source>
            <translation>E-posta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>empty row</source>
            <translation>boş satır</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>Encoding</source>
            <translation>Kodlama</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>encoding</source>
            <translation>kodlama</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>Encoding transactions</source>
            <translation>İşlemler kodlanıyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>encoding {name}</source>
            <translation>kodlama {name}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>entries</source>
            <translation>Girişler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Entry categories</source>
            <translation>Giriş kategorileri</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>entry category</source>
            <translation>Giriş kategorisi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>error: {message}</source>
            <translation>hata: {message}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>Every</source>
            <translation>Her</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>every customer bought only once; purchase rates cannot be estimated</source>
            <translation>her müşteri yalnızca bir kez alışveriş yaptı; alışveriş sıklığı tahmin edilemez</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>Every row of the file was rejected. Open the import report to see why, check the column mapping (File → Import…), and save the rejected rows to fix them.</source>
            <translation>Dosyanın tüm satırları reddedildi. Nedenini görmek için içe aktarma raporunu açın, sütun eşleştirmesini kontrol edin (Dosya → İçe aktar…) ve düzeltmek için reddedilen satırları kaydedin.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>everyone else</source>
            <translation>diğer herkes</translation>
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
            <translation>Kasanızdan, POS'unuzdan veya sadakat sisteminizden Excel ya da CSV; sütunlar otomatik tanınır</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dates.py" />
            <source>Excel serial day numbers</source>
            <translation>Excel seri gün numaraları</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Excel workbook</source>
            <translation>Excel çalışma kitabı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel çalışma kitabı (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Excel workbook (*.xlsx);;CSV for SMS/e-mail tools (*.csv)</source>
            <translation>Excel çalışma kitabı (*.xlsx);;SMS/e-posta araçları için CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>expected aov</source>
            <translation>Beklenen sepet</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>expected purchases</source>
            <translation>Beklenen alışveriş</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>expected response without an offer: {rate}</source>
            <translation>teklifsiz beklenen yanıt: {rate}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Explore the demo data</source>
            <translation>Örnek verileri keşfedin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Export</source>
            <translation>Dışa aktar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Export failed</source>
            <translation>Dışa aktarma başarısız</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Export Re&amp;port…</source>
            <translation>&amp;Raporu dışa aktar…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/report_export.py" />
            <source>Export report</source>
            <translation>Raporu dışa aktar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Export to Excel</source>
            <translation>Excel'e aktar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Export to Excel…</source>
            <translation>Excel'e aktar…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Export {kind}</source>
            <translation>Dışa aktar: {kind}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Exports use the chosen language for sheet names and headers. CSV files are written with '{delimiter}' between columns and '{decimal}' as the decimal mark, so Excel set to that language opens them as they are.</source>
            <translation>Dışa aktarımlarda sayfa adları ve başlıklar seçilen dilde olur. CSV dosyaları sütunlar arasında '{delimiter}' ve ondalık ayırıcı olarak '{decimal}' ile yazılır; böylece bu dile ayarlı Excel onları olduğu gibi açar.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>extra margin</source>
            <translation>ek marj</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>extra revenue</source>
            <translation>ek ciro</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>extra revenue {extra}, net after margin and contact cost {net}</source>
            <translation>ek ciro {extra}, marj ve iletişim maliyeti sonrası net {net}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>F (frequency) score 1–5: 5 = most purchase occasions (receipts), 1 = fewest</source>
            <translation>F (sıklık) puanı 1–5: 5 = en çok alışveriş (fiş), 1 = en az</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>F score</source>
            <translation>F puanı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>f score</source>
            <translation>F puanı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Favourite category</source>
            <translation>Favori kategori</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Few purchases, long ago</source>
            <translation>Az alışveriş, uzun zaman önce</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Few purchases, slipping away</source>
            <translation>Az alışveriş, uzaklaşıyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>file</source>
            <translation>dosya</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>File format</source>
            <translation>Dosya biçimi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Filter</source>
            <translation>Filtre</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter 'bought {value}': no category '{name}'; categories: {known}</source>
            <translation>'bought {value}' filtresi: '{name}' kategorisi yok; kategoriler: {known}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter '{filter}': no column '{column}'; try one of {known}</source>
            <translation>'{filter}' filtresi: '{column}' sütunu yok; şunlardan birini deneyin: {known}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter '{filter}': write COLUMN OP VALUE, e.g. 'monetary &gt;= 100', 'city in Ankara,İzmir' or 'bought Coffee'</source>
            <translation>'{filter}' filtresi: SÜTUN OP DEĞER yazın, örn. 'monetary &gt;= 100', 'city in Ankara,İzmir' veya 'bought Coffee'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter '{filter}': {column} is a date; write it as YYYY-MM-DD</source>
            <translation>'{filter}' filtresi: {column} bir tarih; YYYY-AA-GG biçiminde yazın</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter '{filter}': {column} is a number, '{value}' is not</source>
            <translation>'{filter}' filtresi: {column} bir sayı, '{value}' değil</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter '{filter}': {column} is text; use ==, !=, in or not in</source>
            <translation>'{filter}' filtresi: {column} metin; ==, !=, in veya not in kullanın</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Filters (all must hold)</source>
            <translation>Filtreler (hepsi sağlanmalı)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Finding behaviour clusters</source>
            <translation>Davranış kümeleri bulunuyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Finding what changed</source>
            <translation>Değişenler bulunuyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>fingerprint</source>
            <translation>parmak izi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>first name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>first purchase</source>
            <translation>İlk alışveriş</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>First purchase recently</source>
            <translation>İlk alışverişi yakın zamanda</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>First purchase: main category</source>
            <translation>İlk alışveriş: ana kategori</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>First three departments</source>
            <translation>İlk üç reyon</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>First {read} rows: {accepted} would be imported, {rejected} rejected ({share}).</source>
            <translation>İlk {read} satır: {accepted} içe aktarılır, {rejected} reddedilir ({share}).</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>First, second and third department of each customer</source>
            <translation>Her müşterinin birinci, ikinci ve üçüncü reyonu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Fit uplift model</source>
            <translation>Artış modelini kur</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Fitting on the data up to {date} and checking the days after it…</source>
            <translation>{date} tarihine kadarki veriyle model kuruluyor ve sonraki günler kontrol ediliyor…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Fitting the uplift model…</source>
            <translation>Artış modeli kuruluyor…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Flows</source>
            <translation>Akışlar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Follow-up</source>
            <translation>Takip</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Following every customer from visit to visit…</source>
            <translation>Her müşteri ziyaretten ziyarete izleniyor…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>For an outside vendor: ids replaced by a keyed hash; the key stays in the project and matches a response file back</source>
            <translation>Dış tedarikçi için: kimlikler anahtarlı bir özetle değiştirilir; anahtar projede kalır ve yanıt dosyasını geri eşler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>For exports beyond memory; files over 1 GB are always kept on disk</source>
            <translation>Belleğe sığmayan dışa aktarımlar için; 1 GB üzerindeki dosyalar her zaman diskte tutulur</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Format:</source>
            <translation>Biçim:</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>frequency</source>
            <translation>Sıklık</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>frequency counts</source>
            <translation>sıklık sayımı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>frequency from</source>
            <translation>Sıklık (başta)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>frequency to</source>
            <translation>Sıklık (sonda)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>frequent</source>
            <translation>sık gelen</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Fri</source>
            <translation>Cum</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>From</source>
            <translation>Başlangıç</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>from</source>
            <translation>başlangıç</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>from \ to</source>
            <translation>nereden \ nereye</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>from category</source>
            <translation>Önceki kategori</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>from date</source>
            <translation>Başlangıç tarihi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>from segment</source>
            <translation>Önceki segment</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/charts.py" />
            <source>From the main category of one visit to the next</source>
            <translation>Bir ziyaretin ana kategorisinden sonrakine</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Full name</source>
            <translation>Ad soyad</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/value.py" />
            <source>Full price</source>
            <translation>Tam fiyat</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Funnel</source>
            <translation>Huni</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Gender</source>
            <translation>Cinsiyet</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>gender</source>
            <translation>Cinsiyet</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Generated at</source>
            <translation>Oluşturulma zamanı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Generated by</source>
            <translation>Oluşturan</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Global holdout</source>
            <translation>Genel dışarıda tutma</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>group</source>
            <translation>Grup</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Groups</source>
            <translation>Gruplar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>header on row {row}</source>
            <translation>başlık {row}. satırda</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>Header row</source>
            <translation>Başlık satırı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>header row</source>
            <translation>başlık satırı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Held out at random in each segment and not contacted, to measure the effect</source>
            <translation>Etkiyi ölçmek için her segmentten rastgele ayrılır ve iletişime geçilmez</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Hibernating</source>
            <translation>Kış uykusunda</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>High</source>
            <translation>Yüksek</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/theme.py" />
            <source>High contrast</source>
            <translation>Yüksek karşıtlık</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>high spend</source>
            <translation>yüksek harcama</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Hold out</source>
            <translation>Dışarıda tut</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>holdout</source>
            <translation>dışarıda tutulan</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Holdout against everyone else, revenue per customer per month</source>
            <translation>Dışarıda tutulanlar ve diğerleri, aylık müşteri başına gelir</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>Holdout check</source>
            <translation>Sınama kontrolü</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>holdout: {actual} purchases, predicted {predicted} ({error})</source>
            <translation>kontrol dönemi: {actual} alışveriş, tahmin {predicted} ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>horizon days</source>
            <translation>ufuk (gün)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>hour</source>
            <translation>Saat</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Hover a bar for its definition; click it to see its customers.</source>
            <translation>Tanımı için bir çubuğun üzerine gelin; müşterilerini görmek için tıklayın.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>How &amp;segments are defined</source>
            <translation>&amp;Segmentler nasıl tanımlanır</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>How customers moved</source>
            <translation>Müşteriler nasıl hareket etti</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/charts.py" />
            <source>How customers moved between segments</source>
            <translation>Müşterilerin segmentler arası hareketi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>How many of the strongest moves to draw</source>
            <translation>En güçlü geçişlerden kaç tanesi çizilsin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>How segments are defined</source>
            <translation>Segmentler nasıl tanımlanır</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>How the business is doing</source>
            <translation>İşler nasıl gidiyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>How the list was narrowed</source>
            <translation>Liste nasıl daraltıldı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Identities</source>
            <translation>Kimlikler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <location filename="../../desktop_crm/pipeline.py" />
            <source>Import report</source>
            <translation>İçe aktarma raporu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>import report</source>
            <translation>İçe aktarma raporu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Import sales data</source>
            <translation>Satış verilerini içe aktar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/importer.py" />
            <location filename="../../desktop_crm/io/store.py" />
            <source>Imported {n} rows</source>
            <translation>
                <numerusform>{n} satır içe aktarıldı</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Importing</source>
            <translation>İçe aktarılıyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>Importing {name}</source>
            <translation>{name} içe aktarılıyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>in the global holdout</source>
            <translation>genel dışarıda tutulan grupta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>incremental profit</source>
            <translation>ek kâr</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>incremental profit ci high</source>
            <translation>ek kâr GA üst</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>incremental profit ci low</source>
            <translation>ek kâr GA alt</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>incremental revenue</source>
            <translation>ek ciro</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>incremental revenue ci high</source>
            <translation>ek ciro GA üst</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>incremental revenue ci low</source>
            <translation>ek ciro GA alt</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnear.py" />
            <source>inserted/deleted</source>
            <translation>eklenmiş/silinmiş</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>internal error: {error} (details in {path})</source>
            <translation>iç hata: {error} (ayrıntılar: {path})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>internal error: {error} (set DESKTOP_CRM_DEBUG=1 for details)</source>
            <translation>iç hata: {error} (ayrıntılar için DESKTOP_CRM_DEBUG=1 ayarlayın)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>interrupted</source>
            <translation>durduruldu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>item</source>
            <translation>Öğe</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Joined recently and came back already</source>
            <translation>Yeni katıldı ve şimdiden tekrar geldi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Journeys</source>
            <translation>Yolculuklar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>k-means on recency, frequency, spend and category shares, described against the typical customer.</source>
            <translation>Yenilik, sıklık, harcama ve kategori paylarında k-ortalamalar; tipik müşteriye göre tarif edilir.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>keep apart</source>
            <translation>ayrı tut</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>kept</source>
            <translation>Kalan</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>kept under the phone/plate itself: {n}</source>
            <translation>telefon/plaka numarasıyla tutulan: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>key</source>
            <translation>kimlik</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>kind</source>
            <translation>tür</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>known</source>
            <translation>bilinen</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>Known revenue</source>
            <translation>Bilinen ciro</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Language</source>
            <translation>Dil</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>lapsed</source>
            <translation>uzaklaşmış</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Large-file mode: keep imported sales on disk</source>
            <translation>Büyük dosya modu: içe aktarılan satışları diskte tut</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Last purchase</source>
            <translation>Son alışveriş</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>last purchase</source>
            <translation>Son alışveriş</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Later than their own usual gap between purchases, before any fixed 'at risk' limit.</source>
            <translation>Kendi olağan alışveriş aralıklarını aştılar; sabit 'risk altında' sınırından önce.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>layout must be one of {layouts}</source>
            <translation>düzen şunlardan biri olmalı: {layouts}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Learn from data up to</source>
            <translation>Şu tarihe kadarki veriden öğren</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Lifecycle</source>
            <translation>Yaşam döngüsü</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Lifecycle limits: new up to {new} days, at risk after {at_risk}, sleeping after {sleeping}, lost after {lost} (usual gap {gap} days).</source>
            <translation>Yaşam döngüsü sınırları: {new} güne kadar yeni, {at_risk} günden sonra risk altında, {sleeping} günden sonra uyuyan, {lost} günden sonra kayıp (olağan ara {gap} gün).</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>lifecycle segment</source>
            <translation>Yaşam döngüsü segmenti</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Lifecycle segments from {start} to {end}: {up} up, {down} down, {same} unchanged, {new} new.</source>
            <translation>{start} - {end} arası yaşam döngüsü segmentleri: {up} yukarı, {down} aşağı, {same} değişmedi, {new} yeni.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Lifecycle thresholds</source>
            <translation>Yaşam döngüsü eşikleri</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Lifecycle, ABC and price</source>
            <translation>Yaşam döngüsü, ABC ve fiyat</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Lifetime value</source>
            <translation>Yaşam boyu değer</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Lifetime value appears after the data is segmented.</source>
            <translation>Yaşam boyu değer, veri segmentlere ayrıldıktan sonra görünür.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Lifetime value band</source>
            <translation>Yaşam boyu değer grubu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/duckdb_engine.py" />
            <source>lifetime value is computed by the in-memory engine only</source>
            <translation>yaşam boyu değer yalnızca bellek içi motorla hesaplanır</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Lifetime value is switched off.</source>
            <translation>Yaşam boyu değer kapalı.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>lifetime value: {reason}</source>
            <translation>yaşam boyu değer: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>lift</source>
            <translation>Kaldıraç</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/theme.py" />
            <source>Light</source>
            <translation>Açık</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>line</source>
            <translation>Satır</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>link the cards</source>
            <translation>kartları birleştir</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>List</source>
            <translation>Liste</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>list date</source>
            <translation>Liste tarihi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>List name</source>
            <translation>Liste adı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Lists (*.xlsx *.csv)</source>
            <translation>Listeler (*.xlsx *.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Lists sent earlier</source>
            <translation>Daha önce gönderilen listeler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Load rules (lifecycle or RFM)</source>
            <translation>Kuralları yükle (yaşam döngüsü veya RFM)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Load rules…</source>
            <translation>Kuralları yükle…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/pipeline.py" />
            <source>Loaded</source>
            <translation>Yüklendi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Loading purchases and segment history…</source>
            <translation>Alışverişler ve segment geçmişi yükleniyor…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>log-likelihood</source>
            <translation>log-olabilirlik</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Look</source>
            <translation>Görünüm</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnear.py" />
            <source>look-alike</source>
            <translation>benzer karakter</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Lost</source>
            <translation>Kaybedilen</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Lost after (days)</source>
            <translation>Kaybedilmiş sayılma (gün)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>Low</source>
            <translation>Düşük</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>low spend</source>
            <translation>düşük harcama</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Low=15, Medium=10, High=5</source>
            <translation>Düşük=15, Orta=10, Yüksek=5</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Lowest recency and frequency</source>
            <translation>En düşük yenilik ve sıklık</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Loyal</source>
            <translation>Sadık</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Loyal Customers</source>
            <translation>Sadık müşteriler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Loyal visits per month</source>
            <translation>Sadık: aylık ziyaret</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Loyalty card (offer on the card)</source>
            <translation>Sadakat kartı (teklif kartta)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Loyalty card or customer number</source>
            <translation>Sadakat kartı veya müşteri numarası</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>M (monetary) score 1–5: 5 = highest net spend (returns subtracted), 1 = lowest</source>
            <translation>M (parasal) puanı 1–5: 5 = en yüksek net harcama (iadeler düşülür), 1 = en düşük</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>m score</source>
            <translation>M puanı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Main</source>
            <translation>Ana</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Margin</source>
            <translation>Marj</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>margin</source>
            <translation>marj</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Marketing consent</source>
            <translation>Pazarlama onayı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>matched to a card by phone/plate: {n}</source>
            <translation>telefon/plaka ile bir karta eşlenen: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>matching '{text}'</source>
            <translation>'{text}' ile eşleşen</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>max</source>
            <translation>en çok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>mean f</source>
            <translation>Ort. F</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>mean m</source>
            <translation>Ort. M</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>mean purchases per customer</source>
            <translation>müşteri başına ortalama alışveriş</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>mean r</source>
            <translation>Ort. R</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Mean recency (days)</source>
            <translation>Ortalama yakınlık (gün)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>mean recency days</source>
            <translation>Ort. son alışverişten beri gün</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>mean spend</source>
            <translation>ortalama harcama</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Measure</source>
            <translation>Ölçü</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>median days</source>
            <translation>Medyan gün</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>Medium</source>
            <translation>Orta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Message</source>
            <translation>Mesaj</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>metric</source>
            <translation>Ölçüt</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>min</source>
            <translation>en az</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>missing amount</source>
            <translation>tutar eksik</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>missing customer id</source>
            <translation>müşteri no eksik</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>missing date</source>
            <translation>tarih eksik</translation>
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
            <translation>Model ayrıntıları</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Mon</source>
            <translation>Pzt</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>monetary</source>
            <translation>Harcama</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>monetary &gt;= 100 · city in Ankara,İzmir · bought Coffee</source>
            <translation>monetary &gt;= 100 · city in Ankara,İzmir · bought Kahve</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>monetary from</source>
            <translation>Harcama (başta)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>monetary to</source>
            <translation>Harcama (sonda)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>Month</source>
            <translation>Ay</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>month</source>
            <translation>ay</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>month first: 12/31</source>
            <translation>önce ay: 12/31</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Most frequent moves (repeats of the same category left out)</source>
            <translation>En sık geçişler (aynı kategorinin tekrarı hariç)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>mostly {category}</source>
            <translation>çoğunlukla {category}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Move potential loyal customers to Loyal</source>
            <translation>Potansiyel sadıkları Sadık yapın</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Movers</source>
            <translation>Geçiş yapanlar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>name</source>
            <translation>Ad soyad</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Need Attention</source>
            <translation>İlgi bekleyen</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Needs</source>
            <translation>Gerekli</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>needs a phone number</source>
            <translation>telefon numarası gerekli</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>needs a phone or an e-mail</source>
            <translation>telefon veya e-posta gerekli</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_extras.py" />
            <source>needs a saved campaign with a control group and a later import</source>
            <translation>kontrol gruplu kayıtlı bir kampanya ve sonraki bir içe aktarma gerekir</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>needs an e-mail address</source>
            <translation>e-posta adresi gerekli</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>net</source>
            <translation>net</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Net amount; returns are negative</source>
            <translation>Net tutar; iadeler negatiftir</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Net spend per purchase occasion</source>
            <translation>Alışveriş başına net harcama</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Net spend: purchases minus returns</source>
            <translation>Net harcama: alışverişler eksi iadeler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>New</source>
            <translation>Yeni</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>new</source>
            <translation>yeni</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>New and already back once; the value is what their path to Loyal would bring.</source>
            <translation>Yeni ve bir kez geri geldi; değer, Sadık olma yolunun getireceği tutardır.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>New Customers</source>
            <translation>Yeni müşteriler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>New customers</source>
            <translation>Yeni müşteriler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>New for (days)</source>
            <translation>Yeni sayılma (gün)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>next category</source>
            <translation>Sonraki kategori</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>next tier</source>
            <translation>sonraki seviye</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>no</source>
            <translation>hayır</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>No action has enough customers yet.</source>
            <translation>Henüz yeterli müşterisi olan bir eylem yok.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>no card, and its plate/phone is suspicious</source>
            <translation>kart yok ve plakası/telefonu şüpheli</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <location filename="../../desktop_crm/io/report.py" />
            <source>No change large enough to matter.</source>
            <translation>Önemli sayılacak kadar büyük bir değişiklik yok.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>No contact needed</source>
            <translation>İletişim bilgisi gerekmez</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_form.py" />
            <source>no customers chosen yet: pick them in another view and press “Send to Targets”</source>
            <translation>henüz müşteri seçilmedi: başka bir görünümde seçip “Hedeflere gönder”e basın</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>No data loaded. Use File → Open… or File → Open Demo Data.</source>
            <translation>Veri yüklenmedi. Dosya → İçe aktar… veya Dosya → Örnek veriyi aç kullanın.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/empty.py" />
            <source>No data yet. Open a sales file (File → Import…) or the demo data.</source>
            <translation>Henüz veri yok. Bir satış dosyası (Dosya → İçe aktar…) veya demo verisini açın.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dates.py" />
            <source>no day above 12, so day/month order was assumed day-first</source>
            <translation>12'den büyük gün yok; bu yüzden gün/ay sırası gün-önce varsayıldı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>No discount</source>
            <translation>İndirim yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no e-mail address</source>
            <translation>e-posta adresi yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>No earlier lists</source>
            <translation>Önceki liste yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>No list saved yet: save a list in Targets and it is recorded here.</source>
            <translation>Henüz kaydedilmiş liste yok: Hedefler'de bir liste kaydedin, burada kaydedilir.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no marketing consent</source>
            <translation>pazarlama onayı yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no phone number</source>
            <translation>telefon numarası yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no phone or e-mail</source>
            <translation>telefon veya e-posta yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>No plate, phone or e-mail column was imported.</source>
            <translation>Plaka, telefon veya e-posta sütunu içe aktarılmadı.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>No points</source>
            <translation>Puan yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>No purchase for over</source>
            <translation>Şu süreden uzun alışveriş yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>No purchase for over a year: exclude from mailings</source>
            <translation>Bir yıldan uzun süredir alışveriş yok: gönderimlerden çıkarın</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no purchase for over {n} days</source>
            <translation>
                <numerusform>{n} günden uzun süredir alışveriş yok</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>no purchase for over {n} days: not contacted</source>
            <translation>
                <numerusform>{n} günden uzun süredir alışveriş yok: iletişime geçilmez</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/categories.py" />
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>No purchases</source>
            <translation>Alışveriş yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>No recent projects or files yet</source>
            <translation>Henüz son kullanılan proje veya dosya yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>No rejected rows to save</source>
            <translation>Kaydedilecek reddedilmiş satır yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>no row could be imported; check the column mapping and the rejected rows</source>
            <translation>hiçbir satır içe aktarılamadı; sütun eşleştirmesini ve reddedilen satırları kontrol edin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>No rows could be imported</source>
            <translation>Hiçbir satır içe aktarılamadı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>no rows were rejected; {path} was not written</source>
            <translation>reddedilen satır yok; {path} yazılmadı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>no rows with at least two filled columns</source>
            <translation>en az iki dolu sütunu olan satır yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>no rule matched</source>
            <translation>hiçbir kural eşleşmedi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>no split of these customers would; choose more customers or a bigger effect</source>
            <translation>bu müşterilerin hiçbir bölünmesi yetmez; daha çok müşteri veya daha büyük etki seçin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>no such date</source>
            <translation>böyle bir tarih yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>no transactions</source>
            <translation>işlem yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>no transactions after the send date {date}; the campaign cannot be judged yet</source>
            <translation>{date} gönderim tarihinden sonra işlem yok; kampanya henüz değerlendirilemez</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/io/duckdb_engine.py" />
            <source>no transactions before {date}; choose a later as-of date</source>
            <translation>{date} öncesinde işlem yok; daha sonraki bir analiz tarihi seçin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no {scheme} segment named '{name}'; the segments are: {known}</source>
            <translation>'{name}' adlı {scheme} segmenti yok; segmentler: {known}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>non-responders to the list sent {date}</source>
            <translation>{date} tarihinde gönderilen listeye yanıt vermeyenler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>none</source>
            <translation>yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>none in this data</source>
            <translation>bu veride yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/project.py" />
            <source>not a Desktop CRM project</source>
            <translation>bir Desktop CRM projesi değil</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/rule_files.py" />
            <source>not a JSON rule file</source>
            <translation>bir JSON kural dosyası değil</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>not an identity decisions file</source>
            <translation>kimlik kararları dosyası değil</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>not an RFM rule table: {error}</source>
            <translation>RFM kural tablosu değil: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Not bought since</source>
            <translation>O tarihten beri alışveriş yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>not enough evidence</source>
            <translation>yeterli kanıt yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>not enough memory for this file</source>
            <translation>bu dosya için yeterli bellek yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/worker.py" />
            <source>Not enough memory for this file. Close other programs or split the file.</source>
            <translation>Bu dosya için bellek yetersiz. Diğer programları kapatın veya dosyayı bölün.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>not enough repeat customers; order values are each customer's own mean</source>
            <translation>yeterince tekrar gelen müşteri yok; sipariş değerleri her müşterinin kendi ortalaması</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>not found</source>
            <translation>bulunamadı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Note</source>
            <translation>Not</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>note: {text}</source>
            <translation>not: {text}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Nothing for months</source>
            <translation>Aylardır alışveriş yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Nothing was changed: the data already open stays. Go back to fix the format.</source>
            <translation>Hiçbir şey değişmedi: açık olan veriler kalıyor. Biçimi düzeltmek için geri dönün.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Occasional</source>
            <translation>Ara sıra gelen</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>of the last</source>
            <translation>sonuncunun</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Offer</source>
            <translation>Teklif</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Offer arms of a test, split evenly in each segment; empty: one offer</source>
            <translation>Testin teklif kolları, her segmentte eşit bölünür; boş: tek teklif</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>offer loaded on the loyalty card (no contact data needed)</source>
            <translation>teklif sadakat kartına yüklenir (iletişim bilgisi gerekmez)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>offer text</source>
            <translation>Teklif metni</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>offer text: unknown placeholder {name}; use {known}</source>
            <translation>teklif metni: bilinmeyen yer tutucu {name}; şunları kullanın: {known}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>offer text: {error} (write {{{{ and }}}} for literal braces)</source>
            <translation>teklif metni: {error} (süslü parantezin kendisi için {{{{ ve }}}} yazın)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>offer text: {name} needs the path to the next tier from the sales</source>
            <translation>teklif metni: {name} satışlardan bir sonraki seviyeye giden yolu ister</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>offer: points rate must be ≥ 0, target weeks ≥ 1 and the target factor &gt; 0</source>
            <translation>teklif: puan oranı ≥ 0, hedef hafta ≥ 1 ve hedef katsayısı &gt; 0 olmalı</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>on a list sent in the last {n} days: not contacted</source>
            <translation>
                <numerusform>son {n} günde gönderilen bir listede: iletişime geçilmez</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>One file per arm</source>
            <translation>Her kol için bir dosya</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>One sheet per segment</source>
            <translation>Segment başına bir sayfa</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>One table</source>
            <translation>Tek tablo</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>only customers who agreed to marketing (when the customers file says)</source>
            <translation>yalnızca pazarlamaya onay veren müşteriler (müşteri dosyasında belirtilmişse)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Only returns in the period</source>
            <translation>Dönemde yalnızca iadeler</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Only the first {n} rows were copied; use Export to Excel for all of them.</source>
            <translation>
                <numerusform>Yalnızca ilk {n} satır kopyalandı; tümü için Excel'e aktar'ı kullanın.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>only {found} customers bought more than once; the model needs at least {needed}</source>
            <translation>yalnızca {found} müşteri birden fazla alışveriş yaptı; model en az {needed} gerektirir</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Open &amp;Demo Data</source>
            <translation>Örnek &amp;veriyi aç</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Open &amp;Log Folder</source>
            <translation>&amp;Günlük klasörünü aç</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Open &amp;Project…</source>
            <translation>&amp;Proje aç…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Open &amp;Recent</source>
            <translation>&amp;Son kullanılanlar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Open a project</source>
            <translation>Proje aç</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Open a sales export…</source>
            <translation>Satış dışa aktarımı aç…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>Open in Targets</source>
            <translation>Hedeflerde aç</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>Opening the demo data</source>
            <translation>Örnek veri açılıyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <location filename="../../desktop_crm/io/store.py" />
            <source>Opening {name}</source>
            <translation>{name} açılıyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>optional: names, contacts, birthdays, consent</source>
            <translation>isteğe bağlı: adlar, iletişim bilgileri, doğum günleri, onay</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>order id</source>
            <translation>Fiş no</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnorm.py" />
            <source>other</source>
            <translation>diğer</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Others</source>
            <translation>Diğerleri</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>others</source>
            <translation>diğerleri</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>Overdue against their rhythm</source>
            <translation>Ritmine göre gecikenler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Overview</source>
            <translation>Genel bakış</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Overview ready</source>
            <translation>Genel bakış hazır</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>p alive</source>
            <translation>P(aktif)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>p alive before</source>
            <translation>P(aktif) önce</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>P(alive)</source>
            <translation>P(aktif)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>parameter</source>
            <translation>Parametre</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Pareto</source>
            <translation>Pareto</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>path</source>
            <translation>Yol</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/report_export.py" />
            <source>PDF (*.pdf);;Web page (*.html)</source>
            <translation>PDF (*.pdf);;Web sayfası (*.html)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>Period</source>
            <translation>Dönem</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>period</source>
            <translation>dönem</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>period revenue</source>
            <translation>Dönem cirosu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Personal offer</source>
            <translation>Kişisel teklif</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Persuadables</source>
            <translation>İkna edilebilirler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Persuadables to Targets</source>
            <translation>İkna edilebilirleri Hedefler'e gönder</translation>
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
            <translation>Telefon (arama, SMS)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Phone number</source>
            <translation>Telefon numarası</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Phone or e-mail</source>
            <translation>Telefon veya e-posta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>Phone region</source>
            <translation>Telefon bölgesi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Pick customers in another view (a transition cell, a chart bar) and press “Send to Targets” in Customers.</source>
            <translation>Başka bir görünümde müşteri seçin (bir geçiş hücresi, bir grafik çubuğu) ve Müşteriler'de “Hedeflere gönder”e basın.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Placeholders: {name} {first_name} {customer_id} {points} {discount} {target} {segment}</source>
            <translation>Yer tutucular: {name} {first_name} {customer_id} {points} {discount} {target} {segment}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnorm.py" />
            <source>plate</source>
            <translation>plaka</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>PNG image</source>
            <translation>PNG resmi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>point: 1234.50</source>
            <translation>nokta: 1234.50</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Points</source>
            <translation>Puan</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>points</source>
            <translation>Puan</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>points = {rate} × {basis}, in steps of {step}, at least {least}</source>
            <translation>puan = {rate} × {basis}, {step} adımlarla, en az {least}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>points basis</source>
            <translation>puan temeli</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Points from</source>
            <translation>Puan temeli</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Pool waves</source>
            <translation>Dalgaları birleştir</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Potential loyal</source>
            <translation>Potansiyel sadık</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Potential Loyalist</source>
            <translation>Sadık adayı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>predicted</source>
            <translation>tahmin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Predicted value over the horizon</source>
            <translation>Ufuk boyunca tahmini değer</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Predicted value over the next 90 days (BG/NBD + Gamma-Gamma): top 10 %, next 20 %, next 40 %, last 30 %.</source>
            <translation>Önümüzdeki 90 günün tahmini değeri (BG/NBD + Gamma-Gamma): ilk %10, sonraki %20, sonraki %40, son %30.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Predicted, discounted spend over the horizon (BG/NBD + Gamma-Gamma)</source>
            <translation>Ufuk boyunca tahmini, iskontolu harcama (BG/NBD + Gamma-Gamma)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>prediction</source>
            <translation>tahmin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Previous period</source>
            <translation>Önceki dönem</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>price segment</source>
            <translation>Fiyat segmenti</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Price sensitivity</source>
            <translation>Fiyat duyarlılığı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/value.py" />
            <source>Price-sensitive</source>
            <translation>Fiyata duyarlı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>price-sensitive from promotion share</source>
            <translation>kampanya payından itibaren fiyata duyarlı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Price-sensitive: at least half of the purchases were on promotion.</source>
            <translation>Fiyata duyarlı: alışverişlerin en az yarısı kampanyada yapılmış.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Probability that the customer is still active</source>
            <translation>Müşterinin hâlâ aktif olma olasılığı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Probability the customer is still active (BG/NBD model)</source>
            <translation>Müşterinin hâlâ aktif olma olasılığı (BG/NBD modeli)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Project saved to {path}</source>
            <translation>Proje {path} konumuna kaydedildi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Promising</source>
            <translation>Umut vadeden</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>promo</source>
            <translation>Kampanya</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>promo share</source>
            <translation>Kampanya payı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Pseudonymous ids</source>
            <translation>Takma adlı kimlikler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>pts per unit</source>
            <translation>birim başına puan</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Purchase occasions: distinct receipts (or visits, without receipt numbers)</source>
            <translation>Alışveriş sayısı: farklı fişler (fiş numarası yoksa ziyaretler)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Purchases</source>
            <translation>Alışverişler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>purchases</source>
            <translation>Alışverişler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Purchases per customer after the calibration end: actual vs predicted</source>
            <translation>Kalibrasyon sonrası müşteri başına alışveriş: gerçekleşen ve tahmin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Purchases without a card: {n}</source>
            <translation>Kartsız alışverişler: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>quantity</source>
            <translation>Miktar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Quietest hour {hour}, {below} below an average hour.</source>
            <translation>En sakin saat {hour}, ortalama bir saatten {below} düşük.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>R (recency) score 1–5: 5 = bought most recently, 1 = longest ago; customers are ranked into equal fifths</source>
            <translation>R (yenilik) puanı 1–5: 5 = en son alışveriş yapan, 1 = en uzun süre önce; müşteriler eşit beşte birlere ayrılır</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>R package rfm</source>
            <translation>R paketi rfm</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>R score</source>
            <translation>R puanı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>r score</source>
            <translation>R puanı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>R, F and M scores as one number: 543 = R 5, F 4, M 3</source>
            <translation>R, F ve M puanları tek sayı olarak: 543 = R 5, F 4, M 3</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>rare</source>
            <translation>seyrek</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Rate</source>
            <translation>Oran</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Reach regulars who are overdue</source>
            <translation>Geciken düzenli müşterilere ulaşın</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>reactivated</source>
            <translation>Yeniden aktif</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>reactivation rate</source>
            <translation>yeniden aktifleşme oranı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>Reading {name}</source>
            <translation>{name} okunuyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Reading {name}…</source>
            <translation>{name} okunuyor…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/status.py" />
            <source>Ready</source>
            <translation>Hazır</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>reason</source>
            <translation>Neden</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Receipt, order or invoice number</source>
            <translation>Fiş, sipariş veya fatura numarası</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>recency days</source>
            <translation>Son alışverişten beri gün</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>recency days from</source>
            <translation>Gün (başta)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>recency days to</source>
            <translation>Gün (sonda)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>recent</source>
            <translation>yeni gelmiş</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Recent customers who came back</source>
            <translation>Geri dönen yeni müşteriler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Recent first-time buyers</source>
            <translation>Yakın zamanda ilk kez alanlar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Recent projects and files</source>
            <translation>Son projeler ve dosyalar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <location filename="../../desktop_crm/io/report.py" />
            <source>Recommended actions</source>
            <translation>Önerilen eylemler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Recommending actions</source>
            <translation>Eylemler öneriliyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Recover your work?</source>
            <translation>Çalışmanız kurtarılsın mı?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Regular from (purchases)</source>
            <translation>Düzenli sayılma (alışveriş)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idlink.py" />
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>reject</source>
            <translation>reddet</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Rejected rows</source>
            <translation>Reddedilen satırlar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Rejected rows saved to {path}</source>
            <translation>Reddedilen satırlar {path} konumuna kaydedildi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>rejected: {reason}: {count}</source>
            <translation>reddedildi: {reason}: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Remove selected</source>
            <translation>Seçilenleri kaldır</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>removed</source>
            <translation>Çıkarılan</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>repeat purchases</source>
            <translation>Tekrar alışverişler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>repeat purchases before the calibration end</source>
            <translation>kalibrasyon bitiminden önceki tekrar alışverişler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>Repeat rate</source>
            <translation>Tekrar oranı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idlink.py" />
            <source>repeated digits</source>
            <translation>tekrarlanan rakamlar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Replace the control-group file?</source>
            <translation>Kontrol grubu dosyası değiştirilsin mi?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Replace the open data?</source>
            <translation>Açık veriler değiştirilsin mi?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>report as of {date} ({pages}) written to {path}</source>
            <translation>{date} itibarıyla rapor ({pages}) {path} dosyasına yazıldı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Report written to {path}</source>
            <translation>Rapor {path} dosyasına yazıldı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Reset to data defaults</source>
            <translation>Veriye göre varsayılanlara dön</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>responded</source>
            <translation>Yanıt veren</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>responders</source>
            <translation>yanıt verenler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>response rate</source>
            <translation>yanıt oranı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Response window</source>
            <translation>Yanıt süresi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>response {target} vs {control}: uplift {uplift} points ({ci} CI {low} .. {high})</source>
            <translation>yanıt {target} / {control}: artış {uplift} puan ({ci} GA {low} .. {high})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <location filename="../../desktop_crm/io/report.py" />
            <source>Revenue</source>
            <translation>Ciro</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>revenue</source>
            <translation>Ciro</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Revenue at risk</source>
            <translation>Risk altındaki ciro</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>Revenue changed by {pct} to {value}</source>
            <translation>Ciro {pct} değişerek {value} oldu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>Revenue per customer</source>
            <translation>Müşteri başına ciro</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>revenue per customer</source>
            <translation>müşteri başına ciro</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>revenue per customer {target} vs {control}: uplift {uplift} ({ci} CI {low} .. {high})</source>
            <translation>müşteri başına ciro {target} / {control}: artış {uplift} ({ci} GA {low} .. {high})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>revenue tied to a known customer: {share}</source>
            <translation>bilinen müşteriye bağlı ciro: {share}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>revenue uplift</source>
            <translation>ciro artışı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>revenue uplift ci high</source>
            <translation>ciro artışı GA üst</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>revenue uplift ci low</source>
            <translation>ciro artışı GA alt</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>revenue {amount}</source>
            <translation>ciro {amount}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Reward your VIPs</source>
            <translation>VIP'lerinizi ödüllendirin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>RFM cut-offs</source>
            <translation>RFM eşikleri</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>rfm score</source>
            <translation>RFM puanı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>RFM segment</source>
            <translation>RFM segmenti</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>rfm segment</source>
            <translation>RFM segmenti</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>RFM segment table</source>
            <translation>RFM segment tablosu</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>RFM segments</source>
            <translation>RFM segmentleri</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>ROI</source>
            <translation>YG</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>roi</source>
            <translation>YG</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>roi ci high</source>
            <translation>YG GA üst</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>roi ci low</source>
            <translation>YG GA alt</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>ROI {roi}</source>
            <translation>YG {roi}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>row</source>
            <translation>Satır</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Row %</source>
            <translation>Satır %</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>rows</source>
            <translation>satırlar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Rules (*.json)</source>
            <translation>Kurallar (*.json)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Sales before this date count; by default the day after the last sale.</source>
            <translation>Bu tarihten önceki satışlar sayılır; varsayılan: son satıştan sonraki gün.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Sales exports ({patterns});;All files (*)</source>
            <translation>Satış dışa aktarımları ({patterns});;Tüm dosyalar (*)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Sales file</source>
            <translation>Satış dosyası</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>same</source>
            <translation>aynı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Sat</source>
            <translation>Cmt</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Save &amp;Rejected Rows…</source>
            <translation>&amp;Reddedilen satırları kaydet…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Save lifecycle rules</source>
            <translation>Yaşam döngüsü kurallarını kaydet</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Save list…</source>
            <translation>Listeyi kaydet…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Save Project &amp;As…</source>
            <translation>Projeyi &amp;farklı kaydet…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <location filename="../../desktop_crm/gui/rejects.py" />
            <source>Save rejected rows</source>
            <translation>Reddedilen satırları kaydet</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Save rejected rows…</source>
            <translation>Reddedilen satırları kaydet…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Save rules…</source>
            <translation>Kuralları kaydet…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Save the project</source>
            <translation>Projeyi kaydet</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Save the target list</source>
            <translation>Hedef listeyi kaydet</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Saved to {paths}</source>
            <translation>Kaydedildi: {paths}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Saving {n} rows to {name}…</source>
            <translation>
                <numerusform>{n} satır {name} dosyasına kaydediliyor…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Scheme</source>
            <translation>Şema</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>scheme '{scheme}' is not available for this data</source>
            <translation>'{scheme}' şeması bu veri için kullanılamaz</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>score levels</source>
            <translation>puan düzeyleri</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>score range {low}-{high} is not within 1-{top}</source>
            <translation>{low}-{high} puan aralığı 1-{top} içinde değil</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>scoring</source>
            <translation>puanlama</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Scoring R, F and M</source>
            <translation>R, F ve M puanlanıyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Se&amp;ttings…</source>
            <translation>&amp;Ayarlar…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Search id, name, e-mail or phone</source>
            <translation>No, ad, e-posta veya telefon ara</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Secondary identity: licence plate, phone or e-mail</source>
            <translation>İkincil kimlik: plaka, telefon veya e-posta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Seed</source>
            <translation>Tohum</translation>
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
            <translation>&amp;Yeniden segmentle</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Segment at the start of each month</source>
            <translation>Her ayın başındaki segment</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>Segmentation failed</source>
            <translation>Segmentasyon başarısız</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>Segmenting as of {date}</source>
            <translation>{date} itibarıyla segmentleniyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Segmenting as of {first} and {second}…</source>
            <translation>{first} ve {second} itibarıyla segmentleniyor…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>Segmenting at each date…</source>
            <translation>Her tarih için segmentleniyor…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>Segmenting customers</source>
            <translation>Müşteriler segmentleniyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_form.py" />
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Segments</source>
            <translation>Segmentler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Segments of the R package 'rfm' (introduction vignette)</source>
            <translation>R paketi 'rfm' segmentleri (giriş belgesi)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/io/duckdb_engine.py" />
            <source>Segments ready</source>
            <translation>Segmentler hazır</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Segments: {scheme}</source>
            <translation>Segmentler: {scheme}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Select all</source>
            <translation>Tümünü seç</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Selecting transactions</source>
            <translation>İşlemler seçiliyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Send to Targets</source>
            <translation>Hedeflere gönder</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>sent date</source>
            <translation>Gönderim tarihi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Sent on</source>
            <translation>Gönderim tarihi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>separator {mark}</source>
            <translation>ayırıcı {mark}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>setting</source>
            <translation>Ayar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Settings</source>
            <translation>Ayarlar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>share</source>
            <translation>Pay</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>share of customers</source>
            <translation>Müşteri payı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Share of each month's new customers who bought again 0, 1, 2, … months later.</source>
            <translation>Her ayın yeni müşterilerinden 0, 1, 2, … ay sonra yeniden alışveriş yapanların payı.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Share of revenue</source>
            <translation>Ciro payı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>share of revenue</source>
            <translation>Ciro payı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>Share still buying</source>
            <translation>Hâlâ alışveriş yapanlar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>share {category}</source>
            <translation>Pay: {category}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idlink.py" />
            <source>shared by many cards</source>
            <translation>birçok kartta ortak</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Sheet</source>
            <translation>Sayfa</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>sheet</source>
            <translation>sayfa</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Show</source>
            <translation>Göster</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Show in Customers</source>
            <translation>Müşterilerde göster</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Show this at start</source>
            <translation>Açılışta bunu göster</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Shown with amounts in tables, charts and Excel exports; leave empty for none</source>
            <translation>Tablolarda, grafiklerde ve Excel dışa aktarımlarında tutarlarla gösterilir; istemiyorsanız boş bırakın</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>signup date</source>
            <translation>Kayıt tarihi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Silent longer than usual: win them back now</source>
            <translation>Her zamankinden uzun süredir sessiz: şimdi geri kazanın</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>size</source>
            <translation>Büyüklük</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Sleeping</source>
            <translation>Uyuyan</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Sleeping after (days)</source>
            <translation>Uyuyan sayılma (gün)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Slipping away</source>
            <translation>Kaybedilmek üzere</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Snapshot sizes</source>
            <translation>Anlık görüntü büyüklükleri</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>Snapshots</source>
            <translation>Anlık görüntüler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>Snapshots ready</source>
            <translation>Anlık görüntüler hazır</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>space</source>
            <translation>boşluk</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/spark_engine.py" />
            <source>Spark could not start: {error}</source>
            <translation>Spark başlatılamadı: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>spend per purchase needs at least {needed} repeat customers; there are {found}</source>
            <translation>alışveriş başına harcama için en az {needed} tekrar eden müşteri gerekir; {found} var</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Spend target</source>
            <translation>Harcama hedefi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>spend target</source>
            <translation>Harcama hedefi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Spend target = this × what the customer spent in the last weeks (0: no target)</source>
            <translation>Harcama hedefi = bu × müşterinin son haftalardaki harcaması (0: hedef yok)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>spend target = {k} × spend in the last {n} weeks (one average visit if none), rounded up to {step}</source>
            <translation>
                <numerusform>harcama hedefi = {k} × son {n} haftadaki harcama (yoksa bir ortalama ziyaret), {step} katına yuvarlanır</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Spend {next_tier} more within 30 days and become {next_segment}!</source>
            <translation>30 gün içinde {next_tier} daha harcayın ve {next_segment} olun!</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Spent</source>
            <translation>Harcanan</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Standard 11 segments</source>
            <translation>Standart 11 segment</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Start a target list from the customers shown</source>
            <translation>Gösterilen müşterilerden bir hedef liste başlat</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Start from</source>
            <translation>Başlangıç</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>start must be one of {starts}</source>
            <translation>başlangıç şunlardan biri olmalı: {starts}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Start: {start}</source>
            <translation>Başlangıç: {start}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Starts from</source>
            <translation>Başlangıç</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>step</source>
            <translation>Adım</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>steps</source>
            <translation>Adımlar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>stopped; use --allow-rejects to accept these rows</source>
            <translation>durduruldu; bu satırları kabul etmek için --allow-rejects kullanın</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>store</source>
            <translation>Mağaza</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Store, branch or station</source>
            <translation>Mağaza, şube veya istasyon</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Strongest arrows</source>
            <translation>En güçlü oklar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Strongest moves</source>
            <translation>En güçlü geçişler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnear.py" />
            <source>substituted</source>
            <translation>değiştirilmiş</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/pipeline.py" />
            <source>Summarising</source>
            <translation>Özetleniyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/io/duckdb_engine.py" />
            <source>Summarising customers</source>
            <translation>Müşteriler özetleniyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Summary</source>
            <translation>Özet</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Summary {scheme}</source>
            <translation>Özet {scheme}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Sun</source>
            <translation>Paz</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>support</source>
            <translation>Destek</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Suppressed</source>
            <translation>Hariç tutulanlar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>suppressed</source>
            <translation>Hariç tutulan</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Suppressed: {reason}</source>
            <translation>Hariç tutulan: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Suppression</source>
            <translation>Hariç tutma</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>Suspicious</source>
            <translation>Şüpheli</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>suspicious</source>
            <translation>şüpheli</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>suspicious identifiers: {n}</source>
            <translation>şüpheli kimlikler: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>suspicious phone/plate, no customer: {n}</source>
            <translation>şüpheli telefon/plaka, müşterisiz: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>SVG vector image</source>
            <translation>SVG vektör resmi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>System</source>
            <translation>Sistem</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>tab</source>
            <translation>sekme</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>target</source>
            <translation>hedef</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_form.py" />
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Target list</source>
            <translation>Hedef liste</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Targets</source>
            <translation>Hedefler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>tenure days</source>
            <translation>Üyelik süresi (gün)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>text: {text}</source>
            <translation>metin: {text}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>the 'from' date must be before the 'to' date</source>
            <translation>başlangıç tarihi bitiş tarihinden önce olmalı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>The app guessed the columns and the format; change any that are wrong. Fields in bold are required.</source>
            <translation>Uygulama sütunları ve biçimi tahmin etti; yanlış olanları değiştirin. Kalın alanlar zorunludur.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>The category with the largest share of the customer's spend.</source>
            <translation>Müşterinin harcamasında en büyük paya sahip kategori.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>The control group is written beside the list, to {name}, which exists. Replace it?</source>
            <translation>Kontrol grubu listenin yanına, zaten var olan {name} dosyasına yazılır. Değiştirilsin mi?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the control share must be at least 0 and below 1 (e.g. 0.1 for 10%)</source>
            <translation>kontrol payı en az 0 ve 1'den küçük olmalı (örn. %10 için 0.1)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>The country of local phone numbers (0555…, 8 916…); automatic: from the language and currency</source>
            <translation>Yerel telefon numaralarının ülkesi (0555…, 8 916…); otomatik: dil ve para biriminden</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>The customers file does not exist.</source>
            <translation>Müşteri dosyası yok.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>the decimal mark and the thousands separator must differ</source>
            <translation>ondalık işareti ile binlik ayırıcı farklı olmalı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/duckdb_engine.py" />
            <source>the DuckDB engine is not part of this installation; install desktop-crm with pip to use it</source>
            <translation>DuckDB motoru bu kurulumda yok; kullanmak için desktop-crm'i pip ile kurun</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file has a header but no data rows</source>
            <translation>dosyada başlık var ama veri satırı yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file has no data rows</source>
            <translation>dosyada veri satırı yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file has no text rows</source>
            <translation>dosyada metin satırı yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file has only one column; a sales export needs at least customer, date and amount</source>
            <translation>dosyada tek sütun var; bir satış dışa aktarımında en az müşteri, tarih ve tutar olmalı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file is empty</source>
            <translation>dosya boş</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>The file is gone</source>
            <translation>Dosya artık yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file is not a text table (it looks binary); choose a CSV, TXT or Excel file</source>
            <translation>dosya bir metin tablosu değil (ikili görünüyor); CSV, TXT veya Excel dosyası seçin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>the file mixes encodings: {utf8} lines read as UTF-8, {other} as {code_page}; check names</source>
            <translation>dosya kodlamaları karıştırıyor: {utf8} satır UTF-8, {other} satır {code_page} olarak okundu; adları kontrol edin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the first wave's offer improved: points × {factor}, discount + {extra} points</source>
            <translation>ilk dalganın teklifi iyileştirildi: puan × {factor}, indirim + {extra} puan</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the header is deeper in the file than the sample that was read</source>
            <translation>başlık, okunan örnekten daha aşağıda</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the header row must be from 0 (no header) to {last}</source>
            <translation>başlık satırı 0 (başlık yok) ile {last} arasında olmalı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>The help file {path} is missing from this installation.</source>
            <translation>{path} yardım dosyası bu kurulumda eksik.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the holdout share must be at least 0 and below 1, with the project's key</source>
            <translation>dışarıda tutma payı en az 0 ve 1'den küçük olmalı, proje anahtarıyla</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the holiday window ends before it starts</source>
            <translation>tatil aralığı başlamadan bitiyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the holiday-window filter needs the transactions</source>
            <translation>tatil aralığı filtresi için işlemler gerekir</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>The import failed:
{message}

Go back to check the file and the columns.</source>
            <translation>İçe aktarma başarısız oldu:
{message}

Dosyayı ve sütunları kontrol etmek için geri dönün.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>the lifecycle rules leave some customers without a segment; end with a rule for everyone</source>
            <translation>yaşam döngüsü kuralları bazı müşterileri segmentsiz bırakıyor; herkes için bir kuralla bitirin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>The list could not be saved</source>
            <translation>Liste kaydedilemedi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>the list is empty: most were suppressed for '{reason}' (see --customers, --channel)</source>
            <translation>liste boş: çoğu '{reason}' nedeniyle çıkarıldı (bkz. --customers, --channel)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>The list that was sent</source>
            <translation>Gönderilmiş liste</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>the model could not be fitted to this data</source>
            <translation>model bu veriye uydurulamadı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>The models could not value the customers of this data (the fit ran to its limits).</source>
            <translation>Modeller bu verideki müşterileri değerleyemedi (uyum sınırlarına ulaştı).</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>The project could not be saved</source>
            <translation>Proje kaydedilemedi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>The project uses {name} in
{folder},
outside the project's folder.

Show the file to open it.</source>
            <translation>Proje {name} dosyasını kullanıyor:
{folder},
proje klasörünün dışında.

Açmak için dosyayı gösterin.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>The project uses {name}, which is no longer at
{folder}.

Show where it is now.</source>
            <translation>Proje {name} dosyasını kullanıyor; dosya artık şurada değil:
{folder}.

Şimdi nerede olduğunu gösterin.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>The project's data is missing</source>
            <translation>Projenin verisi eksik</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>The row with the column names; 0 if the file has none</source>
            <translation>Sütun adlarının bulunduğu satır; dosyada yoksa 0</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>The same length of time just before</source>
            <translation>Hemen öncesindeki aynı uzunlukta süre</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>The same seed draws the same control group</source>
            <translation>Aynı tohum aynı kontrol grubunu seçer</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>the sent list has no control group (a 'group' column with 'control' rows); uplift needs one</source>
            <translation>gönderilen listede kontrol grubu yok ('control' satırları olan bir 'group' sütunu); artış için gereklidir</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/spark_engine.py" />
            <source>the Spark engine needs the optional extra: pip install 'desktop-crm[spark]'</source>
            <translation>Spark motoru isteğe bağlı eki gerektirir: pip install 'desktop-crm[spark]'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the start '{start}' is not available for this data</source>
            <translation>'{start}' başlangıcı bu veri için kullanılamıyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_extras.py" />
            <source>the uplift model is no better than random on held-out customers</source>
            <translation>uplift modeli ayrılmış müşterilerde rastgeleden iyi değil</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>The uplift model is no better than random on held-out customers; it is not offered</source>
            <translation>Artış modeli ayrılmış müşterilerde rastgeleden iyi değil; sunulmuyor</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/uplift.py" />
            <source>the uplift model needs past campaigns with a control group, and responders in them</source>
            <translation>artış modeli kontrol gruplu geçmiş kampanyalar ve bunlarda yanıt verenler ister</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>The widely used RFM segment map on recency and frequency scores</source>
            <translation>Yenilik ve sıklık puanlarına dayanan yaygın RFM segment haritası</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Their spend to date</source>
            <translation>Bugüne kadarki harcamaları</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>there are no customers in the calibration period</source>
            <translation>kalibrasyon döneminde müşteri yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>there are no sales up to {date}</source>
            <translation>{date} tarihine kadar satış yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>there are no transactions to segment</source>
            <translation>segmentlenecek işlem yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>These rules cannot be used</source>
            <translation>Bu kurallar kullanılamaz</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>They used to buy regularly and have gone quiet; send a second wave to those who do not respond.</source>
            <translation>Düzenli alışveriş yapıyorlardı ve sessizleştiler; yanıt vermeyenlere ikinci dalga gönderin.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>This data has no category or department column, so there is no journey map.</source>
            <translation>Bu veride kategori veya reyon sütunu yok; bu yüzden yolculuk haritası çıkmaz.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>This file could not be imported</source>
            <translation>Bu dosya içe aktarılamadı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/empty.py" />
            <source>This file is kept on disk (large-file mode); this view needs it in memory. Open a smaller file.</source>
            <translation>Bu dosya diskte tutuluyor (büyük dosya modu); bu görünüm verinin bellekte olmasını gerektirir. Daha küçük bir dosya açın.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>This project could not be opened</source>
            <translation>Bu proje açılamadı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>Thousands separator</source>
            <translation>Binlik ayırıcı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Thu</source>
            <translation>Per</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_form.py" />
            <source>tick at least one segment to start from</source>
            <translation>başlamak için en az bir segment işaretleyin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Tiers (%)</source>
            <translation>Kademeler (%)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Time of day when it is a column of its own</source>
            <translation>Ayrı bir sütunsa günün saati</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>time unit</source>
            <translation>zaman birimi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>To</source>
            <translation>Bitiş</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>to</source>
            <translation>bitiş</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>to</source>
            <comment>date range</comment>
            <translation>–</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>to category</source>
            <translation>Sonraki kategori</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>to date</source>
            <translation>Bitiş tarihi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>to segment</source>
            <translation>Sonraki segment</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>too small to detect {wanted} points (80% power, 5% significance)</source>
            <translation>{wanted} puanı saptamak için çok küçük (%80 güç, %5 anlamlılık)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>Top 10 %</source>
            <translation>İlk %10</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>top category</source>
            <translation>Ana kategori</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Top paths</source>
            <translation>En sık yollar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Total spend</source>
            <translation>Toplam harcama</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>totals row (not a sale)</source>
            <translation>toplam satırı (satış değil)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Traffic</source>
            <translation>Yoğunluk</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Transactions</source>
            <translation>İşlemler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>transactions written to {path}</source>
            <translation>işlemler {path} dosyasına yazıldı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Transitions</source>
            <translation>Geçişler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>transitions</source>
            <translation>Geçişler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnear.py" />
            <source>transposed</source>
            <translation>yer değiştirmiş</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Tue</source>
            <translation>Sal</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>Two months</source>
            <translation>İki ay</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Two years of a café chain's loyalty programme, 5,000 customers</source>
            <translation>Bir kafe zincirinin iki yıllık sadakat programı, 5.000 müşteri</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/structure.py" />
            <source>unclosed quote (the line was read up to its end and skipped)</source>
            <translation>kapanmamış tırnak (satır sonuna kadar okundu ve atlandı)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/demographics.py" />
            <source>under 25</source>
            <translation>25 altı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/worker.py" />
            <source>Unexpected error: {error}</source>
            <translation>Beklenmeyen hata: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Units, items or litres</source>
            <translation>Adet, ürün veya litre</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>unknown delimiter '{delimiter}'; use one of , ; tab | space</source>
            <translation>bilinmeyen ayırıcı '{delimiter}'; şunlardan birini kullanın: , ; tab | space</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>unknown encoding '{encoding}'</source>
            <translation>bilinmeyen kodlama '{encoding}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>unknown field '{name}' in '{clause}'; fields are: {fields}</source>
            <translation>'{clause}' içinde bilinmeyen alan '{name}'; alanlar: {fields}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>unknown period '{period}'</source>
            <translation>bilinmeyen dönem '{period}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>unknown threshold '{value}' in '{clause}'</source>
            <translation>'{clause}' içinde bilinmeyen eşik '{value}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>unknown threshold(s): {names}</source>
            <translation>bilinmeyen eşik(ler): {names}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>unparseable amount</source>
            <translation>okunamayan tutar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>unparseable date</source>
            <translation>okunamayan tarih</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>upgrade</source>
            <translation>yükseliş</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Upgrades and downgrades</source>
            <translation>Yükselişler ve düşüşler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Upgrades and downgrades (by the rule table's order)</source>
            <translation>Yükselişler ve düşüşler (kural tablosunun sırasına göre)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Uplift</source>
            <translation>Artış</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>uplift</source>
            <translation>Artış</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>uplift ci high</source>
            <translation>artış GA üst</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>uplift ci low</source>
            <translation>artış GA alt</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Uplift model better than random on held-out customers (Qini area {area}); {n} persuadables</source>
            <translation>Artış modeli ayrılmış müşterilerde rastgeleden iyi (Qini alanı {area}); {n} ikna edilebilir</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>uplift vs control</source>
            <translation>kontrole göre artış</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Used to buy regularly; have not for a while</source>
            <translation>Düzenli alışveriş yaparlardı; bir süredir yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>usual gap days</source>
            <translation>olağan ara gün</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>value</source>
            <translation>Değer</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Value at stake</source>
            <translation>Söz konusu değer</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>value lost</source>
            <translation>kaybedilen değer</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>VIP average order value</source>
            <translation>VIP ortalama sepet</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>VIP visits per month</source>
            <translation>VIP aylık ziyaret</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Visits</source>
            <translation>Ziyaretler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>visits</source>
            <translation>Ziyaretler</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>visits per month</source>
            <translation>Aylık ziyaret</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>warning: {share} of the rows were rejected ({rejected} of {read}); check the format and the columns</source>
            <translation>uyarı: satırların {share} kadarı reddedildi ({read} satırdan {rejected}); biçimi ve sütunları kontrol edin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>warning: {text}</source>
            <translation>uyarı: {text}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Was a regular, and P(alive) has fallen below 0.5</source>
            <translation>Düzenli müşteriydi ve P(aktif) 0,5'in altına düştü</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>wave</source>
            <translation>Dalga</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Wed</source>
            <translation>Çar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>Week</source>
            <translation>Hafta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>weekday</source>
            <translation>Gün</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>weeks</source>
            <translation>hafta</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Welcome to Desktop CRM</source>
            <translation>Desktop CRM'e hoş geldiniz</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <location filename="../../desktop_crm/io/report.py" />
            <source>What changed</source>
            <translation>Neler değişti</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>What one contact costs: SMS, call, gift</source>
            <translation>Bir iletişimin maliyeti: SMS, arama, hediye</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Where is the data file?</source>
            <translation>Veri dosyası nerede?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Where is {name}?</source>
            <translation>{name} nerede?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Which column is which?</source>
            <translation>Hangi sütun ne?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Which file?</source>
            <translation>Hangi dosya?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Why</source>
            <translation>Neden</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Win back sleeping customers</source>
            <translation>Uykudaki müşterileri geri kazanın</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>with a path to the next tier</source>
            <translation>bir sonraki seviyeye yolu olanlar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>would work: {arms} arm(s) of {n}, control {control} ({share})</source>
            <translation>işe yarar: {n} kişilik {arms} kol, kontrol {control} ({share})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>written to {path}</source>
            <translation>{path} dosyasına yazıldı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>wrong number of fields</source>
            <translation>alan sayısı yanlış</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>yes</source>
            <translation>evet</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Your most frequent, best-spending customers: keep them.</source>
            <translation>En sık gelen ve en çok harcayan müşterileriniz: onları elinizde tutun.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>{arm}: {n} customers vs {control} control, detects an uplift of {uplift} points or more</source>
            <translation>{arm}: {n} müşteri, {control} kontrol; {uplift} puan veya daha fazla artışı saptar</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>{category} visits changed by {pct}</source>
            <translation>{category} ziyaretleri {pct} değişti</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>{date} is not one of the snapshot dates</source>
            <translation>{date} anlık görüntü tarihlerinden biri değil</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{dest}: cannot be written (permission denied, or open in another program)</source>
            <translation>{dest}: yazılamıyor (izin yok veya başka bir programda açık)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{dest}: cannot be written ({error})</source>
            <translation>{dest}: yazılamıyor ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{dest}: the folder {parent} does not exist</source>
            <translation>{dest}: {parent} klasörü yok</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>{from_} ({from_date}) → {to} ({to_date}): {n} customers, {share} of the period (click to see them)</source>
            <translation>
                <numerusform>{from_} ({from_date}) → {to} ({to_date}): {n} müşteri, dönemin {share} kadarı (görmek için tıklayın)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>{from_} → {to}: {n} customers</source>
            <translation>
                <numerusform>{from_} → {to}: {n} müşteri</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>{from_} → {to}: {times} times by {customers} customers, median {days} days between the visits</source>
            <translation>{from_} → {to}: {customers} müşteri tarafından {times} kez, ziyaretler arası medyan {days} gün</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/spark_engine.py" />
            <source>{input}: no such Parquet folder or table</source>
            <translation>{input}: böyle bir Parquet klasörü veya tablo yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/spark_engine.py" />
            <source>{input}: no {columns} column</source>
            <translation>{input}: {columns} sütunu yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/spark_engine.py" />
            <source>{input}: the Spark engine reads Parquet or a table, not a sales export</source>
            <translation>{input}: Spark motoru satış dökümünü değil, Parquet veya tablo okur</translation>
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
            <translation>{kpi} {pct} değişerek {value} oldu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/charts.py" />
            <source>{low} – {high}: {n} customers (click to see them)</source>
            <translation>
                <numerusform>{low} – {high}: {n} müşteri (görmek için tıklayın)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>{name}: charts are exported as .png</source>
            <translation>{name}: grafikler .png olarak dışa aktarılır</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/svg_export.py" />
            <source>{name}: vector charts are exported as .svg</source>
            <translation>{name}: vektör grafikler .svg olarak dışa aktarılır</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/targets.py" />
            <source>{n} chosen customers</source>
            <translation>
                <numerusform>{n} seçili müşteri</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/cli.py" />
            <source>{n} customer segmented as of {date}; written to {path}</source>
            <translation>
                <numerusform>{n} müşteri {date} itibarıyla segmentlendi; {path} dosyasına yazıldı</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>{n} customer valued over {days} days</source>
            <translation>
                <numerusform>{n} müşterinin {days} günlük değeri hesaplandı</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/model.py" />
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>{n} customers</source>
            <translation>
                <numerusform>{n} müşteri</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>{n} customers ({share} of the row), they spent {amount} in the period</source>
            <translation>
                <numerusform>{n} müşteri (satırın {share} kadarı), dönemde {amount} harcadılar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>{n} customers ({share}), revenue {revenue} ({revenue_share})</source>
            <translation>
                <numerusform>{n} müşteri ({share}), ciro {revenue} ({revenue_share})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>{n} days ago</source>
            <translation>
                <numerusform>{n} gün önce</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/pseudonyms.py" />
            <source>{n} ids in the file match no customer and were left out</source>
            <translation>
                <numerusform>dosyadaki {n} kimlik hiçbir müşteriyle eşleşmedi ve dışarıda bırakıldı</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/import_problems.py" />
            <source>{n} lines with an unclosed quote were skipped (lines {lines})</source>
            <translation>
                <numerusform>kapanmamış tırnaklı {n} satır atlandı (satırlar {lines})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>{n} months</source>
            <translation>
                <numerusform>{n} ay</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/next_tier.py" />
            <source>{n} more visit ({money}) within {days} days makes {segment}</source>
            <translation>
                <numerusform>{days} gün içinde {n} ziyaret daha ({money}) {segment} yapar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/cli.py" />
            <source>{n} page</source>
            <translation>
                <numerusform>{n} sayfa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/cli.py" />
            <source>{n} rejected row written to {path}</source>
            <translation>
                <numerusform>{n} reddedilen satır {path} dosyasına yazıldı</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>{n} repeat customer</source>
            <translation>
                <numerusform>{n} tekrar gelen müşteri</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>{n} rows rejected</source>
            <translation>
                <numerusform>{n} satır reddedildi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/importer.py" />
            <source>{n} rows repeat an earlier row exactly; they were kept (a customer can buy the same thing twice, but an export can also be doubled)</source>
            <translation>
                <numerusform>{n} satır önceki bir satırın tıpatıp aynısı; tutuldular (müşteri aynı şeyi iki kez alabilir, ama dışa aktarım da iki kez yapılmış olabilir)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>{n} snapshots; band width = customers. Hover a band; click it for its customers.</source>
            <translation>
                <numerusform>{n} anlık görüntü; şerit genişliği = müşteri sayısı. Bir şeridin üzerine gelin; müşterileri için tıklayın.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>{n} transaction rows; returns in red</source>
            <translation>
                <numerusform>{n} işlem satırı; iadeler kırmızı</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/model.py" />
            <source>{n} transactions</source>
            <translation>
                <numerusform>{n} işlem</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>{n} valuable customers are slipping away: {lost} of expected value lost in {days} days</source>
            <translation>
                <numerusform>{n} değerli müşteri uzaklaşıyor: {days} günde {lost} beklenen değer kaybı</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>{n} visits</source>
            <translation>
                <numerusform>{n} ziyaret</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/importer.py" />
            <source>{n} {column} values could not be read and were left empty</source>
            <translation>
                <numerusform>{n} adet {column} değeri okunamadı ve boş bırakıldı</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>{option} expects a date as YYYY-MM-DD, got '{text}'</source>
            <translation>{option} YYYY-AA-GG biçiminde bir tarih bekler, verilen: '{text}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli_checks.py" />
            <source>{option} expects a finite number, got {value}</source>
            <translation>{option} sonlu bir sayı bekliyor, verilen: {value}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli_checks.py" />
            <source>{option} expects a number from {low} to {high}, got {value}</source>
            <translation>{option} {low} ile {high} arasında bir sayı bekliyor, verilen: {value}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path} already exists; choose another name or overwrite it</source>
            <translation>{path} zaten var; başka bir ad seçin veya üzerine yazın</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/pairs.py" />
            <source>{path} is being written by another run; try again when it is done</source>
            <translation>{path} başka bir çalıştırma tarafından yazılıyor; bittiğinde yeniden deneyin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path} is being written, or its writing was interrupted; write it again</source>
            <translation>{path} yazılıyor ya da yazımı yarıda kesildi; yeniden yazın</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>{path} is not there any more.</source>
            <translation>{path} artık orada değil.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>{path} no longer exists; it was removed from the recent files.</source>
            <translation>{path} artık yok; son kullanılan dosyalardan çıkarıldı.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path}: a sent list needs a 'customer_id' column</source>
            <translation>{path}: gönderilmiş bir listede 'customer_id' sütunu olmalı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: a sheet spans {rows} rows × {cols} columns ({cells} filled cells); too large to read</source>
            <translation>{path}: bir sayfa {rows} satır × {cols} sütuna yayılıyor ({cells} dolu hücre); okunamayacak kadar büyük</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: a sheet was chosen, but only Excel/ODS workbooks have sheets</source>
            <translation>{path}: bir sayfa seçildi, ama yalnızca Excel/ODS çalışma kitaplarında sayfa olur</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path}: a target list is written as .xlsx or .csv, not '{suffix}'</source>
            <translation>{path}: hedef liste .xlsx veya .csv olarak yazılır, '{suffix}' olarak değil</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>{path}: an identity decision lacks '{field}'</source>
            <translation>{path}: bir kimlik kararında '{field}' eksik</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: cannot be opened (permission denied, or locked by another program)</source>
            <translation>{path}: açılamıyor (izin yok veya başka bir program kilitlemiş)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: cannot be read ({error})</source>
            <translation>{path}: okunamıyor ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path}: cannot be read as a list ({error})</source>
            <translation>{path}: liste olarak okunamıyor ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>{path}: cannot be read as a workbook ({error})</source>
            <translation>{path}: çalışma kitabı olarak okunamıyor ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>{path}: cannot read the rule table ({error})</source>
            <translation>{path}: kural tablosu okunamıyor ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>{path}: cannot write '{suffix}' files; use .csv or .xlsx</source>
            <translation>{path}: '{suffix}' dosyaları yazılamaz; .csv veya .xlsx kullanın</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>{path}: cannot write '{suffix}' files; use .csv, .parquet or .xlsx</source>
            <translation>{path}: '{suffix}' dosyaları yazılamaz; .csv, .parquet veya .xlsx kullanın</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{path}: cannot write '{suffix}' files; use one of {known}</source>
            <translation>{path}: '{suffix}' dosyaları yazılamaz; şunlardan birini kullanın: {known}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: declares {rows} rows ({size} MB unpacked); too large to read</source>
            <translation>{path}: {rows} satır bildiriyor (açılmış hâli {size} MB); okunamayacak kadar büyük</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{path}: is a folder, not a file</source>
            <translation>{path}: bir klasör, dosya değil</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>{path}: journeys are several tables; write them to an .xlsx workbook</source>
            <translation>{path}: yolculuklar birkaç tablodur; bir .xlsx çalışma kitabına yazın</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: larger than {size} MB, too large for this kind of file</source>
            <translation>{path}: {size} MB'tan büyük; bu tür bir dosya için fazla büyük</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/project.py" />
            <source>{path}: made by a newer version of Desktop CRM; update the app to open it</source>
            <translation>{path}: Desktop CRM'in daha yeni bir sürümüyle oluşturulmuş; açmak için uygulamayı güncelleyin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/import_problems.py" />
            <source>{path}: no data rows to import</source>
            <translation>{path}: içe aktarılacak veri satırı yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>{path}: no plate, phone or e-mail column to link</source>
            <translation>{path}: eşleştirilecek plaka, telefon veya e-posta sütunu yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/import_problems.py" />
            <source>{path}: no row could be imported ({n} of {total} rejected: {reason}); check the column mapping</source>
            <translation>{path}: hiçbir satır içe aktarılamadı ({total} satırdan {n} tanesi reddedildi: {reason}); sütun eşleştirmesini kontrol edin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: no sheet '{sheet}'; sheets are: {names}</source>
            <translation>{path}: '{sheet}' sayfası yok; sayfalar: {names}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: no such file</source>
            <translation>{path}: böyle bir dosya yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: no table (a header with data rows under it) on sheet {checked}</source>
            <translation>{path}: {checked} sayfasında tablo (altında veri satırları olan bir başlık) yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/project.py" />
            <source>{path}: not a Desktop CRM project</source>
            <translation>{path}: bir Desktop CRM projesi değil</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>{path}: not a lifecycle rule file ({error})</source>
            <translation>{path}: bir yaşam döngüsü kural dosyası değil ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>{path}: not a list of identity decisions</source>
            <translation>{path}: kimlik kararları listesi değil</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: not a readable Excel/ODS workbook ({error})</source>
            <translation>{path}: okunabilir bir Excel/ODS çalışma kitabı değil ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: not a readable Parquet file ({error})</source>
            <translation>{path}: okunabilir bir Parquet dosyası değil ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{path}: not a regular file (a device or a pipe)</source>
            <translation>{path}: normal bir dosya değil (bir aygıt ya da boru)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/rule_files.py" />
            <source>{path}: not a valid rule file ({error})</source>
            <translation>{path}: geçerli bir kural dosyası değil ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the file cannot be read as a table ({error})</source>
            <translation>{path}: dosya tablo olarak okunamıyor ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the file has no data rows</source>
            <translation>{path}: dosyada veri satırı yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the file is empty</source>
            <translation>{path}: dosya boş</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{path}: the file is read-only; it was not replaced</source>
            <translation>{path}: dosya salt okunur; değiştirilmedi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>{path}: the identity review is an .xlsx workbook</source>
            <translation>{path}: kimlik incelemesi bir .xlsx çalışma kitabıdır</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/project.py" />
            <source>{path}: the project is damaged ({error})</source>
            <translation>{path}: proje bozuk ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>{path}: the report is written as .pdf or .html</source>
            <translation>{path}: rapor .pdf ya da .html olarak yazılır</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the text is not in the {encoding} encoding; choose another</source>
            <translation>{path}: metin {encoding} kodlamasında değil; başka birini seçin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the workbook has no data</source>
            <translation>{path}: çalışma kitabında veri yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the workbook is password-protected; save it without a password</source>
            <translation>{path}: çalışma kitabı parola korumalı; parolasız kaydedin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: the workbook unpacks to {size} MB; refused as a zip bomb</source>
            <translation>{path}: çalışma kitabı açıldığında {size} MB tutuyor; zip bombası olarak reddedildi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: this is an Excel file saved with a text extension; rename it to .xlsx/.xls</source>
            <translation>{path}: bu, metin uzantısıyla kaydedilmiş bir Excel dosyası; adını .xlsx/.xls olarak değiştirin</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: unsupported file type '{suffix}'; use one of {known}</source>
            <translation>{path}: desteklenmeyen dosya türü '{suffix}'; şunlardan birini kullanın: {known}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path}: write the campaign check as .xlsx or .csv</source>
            <translation>{path}: kampanya değerlendirmesini .xlsx veya .csv olarak yazın</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: {error}</source>
            <translation>{path}: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: {n} columns; at most {most} can be read</source>
            <translation>{path}: {n} sütun; en fazla {most} sütun okunabilir</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: {what} (nested too deeply)</source>
            <translation>{path}: {what} (çok derin iç içe)</translation>
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
                <numerusform>{row} {i}, {column} {j}: {n} müşteri</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>{scheme}, {first} → {second}: {up} up, {down} down, {same} unchanged, {new} new; written to {path}</source>
            <translation>{scheme}, {first} → {second}: {up} yukarı, {down} aşağı, {same} aynı, {new} yeni; {path} dosyasına yazıldı</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/cli.py" />
            <source>{scheme}: {n} snapshot {first} .. {last}; written to {path}</source>
            <translation>
                <numerusform>{scheme}: {n} anlık görüntü {first} .. {last}; {path} dosyasına yazıldı</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>{segment} grew by {n} customers ({pct})</source>
            <translation>{segment} {n} müşteri arttı ({pct})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>{segment} shrank by {n} customers ({pct})</source>
            <translation>{segment} {n} müşteri azaldı ({pct})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>{segment}: best arm {arm}</source>
            <translation>{segment}: en iyi kol {arm}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>{segment}: not enough evidence; about {n} more customers per arm needed</source>
            <translation>{segment}: yeterli kanıt yok; kol başına yaklaşık {n} müşteri daha gerekli</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>{segment}: not enough evidence; no difference between the arms</source>
            <translation>{segment}: yeterli kanıt yok; kollar arasında fark yok</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>{share} bought mostly in {store}</source>
            <translation>{share} çoğunlukla {store} mağazasından aldı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{share} of each segment, drawn with seed {seed}</source>
            <translation>her segmentin {share} kadarı, {seed} tohumuyla seçildi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>{share} of the rows were rejected. Replace the data now open with this import?</source>
            <translation>Satırların {share} kadarı reddedildi. Açık veriler bu içe aktarmayla değiştirilsin mi?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>{share} of them are new customers</source>
            <translation>{share} yeni müşteri</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>{share} of them were {segment}</source>
            <translation>{share} önceden {segment} idi</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>{share} stay</source>
            <translation>{share} aynı kategoride kalıyor</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>{shown} of {n} customers</source>
            <translation>
                <numerusform>{n} müşteriden {shown}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/model.py" />
            <source>{source}: {n} rows read, {accepted} accepted, {rejected} rejected</source>
            <translation>
                <numerusform>{source}: {n} satır okundu, {accepted} kabul edildi, {rejected} reddedildi</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>{target} to contact · {control} held out · {suppressed} not contacted · their spend to date {spend}</source>
            <translation>{target} kişiye ulaşılacak · {control} dışarıda · {suppressed} hariç · bugüne kadarki harcamaları {spend}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>{target} to contact, {control} held out, {suppressed} suppressed</source>
            <translation>{target} kişiye ulaşılacak, {control} kontrol grubunda, {suppressed} çıkarıldı</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>{transactions} of {customers}, {first} .. {last}, total amount {total}</source>
            <translation>{customers}, {transactions}, {first} .. {last}, toplam tutar {total}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>{up} moved up, {down} down, {same} stayed, {new} new. Rows: segment at the first date; columns: at the second. Click a cell for its customers.</source>
            <translation>{up} yükseldi, {down} düştü, {same} aynı kaldı, {new} yeni. Satırlar: ilk tarihteki segment; sütunlar: ikinci tarihteki. Müşterileri için bir hücreye tıklayın.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>{what} '{value}' is not a customer column</source>
            <translation>{what} '{value}' bir müşteri sütunu değil</translation>
        </message>
    </context>
</TS>
