<#--
  Wording shared by the report templates (duty-report.ftl, work-summary.ftl, summary.ftl). Change the words freely:
  which parts, points and problems appear, their numbers, counts, topics and attendance come from the draft model;
  these words only say them. Keys are the catalogue's (activities.yml) and the outline's point keys.
  Two voices: "duty" is the 述职报告 (the secretary, 本人), "branch" the 工作总结 (支部).
-->
<#-- 全年 for a year that is over; nothing while it runs (the opening says up to which day). -->
<#assign period = yearComplete?then("全年", "")>

<#-- How a sentence says an activity: [verb, noun]. An activity missing here is said 开展 + its catalogue name. -->
<#assign said = {
  "branch_member_meeting": ["召开", "支部党员大会"],
  "branch_committee_meeting": ["召开", "支委会"],
  "party_group_meeting": ["召开", "党小组会"],
  "party_lecture": ["讲授", "党课"],
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
  "oath_review": ["组织", "重温入党誓词活动"],
  "party_building_meeting": ["召开", "党建工作专题会议"],
  "strict_governance_meeting": ["专题研究", "全面从严治党工作"],
  "supervision_check": ["开展", "党建督导检查"],
  "ideology_study": ["专题研究", "意识形态工作"],
  "rectification": ["推动整改", "问题"],
  "warning_education": ["开展", "警示教育"],
  "integrity_lecture": ["讲授", "廉政党课"],
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

<#function verb item><#return ((said[item.key])!["开展", item.name])[0]></#function>
<#function noun item><#return ((said[item.key])!["开展", item.name])[1]></#function>

<#-- 召开支部党员大会4次、党小组会12次，讲授党课4次: one verb for a run of activities, quoted topics where logged. -->
<#macro counts facts><#local previous = ""><#list facts as f><#local v = verb(f)><#if f.topics?has_content><#if !f?is_first>，</#if>${v}了${f.quotedTopics}<#if f.moreThanTopics>等</#if>${noun(f)}${f.quantity}<#local previous = ""><#else><#if f?is_first>${v}<#elseif v == previous>、<#else>，${v}</#if>${noun(f)}${f.quantity}<#local previous = v></#if></#list></#macro>

<#--
  Attendance per activity, never added across kinds: 支部党员大会平均每次参加22人、党课平均每次参加21人，参加率均达到90%以上.
  The rate is the lowest session's, and only where the branch's size is known (partyMembers in branches.yml).
-->
<#macro attendance facts><#local shown = facts?filter(f -> f.sessions gt 0)><#if shown?has_content><#local lowest = 100><#list shown as f><#if f?is_first>，<#else>、</#if><#if facts?size gt 1>${noun(f)}</#if><#if f.count == 1 && f.attendance == 100 && shown?size == 1>全体党员${f.average}人参加<#elseif f.count == 1>参加${f.average}人<#else>平均每次参加${f.average}人</#if><#if f.attendance lt lowest><#local lowest = f.attendance></#if></#list><#if lowest == 100><#if shown?size gt 1 || shown[0].count gt 1>，均为全员参加</#if><#elseif lowest gte 60>，参加率<#if shown?size gt 1 || shown[0].count gt 1>均</#if>达到${lowest}%以上</#if></#if></#macro>

