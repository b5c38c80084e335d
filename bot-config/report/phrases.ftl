<#--
  Wording shared by the report templates (duty-report.ftl, work-summary.ftl, summary.ftl). Change the words freely:
  which parts, points and problems appear, their numbers, counts, topics and moments come from the draft model;
  these words only say them. Keys are the catalogue's (activities.yml) and the outline's point keys. Words that
  depend on the kind of organisation are in kinds.ftl (k.centre, k.people …).
  Rules the drafts keep, so that a secretary can sign them:
  - a claim of regularity (每月, 按月, 均) only where the model says the records show it (everyMonth, no miss);
  - a claim no count can ground (第一议题, 八项规定, 民主集中制) only where a member or a highlight said it
    (organisation.said("…")), or in a plan;
  - participants once per event, never "X参加N人、Y参加M人" lists;
  - what the data cannot know is its own paragraph marked ${"$"}{toEdit}, never inside a sentence.
-->
<#include "kinds.ftl">

<#-- 全年 for a year that is over; nothing while it runs (the opening says up to which day). -->
<#assign period = yearComplete?then("全年", "")>

<#-- How a sentence says an activity: [verb, noun]. An activity missing here is said 开展 + its catalogue name. -->
<#assign said = {
  "branch_member_meeting": ["召开", "支部党员大会"],
  "branch_committee_meeting": ["召开", "支委会"],
  "party_group_meeting": ["召开", "党小组会"],
  "party_lecture": ["讲", "党课"],
  "theme_party_day": ["开展", "主题党日活动"],
  "organizational_life_meeting": ["召开", "组织生活会"],
  "democratic_evaluation": ["开展", "民主评议党员"],
  "heart_to_heart_talk": ["开展", "谈心谈话"],
  "committee_election": ["完成", "支部换届选举"],
  "dues_collection": ["收缴", "党费"],
  "activist_training": ["确定", "入党积极分子"],
  "development_target": ["确定", "发展对象"],
  "new_member": ["发展", "党员"],
  "full_membership": ["按期转正", "预备党员"],
  "member_training": ["开展", "党员教育培训"],
  "political_birthday": ["为党员过", "政治生日"],
  "care_visit": ["走访慰问", "党员"],
  "commendation": ["评选表彰", "先进典型"],
  "central_group_study": ["组织", "理论学习中心组学习"],
  "collective_study": ["组织", "集中学习"],
  "seminar": ["开展", "专题研讨"],
  "reading_class": ["举办", "专题读书班"],
  "expert_lecture": ["邀请专家开展", "辅导讲座"],
  "knowledge_test": ["组织", "知识测试"],
  "study_notes": ["撰写", "心得体会"],
  "red_education": ["开展", "红色教育"],
  "oath_review": ["组织", "重温入党誓词"],
  "party_building_meeting": ["召开", "党建工作专题会议"],
  "strict_governance_meeting": ["专题研究", "全面从严治党工作"],
  "supervision_check": ["开展", "党建督导检查"],
  "ideology_study": ["专题研究", "意识形态工作"],
  "rectification": ["推动整改", "问题"],
  "warning_education": ["开展", "警示教育"],
  "integrity_lecture": ["讲", "廉政党课"],
  "integrity_talk": ["开展", "廉政谈话"],
  "commitment_letter": ["签订", "承诺书"],
  "practical_deed": ["为群众办", "实事"],
  "volunteer_service": ["开展", "志愿服务"],
  "field_research": ["开展", "调查研究"],
  "research_report": ["形成", "调研报告"],
  "publicity_article": ["报送", "党建宣传信息"]
}>

<#-- The verb when a sentence says an obligation was (not) held: 未按期召开 / 未按期讲授 / 未按期开展. -->
<#assign held = {
  "branch_member_meeting": "召开",
  "branch_committee_meeting": "召开",
  "party_group_meeting": "召开",
  "party_lecture": "讲授",
  "organizational_life_meeting": "召开",
  "dues_collection": "收缴"
}>

