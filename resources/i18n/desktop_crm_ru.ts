<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>DesktopCRM</name>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>  held out (control)</source>
            <translation>  отложены (контрольная группа)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>  to contact (target)</source>
            <translation>  для контакта (целевая группа)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source> (sheet '{sheet}')</source>
            <translation> (лист '{sheet}')</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source> or </source>
            <translation> или </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>% customers</source>
            <translation>% клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>% revenue</source>
            <translation>% выручки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;About Desktop CRM</source>
            <translation>&amp;О программе Desktop CRM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;Dark Theme</source>
            <translation>&amp;Тёмная тема</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;Import…</source>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Выход</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;Save Project</source>
            <translation>&amp;Сохранить проект</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>&amp;Welcome…</source>
            <translation>&amp;Начало работы…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>'{every}' is not a period; write e.g. 2W, 1M or 3M</source>
            <translation>'{every}' — не период; укажите, например, 2W, 1M или 3M</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/worker.py" />
            <source>(details in the log file)</source>
            <translation>(подробности в файле журнала)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>(new)</source>
            <translation>(новые)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/traffic.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>(not in this file)</source>
            <translation>(нет в этом файле)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>({shown} of {n} arrows)</source>
            <translation>
                <numerusform>({shown} из {n} стрелки)</numerusform>
                <numerusform>({shown} из {n} стрелок)</numerusform>
                <numerusform>({shown} из {n} стрелок)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--clusters expects auto, off or a number from 2 to 20, got '{text}'</source>
            <translation>--clusters ожидает auto, off или число от 2 до 20, получено: '{text}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--header-row expects 0 (no header) or a row number, got {value}</source>
            <translation>--header-row ожидает 0 (без заголовка) или номер строки, получено: {value}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--holiday-window expects START:END as YYYY-MM-DD:YYYY-MM-DD, got '{text}'</source>
            <translation>--holiday-window ожидает НАЧАЛО:КОНЕЦ в виде ГГГГ-ММ-ДД:ГГГГ-ММ-ДД, получено: '{text}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--map expects FIELD=COLUMN, got '{item}'</source>
            <translation>--map ожидает ПОЛЕ=СТОЛБЕЦ, получено: '{item}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--moved expects 'FROM-&gt;TO' segment names together with --from and --to dates</source>
            <translation>--moved ожидает названия сегментов 'ИЗ-&gt;В' вместе с датами --from и --to</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--moved: no {scheme} segment '{name}'; the segments are {names}</source>
            <translation>--moved: нет сегмента {scheme} '{name}'; сегменты: {names}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--phone-region expects a country code such as TR, got '{value}'</source>
            <translation>--phone-region ожидает код страны, например TR, получено '{value}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--pseudonymous needs --project with a pseudonym key (save a pseudonymous list in the app once)</source>
            <translation>--pseudonymous требует --project с ключом псевдонимов (один раз сохраните список с псевдонимами в приложении)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>--start persuadables: {reason}</source>
            <translation>--start persuadables: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>1st department</source>
            <translation>1-й отдел</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>2nd department</source>
            <translation>2-й отдел</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>3rd department</source>
            <translation>3-й отдел</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>&lt;b&gt;{rows}&lt;/b&gt; transactions of &lt;b&gt;{customers}&lt;/b&gt; customers, {first} – {last}, total {total}</source>
            <translation>&lt;b&gt;{rows}&lt;/b&gt; транзакций, &lt;b&gt;{customers}&lt;/b&gt; клиентов, {first} – {last}, всего {total}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>&lt;h2&gt;Welcome to Desktop CRM&lt;/h2&gt;&lt;p&gt;Find your VIP, loyal, new, at-risk, sleeping and lost customers in the sales your till or loyalty system exports, see how they move from month to month, and make call and SMS lists with a personal offer for each customer.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: nothing is uploaded, and the app never goes online.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Добро пожаловать в Desktop CRM&lt;/h2&gt;&lt;p&gt;Найдите VIP, лояльных, новых, уходящих, спящих и потерянных клиентов в продажах, выгруженных из кассы или программы лояльности, посмотрите, как они переходят из сегмента в сегмент от месяца к месяцу, и составьте списки для звонков и SMS с персональным предложением каждому клиенту.&lt;/p&gt;&lt;p&gt;Всё остаётся на этом компьютере: ничего не выгружается, и программа никогда не выходит в интернет.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>A CSV, TXT, Excel or ODS export of sales; optionally a file with customer details.</source>
            <translation>Выгрузка продаж в CSV, TXT, Excel или ODS; по желанию — файл с данными клиентов.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>a real identifier</source>
            <translation>настоящий идентификатор</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>A stable share of all customers that no list ever contacts</source>
            <translation>Постоянная доля всех клиентов, с которой не связывается ни один список</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>a test with arms needs a control group (a control share above 0)</source>
            <translation>тесту с вариантами нужна контрольная группа (доля контроля больше 0)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>A: customers making the top 80 % of revenue; B: the next 15 %; C: the rest.</source>
            <translation>A: клиенты, дающие первые 80 % выручки; B: следующие 15 %; C: остальные.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>ABC (Pareto)</source>
            <translation>ABC (Парето)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>ABC class</source>
            <translation>Класс ABC</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>abc class</source>
            <translation>Класс ABC</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>About Desktop CRM</source>
            <translation>О программе Desktop CRM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>About To Sleep</source>
            <translation>Засыпающие</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>About to Sleep</source>
            <translation>Засыпающие</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idlink.py" />
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>accept</source>
            <translation>принять</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>Active customers</source>
            <translation>Активные клиенты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Active, but comes now and then</source>
            <translation>Активен, но заходит время от времени</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>actual</source>
            <translation>факт</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Add a sent list…</source>
            <translation>Добавить отправленный список…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Adding customer attributes</source>
            <translation>Добавление данных клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>After entry</source>
            <translation>После первого визита</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>After the calibration end: {actual} purchases, the model predicted {predicted} ({error}). Click a bar of a distribution to see those customers.</source>
            <translation>После конца периода обучения: {actual} покупок, модель предсказала {predicted} ({error}). Щёлкните столбец распределения, чтобы увидеть этих клиентов.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>age</source>
            <translation>Возраст</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Age band</source>
            <translation>Возрастная группа</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>age band</source>
            <translation>Возрастная группа</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Agreed to marketing messages</source>
            <translation>Согласен на рекламные рассылки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>All cells</source>
            <translation>Все ячейки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_form.py" />
            <location filename="../../desktop_crm/core/traffic.py" />
            <source>All customers</source>
            <translation>Все клиенты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>all customers</source>
            <translation>все клиенты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>alt id</source>
            <translation>Доп. идентификатор</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>amount is not a finite number or is implausibly large</source>
            <translation>сумма не является конечным числом или неправдоподобно велика</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>amounts like '1{thousands}250' could be read either way; read with '{decimal}' as the decimal mark</source>
            <translation>суммы вида '1{thousands}250' можно прочитать двояко; десятичным знаком принят '{decimal}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>an RFM rule table needs at least one rule</source>
            <translation>в таблице правил RFM должно быть хотя бы одно правило</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/mapping.py" />
            <source>and {n} more</source>
            <translation>и ещё {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>any scores</source>
            <translation>любые баллы</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Apply date</source>
            <translation>Применить дату</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>arm</source>
            <translation>вариант</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Arms</source>
            <translation>Варианты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>arms</source>
            <translation>варианты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>arms must be distinct names other than 'control', e.g. '10%,15%,20%': {arms}</source>
            <translation>варианты должны иметь разные имена, кроме 'control', напр. '10%,15%,20%': {arms}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/chart_base.py" />
            <source>Arrow keys move between the items.</source>
            <translation>Стрелки переходят между элементами.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/chart_base.py" />
            <source>Arrow keys move between the items; Enter opens one.</source>
            <translation>Стрелки переходят между элементами; Enter открывает элемент.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>As of</source>
            <translation>На дату</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>as of</source>
            <translation>На дату</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>As of {date}</source>
            <translation>На {date}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/status.py" />
            <source>as of {date}</source>
            <translation>на {date}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>As of {date}; the last {period} against the one before.</source>
            <translation>На {date}; последний период ({period}) в сравнении с предыдущим.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/theme.py" />
            <source>As the system</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>at most {most}</source>
            <translation>не более {most}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>At Risk</source>
            <translation>В зоне риска</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>At risk</source>
            <translation>В зоне риска</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>At risk after (days)</source>
            <translation>В зоне риска после (дней)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>automatic</source>
            <translation>автоматически</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>automatic ({region})</source>
            <translation>автоматически ({region})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>Automatic links</source>
            <translation>Автоматические связи</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>automatic links: {n}</source>
            <translation>автоматические связи: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>average</source>
            <translation>средние</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>Average basket</source>
            <translation>Средний чек</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>average order {value}, last purchase {days} days ago on average</source>
            <translation>средний чек {value}, последняя покупка в среднем {days} дн. назад</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Average purchase</source>
            <translation>Средний чек</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Average recency and frequency</source>
            <translation>Средняя давность и частота</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>avg order value</source>
            <translation>Средний чек</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>bands follow customers from their first department to the next two they moved to. Hover a band.</source>
            <translation>полосы ведут покупателей от первого отдела к двум следующим, куда они перешли. Наведите на полосу.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>baskets</source>
            <translation>Корзины</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Behaviour clusters</source>
            <translation>Поведенческие кластеры</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>birth date</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>birthday filter needs birth dates in the customers file</source>
            <translation>для фильтра по дню рождения нужны даты рождения в файле клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Birthday offers</source>
            <translation>Предложения ко дню рождения</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Birthday within</source>
            <translation>День рождения в течение</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Birthday within the next 30 days.</source>
            <translation>День рождения в ближайшие 30 дней.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>birthday within {n} days</source>
            <translation>
                <numerusform>день рождения в течение {n} дня</numerusform>
                <numerusform>день рождения в течение {n} дней</numerusform>
                <numerusform>день рождения в течение {n} дней</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Bought in this window a year earlier</source>
            <translation>Покупал в эти же даты год назад</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Bought often, but not for a long time</source>
            <translation>Покупал часто, но давно не приходил</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Bought on promotion (a discount &gt; 0 counts)</source>
            <translation>Куплено по акции (считается скидка &gt; 0)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Bought recently, buy often and spend the most</source>
            <translation>Покупали недавно, покупают часто и тратят больше всех</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Bought very recently, once</source>
            <translation>Купили совсем недавно, один раз</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>bought {start} .. {end} (the window {first} .. {last}, a year earlier)</source>
            <translation>покупал {start} .. {end} (период {first} .. {last} годом ранее)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>Building tables</source>
            <translation>Построение таблиц</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Building the list…</source>
            <translation>Список составляется…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Busiest day {busy}; quietest {quiet}, {below} below an average day: a good day for an offer.</source>
            <translation>Самый загруженный день {busy}; самый тихий {quiet}, на {below} ниже среднего дня: хороший день для предложения.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Busiest day {busy}; traffic is even across the days (none clearly quieter).</source>
            <translation>Самый загруженный день {busy}; поток ровный по дням (явно тихого дня нет).</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Buy often; not in the last weeks</source>
            <translation>Покупают часто, но не в последние недели</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>calibration</source>
            <translation>обучение</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>campaign</source>
            <translation>кампания</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Campaign result</source>
            <translation>Результат кампании</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>campaign {start} .. {end}: {contacted} contacted, {control} control</source>
            <translation>кампания {start} .. {end}: контакт с {contacted}, в контрольной группе {control}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Campaigns</source>
            <translation>Кампании</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Can't Lose Them</source>
            <translation>Нельзя потерять</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/status.py" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Cancel import</source>
            <translation>Отменить импорт</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/status.py" />
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Cancelled. Nothing was changed; go back to import again.</source>
            <translation>Отменено. Ничего не изменилось; вернитесь назад, чтобы импортировать снова.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>Candidates</source>
            <translation>Кандидаты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>candidates to review: {n}</source>
            <translation>кандидатов на проверку: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>cannot read the condition '{clause}' (write e.g. 'recency_days &gt; lost_days')</source>
            <translation>не удаётся прочитать условие '{clause}' (пишите, например, 'recency_days &gt; lost_days')</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>card</source>
            <translation>карта</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>card key</source>
            <translation>идентификатор карты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>cards</source>
            <translation>карты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>category a</source>
            <translation>Категория A</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>category b</source>
            <translation>Категория B</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/io/duckdb_engine.py" />
            <source>Category preference</source>
            <translation>Предпочтения по категориям</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Category transitions</source>
            <translation>Переходы между категориями</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Champions</source>
            <translation>Чемпионы</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>channel must be one of {channels}</source>
            <translation>канал должен быть одним из: {channels}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/accessible.py" />
            <location filename="../../desktop_crm/gui/chart_base.py" />
            <source>Chart</source>
            <translation>График</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Chart as PNG…</source>
            <translation>График в PNG…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Chart as SVG…</source>
            <translation>График в SVG…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Chart type</source>
            <translation>Вид графика</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Check a sent list…</source>
            <translation>Проверить отправленный список…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Check predictions</source>
            <translation>Проверить прогноз</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/store.py" />
            <source>Checking for rows already imported</source>
            <translation>Проверка уже импортированных строк</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>Checking the first {n} rows…</source>
            <translation>Проверка первых {n} строк…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>Checking values</source>
            <translation>Проверка значений</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Checking {name}…</source>
            <translation>Проверка {name}…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Choose a column for: {fields}.</source>
            <translation>Выберите столбец для: {fields}.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Choose a file</source>
            <translation>Выберите файл</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Choose a list saved here earlier (it holds its control group) to compare who was contacted with who was held out.</source>
            <translation>Выберите список, сохранённый здесь ранее (в нём есть контрольная группа), чтобы сравнить тех, с кем связались, с отложенными.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Choose an existing sales file.</source>
            <translation>Выберите существующий файл продаж.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_form.py" />
            <source>Chosen customers</source>
            <translation>Выбранные клиенты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Churn risk</source>
            <translation>Риск оттока</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>churn risk</source>
            <translation>Риск оттока</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>ci high</source>
            <translation>ДИ верх</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>ci low</source>
            <translation>ДИ низ</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>circles are categories sized by visits; arrows go from one visit's main category to the next visit's. Hover an arrow for its numbers.</source>
            <translation>круги — категории, их размер — число визитов; стрелки ведут от основной категории одного визита к следующему. Наведите на стрелку, чтобы увидеть цифры.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>city</source>
            <translation>Город</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>cluster</source>
            <translation>Кластер</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>clustering needs at least 3 customers</source>
            <translation>для кластеризации нужно не менее 3 клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Clusters</source>
            <translation>Кластеры</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>clusters</source>
            <translation>кластеры</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>clv</source>
            <translation>CLV</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>CLV band</source>
            <translation>Группа CLV</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>clv band</source>
            <translation>Группа CLV</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>CLV over {n} days (last bar: and above)</source>
            <translation>
                <numerusform>CLV за {n} день (последний столбец: и выше)</numerusform>
                <numerusform>CLV за {n} дня (последний столбец: и выше)</numerusform>
                <numerusform>CLV за {n} дней (последний столбец: и выше)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Co-purchase</source>
            <translation>Совместные покупки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>cohort</source>
            <translation>когорта</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <location filename="../../desktop_crm/io/report.py" />
            <source>Cohort retention</source>
            <translation>Удержание когорт</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Cohorts and rhythms</source>
            <translation>Когорты и ритмы покупок</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>COLUMN OP VALUE with == != &gt; &gt;= &lt; &lt;= in, not in; or 'bought CATEGORY'. Columns: any of the Customers view, e.g. recency_days, frequency, monetary, clv, age, city.</source>
            <translation>СТОЛБЕЦ ОП ЗНАЧЕНИЕ с == != &gt; &gt;= &lt; &lt;= in, not in; или 'bought КАТЕГОРИЯ'. Столбцы: любые из вида «Клиенты», например recency_days, frequency, monetary, clv, age, city.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Column separator of a CSV file; Excel expects ';' where the decimal mark is a comma</source>
            <translation>Разделитель столбцов CSV; там, где десятичный разделитель — запятая, Excel ожидает ';'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Columns used:</source>
            <translation>Использованные столбцы:</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Comes back regularly</source>
            <translation>Регулярно возвращается</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Comes most often and spends well</source>
            <translation>Приходит чаще всех и хорошо тратит</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>comma: 1234,50</source>
            <translation>запятая: 1234,50</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Comparing with the period before</source>
            <translation>Сравнение с предыдущим периодом</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>Computing…</source>
            <translation>Вычисление…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>confidence</source>
            <translation>Достоверность</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>Conflicts</source>
            <translation>Конфликты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>conflicts: {n}</source>
            <translation>конфликты: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>contact cost</source>
            <translation>стоимость контактов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>contacted customers</source>
            <translation>клиенты, с которыми связались</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/targets.py" />
            <source>contacted in the last {n} days</source>
            <translation>
                <numerusform>был контакт за последний {n} день</numerusform>
                <numerusform>был контакт за последние {n} дня</numerusform>
                <numerusform>был контакт за последние {n} дней</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Contacted on {date}</source>
            <translation>Контакт {date}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Contacted within</source>
            <translation>Контакт в течение</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>control</source>
            <translation>контрольная</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Control group</source>
            <translation>Контрольная группа</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Control group ({share}, seed {seed})</source>
            <translation>Контрольная группа ({share}, зерно {seed})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Cost per contact</source>
            <translation>Стоимость контакта</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/report_export.py" />
            <source>Could not export the report</source>
            <translation>Не удалось экспортировать отчёт</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/mapping.py" />
            <source>could not find a column for {fields}; columns are: {columns}</source>
            <translation>не найден столбец для {fields}; столбцы: {columns}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Could not save the rejected rows</source>
            <translation>Не удалось сохранить отклонённые строки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>could not tell how the columns are separated (tried , ; tab | and spaces)</source>
            <translation>не удалось определить разделитель столбцов (пробовали , ; табуляцию | и пробелы)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Counting visits</source>
            <translation>Подсчёт визитов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Counting visits…</source>
            <translation>Подсчёт визитов…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Counts</source>
            <translation>Количество</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>CSV with ,</source>
            <translation>CSV с ,</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>CSV with ;</source>
            <translation>CSV с ;</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>CSV with tabs</source>
            <translation>CSV с табуляцией</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>cumulative customers</source>
            <translation>Накопл. клиенты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>cumulative revenue</source>
            <translation>Накопл. выручка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Currency symbol</source>
            <translation>Символ валюты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>currency, e.g. TL</source>
            <translation>валюта, например ₽</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>customer id</source>
            <translation>Номер клиента</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/pseudonyms.py" />
            <source>customer ids are pseudonyms; the project's key matches them back</source>
            <translation>идентификаторы клиентов — псевдонимы; ключ проекта сопоставляет их обратно</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Customer report</source>
            <translation>Отчёт о клиентах</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Customer segmentation, journeys and target lists for loyalty-card programmes, on your own computer. Your data never leaves it.</source>
            <translation>Сегментация клиентов, пути клиентов и целевые списки для программ лояльности — на вашем собственном компьютере. Ваши данные никогда его не покидают.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Customer segments</source>
            <translation>Сегменты клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Customer {customer_id}</source>
            <translation>Клиент {customer_id}</translation>
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
            <translation>Клиенты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/charts.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>customers</source>
            <translation>Клиенты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Customers by R score (rows) and F score (columns)</source>
            <translation>Клиенты по баллу R (строки) и F (столбцы)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Customers file</source>
            <translation>Файл клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Customers on the list</source>
            <translation>Клиентов в списке</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>Customers per segment at each date</source>
            <translation>Клиенты по сегментам на каждую дату</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Customers view selection</source>
            <translation>Выборка из вида «Клиенты»</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Customers without marketing consent</source>
            <translation>Клиенты без согласия на рассылки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>customers written to {path}</source>
            <translation>клиенты записаны в {path}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>cut</source>
            <translation>Порог</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/theme.py" />
            <source>Dark</source>
            <translation>Тёмная</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Data</source>
            <translation>Данные</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Data as Excel…</source>
            <translation>Данные в Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Date (and time) of the purchase</source>
            <translation>Дата (и время) покупки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>date format</source>
            <translation>формат даты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Date of birth</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>Date order</source>
            <translation>Порядок даты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>date out of range (before 1900 or after 2100)</source>
            <translation>дата вне диапазона (до 1900 или после 2100)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Date the customer joined the programme</source>
            <translation>Дата вступления клиента в программу</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dates.py" />
            <source>dates in both day-first and month-first order; the minority is rejected</source>
            <translation>даты в обоих порядках (день-месяц и месяц-день); меньшинство отклонено</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>dates: {note}</source>
            <translation>даты: {note}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>day first: 31.12</source>
            <translation>сначала день: 31.12</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>days</source>
            <translation>дн.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Days from the last purchase to the as-of date</source>
            <translation>Дней от последней покупки до даты анализа</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>days overdue</source>
            <translation>дней опоздания</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>days to birthday</source>
            <translation>Дней до дня рождения</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Dear {first_name}, spend {target} by Sunday and get {points} bonus points!</source>
            <translation>{first_name}, потратьте {target} до воскресенья и получите {points} бонусных баллов!</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>decided</source>
            <translation>решено</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>Decimal mark</source>
            <translation>Десятичный знак</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>decimal mark</source>
            <translation>десятичный разделитель</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>decision</source>
            <translation>решение</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>delimiter</source>
            <translation>разделитель</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/gui/status.py" />
            <source>Demo data</source>
            <translation>Демо-данные</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>Demo pipeline done: imported the demo data, segmented every customer, wrote {path}</source>
            <translation>Демо готово: демо-данные импортированы, все клиенты сегментированы, записан {path}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Department, category or product group</source>
            <translation>Отдел, категория или товарная группа</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Departments</source>
            <translation>Отделы</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Desktop CRM did not close normally last time. Reopen the work as it was autosaved?</source>
            <translation>В прошлый раз Desktop CRM завершился некорректно. Открыть работу в автосохранённом виде?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Desktop CRM projects (*{suffix})</source>
            <translation>Проекты Desktop CRM (*{suffix})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idlink.py" />
            <source>digit sequence</source>
            <translation>последовательность цифр</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>direction</source>
            <translation>Направление</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Discount by</source>
            <translation>Скидка по</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>discount by {column}: {tiers}</source>
            <translation>скидка по {column}: {tiers}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>discount column</source>
            <translation>столбец скидки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>discount cost</source>
            <translation>стоимость скидки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>discount pct</source>
            <translation>Скидка, %</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>discount per 30 days</source>
            <translation>дисконтирование за 30 дней</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>discount tiers: '{name}' is given twice</source>
            <translation>уровни скидок: '{name}' указан дважды</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>discount tiers: '{part}' is not a percentage from 0 to 100</source>
            <translation>уровни скидок: '{part}' — не процент от 0 до 100</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>discount tiers: write VALUE=PERCENT, e.g. Low=15; '{part}' is not</source>
            <translation>уровни скидок: пишите ЗНАЧЕНИЕ=ПРОЦЕНТ, например Низкая=15; '{part}' не подходит</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Do not contact</source>
            <translation>Не связываться</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/progress.py" />
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>downgrade</source>
            <translation>понижение</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>duplicate customer id (first row kept)</source>
            <translation>повторный номер клиента (оставлена первая строка)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>E-mail address</source>
            <translation>Адрес эл. почты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Each arm of a test in its own file, the control group in another</source>
            <translation>Каждая ветка теста в своём файле, контрольная группа — в отдельном</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Each column can be used once: {columns}.</source>
            <translation>Каждый столбец можно использовать один раз: {columns}.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>edit</source>
            <translation>отличие</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnorm.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>empty row</source>
            <translation>пустая строка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>Encoding</source>
            <translation>Кодировка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>encoding</source>
            <translation>кодировка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>Encoding transactions</source>
            <translation>Кодирование транзакций</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>encoding {name}</source>
            <translation>кодировка {name}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>entries</source>
            <translation>Первые визиты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Entry categories</source>
            <translation>Категории первого визита</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>entry category</source>
            <translation>Категория первого визита</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>error: {message}</source>
            <translation>ошибка: {message}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>Every</source>
            <translation>Каждые</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>every customer bought only once; purchase rates cannot be estimated</source>
            <translation>каждый клиент купил только один раз; частоту покупок оценить нельзя</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>Every row of the file was rejected. Open the import report to see why, check the column mapping (File → Import…), and save the rejected rows to fix them.</source>
            <translation>Все строки файла отклонены. Откройте отчёт об импорте, чтобы узнать причину, проверьте сопоставление столбцов (Файл → Импорт…) и сохраните отклонённые строки, чтобы их исправить.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>everyone else</source>
            <translation>все остальные</translation>
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
            <translation>Excel или CSV из кассы, POS или программы лояльности; столбцы распознаются автоматически</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dates.py" />
            <source>Excel serial day numbers</source>
            <translation>порядковые номера дней Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Excel workbook</source>
            <translation>Книга Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Excel workbook (*.xlsx);;CSV for SMS/e-mail tools (*.csv)</source>
            <translation>Книга Excel (*.xlsx);;CSV для SMS/почтовых сервисов (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>expected aov</source>
            <translation>Ожидаемый чек</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>expected purchases</source>
            <translation>Ожидаемые покупки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>expected response without an offer: {rate}</source>
            <translation>ожидаемый отклик без предложения: {rate}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Explore the demo data</source>
            <translation>Посмотреть демо-данные</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Export failed</source>
            <translation>Экспорт не удался</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Export Re&amp;port…</source>
            <translation>Экспорт &amp;отчёта…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/report_export.py" />
            <source>Export report</source>
            <translation>Экспорт отчёта</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Export to Excel</source>
            <translation>Экспорт в Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Export to Excel…</source>
            <translation>Экспорт в Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>Export {kind}</source>
            <translation>Экспорт: {kind}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Exports use the chosen language for sheet names and headers. CSV files are written with '{delimiter}' between columns and '{decimal}' as the decimal mark, so Excel set to that language opens them as they are.</source>
            <translation>В экспорте названия листов и заголовки — на выбранном языке. CSV записываются с '{delimiter}' между столбцами и '{decimal}' как десятичным разделителем, поэтому Excel с этим языком открывает их как есть.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>extra margin</source>
            <translation>дополнительная маржа</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>extra revenue</source>
            <translation>дополнительная выручка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>extra revenue {extra}, net after margin and contact cost {net}</source>
            <translation>дополнительная выручка {extra}, чистый итог с учётом маржи и стоимости контактов {net}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>F (frequency) score 1–5: 5 = most purchase occasions (receipts), 1 = fewest</source>
            <translation>Балл F (частота) 1–5: 5 = больше всего покупок (чеков), 1 = меньше всего</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>F score</source>
            <translation>Балл F</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>f score</source>
            <translation>Балл F</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Favourite category</source>
            <translation>Любимая категория</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Few purchases, long ago</source>
            <translation>Мало покупок, и давно</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Few purchases, slipping away</source>
            <translation>Мало покупок, уходят</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>file</source>
            <translation>файл</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>File format</source>
            <translation>Формат файла</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Filter</source>
            <translation>Фильтр</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter 'bought {value}': no category '{name}'; categories: {known}</source>
            <translation>фильтр 'bought {value}': нет категории '{name}'; категории: {known}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter '{filter}': no column '{column}'; try one of {known}</source>
            <translation>фильтр '{filter}': нет столбца '{column}'; попробуйте один из: {known}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter '{filter}': write COLUMN OP VALUE, e.g. 'monetary &gt;= 100', 'city in Ankara,İzmir' or 'bought Coffee'</source>
            <translation>фильтр '{filter}': пишите СТОЛБЕЦ ОП ЗНАЧЕНИЕ, например 'monetary &gt;= 100', 'city in Москва,Минск' или 'bought Coffee'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter '{filter}': {column} is a date; write it as YYYY-MM-DD</source>
            <translation>фильтр '{filter}': {column} — дата; пишите в виде ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter '{filter}': {column} is a number, '{value}' is not</source>
            <translation>фильтр '{filter}': {column} — число, а '{value}' — нет</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>filter '{filter}': {column} is text; use ==, !=, in or not in</source>
            <translation>фильтр '{filter}': {column} — текст; используйте ==, !=, in или not in</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Filters (all must hold)</source>
            <translation>Фильтры (должны выполняться все)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Finding behaviour clusters</source>
            <translation>Поиск поведенческих кластеров</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Finding what changed</source>
            <translation>Поиск изменений</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>fingerprint</source>
            <translation>отпечаток</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>first name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>first purchase</source>
            <translation>Первая покупка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>First purchase recently</source>
            <translation>Первая покупка недавно</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>First purchase: main category</source>
            <translation>Первая покупка: основная категория</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>First three departments</source>
            <translation>Первые три отдела</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>First {read} rows: {accepted} would be imported, {rejected} rejected ({share}).</source>
            <translation>Первые {read} строк: {accepted} будут импортированы, {rejected} отклонены ({share}).</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>First, second and third department of each customer</source>
            <translation>Первый, второй и третий отдел каждого покупателя</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Fit uplift model</source>
            <translation>Обучить модель аплифта</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Fitting on the data up to {date} and checking the days after it…</source>
            <translation>Обучение на данных до {date} и проверка на днях после…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Fitting the uplift model…</source>
            <translation>Обучение модели аплифта…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Flows</source>
            <translation>Потоки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Follow-up</source>
            <translation>Повторная волна</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Following every customer from visit to visit…</source>
            <translation>Отслеживание каждого клиента от визита к визиту…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>For an outside vendor: ids replaced by a keyed hash; the key stays in the project and matches a response file back</source>
            <translation>Для внешнего подрядчика: идентификаторы заменяются ключевым хешем; ключ остаётся в проекте и сопоставляет файл ответов обратно</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>For exports beyond memory; files over 1 GB are always kept on disk</source>
            <translation>Для выгрузок, не помещающихся в память; файлы больше 1 ГБ всегда хранятся на диске</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Format:</source>
            <translation>Формат:</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>frequency</source>
            <translation>Частота</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>frequency counts</source>
            <translation>подсчёт частоты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>frequency from</source>
            <translation>Частота (было)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>frequency to</source>
            <translation>Частота (стало)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>frequent</source>
            <translation>частые</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Fri</source>
            <translation>Пт</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>from</source>
            <translation>с</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>from \ to</source>
            <translation>откуда \ куда</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>from category</source>
            <translation>Из категории</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>from date</source>
            <translation>Дата начала</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>from segment</source>
            <translation>Из сегмента</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/charts.py" />
            <source>From the main category of one visit to the next</source>
            <translation>От основной категории одного визита к следующему</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/value.py" />
            <source>Full price</source>
            <translation>Полная цена</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Funnel</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Gender</source>
            <translation>Пол</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>gender</source>
            <translation>Пол</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Generated at</source>
            <translation>Создан</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Generated by</source>
            <translation>Создано в</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Global holdout</source>
            <translation>Глобальная отложенная группа</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Groups</source>
            <translation>Группы</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>header on row {row}</source>
            <translation>заголовок в строке {row}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>Header row</source>
            <translation>Строка заголовка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>header row</source>
            <translation>строка заголовка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Held out at random in each segment and not contacted, to measure the effect</source>
            <translation>Случайно откладываются в каждом сегменте и не получают предложение — чтобы измерить эффект</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Hibernating</source>
            <translation>В спячке</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>High</source>
            <translation>Высокая</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/theme.py" />
            <source>High contrast</source>
            <translation>Высокая контрастность</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>high spend</source>
            <translation>высокие траты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Hold out</source>
            <translation>Отложить</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>holdout</source>
            <translation>отложенные</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Holdout against everyone else, revenue per customer per month</source>
            <translation>Отложенная группа против остальных, выручка на клиента в месяц</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>Holdout check</source>
            <translation>Проверка на отложенных данных</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>holdout: {actual} purchases, predicted {predicted} ({error})</source>
            <translation>контрольный период: {actual} покупок, прогноз {predicted} ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>horizon days</source>
            <translation>горизонт (дней)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>hour</source>
            <translation>Час</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Hover a bar for its definition; click it to see its customers.</source>
            <translation>Наведите на столбец, чтобы увидеть определение; щёлкните, чтобы увидеть клиентов.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>How &amp;segments are defined</source>
            <translation>Как определяются &amp;сегменты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>How customers moved</source>
            <translation>Как перемещались клиенты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/charts.py" />
            <source>How customers moved between segments</source>
            <translation>Как клиенты переходили между сегментами</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>How many of the strongest moves to draw</source>
            <translation>Сколько самых частых переходов рисовать</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>How segments are defined</source>
            <translation>Как определяются сегменты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>How the business is doing</source>
            <translation>Как идут дела</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>How the list was narrowed</source>
            <translation>Как сужался список</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Identities</source>
            <translation>Идентификаторы</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <location filename="../../desktop_crm/pipeline.py" />
            <source>Import report</source>
            <translation>Отчёт об импорте</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>import report</source>
            <translation>Отчёт об импорте</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Import sales data</source>
            <translation>Импорт данных о продажах</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/importer.py" />
            <location filename="../../desktop_crm/io/store.py" />
            <source>Imported {n} rows</source>
            <translation>
                <numerusform>Импортирована {n} строка</numerusform>
                <numerusform>Импортировано {n} строки</numerusform>
                <numerusform>Импортировано {n} строк</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Importing</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>Importing {name}</source>
            <translation>Импорт {name}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>in the global holdout</source>
            <translation>в глобальной отложенной группе</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>incremental profit</source>
            <translation>доп. прибыль</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>incremental profit ci high</source>
            <translation>доп. прибыль ДИ верх</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>incremental profit ci low</source>
            <translation>доп. прибыль ДИ низ</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>incremental revenue</source>
            <translation>доп. выручка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>incremental revenue ci high</source>
            <translation>доп. выручка ДИ верх</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>incremental revenue ci low</source>
            <translation>доп. выручка ДИ низ</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnear.py" />
            <source>inserted/deleted</source>
            <translation>вставка/пропуск</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>internal error: {error} (details in {path})</source>
            <translation>внутренняя ошибка: {error} (подробности в {path})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>internal error: {error} (set DESKTOP_CRM_DEBUG=1 for details)</source>
            <translation>внутренняя ошибка: {error} (подробности: DESKTOP_CRM_DEBUG=1)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>interrupted</source>
            <translation>прервано</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>item</source>
            <translation>Пункт</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Joined recently and came back already</source>
            <translation>Пришёл недавно и уже вернулся</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Journeys</source>
            <translation>Пути клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>k-means on recency, frequency, spend and category shares, described against the typical customer.</source>
            <translation>k-средних по давности, частоте, тратам и долям категорий; описание — в сравнении с типичным клиентом.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>keep apart</source>
            <translation>оставить раздельно</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>kept</source>
            <translation>Осталось</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>kept under the phone/plate itself: {n}</source>
            <translation>оставлено под самим телефоном/номером авто: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>key</source>
            <translation>идентификатор</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>kind</source>
            <translation>тип</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>known</source>
            <translation>известная</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>Known revenue</source>
            <translation>Известная выручка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>lapsed</source>
            <translation>давно не было</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Large-file mode: keep imported sales on disk</source>
            <translation>Режим больших файлов: хранить импортированные продажи на диске</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Last purchase</source>
            <translation>Последняя покупка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>last purchase</source>
            <translation>Последняя покупка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Later than their own usual gap between purchases, before any fixed 'at risk' limit.</source>
            <translation>Дольше своего обычного интервала между покупками, ещё до порога «под угрозой».</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>layout must be one of {layouts}</source>
            <translation>макет должен быть одним из: {layouts}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Learn from data up to</source>
            <translation>Обучать на данных до</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Lifecycle</source>
            <translation>Жизненный цикл</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Lifecycle limits: new up to {new} days, at risk after {at_risk}, sleeping after {sleeping}, lost after {lost} (usual gap {gap} days).</source>
            <translation>Границы жизненного цикла: новый до {new} дн., в зоне риска после {at_risk}, спящий после {sleeping}, потерянный после {lost} (обычный интервал {gap} дн.).</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>lifecycle segment</source>
            <translation>Сегмент жизненного цикла</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Lifecycle segments from {start} to {end}: {up} up, {down} down, {same} unchanged, {new} new.</source>
            <translation>Сегменты жизненного цикла с {start} по {end}: {up} вверх, {down} вниз, {same} без изменений, {new} новых.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Lifecycle thresholds</source>
            <translation>Пороги жизненного цикла</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Lifecycle, ABC and price</source>
            <translation>Жизненный цикл, ABC и цена</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Lifetime value</source>
            <translation>Пожизненная ценность</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Lifetime value appears after the data is segmented.</source>
            <translation>Пожизненная ценность появится после сегментации данных.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Lifetime value band</source>
            <translation>Группа пожизненной ценности</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/duckdb_engine.py" />
            <source>lifetime value is computed by the in-memory engine only</source>
            <translation>пожизненная ценность считается только движком в памяти</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Lifetime value is switched off.</source>
            <translation>Расчёт пожизненной ценности выключен.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>lifetime value: {reason}</source>
            <translation>пожизненная ценность: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>lift</source>
            <translation>Лифт</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/theme.py" />
            <source>Light</source>
            <translation>Светлая</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>line</source>
            <translation>Строка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>link the cards</source>
            <translation>объединить карты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>List</source>
            <translation>Список</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>list date</source>
            <translation>Дата списка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>List name</source>
            <translation>Название списка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Lists (*.xlsx *.csv)</source>
            <translation>Списки (*.xlsx *.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Lists sent earlier</source>
            <translation>Ранее отправленные списки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Load rules (lifecycle or RFM)</source>
            <translation>Загрузить правила (жизненный цикл или RFM)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Load rules…</source>
            <translation>Загрузить правила…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/pipeline.py" />
            <source>Loaded</source>
            <translation>Загружено</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Loading purchases and segment history…</source>
            <translation>Загрузка покупок и истории сегментов…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>log-likelihood</source>
            <translation>лог-правдоподобие</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Look</source>
            <translation>Оформление</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnear.py" />
            <source>look-alike</source>
            <translation>похожий символ</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Lost</source>
            <translation>Потерянные</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Lost after (days)</source>
            <translation>Потерян после (дней)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>Low</source>
            <translation>Низкая</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>low spend</source>
            <translation>низкие траты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Low=15, Medium=10, High=5</source>
            <translation>Низкая=15, Средняя=10, Высокая=5</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Lowest recency and frequency</source>
            <translation>Самые низкие давность и частота</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Loyal</source>
            <translation>Лояльные</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Loyal Customers</source>
            <translation>Лояльные клиенты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Loyal visits per month</source>
            <translation>Лояльные: визитов в месяц</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Loyalty card (offer on the card)</source>
            <translation>Карта лояльности (предложение на карте)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Loyalty card or customer number</source>
            <translation>Карта лояльности или номер клиента</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>M (monetary) score 1–5: 5 = highest net spend (returns subtracted), 1 = lowest</source>
            <translation>Балл M (деньги) 1–5: 5 = наибольшие чистые траты (за вычетом возвратов), 1 = наименьшие</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>m score</source>
            <translation>Балл M</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Main</source>
            <translation>Основная</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Margin</source>
            <translation>Маржа</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>margin</source>
            <translation>маржа</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Marketing consent</source>
            <translation>Согласие на рассылки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>matched to a card by phone/plate: {n}</source>
            <translation>привязано к карте по телефону/номеру авто: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>matching '{text}'</source>
            <translation>с «{text}»</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>max</source>
            <translation>макс.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>mean f</source>
            <translation>Средний F</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>mean m</source>
            <translation>Средний M</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>mean purchases per customer</source>
            <translation>среднее число покупок на клиента</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>mean r</source>
            <translation>Средний R</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Mean recency (days)</source>
            <translation>Средняя давность (дни)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>mean recency days</source>
            <translation>Ср. дней с покупки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>mean spend</source>
            <translation>средние траты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Measure</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>median days</source>
            <translation>Медиана, дней</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>Medium</source>
            <translation>Средняя</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Message</source>
            <translation>Сообщение</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>metric</source>
            <translation>Метрика</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>min</source>
            <translation>мин.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>missing amount</source>
            <translation>нет суммы</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>missing customer id</source>
            <translation>нет номера клиента</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>missing date</source>
            <translation>нет даты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>Model</source>
            <translation>Модель</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>model</source>
            <translation>Модель</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Model details</source>
            <translation>Подробности модели</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Mon</source>
            <translation>Пн</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>monetary</source>
            <translation>Траты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>monetary &gt;= 100 · city in Ankara,İzmir · bought Coffee</source>
            <translation>monetary &gt;= 100 · city in Москва,Минск · bought Кофе</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>monetary from</source>
            <translation>Траты (было)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>monetary to</source>
            <translation>Траты (стало)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>month</source>
            <translation>месяц</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>month first: 12/31</source>
            <translation>сначала месяц: 12/31</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Most frequent moves (repeats of the same category left out)</source>
            <translation>Самые частые переходы (повторы той же категории не учтены)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>mostly {category}</source>
            <translation>в основном {category}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Move potential loyal customers to Loyal</source>
            <translation>Сделать потенциально лояльных лояльными</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Movers</source>
            <translation>Перешедшие</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Need Attention</source>
            <translation>Требуют внимания</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Needs</source>
            <translation>Нужен</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>needs a phone number</source>
            <translation>нужен номер телефона</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>needs a phone or an e-mail</source>
            <translation>нужен телефон или эл. почта</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_extras.py" />
            <source>needs a saved campaign with a control group and a later import</source>
            <translation>нужна сохранённая кампания с контрольной группой и более поздний импорт</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>needs an e-mail address</source>
            <translation>нужен адрес эл. почты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>net</source>
            <translation>чистый итог</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Net amount; returns are negative</source>
            <translation>Чистая сумма; возвраты — отрицательные</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Net spend per purchase occasion</source>
            <translation>Чистые траты на одну покупку</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Net spend: purchases minus returns</source>
            <translation>Чистые траты: покупки минус возвраты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>New</source>
            <translation>Новые</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>new</source>
            <translation>новые</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>New and already back once; the value is what their path to Loyal would bring.</source>
            <translation>Новые и уже вернулись; ценность — то, что принесёт их путь к лояльности.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>New Customers</source>
            <translation>Новые клиенты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>New customers</source>
            <translation>Новые клиенты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>New for (days)</source>
            <translation>Новый в течение (дней)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>next category</source>
            <translation>Следующая категория</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>next tier</source>
            <translation>следующий уровень</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>No action has enough customers yet.</source>
            <translation>Пока ни для одного действия не хватает клиентов.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>no card, and its plate/phone is suspicious</source>
            <translation>нет карты, а номер авто/телефон подозрителен</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <location filename="../../desktop_crm/io/report.py" />
            <source>No change large enough to matter.</source>
            <translation>Значимых изменений нет.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>No contact needed</source>
            <translation>Контакт не нужен</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_form.py" />
            <source>no customers chosen yet: pick them in another view and press “Send to Targets”</source>
            <translation>клиенты ещё не выбраны: выберите их в другом виде и нажмите «Отправить в цели»</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>No data loaded. Use File → Open… or File → Open Demo Data.</source>
            <translation>Данные не загружены. Используйте Файл → Импорт… или Файл → Открыть демо-данные.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/empty.py" />
            <source>No data yet. Open a sales file (File → Import…) or the demo data.</source>
            <translation>Данных пока нет. Откройте файл продаж (Файл → Импорт…) или демо-данные.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dates.py" />
            <source>no day above 12, so day/month order was assumed day-first</source>
            <translation>нет дня больше 12, поэтому принят порядок «день, затем месяц»</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>No discount</source>
            <translation>Без скидки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no e-mail address</source>
            <translation>нет адреса эл. почты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>No earlier lists</source>
            <translation>Ранее отправленных списков нет</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>No list saved yet: save a list in Targets and it is recorded here.</source>
            <translation>Списков пока нет: сохраните список в «Целях», и он появится здесь.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no marketing consent</source>
            <translation>нет согласия на рассылки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no phone number</source>
            <translation>нет номера телефона</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no phone or e-mail</source>
            <translation>нет ни телефона, ни эл. почты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>No plate, phone or e-mail column was imported.</source>
            <translation>Столбец с номером машины, телефоном или e-mail не импортирован.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>No points</source>
            <translation>Без баллов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>No purchase for over</source>
            <translation>Нет покупок дольше</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>No purchase for over a year: exclude from mailings</source>
            <translation>Больше года без покупок: исключить из рассылок</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no purchase for over {n} days</source>
            <translation>
                <numerusform>нет покупок больше {n} дня</numerusform>
                <numerusform>нет покупок больше {n} дней</numerusform>
                <numerusform>нет покупок больше {n} дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>no purchase for over {n} days: not contacted</source>
            <translation>
                <numerusform>нет покупок больше {n} дня: не связываться</numerusform>
                <numerusform>нет покупок больше {n} дней: не связываться</numerusform>
                <numerusform>нет покупок больше {n} дней: не связываться</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/categories.py" />
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>No purchases</source>
            <translation>Без покупок</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>No recent projects or files yet</source>
            <translation>Недавних проектов и файлов пока нет</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>No rejected rows to save</source>
            <translation>Нет отклонённых строк для сохранения</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>no row could be imported; check the column mapping and the rejected rows</source>
            <translation>не удалось импортировать ни одной строки; проверьте сопоставление столбцов и отклонённые строки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>No rows could be imported</source>
            <translation>Не удалось импортировать ни одной строки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>no rows were rejected; {path} was not written</source>
            <translation>отклонённых строк нет; {path} не записан</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>no rows with at least two filled columns</source>
            <translation>нет строк хотя бы с двумя заполненными столбцами</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>no rule matched</source>
            <translation>ни одно правило не подошло</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>no split of these customers would; choose more customers or a bigger effect</source>
            <translation>никакое разделение этих клиентов не подойдёт; возьмите больше клиентов или больший эффект</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>no such date</source>
            <translation>такой даты нет</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>no transactions</source>
            <translation>нет транзакций</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>no transactions after the send date {date}; the campaign cannot be judged yet</source>
            <translation>нет транзакций после даты отправки {date}; оценить кампанию пока нельзя</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/io/duckdb_engine.py" />
            <source>no transactions before {date}; choose a later as-of date</source>
            <translation>нет транзакций до {date}; выберите более позднюю дату анализа</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>no {scheme} segment named '{name}'; the segments are: {known}</source>
            <translation>нет сегмента {scheme} с названием '{name}'; сегменты: {known}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>non-responders to the list sent {date}</source>
            <translation>не откликнувшиеся на список от {date}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>none in this data</source>
            <translation>в этих данных нет</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/project.py" />
            <source>not a Desktop CRM project</source>
            <translation>не проект Desktop CRM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/rule_files.py" />
            <source>not a JSON rule file</source>
            <translation>не файл правил JSON</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>not an identity decisions file</source>
            <translation>не файл решений по идентификаторам</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>not an RFM rule table: {error}</source>
            <translation>это не таблица правил RFM: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Not bought since</source>
            <translation>С тех пор не покупали</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>not enough evidence</source>
            <translation>недостаточно данных</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>not enough memory for this file</source>
            <translation>недостаточно памяти для этого файла</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/worker.py" />
            <source>Not enough memory for this file. Close other programs or split the file.</source>
            <translation>Недостаточно памяти для этого файла. Закройте другие программы или разделите файл.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>not enough repeat customers; order values are each customer's own mean</source>
            <translation>недостаточно повторных клиентов; средний чек — собственное среднее каждого клиента</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>not found</source>
            <translation>не найден</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>note: {text}</source>
            <translation>примечание: {text}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Nothing for months</source>
            <translation>Ничего уже несколько месяцев</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Nothing was changed: the data already open stays. Go back to fix the format.</source>
            <translation>Ничего не изменилось: открытые данные остаются. Вернитесь назад, чтобы исправить формат.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Occasional</source>
            <translation>Случайные</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>of the last</source>
            <translation>от последнего</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Offer</source>
            <translation>Предложение</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Offer arms of a test, split evenly in each segment; empty: one offer</source>
            <translation>Варианты предложения в тесте, поровну в каждом сегменте; пусто: одно предложение</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>offer loaded on the loyalty card (no contact data needed)</source>
            <translation>предложение загружается на карту лояльности (контакты не нужны)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>offer text</source>
            <translation>Текст предложения</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>offer text: unknown placeholder {name}; use {known}</source>
            <translation>текст предложения: неизвестная подстановка {name}; используйте {known}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>offer text: {error} (write {{{{ and }}}} for literal braces)</source>
            <translation>текст предложения: {error} (для самих фигурных скобок пишите {{{{ и }}}})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>offer text: {name} needs the path to the next tier from the sales</source>
            <translation>текст предложения: {name} требует путь к следующему уровню по продажам</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>offer: points rate must be ≥ 0, target weeks ≥ 1 and the target factor &gt; 0</source>
            <translation>предложение: ставка баллов должна быть ≥ 0, недели цели ≥ 1, а множитель цели &gt; 0</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>on a list sent in the last {n} days: not contacted</source>
            <translation>
                <numerusform>в списке, отправленном за последний {n} день: не связываться</numerusform>
                <numerusform>в списке, отправленном за последние {n} дня: не связываться</numerusform>
                <numerusform>в списке, отправленном за последние {n} дней: не связываться</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>One file per arm</source>
            <translation>Файл на каждую ветку</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>One sheet per segment</source>
            <translation>Лист на каждый сегмент</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>One table</source>
            <translation>Одна таблица</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>only customers who agreed to marketing (when the customers file says)</source>
            <translation>только клиенты, согласившиеся на рассылки (если это указано в файле клиентов)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Only returns in the period</source>
            <translation>В периоде только возвраты</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Only the first {n} rows were copied; use Export to Excel for all of them.</source>
            <translation>
                <numerusform>Скопирована только первая {n} строка; для всех используйте «Экспорт в Excel».</numerusform>
                <numerusform>Скопированы только первые {n} строки; для всех используйте «Экспорт в Excel».</numerusform>
                <numerusform>Скопированы только первые {n} строк; для всех используйте «Экспорт в Excel».</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>only {found} customers bought more than once; the model needs at least {needed}</source>
            <translation>только {found} клиентов купили больше одного раза; модели нужно не менее {needed}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Open &amp;Demo Data</source>
            <translation>Открыть &amp;демо-данные</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Open &amp;Log Folder</source>
            <translation>Открыть папку &amp;журнала</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Open &amp;Project…</source>
            <translation>Открыть &amp;проект…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Open &amp;Recent</source>
            <translation>&amp;Недавние</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Open a project</source>
            <translation>Открыть проект</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Open a sales export…</source>
            <translation>Открыть выгрузку продаж…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>Open in Targets</source>
            <translation>Открыть в целях</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>Opening the demo data</source>
            <translation>Открытие демо-данных</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <location filename="../../desktop_crm/io/store.py" />
            <source>Opening {name}</source>
            <translation>Открытие {name}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>optional: names, contacts, birthdays, consent</source>
            <translation>необязательно: имена, контакты, дни рождения, согласие</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>order id</source>
            <translation>Номер чека</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnorm.py" />
            <source>other</source>
            <translation>другое</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Others</source>
            <translation>Прочие</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>others</source>
            <translation>остальные</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>Overdue against their rhythm</source>
            <translation>Опаздывают против своего ритма</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Overview</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Overview ready</source>
            <translation>Обзор готов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>p alive</source>
            <translation>P(активен)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>p alive before</source>
            <translation>P(активен) раньше</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>P(alive)</source>
            <translation>P(активен)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>parameter</source>
            <translation>Параметр</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Pareto</source>
            <translation>Парето</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>path</source>
            <translation>Путь</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/report_export.py" />
            <source>PDF (*.pdf);;Web page (*.html)</source>
            <translation>PDF (*.pdf);;Веб-страница (*.html)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>period</source>
            <translation>период</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>period revenue</source>
            <translation>Выручка за период</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Personal offer</source>
            <translation>Персональное предложение</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Persuadables</source>
            <translation>Убеждаемые</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Persuadables to Targets</source>
            <translation>Убеждаемых — в «Цели»</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnorm.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Phone (calls, SMS)</source>
            <translation>Телефон (звонки, SMS)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Phone number</source>
            <translation>Номер телефона</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Phone or e-mail</source>
            <translation>Телефон или эл. почта</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>Phone region</source>
            <translation>Регион телефонов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Pick customers in another view (a transition cell, a chart bar) and press “Send to Targets” in Customers.</source>
            <translation>Выберите клиентов в другом виде (ячейка переходов, столбец графика) и нажмите «Отправить в цели» в виде «Клиенты».</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Placeholders: {name} {first_name} {customer_id} {points} {discount} {target} {segment}</source>
            <translation>Подстановки: {name} {first_name} {customer_id} {points} {discount} {target} {segment}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnorm.py" />
            <source>plate</source>
            <translation>номер машины</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>PNG image</source>
            <translation>Изображение PNG</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>point: 1234.50</source>
            <translation>точка: 1234.50</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Points</source>
            <translation>Баллы</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>points</source>
            <translation>Баллы</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>points = {rate} × {basis}, in steps of {step}, at least {least}</source>
            <translation>баллы = {rate} × {basis}, с шагом {step}, не менее {least}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>points basis</source>
            <translation>база баллов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Points from</source>
            <translation>Баллы от</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Pool waves</source>
            <translation>Объединить волны</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Potential loyal</source>
            <translation>Потенциально лояльные</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Potential Loyalist</source>
            <translation>Кандидаты в лояльные</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>predicted</source>
            <translation>прогноз</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Predicted value over the horizon</source>
            <translation>Прогнозная ценность на горизонте</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Predicted value over the next 90 days (BG/NBD + Gamma-Gamma): top 10 %, next 20 %, next 40 %, last 30 %.</source>
            <translation>Прогнозная ценность на следующие 90 дней (BG/NBD + Gamma-Gamma): верхние 10 %, следующие 20 %, следующие 40 %, последние 30 %.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Predicted, discounted spend over the horizon (BG/NBD + Gamma-Gamma)</source>
            <translation>Прогнозные дисконтированные траты на горизонте (BG/NBD + Gamma-Gamma)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>prediction</source>
            <translation>прогноз</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Previous period</source>
            <translation>Предыдущий период</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>price segment</source>
            <translation>Ценовой сегмент</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Price sensitivity</source>
            <translation>Чувствительность к цене</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/value.py" />
            <source>Price-sensitive</source>
            <translation>Чувствительные к цене</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>price-sensitive from promotion share</source>
            <translation>чувствителен к цене от доли покупок по акции</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Price-sensitive: at least half of the purchases were on promotion.</source>
            <translation>Чувствительные к цене: не менее половины покупок — по акции.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Probability that the customer is still active</source>
            <translation>Вероятность, что клиент ещё активен</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Probability the customer is still active (BG/NBD model)</source>
            <translation>Вероятность, что клиент ещё активен (модель BG/NBD)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Project saved to {path}</source>
            <translation>Проект сохранён в {path}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Promising</source>
            <translation>Перспективные</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>promo</source>
            <translation>Акция</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>promo share</source>
            <translation>Доля по акции</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Pseudonymous ids</source>
            <translation>Псевдонимы клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>pts per unit</source>
            <translation>баллов за единицу</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Purchase occasions: distinct receipts (or visits, without receipt numbers)</source>
            <translation>Покупки: отдельные чеки (или визиты, если номеров чеков нет)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Purchases</source>
            <translation>Покупки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>purchases</source>
            <translation>Покупки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Purchases per customer after the calibration end: actual vs predicted</source>
            <translation>Покупки на клиента после периода обучения: факт и прогноз</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Purchases without a card: {n}</source>
            <translation>Покупки без карты: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>quantity</source>
            <translation>Количество</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Quietest hour {hour}, {below} below an average hour.</source>
            <translation>Самый тихий час {hour}, на {below} ниже среднего часа.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>R (recency) score 1–5: 5 = bought most recently, 1 = longest ago; customers are ranked into equal fifths</source>
            <translation>Балл R (давность) 1–5: 5 = покупали совсем недавно, 1 = дольше всех назад; клиенты делятся на пять равных частей</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>R package rfm</source>
            <translation>Пакет R rfm</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>R score</source>
            <translation>Балл R</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>r score</source>
            <translation>Балл R</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>R, F and M scores as one number: 543 = R 5, F 4, M 3</source>
            <translation>Баллы R, F и M одним числом: 543 = R 5, F 4, M 3</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>rare</source>
            <translation>редкие</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Rate</source>
            <translation>Ставка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Reach regulars who are overdue</source>
            <translation>Связаться с постоянными клиентами, которые опаздывают</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>reactivated</source>
            <translation>Вернулись</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>reactivation rate</source>
            <translation>доля вернувшихся</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>Reading {name}</source>
            <translation>Чтение {name}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Reading {name}…</source>
            <translation>Чтение {name}…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/status.py" />
            <source>Ready</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Receipt, order or invoice number</source>
            <translation>Номер чека, заказа или счёта</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>recency days</source>
            <translation>Дней с покупки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>recency days from</source>
            <translation>Дней с покупки (было)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>recency days to</source>
            <translation>Дней с покупки (стало)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clusters.py" />
            <source>recent</source>
            <translation>недавние</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Recent customers who came back</source>
            <translation>Недавние клиенты, которые вернулись</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Recent first-time buyers</source>
            <translation>Недавние первые покупатели</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Recent projects and files</source>
            <translation>Недавние проекты и файлы</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <location filename="../../desktop_crm/io/report.py" />
            <source>Recommended actions</source>
            <translation>Рекомендуемые действия</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Recommending actions</source>
            <translation>Подбор действий</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Recover your work?</source>
            <translation>Восстановить работу?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Regular from (purchases)</source>
            <translation>Постоянный от (покупок)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idlink.py" />
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>reject</source>
            <translation>отклонить</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Rejected rows</source>
            <translation>Отклонённые строки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Rejected rows saved to {path}</source>
            <translation>Отклонённые строки сохранены в {path}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>rejected: {reason}: {count}</source>
            <translation>отклонено: {reason}: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Remove selected</source>
            <translation>Удалить выбранные</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>removed</source>
            <translation>Исключено</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>repeat purchases</source>
            <translation>Повторные покупки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>repeat purchases before the calibration end</source>
            <translation>повторные покупки до конца периода обучения</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>Repeat rate</source>
            <translation>Доля повторных</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idlink.py" />
            <source>repeated digits</source>
            <translation>повторяющиеся цифры</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Replace the control-group file?</source>
            <translation>Заменить файл контрольной группы?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Replace the open data?</source>
            <translation>Заменить открытые данные?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>report as of {date} ({pages}) written to {path}</source>
            <translation>отчёт на {date} ({pages}) записан в {path}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>Report written to {path}</source>
            <translation>Отчёт записан в {path}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Reset to data defaults</source>
            <translation>Сбросить к значениям по данным</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>responded</source>
            <translation>Откликнулись</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>responders</source>
            <translation>откликнувшиеся</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>response rate</source>
            <translation>доля откликов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Response window</source>
            <translation>Окно отклика</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>response {target} vs {control}: uplift {uplift} points ({ci} CI {low} .. {high})</source>
            <translation>отклик {target} против {control}: прирост {uplift} п. п. ({ci} ДИ {low} .. {high})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <location filename="../../desktop_crm/io/report.py" />
            <source>Revenue</source>
            <translation>Выручка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>revenue</source>
            <translation>Выручка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>Revenue at risk</source>
            <translation>Выручка под угрозой</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>Revenue changed by {pct} to {value}</source>
            <translation>Выручка изменилась на {pct} до {value}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>Revenue per customer</source>
            <translation>Выручка на клиента</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>revenue per customer</source>
            <translation>выручка на клиента</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>revenue per customer {target} vs {control}: uplift {uplift} ({ci} CI {low} .. {high})</source>
            <translation>выручка на клиента {target} против {control}: прирост {uplift} ({ci} ДИ {low} .. {high})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>revenue tied to a known customer: {share}</source>
            <translation>выручка известных клиентов: {share}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>revenue uplift</source>
            <translation>прирост выручки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>revenue uplift ci high</source>
            <translation>прирост выручки ДИ верх</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>revenue uplift ci low</source>
            <translation>прирост выручки ДИ низ</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>revenue {amount}</source>
            <translation>выручка {amount}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Reward your VIPs</source>
            <translation>Наградить VIP-клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>RFM cut-offs</source>
            <translation>Пороги RFM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>rfm score</source>
            <translation>Балл RFM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>RFM segment</source>
            <translation>Сегмент RFM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>rfm segment</source>
            <translation>Сегмент RFM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>RFM segment table</source>
            <translation>Таблица сегментов RFM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>RFM segments</source>
            <translation>Сегменты RFM</translation>
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
            <translation>ОИ</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>roi ci high</source>
            <translation>ОИ ДИ верх</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>roi ci low</source>
            <translation>ОИ ДИ низ</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>ROI {roi}</source>
            <translation>ROI {roi}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Row %</source>
            <translation>% по строке</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>rows</source>
            <translation>строки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Rules (*.json)</source>
            <translation>Правила (*.json)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Sales before this date count; by default the day after the last sale.</source>
            <translation>Учитываются продажи до этой даты; по умолчанию — день после последней продажи.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Sales exports ({patterns});;All files (*)</source>
            <translation>Выгрузки продаж ({patterns});;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Sales file</source>
            <translation>Файл продаж</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>same</source>
            <translation>без изменений</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Sat</source>
            <translation>Сб</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Save &amp;Rejected Rows…</source>
            <translation>Сохранить &amp;отклонённые строки…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Save lifecycle rules</source>
            <translation>Сохранить правила жизненного цикла</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Save list…</source>
            <translation>Сохранить список…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Save Project &amp;As…</source>
            <translation>Сохранить проект &amp;как…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <location filename="../../desktop_crm/gui/rejects.py" />
            <source>Save rejected rows</source>
            <translation>Сохранить отклонённые строки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Save rejected rows…</source>
            <translation>Сохранить отклонённые строки…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Save rules…</source>
            <translation>Сохранить правила…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Save the project</source>
            <translation>Сохранить проект</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Save the target list</source>
            <translation>Сохранить целевой список</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Saved to {paths}</source>
            <translation>Сохранено: {paths}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Saving {n} rows to {name}…</source>
            <translation>
                <numerusform>Сохранение {n} строки в {name}…</numerusform>
                <numerusform>Сохранение {n} строк в {name}…</numerusform>
                <numerusform>Сохранение {n} строк в {name}…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Scheme</source>
            <translation>Схема</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>scheme '{scheme}' is not available for this data</source>
            <translation>схема '{scheme}' недоступна для этих данных</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>score levels</source>
            <translation>уровни баллов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>score range {low}-{high} is not within 1-{top}</source>
            <translation>диапазон баллов {low}-{high} не входит в 1-{top}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>scoring</source>
            <translation>расчёт баллов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Scoring R, F and M</source>
            <translation>Расчёт баллов R, F и M</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Se&amp;ttings…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Search id, name, e-mail or phone</source>
            <translation>Поиск по номеру, имени, эл. почте или телефону</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Secondary identity: licence plate, phone or e-mail</source>
            <translation>Дополнительный идентификатор: номер авто, телефон или эл. почта</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Seed</source>
            <translation>Зерно</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Segment</source>
            <translation>Сегмент</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>segment</source>
            <translation>Сегмент</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/actions.py" />
            <source>Segment &amp;Again</source>
            <translation>&amp;Пересчитать сегменты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Segment at the start of each month</source>
            <translation>Сегмент на начало каждого месяца</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>Segmentation failed</source>
            <translation>Сегментация не удалась</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>Segmenting as of {date}</source>
            <translation>Сегментация на {date}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Segmenting as of {first} and {second}…</source>
            <translation>Сегментация на {first} и {second}…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>Segmenting at each date…</source>
            <translation>Сегментация на каждую дату…</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>Segmenting customers</source>
            <translation>Сегментация клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_form.py" />
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Segments</source>
            <translation>Сегменты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Segments of the R package 'rfm' (introduction vignette)</source>
            <translation>Сегменты пакета R 'rfm' (вводная виньетка)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/io/duckdb_engine.py" />
            <source>Segments ready</source>
            <translation>Сегменты готовы</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Segments: {scheme}</source>
            <translation>Сегменты: {scheme}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/tables.py" />
            <source>Select all</source>
            <translation>Выделить всё</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>Selecting transactions</source>
            <translation>Отбор транзакций</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Send to Targets</source>
            <translation>Отправить в цели</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>sent date</source>
            <translation>Дата отправки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>Sent on</source>
            <translation>Отправлен</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>separator {mark}</source>
            <translation>разделитель {mark}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>setting</source>
            <translation>Параметр</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>share</source>
            <translation>Доля</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>share of customers</source>
            <translation>Доля клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Share of each month's new customers who bought again 0, 1, 2, … months later.</source>
            <translation>Доля новых клиентов каждого месяца, купивших снова через 0, 1, 2, … месяцев.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Share of revenue</source>
            <translation>Доля выручки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>share of revenue</source>
            <translation>Доля выручки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>Share still buying</source>
            <translation>Доля всё ещё покупающих</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>share {category}</source>
            <translation>Доля: {category}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idlink.py" />
            <source>shared by many cards</source>
            <translation>общий для многих карт</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Sheet</source>
            <translation>Лист</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>sheet</source>
            <translation>лист</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Show in Customers</source>
            <translation>Показать в клиентах</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Show this at start</source>
            <translation>Показывать при запуске</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/settings_dialog.py" />
            <source>Shown with amounts in tables, charts and Excel exports; leave empty for none</source>
            <translation>Показывается при суммах в таблицах, графиках и экспорте в Excel; оставьте пустым, чтобы не показывать</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>signup date</source>
            <translation>Дата регистрации</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Silent longer than usual: win them back now</source>
            <translation>Молчит дольше обычного: верните сейчас</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>Sleeping</source>
            <translation>Спящие</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>Sleeping after (days)</source>
            <translation>Спящий после (дней)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>Slipping away</source>
            <translation>Уходящие</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Snapshot sizes</source>
            <translation>Размеры срезов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>Snapshots</source>
            <translation>Срезы</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>Snapshots ready</source>
            <translation>Срезы готовы</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>space</source>
            <translation>пробел</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/spark_engine.py" />
            <source>Spark could not start: {error}</source>
            <translation>не удалось запустить Spark: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>spend per purchase needs at least {needed} repeat customers; there are {found}</source>
            <translation>для оценки трат на покупку нужно не менее {needed} повторных клиентов; есть {found}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Spend target</source>
            <translation>Цель по тратам</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>spend target</source>
            <translation>Цель по тратам</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Spend target = this × what the customer spent in the last weeks (0: no target)</source>
            <translation>Цель по тратам = это × траты клиента за последние недели (0: без цели)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>spend target = {k} × spend in the last {n} weeks (one average visit if none), rounded up to {step}</source>
            <translation>
                <numerusform>цель по тратам = {k} × траты за последнюю {n} неделю (если их нет — один средний визит), округление вверх до {step}</numerusform>
                <numerusform>цель по тратам = {k} × траты за последние {n} недели (если их нет — один средний визит), округление вверх до {step}</numerusform>
                <numerusform>цель по тратам = {k} × траты за последние {n} недель (если их нет — один средний визит), округление вверх до {step}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Spend {next_tier} more within 30 days and become {next_segment}!</source>
            <translation>Потратьте ещё {next_tier} за 30 дней и станьте «{next_segment}»!</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Spent</source>
            <translation>Потрачено</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Standard 11 segments</source>
            <translation>Стандартные 11 сегментов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>Start a target list from the customers shown</source>
            <translation>Начать целевой список с показанных клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Start from</source>
            <translation>Начать с</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>start must be one of {starts}</source>
            <translation>начало должно быть одним из: {starts}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Start: {start}</source>
            <translation>Начало: {start}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Starts from</source>
            <translation>Начинается с</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>step</source>
            <translation>Шаг</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>steps</source>
            <translation>Шаги</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>stopped; use --allow-rejects to accept these rows</source>
            <translation>остановлено; чтобы принять эти строки, используйте --allow-rejects</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>store</source>
            <translation>Магазин</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Store, branch or station</source>
            <translation>Магазин, филиал или АЗС</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Strongest arrows</source>
            <translation>Самые толстые стрелки</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Strongest moves</source>
            <translation>Самые частые переходы</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnear.py" />
            <source>substituted</source>
            <translation>замена</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/pipeline.py" />
            <source>Summarising</source>
            <translation>Подведение итогов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <location filename="../../desktop_crm/io/duckdb_engine.py" />
            <source>Summarising customers</source>
            <translation>Сводка по клиентам</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Summary</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>Summary {scheme}</source>
            <translation>Сводка {scheme}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Sun</source>
            <translation>Вс</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>support</source>
            <translation>Поддержка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Suppressed</source>
            <translation>Исключённые</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>suppressed</source>
            <translation>Исключено</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>Suppressed: {reason}</source>
            <translation>Исключены: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Suppression</source>
            <translation>Исключения</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>Suspicious</source>
            <translation>Подозрительные</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>suspicious</source>
            <translation>подозрительный</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>suspicious identifiers: {n}</source>
            <translation>подозрительные идентификаторы: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>suspicious phone/plate, no customer: {n}</source>
            <translation>подозрительный телефон/номер, без клиента: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>SVG vector image</source>
            <translation>Векторное изображение SVG</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>System</source>
            <translation>Система</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>tab</source>
            <translation>табуляция</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>target</source>
            <translation>целевая</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_form.py" />
            <location filename="../../desktop_crm/core/targets.py" />
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Target list</source>
            <translation>Целевой список</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Targets</source>
            <translation>Цели</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>tenure days</source>
            <translation>Стаж, дней</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>text: {text}</source>
            <translation>текст: {text}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>the 'from' date must be before the 'to' date</source>
            <translation>дата «с» должна быть раньше даты «по»</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>The app guessed the columns and the format; change any that are wrong. Fields in bold are required.</source>
            <translation>Приложение угадало столбцы и формат; исправьте неверные. Поля, выделенные жирным, обязательны.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>The category with the largest share of the customer's spend.</source>
            <translation>Категория с наибольшей долей в тратах клиента.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>The control group is written beside the list, to {name}, which exists. Replace it?</source>
            <translation>Контрольная группа записывается рядом со списком, в {name}, который уже существует. Заменить его?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the control share must be at least 0 and below 1 (e.g. 0.1 for 10%)</source>
            <translation>доля контрольной группы должна быть не меньше 0 и меньше 1 (например, 0.1 для 10%)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/identities_panel.py" />
            <source>The country of local phone numbers (0555…, 8 916…); automatic: from the language and currency</source>
            <translation>Страна местных телефонных номеров (0555…, 8 916…); автоматически: по языку и валюте</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>The customers file does not exist.</source>
            <translation>Файл клиентов не существует.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>the decimal mark and the thousands separator must differ</source>
            <translation>десятичный знак и разделитель тысяч должны различаться</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/duckdb_engine.py" />
            <source>the DuckDB engine is not part of this installation; install desktop-crm with pip to use it</source>
            <translation>движок DuckDB не входит в эту установку; чтобы им пользоваться, установите desktop-crm через pip</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file has a header but no data rows</source>
            <translation>в файле есть заголовок, но нет строк данных</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file has no data rows</source>
            <translation>в файле нет строк данных</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file has no text rows</source>
            <translation>в файле нет текстовых строк</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file has only one column; a sales export needs at least customer, date and amount</source>
            <translation>в файле только один столбец; в выгрузке продаж должны быть как минимум клиент, дата и сумма</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file is empty</source>
            <translation>файл пуст</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>The file is gone</source>
            <translation>Файл исчез</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the file is not a text table (it looks binary); choose a CSV, TXT or Excel file</source>
            <translation>файл — не текстовая таблица (похоже на двоичный); выберите файл CSV, TXT или Excel</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>the file mixes encodings: {utf8} lines read as UTF-8, {other} as {code_page}; check names</source>
            <translation>в файле смешаны кодировки: {utf8} строк прочитано как UTF-8, {other} — как {code_page}; проверьте имена</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the first wave's offer improved: points × {factor}, discount + {extra} points</source>
            <translation>предложение первой волны улучшено: баллы × {factor}, скидка + {extra} п. п.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the header is deeper in the file than the sample that was read</source>
            <translation>заголовок находится глубже, чем прочитанный фрагмент файла</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sniff.py" />
            <source>the header row must be from 0 (no header) to {last}</source>
            <translation>строка заголовка должна быть от 0 (без заголовка) до {last}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>The help file {path} is missing from this installation.</source>
            <translation>Файл справки {path} отсутствует в этой установке.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the holdout share must be at least 0 and below 1, with the project's key</source>
            <translation>доля отложенной группы должна быть не меньше 0 и меньше 1, с ключом проекта</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the holiday window ends before it starts</source>
            <translation>праздничный период заканчивается раньше, чем начинается</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the holiday-window filter needs the transactions</source>
            <translation>для фильтра по праздничному периоду нужны транзакции</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>The import failed:
{message}

Go back to check the file and the columns.</source>
            <translation>Импорт не удался:
{message}

Вернитесь назад, чтобы проверить файл и столбцы.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>the lifecycle rules leave some customers without a segment; end with a rule for everyone</source>
            <translation>правила жизненного цикла оставляют часть клиентов без сегмента; добавьте в конце правило для всех</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>The list could not be saved</source>
            <translation>Не удалось сохранить список</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>the list is empty: most were suppressed for '{reason}' (see --customers, --channel)</source>
            <translation>список пуст: большинство исключены по причине '{reason}' (см. --customers, --channel)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>The list that was sent</source>
            <translation>Отправленный список</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>the model could not be fitted to this data</source>
            <translation>модель не удалось подогнать к этим данным</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>The models could not value the customers of this data (the fit ran to its limits).</source>
            <translation>Модели не смогли оценить клиентов в этих данных (подбор упёрся в пределы).</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>The project could not be saved</source>
            <translation>Не удалось сохранить проект</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>The project uses {name} in
{folder},
outside the project's folder.

Show the file to open it.</source>
            <translation>Проект использует {name} в
{folder},
вне папки проекта.

Укажите файл, чтобы открыть его.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>The project uses {name}, which is no longer at
{folder}.

Show where it is now.</source>
            <translation>Проект использует {name}, которого больше нет в
{folder}.

Укажите, где он теперь.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>The project's data is missing</source>
            <translation>Данные проекта отсутствуют</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>The row with the column names; 0 if the file has none</source>
            <translation>Строка с названиями столбцов; 0, если её нет</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>The same length of time just before</source>
            <translation>Такой же отрезок времени непосредственно перед этим</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>The same seed draws the same control group</source>
            <translation>То же зерно даёт ту же контрольную группу</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/campaign.py" />
            <source>the sent list has no control group (a 'group' column with 'control' rows); uplift needs one</source>
            <translation>в отправленном списке нет контрольной группы (столбца 'group' со строками 'control'); она нужна для расчёта прироста</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/spark_engine.py" />
            <source>the Spark engine needs the optional extra: pip install 'desktop-crm[spark]'</source>
            <translation>для движка Spark нужно дополнение: pip install 'desktop-crm[spark]'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>the start '{start}' is not available for this data</source>
            <translation>начало «{start}» недоступно для этих данных</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_extras.py" />
            <source>the uplift model is no better than random on held-out customers</source>
            <translation>модель аплифта на отложенных клиентах не лучше случайного выбора</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>The uplift model is no better than random on held-out customers; it is not offered</source>
            <translation>Модель аплифта на отложенных клиентах не лучше случайного выбора; она не предлагается</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/uplift.py" />
            <source>the uplift model needs past campaigns with a control group, and responders in them</source>
            <translation>модели аплифта нужны прошлые кампании с контрольной группой и откликнувшиеся в них</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>The widely used RFM segment map on recency and frequency scores</source>
            <translation>Распространённая карта сегментов RFM по баллам давности и частоты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Their spend to date</source>
            <translation>Их траты на сегодня</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>there are no customers in the calibration period</source>
            <translation>в периоде обучения нет клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>there are no sales up to {date}</source>
            <translation>до {date} продаж нет</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/segmentation.py" />
            <source>there are no transactions to segment</source>
            <translation>нет транзакций для сегментации</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>These rules cannot be used</source>
            <translation>Эти правила нельзя использовать</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>They used to buy regularly and have gone quiet; send a second wave to those who do not respond.</source>
            <translation>Раньше покупали регулярно и затихли; тем, кто не откликнется, отправьте вторую волну.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>This data has no category or department column, so there is no journey map.</source>
            <translation>В этих данных нет столбца категории или отдела, поэтому карты путей нет.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/session.py" />
            <source>This file could not be imported</source>
            <translation>Не удалось импортировать этот файл</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/empty.py" />
            <source>This file is kept on disk (large-file mode); this view needs it in memory. Open a smaller file.</source>
            <translation>Этот файл хранится на диске (режим больших файлов); этому представлению нужны данные в памяти. Откройте файл поменьше.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>This project could not be opened</source>
            <translation>Не удалось открыть этот проект</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_format.py" />
            <source>Thousands separator</source>
            <translation>Разделитель тысяч</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Thu</source>
            <translation>Чт</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/target_form.py" />
            <source>tick at least one segment to start from</source>
            <translation>отметьте хотя бы один сегмент для начала</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Tiers (%)</source>
            <translation>Уровни (%)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Time of day when it is a column of its own</source>
            <translation>Время дня, если оно в отдельном столбце</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>time unit</source>
            <translation>единица времени</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>to</source>
            <comment>date range</comment>
            <translation>по</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>to category</source>
            <translation>В категорию</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>to date</source>
            <translation>Дата окончания</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>to segment</source>
            <translation>В сегмент</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>too small to detect {wanted} points (80% power, 5% significance)</source>
            <translation>слишком мал, чтобы обнаружить {wanted} п.п. (мощность 80%, значимость 5%)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/clv.py" />
            <source>Top 10 %</source>
            <translation>Верхние 10 %</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>top category</source>
            <translation>Основная категория</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Top paths</source>
            <translation>Самые частые пути</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <source>Total spend</source>
            <translation>Всего потрачено</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>totals row (not a sale)</source>
            <translation>строка итогов (не продажа)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Traffic</source>
            <translation>Трафик</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>Transactions</source>
            <translation>Транзакции</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>transactions written to {path}</source>
            <translation>операции записаны в {path}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>Transitions</source>
            <translation>Переходы</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>transitions</source>
            <translation>Переходы</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/idnear.py" />
            <source>transposed</source>
            <translation>перестановка</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Tue</source>
            <translation>Вт</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>Two months</source>
            <translation>Два месяца</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Two years of a café chain's loyalty programme, 5,000 customers</source>
            <translation>Два года программы лояльности сети кофеен, 5 000 клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/structure.py" />
            <source>unclosed quote (the line was read up to its end and skipped)</source>
            <translation>незакрытая кавычка (строка прочитана до конца и пропущена)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/demographics.py" />
            <source>under 25</source>
            <translation>до 25</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/worker.py" />
            <source>Unexpected error: {error}</source>
            <translation>Непредвиденная ошибка: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>Units, items or litres</source>
            <translation>Штуки, товары или литры</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>unknown delimiter '{delimiter}'; use one of , ; tab | space</source>
            <translation>неизвестный разделитель '{delimiter}'; используйте один из: , ; tab | space</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>unknown encoding '{encoding}'</source>
            <translation>неизвестная кодировка '{encoding}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>unknown field '{name}' in '{clause}'; fields are: {fields}</source>
            <translation>неизвестное поле '{name}' в '{clause}'; поля: {fields}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dashboard.py" />
            <source>unknown period '{period}'</source>
            <translation>неизвестный период '{period}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>unknown threshold '{value}' in '{clause}'</source>
            <translation>неизвестный порог '{value}' в '{clause}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>unknown threshold(s): {names}</source>
            <translation>неизвестные пороги: {names}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>unparseable amount</source>
            <translation>нечитаемая сумма</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/importer.py" />
            <source>unparseable date</source>
            <translation>нечитаемая дата</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>upgrade</source>
            <translation>повышение</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>Upgrades and downgrades</source>
            <translation>Повышения и понижения</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>Upgrades and downgrades (by the rule table's order)</source>
            <translation>Повышения и понижения (по порядку таблицы правил)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>Uplift</source>
            <translation>Прирост</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>uplift</source>
            <translation>Прирост</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>uplift ci high</source>
            <translation>прирост ДИ верх</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>uplift ci low</source>
            <translation>прирост ДИ низ</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/campaigns_view.py" />
            <source>Uplift model better than random on held-out customers (Qini area {area}); {n} persuadables</source>
            <translation>Модель аплифта на отложенных клиентах лучше случайного выбора (площадь Qini {area}); убеждаемых: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>uplift vs control</source>
            <translation>прирост к контролю</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>Used to buy regularly; have not for a while</source>
            <translation>Покупали регулярно, но давно не приходили</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>usual gap days</source>
            <translation>обычный интервал, дней</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Value at stake</source>
            <translation>На кону</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>value lost</source>
            <translation>потерянная ценность</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>VIP average order value</source>
            <translation>VIP: средний чек</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>VIP visits per month</source>
            <translation>VIP: визитов в месяц</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>Visits</source>
            <translation>Визиты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>visits</source>
            <translation>Визиты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>visits per month</source>
            <translation>Визитов в месяц</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>warning: {share} of the rows were rejected ({rejected} of {read}); check the format and the columns</source>
            <translation>предупреждение: отклонено {share} строк ({rejected} из {read}); проверьте формат и столбцы</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>warning: {text}</source>
            <translation>предупреждение: {text}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>Was a regular, and P(alive) has fallen below 0.5</source>
            <translation>Был постоянным клиентом, и P(активен) упала ниже 0,5</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>wave</source>
            <translation>Волна</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/journeys.py" />
            <source>Wed</source>
            <translation>Ср</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/overview.py" />
            <source>Week</source>
            <translation>Неделя</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/i18n/labels.py" />
            <source>weekday</source>
            <translation>День недели</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>weeks</source>
            <translation>нед.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/help.py" />
            <source>Welcome to Desktop CRM</source>
            <translation>Добро пожаловать в Desktop CRM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <location filename="../../desktop_crm/io/report.py" />
            <source>What changed</source>
            <translation>Что изменилось</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>What one contact costs: SMS, call, gift</source>
            <translation>Стоимость одного контакта: SMS, звонок, подарок</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Where is the data file?</source>
            <translation>Где файл данных?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>Where is {name}?</source>
            <translation>Где {name}?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Which column is which?</source>
            <translation>Какой столбец что означает?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>Which file?</source>
            <translation>Какой файл?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/report.py" />
            <source>Why</source>
            <translation>Почему</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Win back sleeping customers</source>
            <translation>Вернуть уснувших клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/targets.py" />
            <source>with a path to the next tier</source>
            <translation>с путём к следующему уровню</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>would work: {arms} arm(s) of {n}, control {control} ({share})</source>
            <translation>подойдёт: вариантов {arms} по {n}, контроль {control} ({share})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>written to {path}</source>
            <translation>записано в {path}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>wrong number of fields</source>
            <translation>неверное число полей</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/models/frame_model.py" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/actions.py" />
            <source>Your most frequent, best-spending customers: keep them.</source>
            <translation>Самые частые и щедрые клиенты: удержите их.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>{arm}: {n} customers vs {control} control, detects an uplift of {uplift} points or more</source>
            <translation>{arm}: {n} клиентов против {control} в контроле, обнаружит прирост от {uplift} п.п.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>{category} visits changed by {pct}</source>
            <translation>Визиты в «{category}» изменились на {pct}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/dynamics.py" />
            <source>{date} is not one of the snapshot dates</source>
            <translation>{date} не входит в даты срезов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{dest}: cannot be written (permission denied, or open in another program)</source>
            <translation>{dest}: запись невозможна (нет прав или файл открыт в другой программе)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{dest}: cannot be written ({error})</source>
            <translation>{dest}: не удаётся записать ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{dest}: the folder {parent} does not exist</source>
            <translation>{dest}: папка {parent} не существует</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>{from_} ({from_date}) → {to} ({to_date}): {n} customers, {share} of the period (click to see them)</source>
            <translation>
                <numerusform>{from_} ({from_date}) → {to} ({to_date}): {n} клиент, {share} периода (щёлкните, чтобы увидеть)</numerusform>
                <numerusform>{from_} ({from_date}) → {to} ({to_date}): {n} клиента, {share} периода (щёлкните, чтобы увидеть)</numerusform>
                <numerusform>{from_} ({from_date}) → {to} ({to_date}): {n} клиентов, {share} периода (щёлкните, чтобы увидеть)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>{from_} → {to}: {n} customers</source>
            <translation>
                <numerusform>{from_} → {to}: {n} покупатель</numerusform>
                <numerusform>{from_} → {to}: {n} покупателя</numerusform>
                <numerusform>{from_} → {to}: {n} покупателей</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>{from_} → {to}: {times} times by {customers} customers, median {days} days between the visits</source>
            <translation>{from_} → {to}: {times} раз, {customers} клиентов, медиана {days} дн. между визитами</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/spark_engine.py" />
            <source>{input}: no such Parquet folder or table</source>
            <translation>{input}: нет такой папки Parquet или таблицы</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/spark_engine.py" />
            <source>{input}: no {columns} column</source>
            <translation>{input}: нет столбца {columns}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/spark_engine.py" />
            <source>{input}: the Spark engine reads Parquet or a table, not a sales export</source>
            <translation>{input}: движок Spark читает Parquet или таблицу, а не выгрузку продаж</translation>
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
            <translation>{kpi}: изменение {pct}, теперь {value}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/charts.py" />
            <source>{low} – {high}: {n} customers (click to see them)</source>
            <translation>
                <numerusform>{low} – {high}: {n} клиент (щёлкните, чтобы увидеть)</numerusform>
                <numerusform>{low} – {high}: {n} клиента (щёлкните, чтобы увидеть)</numerusform>
                <numerusform>{low} – {high}: {n} клиентов (щёлкните, чтобы увидеть)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/export.py" />
            <source>{name}: charts are exported as .png</source>
            <translation>{name}: графики экспортируются в .png</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/svg_export.py" />
            <source>{name}: vector charts are exported as .svg</source>
            <translation>{name}: векторные графики экспортируются в .svg</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/targets.py" />
            <source>{n} chosen customers</source>
            <translation>
                <numerusform>{n} выбранный клиент</numerusform>
                <numerusform>{n} выбранных клиента</numerusform>
                <numerusform>{n} выбранных клиентов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/cli.py" />
            <source>{n} customer segmented as of {date}; written to {path}</source>
            <translation>
                <numerusform>{n} клиент сегментирован на {date}; записано в {path}</numerusform>
                <numerusform>{n} клиента сегментированы на {date}; записано в {path}</numerusform>
                <numerusform>{n} клиентов сегментированы на {date}; записано в {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>{n} customer valued over {days} days</source>
            <translation>
                <numerusform>{n} клиент оценён на {days} дн.</numerusform>
                <numerusform>{n} клиента оценены на {days} дн.</numerusform>
                <numerusform>{n} клиентов оценены на {days} дн.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/model.py" />
            <location filename="../../desktop_crm/gui/target_forms.py" />
            <location filename="../../desktop_crm/gui/views/overview_view.py" />
            <source>{n} customers</source>
            <translation>
                <numerusform>{n} клиент</numerusform>
                <numerusform>{n} клиента</numerusform>
                <numerusform>{n} клиентов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>{n} customers ({share} of the row), they spent {amount} in the period</source>
            <translation>
                <numerusform>{n} клиент ({share} строки), потрачено за период {amount}</numerusform>
                <numerusform>{n} клиента ({share} строки), потрачено за период {amount}</numerusform>
                <numerusform>{n} клиентов ({share} строки), потрачено за период {amount}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/segments_view.py" />
            <source>{n} customers ({share}), revenue {revenue} ({revenue_share})</source>
            <translation>
                <numerusform>{n} клиент ({share}), выручка {revenue} ({revenue_share})</numerusform>
                <numerusform>{n} клиента ({share}), выручка {revenue} ({revenue_share})</numerusform>
                <numerusform>{n} клиентов ({share}), выручка {revenue} ({revenue_share})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>{n} days ago</source>
            <translation>
                <numerusform>{n} день назад</numerusform>
                <numerusform>{n} дня назад</numerusform>
                <numerusform>{n} дней назад</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/pseudonyms.py" />
            <source>{n} ids in the file match no customer and were left out</source>
            <translation>
                <numerusform>{n} идентификатор в файле не соответствует ни одному клиенту и пропущен</numerusform>
                <numerusform>{n} идентификатора в файле не соответствуют ни одному клиенту и пропущены</numerusform>
                <numerusform>{n} идентификаторов в файле не соответствуют ни одному клиенту и пропущены</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/import_problems.py" />
            <source>{n} lines with an unclosed quote were skipped (lines {lines})</source>
            <translation>
                <numerusform>пропущена {n} строка с незакрытой кавычкой (строки {lines})</numerusform>
                <numerusform>пропущено {n} строки с незакрытой кавычкой (строки {lines})</numerusform>
                <numerusform>пропущено {n} строк с незакрытой кавычкой (строки {lines})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>{n} months</source>
            <translation>
                <numerusform>{n} месяц</numerusform>
                <numerusform>{n} месяца</numerusform>
                <numerusform>{n} месяцев</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/next_tier.py" />
            <source>{n} more visit ({money}) within {days} days makes {segment}</source>
            <translation>
                <numerusform>Ещё {n} визит ({money}) за {days} дней — и {segment}</numerusform>
                <numerusform>Ещё {n} визита ({money}) за {days} дней — и {segment}</numerusform>
                <numerusform>Ещё {n} визитов ({money}) за {days} дней — и {segment}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/cli.py" />
            <source>{n} page</source>
            <translation>
                <numerusform>{n} страница</numerusform>
                <numerusform>{n} страницы</numerusform>
                <numerusform>{n} страниц</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/cli.py" />
            <source>{n} rejected row written to {path}</source>
            <translation>
                <numerusform>{n} отклонённая строка записана в {path}</numerusform>
                <numerusform>{n} отклонённые строки записаны в {path}</numerusform>
                <numerusform>{n} отклонённых строк записано в {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/clv_export.py" />
            <source>{n} repeat customer</source>
            <translation>
                <numerusform>{n} повторный клиент</numerusform>
                <numerusform>{n} повторных клиента</numerusform>
                <numerusform>{n} повторных клиентов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/data_view.py" />
            <source>{n} rows rejected</source>
            <translation>
                <numerusform>{n} строка отклонена</numerusform>
                <numerusform>{n} строки отклонены</numerusform>
                <numerusform>{n} строк отклонено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/importer.py" />
            <source>{n} rows repeat an earlier row exactly; they were kept (a customer can buy the same thing twice, but an export can also be doubled)</source>
            <translation>
                <numerusform>{n} строка в точности повторяет более раннюю; она сохранена (клиент может купить одно и то же дважды, но и выгрузка может задвоиться)</numerusform>
                <numerusform>{n} строки в точности повторяют более ранние; они сохранены (клиент может купить одно и то же дважды, но и выгрузка может задвоиться)</numerusform>
                <numerusform>{n} строк в точности повторяют более ранние; они сохранены (клиент может купить одно и то же дважды, но и выгрузка может задвоиться)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/journeys_view.py" />
            <source>{n} snapshots; band width = customers. Hover a band; click it for its customers.</source>
            <translation>
                <numerusform>{n} срез; ширина полосы = число клиентов. Наведите на полосу; щёлкните, чтобы увидеть клиентов.</numerusform>
                <numerusform>{n} среза; ширина полосы = число клиентов. Наведите на полосу; щёлкните, чтобы увидеть клиентов.</numerusform>
                <numerusform>{n} срезов; ширина полосы = число клиентов. Наведите на полосу; щёлкните, чтобы увидеть клиентов.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>{n} transaction rows; returns in red</source>
            <translation>
                <numerusform>{n} строка транзакций; возвраты красным</numerusform>
                <numerusform>{n} строки транзакций; возвраты красным</numerusform>
                <numerusform>{n} строк транзакций; возвраты красным</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/model.py" />
            <source>{n} transactions</source>
            <translation>
                <numerusform>{n} транзакция</numerusform>
                <numerusform>{n} транзакции</numerusform>
                <numerusform>{n} транзакций</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/value_view.py" />
            <source>{n} valuable customers are slipping away: {lost} of expected value lost in {days} days</source>
            <translation>
                <numerusform>{n} ценный клиент уходит: за {days} дн. потеряно {lost} ожидаемой ценности</numerusform>
                <numerusform>{n} ценных клиента уходят: за {days} дн. потеряно {lost} ожидаемой ценности</numerusform>
                <numerusform>{n} ценных клиентов уходят: за {days} дн. потеряно {lost} ожидаемой ценности</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <location filename="../../desktop_crm/gui/views/traffic_view.py" />
            <source>{n} visits</source>
            <translation>
                <numerusform>{n} визит</numerusform>
                <numerusform>{n} визита</numerusform>
                <numerusform>{n} визитов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/io/importer.py" />
            <source>{n} {column} values could not be read and were left empty</source>
            <translation>
                <numerusform>{n} значение «{column}» не удалось прочитать, оно оставлено пустым</numerusform>
                <numerusform>{n} значения «{column}» не удалось прочитать, они оставлены пустыми</numerusform>
                <numerusform>{n} значений «{column}» не удалось прочитать, они оставлены пустыми</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>{option} expects a date as YYYY-MM-DD, got '{text}'</source>
            <translation>{option} ожидает дату в виде ГГГГ-ММ-ДД, получено: '{text}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli_checks.py" />
            <source>{option} expects a finite number, got {value}</source>
            <translation>{option} ожидает конечное число, получено {value}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli_checks.py" />
            <source>{option} expects a number from {low} to {high}, got {value}</source>
            <translation>{option} ожидает число от {low} до {high}, получено {value}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path} already exists; choose another name or overwrite it</source>
            <translation>{path} уже существует; выберите другое имя или перезапишите файл</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/pairs.py" />
            <source>{path} is being written by another run; try again when it is done</source>
            <translation>{path} сейчас записывается другим запуском; повторите, когда он закончится</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path} is being written, or its writing was interrupted; write it again</source>
            <translation>{path} записывается, или его запись была прервана; запишите его заново</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/project_io.py" />
            <source>{path} is not there any more.</source>
            <translation>{path} больше нет на месте.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/main_window.py" />
            <source>{path} no longer exists; it was removed from the recent files.</source>
            <translation>{path} больше не существует; он удалён из недавних файлов.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path}: a sent list needs a 'customer_id' column</source>
            <translation>{path}: в отправленном списке должен быть столбец 'customer_id'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: a sheet spans {rows} rows × {cols} columns ({cells} filled cells); too large to read</source>
            <translation>{path}: лист занимает {rows} строк × {cols} столбцов ({cells} заполненных ячеек); слишком велик для чтения</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: a sheet was chosen, but only Excel/ODS workbooks have sheets</source>
            <translation>{path}: выбран лист, но листы есть только в книгах Excel/ODS</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path}: a target list is written as .xlsx or .csv, not '{suffix}'</source>
            <translation>{path}: целевой список записывается в .xlsx или .csv, а не '{suffix}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>{path}: an identity decision lacks '{field}'</source>
            <translation>{path}: в решении нет поля '{field}'</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: cannot be opened (permission denied, or locked by another program)</source>
            <translation>{path}: не открывается (нет прав или файл заблокирован другой программой)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: cannot be read ({error})</source>
            <translation>{path}: не читается ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path}: cannot be read as a list ({error})</source>
            <translation>{path}: не читается как список ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>{path}: cannot be read as a workbook ({error})</source>
            <translation>{path}: не читается как книга Excel ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/rfm_rules.py" />
            <source>{path}: cannot read the rule table ({error})</source>
            <translation>{path}: не удаётся прочитать таблицу правил ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>{path}: cannot write '{suffix}' files; use .csv or .xlsx</source>
            <translation>{path}: файлы '{suffix}' записать нельзя; используйте .csv или .xlsx</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/clv_export.py" />
            <location filename="../../desktop_crm/io/segments_export.py" />
            <source>{path}: cannot write '{suffix}' files; use .csv, .parquet or .xlsx</source>
            <translation>{path}: файлы '{suffix}' записать нельзя; используйте .csv, .parquet или .xlsx</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{path}: cannot write '{suffix}' files; use one of {known}</source>
            <translation>{path}: файлы '{suffix}' записать нельзя; используйте один из: {known}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: declares {rows} rows ({size} MB unpacked); too large to read</source>
            <translation>{path}: объявляет {rows} строк ({size} МБ в распакованном виде); слишком велик для чтения</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{path}: is a folder, not a file</source>
            <translation>{path}: это папка, а не файл</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/dynamics_export.py" />
            <source>{path}: journeys are several tables; write them to an .xlsx workbook</source>
            <translation>{path}: пути клиентов — это несколько таблиц; записывайте их в книгу .xlsx</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: larger than {size} MB, too large for this kind of file</source>
            <translation>{path}: больше {size} МБ — слишком велик для файла такого типа</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/project.py" />
            <source>{path}: made by a newer version of Desktop CRM; update the app to open it</source>
            <translation>{path}: создан более новой версией Desktop CRM; обновите программу, чтобы открыть его</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/import_problems.py" />
            <source>{path}: no data rows to import</source>
            <translation>{path}: нет строк данных для импорта</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>{path}: no plate, phone or e-mail column to link</source>
            <translation>{path}: нет столбца с номером машины, телефоном или e-mail</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/import_problems.py" />
            <source>{path}: no row could be imported ({n} of {total} rejected: {reason}); check the column mapping</source>
            <translation>{path}: не удалось импортировать ни одной строки ({n} из {total} отклонено: {reason}); проверьте сопоставление столбцов</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: no sheet '{sheet}'; sheets are: {names}</source>
            <translation>{path}: нет листа '{sheet}'; листы: {names}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: no such file</source>
            <translation>{path}: нет такого файла</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: no table (a header with data rows under it) on sheet {checked}</source>
            <translation>{path}: на листе {checked} нет таблицы (заголовка со строками данных под ним)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/project.py" />
            <source>{path}: not a Desktop CRM project</source>
            <translation>{path}: это не проект Desktop CRM</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/lifecycle.py" />
            <source>{path}: not a lifecycle rule file ({error})</source>
            <translation>{path}: это не файл правил жизненного цикла ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>{path}: not a list of identity decisions</source>
            <translation>{path}: не список решений по идентификаторам</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: not a readable Excel/ODS workbook ({error})</source>
            <translation>{path}: не читается как книга Excel/ODS ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: not a readable Parquet file ({error})</source>
            <translation>{path}: не читается как файл Parquet ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{path}: not a regular file (a device or a pipe)</source>
            <translation>{path}: не обычный файл (устройство или канал)</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/rule_files.py" />
            <source>{path}: not a valid rule file ({error})</source>
            <translation>{path}: недопустимый файл правил ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the file cannot be read as a table ({error})</source>
            <translation>{path}: файл не читается как таблица ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the file has no data rows</source>
            <translation>{path}: в файле нет строк данных</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the file is empty</source>
            <translation>{path}: файл пуст</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/writers.py" />
            <source>{path}: the file is read-only; it was not replaced</source>
            <translation>{path}: файл только для чтения; он не был заменён</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/identity_files.py" />
            <source>{path}: the identity review is an .xlsx workbook</source>
            <translation>{path}: обзор идентификаторов — это книга .xlsx</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/project.py" />
            <source>{path}: the project is damaged ({error})</source>
            <translation>{path}: проект повреждён ({error})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>{path}: the report is written as .pdf or .html</source>
            <translation>{path}: отчёт записывается как .pdf или .html</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the text is not in the {encoding} encoding; choose another</source>
            <translation>{path}: текст не в кодировке {encoding}; выберите другую</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the workbook has no data</source>
            <translation>{path}: в книге нет данных</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: the workbook is password-protected; save it without a password</source>
            <translation>{path}: книга защищена паролем; сохраните её без пароля</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: the workbook unpacks to {size} MB; refused as a zip bomb</source>
            <translation>{path}: книга распаковывается в {size} МБ; отклонена как zip-бомба</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: this is an Excel file saved with a text extension; rename it to .xlsx/.xls</source>
            <translation>{path}: это файл Excel с текстовым расширением; переименуйте его в .xlsx/.xls</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: unsupported file type '{suffix}'; use one of {known}</source>
            <translation>{path}: неподдерживаемый тип файла '{suffix}'; используйте один из: {known}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{path}: write the campaign check as .xlsx or .csv</source>
            <translation>{path}: записывайте проверку кампании в .xlsx или .csv</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/sources.py" />
            <source>{path}: {error}</source>
            <translation>{path}: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: {n} columns; at most {most} can be read</source>
            <translation>{path}: {n} столбцов; можно прочитать не более {most}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/bounds.py" />
            <source>{path}: {what} (nested too deeply)</source>
            <translation>{path}: {what} (слишком глубокая вложенность)</translation>
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
                <numerusform>{row} {i}, {column} {j}: {n} клиент</numerusform>
                <numerusform>{row} {i}, {column} {j}: {n} клиента</numerusform>
                <numerusform>{row} {i}, {column} {j}: {n} клиентов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>{scheme}, {first} → {second}: {up} up, {down} down, {same} unchanged, {new} new; written to {path}</source>
            <translation>{scheme}, {first} → {second}: {up} вверх, {down} вниз, {same} без изменений, {new} новых; записано в {path}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/cli.py" />
            <source>{scheme}: {n} snapshot {first} .. {last}; written to {path}</source>
            <translation>
                <numerusform>{scheme}: {n} снимок {first} .. {last}; записано в {path}</numerusform>
                <numerusform>{scheme}: {n} снимка {first} .. {last}; записано в {path}</numerusform>
                <numerusform>{scheme}: {n} снимков {first} .. {last}; записано в {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>{segment} grew by {n} customers ({pct})</source>
            <translation>{segment}: рост на {n} клиентов ({pct})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>{segment} shrank by {n} customers ({pct})</source>
            <translation>{segment}: снижение на {n} клиентов ({pct})</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>{segment}: best arm {arm}</source>
            <translation>{segment}: лучший вариант {arm}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>{segment}: not enough evidence; about {n} more customers per arm needed</source>
            <translation>{segment}: недостаточно данных; нужно ещё около {n} клиентов на вариант</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/experiments.py" />
            <source>{segment}: not enough evidence; no difference between the arms</source>
            <translation>{segment}: недостаточно данных; между вариантами нет разницы</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>{share} bought mostly in {store}</source>
            <translation>{share} покупали в основном в «{store}»</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/io/targets_export.py" />
            <source>{share} of each segment, drawn with seed {seed}</source>
            <translation>{share} каждого сегмента, выбор с зерном {seed}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/import_wizard.py" />
            <source>{share} of the rows were rejected. Replace the data now open with this import?</source>
            <translation>Отклонено {share} строк. Заменить открытые данные этим импортом?</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>{share} of them are new customers</source>
            <translation>{share} из них — новые клиенты</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/narrative.py" />
            <source>{share} of them were {segment}</source>
            <translation>{share} из них были в сегменте «{segment}»</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/departments_view.py" />
            <source>{share} stay</source>
            <translation>{share} остаются</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/gui/views/customers_view.py" />
            <source>{shown} of {n} customers</source>
            <translation>
                <numerusform>{shown} из {n} клиента</numerusform>
                <numerusform>{shown} из {n} клиентов</numerusform>
                <numerusform>{shown} из {n} клиентов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_crm/core/model.py" />
            <source>{source}: {n} rows read, {accepted} accepted, {rejected} rejected</source>
            <translation>
                <numerusform>{source}: прочитано строк {n}, принято {accepted}, отклонено {rejected}</numerusform>
                <numerusform>{source}: прочитано строк {n}, принято {accepted}, отклонено {rejected}</numerusform>
                <numerusform>{source}: прочитано строк {n}, принято {accepted}, отклонено {rejected}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/targets_view.py" />
            <source>{target} to contact · {control} held out · {suppressed} not contacted · their spend to date {spend}</source>
            <translation>Для контакта {target} · отложено {control} · исключено {suppressed} · их траты на сегодня {spend}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/cli.py" />
            <source>{target} to contact, {control} held out, {suppressed} suppressed</source>
            <translation>{target} для контакта, {control} в контрольной группе, {suppressed} исключено</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/model.py" />
            <source>{transactions} of {customers}, {first} .. {last}, total amount {total}</source>
            <translation>{transactions}, {customers}, {first} .. {last}, общая сумма {total}</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/gui/views/transitions_view.py" />
            <source>{up} moved up, {down} down, {same} stayed, {new} new. Rows: segment at the first date; columns: at the second. Click a cell for its customers.</source>
            <translation>повысились {up}, понизились {down}, остались {same}, новых {new}. Строки — сегмент на первую дату, столбцы — на вторую. Щёлкните ячейку, чтобы увидеть клиентов.</translation>
        </message>
        <message>
            <location filename="../../desktop_crm/core/offers.py" />
            <source>{what} '{value}' is not a customer column</source>
            <translation>{what} '{value}' — не столбец клиентов</translation>
        </message>
    </context>
</TS>