<#-- One point of a themed part: its claim in the voice, then what the records say. -->
<#macro point p voice><#local duty = voice == "duty">${p.ordinal}<#switch p.key>
<#case "planning"><#if duty>推动党建工作责任落地。<#else>专题研究部署党建工作。</#if><@counts p.facts/>，明确年度党建工作目标任务，把党建工作与业务工作同谋划、同部署、同落实。<#break>
<#case "committee"><#if duty>发挥支委会集体领导作用。<#else>发挥支部委员会领导核心作用。</#if><#if p.facts[0].everyMonth>坚持每月召开支委会，</#if>${period}<@counts p.facts/><@attendance p.facts/>，及时传达学习上级决策部署，集体研究支部重要事项。<#break>
<#case "supervision">加强督促指导。<@counts p.facts/>，推动党建工作任务落地落实。<#break>
<#case "ideology">落实意识形态工作责任制。<@counts p.facts/>，牢牢掌握意识形态工作主动权。<#break>
<#case "study"><#if duty>抓实支部理论学习。<#else>坚持不懈抓好理论学习。</#if>落实“第一议题”制度，第一时间传达学习习近平总书记重要讲话和重要指示批示精神，${period}<@counts p.facts/><@attendance p.facts/>。<#break>
<#case "training">丰富学习形式。<@counts p.facts/><@attendance p.facts/>，推动学习往深里走、往实里走。<#break>
<#case "red_education">用好红色资源。<@counts p.facts/><@attendance p.facts/>，引导党员在追寻红色足迹中坚定理想信念。<#break>
<#case "study_notes">推动学用结合。组织党员<@counts p.facts/>，以学促干、以干促学。<#break>
<#case "meetings"><#if duty>督促落实“三会一课”制度。<#else>严格落实“三会一课”制度。</#if>${period}<@counts p.facts/><@attendance p.facts/>。<@completed/><#break>
<#case "theme_day"><#if duty>推动主题党日规范开展。<#else>扎实开展主题党日活动。</#if><#if p.facts[0].everyMonth>坚持每月固定党日，</#if>${period}<@counts p.facts/><@attendance p.facts/>，<#if p.facts[0].topics?has_content>围绕重要节点确定活动主题，</#if>增强了组织生活的吸引力。<#break>
<#case "political_life"><#if duty>严肃党内政治生活。<#else>严肃认真开展党内政治生活。</#if><@counts p.facts/><@attendance p.facts/>，认真开展批评与自我批评，党内政治生活的政治性、时代性、原则性、战斗性不断增强。<#break>
<#case "election">规范开展换届选举。严格按照《中国共产党基层组织选举工作条例》规定的程序，按期完成支部换届选举工作。<#break>
<#case "development">严把党员发展质量关。坚持“控制总量、优化结构、提高质量、发挥作用”的总要求，把政治标准放在首位，<#list p.facts as f>${f.monthsLabel}${verb(f)}${noun(f)}${f.quantity}<#sep>，</#list>，为支部注入新鲜血液。<#break>
<#case "education">加强党员教育管理和关心关爱。<@counts p.facts/>，让党员切身感受到组织的温暖。<#break>
<#case "dues">规范党费收缴管理。严格执行《关于中国共产党党费收缴、使用和管理的规定》，${period}<@counts p.facts/>，做到按月收缴、及时上缴。<#break>
<#case "commendation">发挥先进典型示范作用。<@counts p.facts/>，激励党员比学赶超、争创一流。<#break>
<#case "warning">深化警示教育。<@counts p.facts/><@attendance p.facts/>，以案为鉴、以案促改，筑牢拒腐防变思想防线。<#break>
<#case "reminders">抓好日常监督提醒。<@counts p.facts/>，把纪律和规矩挺在前面。<#break>
<#case "deeds">扎实开展“我为群众办实事”实践活动。<@counts p.facts/>，着力解决群众急难愁盼问题。<#break>
<#case "volunteer">组织党员参与志愿服务。<@counts p.facts/><@attendance p.facts/>，在服务群众中践行初心使命。<#break>
<#case "research">深入开展调查研究。<@counts p.facts/>，以调研成果推动工作落实。<#break>
<#case "publicity">加强党建宣传。<@counts p.facts/>，讲好支部党建故事。<#break>
<#case "rectification">坚持即知即改。<@counts p.facts/>，做到立行立改、举一反三。<#break>
<#default>扎实推进各项工作。<@counts p.facts/><@attendance p.facts/>。</#switch></#macro>

<#-- 应开展40次、按期开展40次，按期完成率100%: the 三会一课 and 主题党日 owed in the ended periods and held on time. -->
<#macro completed><#if completion.met gt 0>对照支部工作条例，“三会一课”和主题党日<#if yearComplete>全年<#else>截至上月</#if>应按期开展${completion.required}次，按期开展${completion.met}次，按期完成率${completion.rate}%。</#if></#macro>

<#-- The sentence after a part's heading, in the voice, when a 述职报告 has no act of the secretary's own to open it. -->
<#macro intro section voice><#local duty = voice == "duty"><#switch section>
<#case "politics"><#if duty>本人始终把抓好党建作为最大政绩，坚持党建工作与业务工作同谋划、同部署、同推进。<#else>支部坚持把党的政治建设摆在首位，教育引导党员增强“四个意识”、坚定“四个自信”、做到“两个维护”。</#if><#break>
<#case "theory"><#if duty>本人坚持把理论学习作为第一责任人的“必修课”，以上率下推动支部学习走深走实。<#else>支部坚持把理论学习作为党员的“必修课”，推动党的创新理论入脑入心。</#if><#break>
<#case "organization"><#if duty>本人坚持抓基层、打基础，推动支部建设标准化规范化。<#else>支部以提升组织力为重点，严格执行《中国共产党支部工作条例（试行）》，推动支部建设标准化规范化。</#if><#break>
<#case "integrity"><#if duty>本人始终把纪律和规矩挺在前面，带头落实中央八项规定及其实施细则精神。<#else>支部坚持把纪律建设摆在更加突出的位置，推动全面从严治党向纵深发展。</#if><#break>
<#case "service"><#if duty>本人坚持以人民为中心，带领支部党员在服务中心、服务群众中走在前、作表率。<#else>支部坚持围绕中心、服务大局，引导党员立足岗位作贡献、服务群众当先锋。</#if><#break>
<#default></#switch></#macro>