<#function verb item><#if item.key == "practical_deed"><#return "为" + k.people + "办"></#if><#return ((said[item.key])!["开展", item.name])[0]></#function>
<#function noun item><#return ((said[item.key])!["开展", item.name])[1]></#function>
<#function nounOf key><#return ((said[key])!["开展", key])[1]></#function>
<#function verbOf key><#return ((said[key])!["开展", key])[0]></#function>
<#function fact key><#return facts[key]!{}></#function>
<#function has key><#return facts[key]??></#function>

<#-- 召开支部党员大会4次、支委会12次，讲党课4次: one cumulative sentence, one verb for a run of activities. -->
<#macro ledger items><#local previous = ""><#list items as f><#local v = verb(f)><#if f?is_first>${v}<#elseif v == previous>、<#else>，${v}</#if>${noun(f)}${f.quantity}<#local previous = v></#list></#macro>

<#--
  Dated events in the order held, from what members logged: 3月以“学雷锋践初心”为主题开展主题党日活动，结合开展志愿服务.
  Each moment: its month, its topic with its marks (a course's title in 《》, a theme in “”), the other work done at the
  same event. A course is told by its title (9月讲党课《…》), never as a theme.
-->
<#assign courses = ["party_lecture", "integrity_lecture", "expert_lecture"]>
<#macro alongside m><#local more = m.alongside?filter(a -> !m.said?contains(nounOf(a)))><#if more?has_content>，<#list more as a>${verbOf(a)}${nounOf(a)}<#sep>、</#list></#if></#macro>
<#macro moment m f><#if (f.key == "practical_deed" || f.key == "care_visit") && m.quotedTopic?has_content && !m.said?has_content>${m.month}${m.quotedTopic}<#elseif m.said?has_content>${m.month}${m.said}<#if m.quotedTopic?has_content && !m.saidTopic>，主题为${m.quotedTopic}</#if><#elseif m.quotedTopic?has_content && courses?seq_contains(f.key)>${m.month}${verb(f)}${noun(f)}${m.quotedTopic}<#elseif m.quotedTopic?has_content>${m.month}以${m.quotedTopic}为主题${verb(f)}${noun(f)}<#else>${m.month}${verb(f)}${noun(f)}</#if><@alongside m/></#macro>
<#macro moments f><#list f.moments as m><@moment m f/><#sep>；</#list></#macro>
<#--
  Whether a member's words say a deed of the one who logged it (组织…, 召开…, 带领…, 到…, 为…): then a report may say it as
  the 书记's own (本人5月召开职工座谈会…); 签订廉政承诺书22份 says what everyone did, not what the 书记 did.
-->
<#function agentive m><#return m.said?matches("^(组织|召开|主持|带领|带头|到|赴|为|与|走访|深入|联合|参加|列席|讲|开展|看望|慰问).*", "s")></#function>
<#-- An activity held in one month and told in its member's words, or held once with its topic: the words say it; a count
  beside them says it twice. -->
<#function whole f><#return f.months == 1 && f.moments?size == 1 && (f.moments[0].said?has_content || f.count == 1 && f.moments[0].quotedTopic?has_content)></#function>
<#-- 组织集中学习3次，其中2月…；7月组织党员参加安全生产和党章党规知识测试，6人全部合格 -->
<#macro tell items><#local counted = items?filter(f -> !whole(f))><#local inCount = byDay(counted)><#local wholes = byDay(items?filter(f -> whole(f)))><#if counted?has_content><@ledger counted/><#if inCount?has_content>，其中</#if><#list inCount as t><@moment t.m t.f/><#sep>；</#list><#if wholes?has_content>；</#if></#if><#list wholes as t><@moment t.m t.f/><#sep>；</#list></#macro>
<#-- The events of several activities in the order held: [{m, f}]. -->
<#function byDay items><#local all = []><#list items as f><#list f.moments as m><#local all = all + [{"m": m, "f": f, "day": m.day}]></#list></#list><#return all?sort_by("day")></#function>
<#--
  Every event of an activity worth telling, month by month, in one sentence for the topics alone and one clause for
  each event members said more of: 主题有1月“…”、4月“…”。3月到阳光社区为居民义诊、理发，主题为“…”；9月….
-->
<#macro chronicle f centreApart=false><#local rest = f.chronicle?filter(m -> !centreApart || concernOf(m) == "")><#local topics = rest?filter(m -> !m.said?has_content && !m.alongside?has_content && m.quotedTopic?has_content)><#local told = rest?filter(m -> m.said?has_content || m.alongside?has_content)><#-- one topic alone ("主题有5月“红色档案”") is told in its month's place among the others -->
<#if told?has_content && topics?size == 1>。<#list rest?filter(m -> m.said?has_content || m.alongside?has_content || m.quotedTopic?has_content) as m><#if m.said?has_content || m.alongside?has_content><@moment m f/><#else>${m.month}以${m.quotedTopic}为主题</#if><#sep>；</#list><#else><#if topics?has_content>，主题有<#list topics as m>${m.month}${m.quotedTopic}<#sep>、</#list></#if><#if told?has_content>。<#list told as m><@moment m f/><#sep>；</#list></#if></#if></#macro>

<#--
  What this kind of organisation's year is about (kinds.ftl concerns): the concern a theme day's topic or its members'
  words name, the first that matches; else "".
-->
<#function concernOf m><#local text = m.topic + m.said><#list k.concerns as c><#list c.words as x><#if text?contains(x)><#return c.name></#if></#list></#list><#return ""></#function>
<#function centreDays><#return has("theme_party_day")?then(fact("theme_party_day").chronicle?filter(m -> concernOf(m) != ""), [])></#function>
<#-- 把安全生产作为党员在企业发挥作用的第一阵地，3月主题党日以“安全生产月启动”为题，党员分头到各车间排查安全隐患… -->
<#macro centre><#local days = centreDays()><#list k.concerns as c><#local ms = days?filter(m -> concernOf(m) == c.name)><#if ms?has_content>${c.lead}，<#list ms as m>${m.month}主题党日<#if m.said?has_content><#if m.quotedTopic?has_content && !m.saidTopic>以${m.quotedTopic}为题，</#if>${m.said}<#else>以${m.quotedTopic}为主题</#if><@alongside m/><#sep>；</#list>。</#if></#list></#macro>
<#-- Next year's plan for the concerns this year's theme days served: 2026年围绕安全生产、岗位建功开展主题党日4次… -->
<#macro centrePlan voice><#local days = centreDays()><#local named = k.concerns?filter(c -> days?filter(m -> concernOf(m) == c.name)?has_content)><#if named?has_content>${year}年<#if voice == "duty">本人推动</#if>围绕<#list named as c>${c.name}<#sep>、</#list>开展主题党日${days?size}次，${year + 1}年继续把这些内容排进主题党日计划<#if voice == "duty">，本人带头参加<#else>，每次活动都明确党员的具体任务</#if>。</#if></#macro>
<#-- 其中1月、3月、6月围绕安全生产，9月围绕岗位建功: when the theme days served the kind's concerns, for the 述职报告. -->
<#macro centreCounts><#local days = centreDays()><#local named = k.concerns?filter(c -> days?filter(m -> concernOf(m) == c.name)?has_content)><#if named?has_content>，其中<#list named as c><#list days?filter(m -> concernOf(m) == c.name) as m>${m.month}<#sep>、</#list>围绕${c.name}<#sep>，</#list></#if></#macro>

<#-- The lowest attendance of the year's meetings as one clause, where the branch's size is known: 参加率均在90%以上. -->
<#macro attendance items><#local shown = items?filter(f -> f.sessions gt 0 && f.attendance gt 0)><#if shown?has_content><#local lowest = 100><#list shown as f><#if f.attendance lt lowest><#local lowest = f.attendance></#if></#list><#if lowest == 100>，党员均全员参加<#elseif lowest gte 80>，党员参加率均在${lowest}%以上</#if></#if></#macro>

<#-- 应开展40次、按期开展40次，按期完成率100%: the 三会一课 and 主题党日 owed in the periods kept and held on time. -->
<#macro completed><#if completion.met gt 0>对照支部工作条例，“三会一课”和主题党日<#if firstMonth gt 1>自${firstMonth}月起<#elseif yearComplete>全年<#else>截至${throughText}</#if>应按期开展${completion.required}次，按期开展${completion.met}次，按期完成率${completion.rate}%。</#if></#macro>

<#--
  What the draft cannot know and says once, as its own marked paragraphs: months before the branch began logging,
  a shape the configuration leaves open.
-->
<#macro notices><#if firstMonth gt 1 && firstMonth lte 12>

本支部自${year}年${firstMonth}月起使用党建助手记录组织生活，此前各月开展的工作未计入本稿，请补充（也可在群内补记）。

${toEdit}</#if><#if organisation.committee == "unknown" || organisation.partyGroups == "unknown">

支部配置中未说明<#if organisation.committee == "unknown">是否设支部委员会</#if><#if organisation.committee == "unknown" && organisation.partyGroups == "unknown">、</#if><#if organisation.partyGroups == "unknown">是否设党小组</#if>，本稿未将<#if organisation.committee == "unknown">支委会</#if><#if organisation.committee == "unknown" && organisation.partyGroups == "unknown">、</#if><#if organisation.partyGroups == "unknown">党小组会</#if>列为缺项，请确认后告知党建助手。

${toEdit}</#if><#if organisation.confirmedInChat?has_content>

支部设置按书记在对话中确认的情况（${organisation.confirmedInChat}）统计，请核对。

${toEdit}</#if></#macro>

<#-- 支委会3月、8月未按期召开 / 党小组会全年未召开 / 组织生活会尚未召开 / 党费7月未按期收缴，8月一并收缴 -->
<#macro missed m><#local v = held[m.key]!"开展">${noun(m)}<#if m.open>尚未${v}<#elseif m.whole>${(yearComplete && firstMonth == 1)?then("全年", "至今")}未${v}<#elseif m.caughtUp?has_content>${m.labels}未按月${v}，于${m.caughtUp}补${v}<#else>${m.labels}未按期${v}</#if></#macro>
<#-- How a list of obligations names one, where the noun alone would not say the activity. -->
<#assign named = {"dues_collection": "党费收缴", "new_member": "发展党员", "care_visit": "走访慰问党员", "political_birthday": "党员政治生日"}>
<#macro nouns items><#list items as m>${named[m.key]!noun(m)}<#sep>、</#list></#macro>
<#macro misses p><#list p.misses as m><@missed m/><#sep>，</#list></#macro>

<#-- A problem's claim (bold in the draft, a line in the chat summary): the branch's or, in a 述职报告, the secretary's. -->
<#macro problemLead p voice="branch"><#local duty = voice == "duty"><#switch p.kind>
<#case "silence"><#if duty>对组织生活的经常性抓得不够<#else>组织生活存在断档</#if><#break>
<#case "meetings"><#if duty>督促“三会一课”按期开展不够有力<#else>“三会一课”落实还不够到位</#if><#break>
<#case "theme_day"><#if duty>对主题党日的计划安排抓得不够实<#else>主题党日活动开展不够规律</#if><#break>
<#case "yearly"><#if yearComplete><#if duty>年度规定动作抓得不够及时<#else>年度规定动作落实不到位</#if><#else>年度规定动作尚未完成</#if><#break>
<#case "dues"><#if duty>对党费按月收缴提醒不够经常<#else>党费收缴不够及时</#if><#break>
<#case "attendance">部分组织生活参加率偏低<#break>
<#case "records"><#if duty>对活动随做随记重视不够<#else>活动记录不够及时完整</#if><#break>
<#default><#if duty>对上级新增任务跟进不够及时<#else>部分规定动作落实不够到位</#if></#switch></#macro>

<#-- Its facts: what, then its effect. -->
<#macro problemDetail p voice="branch"><#local duty = voice == "duty"><#switch p.kind>
<#case "silence">${p.silence.label}<#if p.silence.runs == 1>连续${p.silence.months}个月</#if>未记录支部活动<#if p.silence.obligations?has_content>，期间<@nouns p.silence.obligations/>均未按期开展</#if>。组织生活出现空档，党员集中学习和教育管理随之中断<#if duty>，本人作为第一责任人负有直接责任</#if>。<#break>
<#case "records">${year}年度未在党建助手中记录支部活动，支部工作开展情况难以据实反映，需对照工作台账补充完善。<#break>
<#case "meetings"><@misses p/>。<#if duty>出现缺项后本人未能及时督促补上，组织生活的连续性受到影响，根子在于本人对“三会一课”的督促检查还不够经常，${k.slack}。<#else>缺项后没有及时补开，组织生活的连续性受到影响。</#if><#break>
<#case "theme_day"><@misses p/>。<#if duty>本人没有在月初督促定下当月的主题和时间，缺项后也未安排补开<#else>缺项的月份没有提前排定活动，事后也未补开</#if>，${k.dayEffect}。<#break>
<#case "yearly"><@misses p/>。<#if yearComplete><#if duty>本人对年度规定动作的时间节点把握不够准，存在等年底再办的思想，</#if>年度组织生活的完整性受到影响。<#else>距年底时间不多，需尽早安排。</#if><#break>
<#case "dues"><@misses p/>。<#if duty>本人对按月收缴的日常提醒不够经常，</#if>党员按月交纳党费的意识需要进一步强化。<#break>
<#case "attendance"><#list organisation.dips as d>${d.month}${nounOf(d.key)}参加${d.participants}人、参加率${d.rate}%<#sep>，</#list>。${k.absent}，组织生活的覆盖面还需扩大。<#break>
<#default><@misses p/>。</#switch></#macro>

<#-- 原因分析: subjective causes the problems ground, in the voice; the objective one is the kind's, to be checked. -->
<#macro causes voice><#local duty = voice == "duty"><#local kinds = problems?map(p -> p.kind?string)>
**原因分析：**<#if duty>主观上，<#if kinds?seq_contains("records")>本人对随做随记、据实留痕重视不够，活动开展后未能及时记录<#else><#local c = []><#if kinds?seq_contains("silence")><#local c = c + ["本人对组织生活的督促检查还不够经常，${k.slack}"]></#if><#if kinds?seq_contains("other")><#local c = c + ["对上级新增工作要求的学习和跟进不够及时"]></#if><#local c = c + ["本人抓支部工作重部署、轻跟踪，年初定了计划，执行中缺少逐月对照检查"]>${c?join("；")}</#if>。客观上，${k.busy}。<#else>从支部层面看，<#if kinds?seq_contains("records")>活动开展后未能及时记录，台账不够完整<#else><#local c = []><#if kinds?seq_contains("silence") || kinds?seq_contains("meetings") || kinds?seq_contains("theme_day")><#local c = c + [k.gaps]></#if><#if kinds?seq_contains("yearly")><#local c = c + ["年度规定动作没有排进上半年计划"]></#if><#if kinds?seq_contains("dues")><#local c = c + ["党费收缴没有固定到每月的具体日期"]></#if><#if kinds?seq_contains("attendance")><#local c = c + ["活动时间安排对党员的实际情况考虑不够"]></#if><#if c?has_content>${c?join("；")}<#else>支部工作方法创新不多，组织生活的吸引力还需增强</#if></#if>；${k.busy}。</#if>

${toEdit}</#macro>

<#-- The plan that answers a problem of the data: [lead, text]. -->
<#macro planLead p><#switch p.kind>
<#case "silence">保持组织生活经常化<#break>
<#case "meetings">严格落实“三会一课”制度<#break>
<#case "theme_day">规范开展主题党日活动<#break>
<#case "yearly">按时完成年度规定动作<#break>
<#case "dues">规范党费收缴管理<#break>
<#case "attendance">提高组织生活参加率<#break>
<#case "records">及时规范记录支部活动<#break>
<#default>抓好各项规定动作落实</#switch></#macro>

<#macro planText p voice="branch"><#local duty = voice == "duty"><#switch p.kind>
<#case "silence">针对${p.silence.label}组织生活断档的问题，把“三会一课”、主题党日等逐月排进计划，<#if duty>本人每月对照检查，</#if>确保组织生活不断档。<#break>
<#case "meetings">针对<@nouns p.misses/>未按期开展的问题，建立月提醒、季检查的做法，<#if duty>本人带头按期主持召开、按时讲授党课</#if><#if !duty>确保按期召开、按时讲授</#if>。<#break>
<#case "theme_day">固定每月主题党日时间并${k.timing}，提前确定活动主题，做到月月不落空。<#break>
<#case "yearly">把<@nouns p.misses/>排进上半年计划，明确时间节点。<#break>
<#case "dues">明确专人负责，每月固定日期收缴党费，做到按月收缴、及时上缴。<#break>
<#case "attendance">活动时间提前征求党员意见，${k.timing}，对因故缺席的党员及时补学。<#break>
<#case "records">活动开展后及时在支部群内向党建助手记录时间、人数和主题，做到随做随记。<#break>
<#default>对照年度计划，按期开展<@nouns p.misses/>等工作。</#switch></#macro>

<#-- Next year's obligations as a plan names them: 每季度召开支部党员大会、讲授党课，每月召开支委会、开展主题党日活动…. -->
<#macro nextCalendar><#local parts = []><#list ["quarterly", "monthly", "yearly"] as cadence><#local items = []><#list calendar?filter(d -> d.cadence == cadence && d.key != "dues_collection" && d.key != "heart_to_heart_talk") as d><#local items = items + [(held[d.key]!"开展") + noun(d)]></#list><#if items?has_content><#local parts = parts + [(cadence == "yearly")?then("年内", (cadence == "monthly")?then("每月", "每季度") + "至少") + items?join("、")]></#if></#list><#if calendar?filter(d -> d.key == "dues_collection")?has_content><#local parts = parts + ["按月收缴党费"]></#if><#if calendar?filter(d -> d.key == "heart_to_heart_talk")?has_content><#local parts = parts + ["书记与每名党员至少谈心谈话1次"]></#if>${parts?join("，")}</#macro>

<#-- Last year's problems and what became of them (上年度问题整改情况). -->
<#macro carriedBefore c><#local v = held[c.key]!"开展">${noun(c)}<#if c.lastWhole>全年未${v}<#elseif c.lastLabels?has_content>${c.lastLabels}未按期${v}<#else>未${v}</#if></#macro>
<#macro carriedNow c><#local v = held[c.key]!"开展"><#if c.met>${noun(c)}<#if c.now?has_content>${verb(c)}${c.now}</#if><#elseif c.stillMissed?has_content>${noun(c)}${c.stillMissed}仍未按期${v}<#elseif yearComplete>${noun(c)}仍未${v}<#else>${noun(c)}尚未${v}</#if></#macro>
<#macro carriedText voice><#local met = carried?filter(c -> c.met)><#local open = carried?filter(c -> !c.met)>针对${year - 1}年度<#list carried as c><@carriedBefore c/><#sep>，</#list>等问题，${(voice == "duty")?then("本人牵头", "支部")}逐项制定整改措施，纳入${year}年工作计划推进落实。<#if met?has_content>从${year}年情况看，<#list met as c><@carriedNow c/><#sep>，</#list>，已整改到位<#if open?has_content>；<#else>。</#if></#if><#if open?has_content><#list open as c><@carriedNow c/><#sep>，</#list>，整改还不够彻底，已列入${year + 1}年重点工作持续推进。</#if></#macro>

<#--
  Who carried which work (基本情况 of a 工作总结): the person who logged most of an activity's records, by name.
-->
<#macro division><#if organisation.carriers?has_content>支部工作分工上，<#list organisation.carriers as c>${c.name}同志<#if c.secretary>主持支部全面工作，</#if>承担<#list c.keys as x>${named[x]!nounOf(x)}<#sep>、</#list><#if c.keys?size gt 1>等</#if>工作<#sep>；</#list>。</#if></#macro>

<#-- Who answers for a plan: whoever carried the work it mends, else the 组织委员 where there is a committee. -->
<#macro owner p><#local keys = p.misses?map(m -> m.key)><#local names = keys?filter(x -> organisation.carriedBy[x]??)?map(x -> organisation.carriedBy[x])><#if p.kind == "dues" && names?has_content>由${names[0]}同志负责。<#elseif names?has_content && names?seq_index_of(names[0]) == 0 && names?filter(n -> n != names[0])?size == 0>由${names[0]}同志负责。<#elseif organisation.committee == "yes">由组织委员负责。<#else>由支部书记负责。</#if></#macro>

<#-- Numbers of parts and plans past the ones the model numbered. -->
<#assign cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"]>

<#-- Marks what the data could not ground; the Word draft highlights it. Always its own paragraph. -->
<#assign toEdit = "【请根据实际修改】">