<#-- A 述职报告 opens each part with what the secretary did in person, then the branch's points. -->
<#macro ownLead section><#switch section>
<#case "politics">本人认真履行党支部书记抓党建第一责任人职责，<#break>
<#case "theory">本人坚持带头学、带头讲，<#break>
<#case "organization">本人带头严格落实组织生活制度，<#break>
<#case "integrity">本人严格落实“一岗双责”，<#break>
<#case "service">本人坚持带头深入基层、联系群众，<#break>
<#default>本人</#switch></#macro>
<#macro ownAct f><#switch f.key>
<#case "branch_committee_meeting"><#if f.everyMonth>坚持每月</#if>主持召开支委会<#if yearComplete>，全年共${f.count}次<#else>${f.count}次</#if>，及时传达学习上级决策部署，集体研究支部重要事项<#break>
<#case "party_building_meeting">召开党建工作专题会议${f.count}次，<#if f.topics?has_content>研究${f.quotedTopics}等事项<#else>专题研究部署年度党建工作</#if><#break>
<#case "strict_governance_meeting">专题研究全面从严治党工作${f.count}次<#break>
<#case "ideology_study">专题研究意识形态工作${f.count}次<#break>
<#case "party_lecture">带头讲党课${f.own}次<#if f.ownTopics?has_content>，围绕${f.ownTopics}等主题为党员作专题辅导</#if><#break>
<#case "organizational_life_meeting">以普通党员身份参加组织生活会，带头开展批评与自我批评<#break>
<#case "heart_to_heart_talk">带头开展谈心谈话${f.own}人次，及时掌握党员思想动态<#break>
<#case "integrity_lecture">讲授廉政党课${f.own}次<#break>
<#case "integrity_talk">开展廉政提醒谈话${f.own}人次<#break>
<#case "field_research">带头开展调查研究${f.own}次<#break>
<#default>${verb(f)}${noun(f)}${f.ownQuantity}</#switch></#macro>
<#macro own part><#if part.own?has_content><@ownLead part.section/><#list part.own as f><@ownAct f/><#sep>；</#list>。<#else><@intro part.section "duty"/></#if></#macro>

<#-- What the secretary said stood out (亮点：…), woven in after the part's points, as typed. -->
<#assign highlightLead = {"politics": "同时，", "theory": "尤其是，", "organization": "特别是，", "integrity": "同时，",
  "service": "在此基础上，", "rectification": "同时，"}>
<#macro partHighlights part><#list part.highlights as h><#if h?is_first>${highlightLead[part.section]!"同时，"}</#if>${h}。</#list></#macro>

<#-- 支委会3月、8月未按期召开 / 党小组会全年未召开 / 组织生活会尚未召开 -->
<#macro missed m><#local v = held[m.key]!"开展">${noun(m)}<#if m.open>尚未${v}<#elseif m.whole>${yearComplete?then("全年", "至今")}未${v}<#else>${m.labels}未按期${v}</#if></#macro>
<#-- How a list of obligations names one, where the noun alone would not say the activity. -->
<#assign named = {"dues_collection": "党费收缴", "new_member": "发展党员"}>
<#macro nouns items><#list items as m>${named[m.key]!noun(m)}<#sep>、</#list></#macro>

<#-- A problem the data shows: its claim (bold in the draft, a line in the chat summary), then its facts. -->
<#macro problemLead p><#switch p.kind>
<#case "silence">组织生活存在断档<#break>
<#case "meetings">“三会一课”制度落实还不够到位<#break>
<#case "theme_day">主题党日活动开展不够规律<#break>
<#case "yearly"><#if yearComplete>年度规定动作落实不到位<#else>年度规定动作尚未完成</#if><#break>
<#case "dues">党费收缴不够及时<#break>
<#case "records">活动记录不够及时完整<#break>
<#default>部分规定动作落实不够到位</#switch></#macro>

<#macro problemDetail p><#switch p.kind>
<#case "silence">${p.silence.label}<#if p.silence.runs == 1>连续${p.silence.months}个月</#if>未记录支部活动<#if p.silence.obligations?has_content>，期间<@nouns p.silence.obligations/>均未按期开展</#if>，组织生活的经常性有待加强。<#break>
<#case "records">${year}年度未在党建助手中记录支部活动，支部工作开展情况难以据实反映，需对照工作台账补充完善。<#break>
<#case "meetings"><@misses p/>，组织生活的规范性有待加强。<#break>
<#case "theme_day"><@misses p/>，活动的计划性有待加强。<#break>
<#case "yearly"><@misses p/>，党内政治生活的严肃性有待增强。<#break>
<#case "dues"><@misses p/>，党费收缴的及时性有待提高。<#break>
<#default><@misses p/>，工作的计划性和规范性有待加强。</#switch></#macro>
<#macro misses p><#list p.misses as m><@missed m/><#sep>，</#list></#macro>

<#--
  原因分析: the subjective causes the problems ground, in the voice; the objective ones the data cannot know and are
  marked for the secretary to check.
-->
<#macro causes voice><#local duty = voice == "duty"><#local kinds = problems?map(p -> p.kind?string)><#local who = duty?then("本人", "支部委员会")>
**原因分析：**客观上，支部党员大多承担繁重的业务工作，集中开展组织生活的时间不易统筹。${toEdit}主观上，<#if kinds?seq_contains("records")>${who}对随做随记、据实留痕重视不够，活动开展后未能及时记录<#else><#local causesSaid = []><#if kinds?seq_contains("silence") || kinds?seq_contains("meetings") || kinds?seq_contains("theme_day")><#local causesSaid = causesSaid + [duty?then("本人作为第一责任人，对组织生活的计划安排和督促检查抓得还不够紧，出现缺项后未能及时补上", "支部对组织生活缺少逐月计划和跟踪督促，出现缺项后未能及时补上")]></#if><#if kinds?seq_contains("yearly")><#local causesSaid = causesSaid + [who + "对年度规定动作的时间节点把握不够准，存在等年底再办的思想"]></#if><#if kinds?seq_contains("dues")><#local causesSaid = causesSaid + ["对党费按月收缴的日常提醒不够经常"]></#if><#if kinds?seq_contains("other")><#local causesSaid = causesSaid + [who + "对上级新增工作要求的落实跟进不够及时"]></#if><#if causesSaid?has_content>${causesSaid?join("；")}<#else>${duty?then("本人", "支部")}对照新时代党的建设总要求学得还不够深、抓得还不够实，创新工作方法不多${toEdit}</#if></#if>。</#macro>

<#-- The plan that answers a problem of the data: [lead, text]. -->
<#macro planLead p><#switch p.kind>
<#case "silence">保持组织生活经常化<#break>
<#case "meetings">严格落实“三会一课”制度<#break>
<#case "theme_day">规范开展主题党日活动<#break>
<#case "yearly">按时完成年度规定动作<#break>
<#case "dues">规范党费收缴管理<#break>
<#case "records">及时规范记录支部活动<#break>
<#default>抓好各项规定动作落实</#switch></#macro>

<#macro planText p><#switch p.kind>
<#case "silence">针对${p.silence.label}组织生活断档的问题，把“三会一课”、主题党日等规定动作逐月排进计划，每月对照检查，确保组织生活不断档、不走样。<#break>
<#case "meetings">针对<@nouns p.misses/>未按期开展的问题，建立“三会一课”月提醒、季检查制度，确保按期召开、按时讲授，推动“三会一课”经常化、规范化。<#break>
<#case "theme_day">固定每月主题党日时间，提前谋划活动主题，紧扣学习教育和中心工作开展活动，做到月月不落空。<#break>
<#case "yearly">把<@nouns p.misses/>等年度规定动作排进上半年计划，明确时间节点，认真开展批评与自我批评，切实提高党内政治生活质量。<#break>
<#case "dues">严格执行党费收缴、使用和管理的有关规定，明确专人负责，按月收缴、及时上缴，做到账目清楚、公开透明。<#break>
<#case "records">活动开展后及时在支部群内向党建助手记录时间、人数和主题，做到随做随记，确保年终总结有据可查。<#break>
<#default>对照年度计划，按期开展<@nouns p.misses/>等工作，做到件件有着落、事事有回音。</#switch></#macro>

<#-- Next year's obligations as a plan names them: 每季度召开支部党员大会、讲授党课，每月召开支委会、开展主题党日活动…. -->
<#macro nextCalendar><#local parts = []><#list ["quarterly", "monthly", "yearly"] as cadence><#local items = []><#list calendar?filter(d -> d.cadence == cadence && d.key != "dues_collection" && d.key != "heart_to_heart_talk") as d><#local items = items + [(held[d.key]!"开展") + noun(d)]></#list><#if items?has_content><#local parts = parts + [(cadence == "yearly")?then("年内", (cadence == "monthly")?then("每月", "每季度") + "至少") + items?join("、")]></#if></#list><#if calendar?filter(d -> d.key == "dues_collection")?has_content><#local parts = parts + ["按月收缴党费"]></#if><#if calendar?filter(d -> d.key == "heart_to_heart_talk")?has_content><#local parts = parts + ["书记与每名党员至少谈心谈话1次"]></#if>${parts?join("，")}</#macro>

<#--
  Plans that build on what the year did: clean governance and service, when the year fed those parts. [lead, text].
-->
<#function factsOf section><#local found = []><#list parts as part><#if part.section == section><#list part.points as p><#local found = found + p.facts></#list></#if></#list><#return found></#function>
<#macro keepUp section voice cnPlan><#local facts = factsOf(section)><#local duty = voice == "duty"><#switch section>
<#case "integrity">### （${cnPlan}）持之以恒正风肃纪。
在${year}年<@counts facts/>的基础上，${year + 1}年坚持警示教育常态化，<#if duty>本人带头落实“一岗双责”，</#if>抓好节假日等重要节点的廉洁提醒，推动党员干部知敬畏、存戒惧、守底线。<#break>
<#case "service">### （${cnPlan}）坚持党建引领服务中心。
在${year}年<@counts facts/>的基础上，${year + 1}年深化“我为群众办实事”实践活动，<#if duty>本人带头联系群众，</#if>推动党员志愿服务常态化，把党建成效体现到服务群众、推动发展上。<#break>
</#switch></#macro>

<#-- Last year's problems and what became of them (上年度问题整改情况). -->
<#macro carriedBefore c><#local v = held[c.key]!"开展">${noun(c)}<#if c.lastWhole>全年未${v}<#elseif c.lastLabels?has_content>${c.lastLabels}未按期${v}<#else>未${v}</#if></#macro>
<#macro carriedNow c><#local v = held[c.key]!"开展"><#if c.met>${noun(c)}<#if c.now?has_content>${verb(c)}${c.now}</#if><#elseif c.stillMissed?has_content>${noun(c)}${c.stillMissed}仍未按期${v}<#elseif yearComplete>${noun(c)}仍未${v}<#else>${noun(c)}尚未${v}</#if></#macro>
<#macro carriedText voice><#local met = carried?filter(c -> c.met)><#local open = carried?filter(c -> !c.met)>针对${year - 1}年度<#list carried as c><@carriedBefore c/><#sep>，</#list>等问题，${(voice == "duty")?then("本人牵头", "支部委员会")}逐项制定整改措施，明确责任和时限，纳入${year}年工作计划推进落实。<#if met?has_content>从${year}年情况看，<#list met as c><@carriedNow c/><#sep>，</#list>，已整改到位<#if open?has_content>；<#else>。</#if></#if><#if open?has_content><#list open as c><@carriedNow c/><#sep>，</#list>，整改还不够彻底，已列入${year + 1}年重点工作持续推进。</#if></#macro>

<#-- General problems and plans, used only when the data shows fewer than two: [lead, detail, plan lead, plan text]. -->
<#assign general = [
  ["理论学习的深度和系统性还不够", "有时存在以会代学、以文件落实文件的现象，学用结合不够紧密，运用党的创新理论指导实践、推动工作的能力有待提升。",
   "推动理论学习走深走实", "制定年度学习计划，把集中学习与个人自学、专题研讨结合起来，组织党员撰写学习体会，推动学习成果转化为推动工作的实际成效。"],
  ["党建与业务融合还不够紧密", "在推动党建工作与业务工作同谋划、同部署、同落实方面办法不多，党建引领作用发挥还不够充分。",
   "推动党建与业务深度融合", "坚持围绕中心抓党建、抓好党建促发展，探索党建与业务融合的有效载体，以党建成效推动各项工作提质增效。"],
  ["组织生活的形式还不够丰富", "主题党日等活动形式较为单一，吸引力和感染力有待增强。",
   "创新组织生活方式", "结合重要时间节点和支部实际，丰富主题党日活动内容和形式，增强组织生活的吸引力和实效性。"]
]>

<#-- Numbers of parts and plans past the ones the model numbered. -->
<#assign cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"]>

<#-- Marks what the data could not ground; the Word draft highlights it. -->
<#assign toEdit = "【请根据实际修改】">
