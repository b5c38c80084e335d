<#--
  Wording shared by the report templates (duty-report.ftl, work-summary.ftl, summary.ftl). Change the words freely:
  which parts, points and problems appear, their numbers, counts and topics come from the draft model; these words
  only say them. Keys are the catalogue's (activities.yml) and the outline's point keys.
-->
<#-- 全年 for a year that is over, 今年以来 while it runs. -->
<#assign period = yearComplete?then("全年", "今年以来")>

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

<#-- The verb when a problem says an obligation was not met: 未按期召开 / 未按期讲授 / 未按期开展. -->
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

<#-- 召开支部党员大会4次、支委会12次，讲授党课4次: one verb for a run of activities, quoted topics where logged. -->
<#macro counts facts><#local previous = ""><#list facts as f><#local v = verb(f)><#if f.topics?has_content><#if !f?is_first>，</#if>${v}了${f.quotedTopics}<#if f.moreThanTopics>等</#if>${noun(f)}${f.quantity}<#local previous = ""><#else><#if f?is_first>${v}<#elseif v == previous>、<#else>，${v}</#if>${noun(f)}${f.quantity}<#local previous = v></#if></#list></#macro>

<#-- 累计参加156人次, where participants were logged. -->
<#macro people p><#if p.participants gt 0>，累计参加${p.participants}人次</#if></#macro>

<#-- One point of a themed part: its claim, then what the records say. -->
<#macro point p>${p.ordinal}<#switch p.key>
<#case "planning">专题研究部署党建工作。${period}<@counts p.facts/><@people p/>。<#break>
<#case "supervision">加强督促指导。${period}<@counts p.facts/>，推动党建工作任务落地落实。<#break>
<#case "ideology">落实意识形态工作责任制。<@counts p.facts/>，牢牢掌握意识形态工作主动权。<#break>
<#case "study">抓实理论学习。坚持以习近平新时代中国特色社会主义思想武装头脑，${period}<@counts p.facts/><@people p/>。<#break>
<#case "training">丰富学习形式。<@counts p.facts/><@people p/>，推动学习往深里走、往实里走。<#break>
<#case "red_education">用好红色资源。<@counts p.facts/><@people p/>，引导党员坚定理想信念。<#break>
<#case "study_notes">推动学用结合。组织党员<@counts p.facts/>，以学促干。<#break>
<#case "meetings">严格落实“三会一课”制度。${period}<@counts p.facts/><@people p/>。<#break>
<#case "theme_day">扎实开展主题党日活动。${period}<@counts p.facts/><@people p/>。<#break>
<#case "political_life">严肃党内政治生活。<@counts p.facts/><@people p/>，认真开展批评与自我批评。<#break>
<#case "election">规范开展换届选举。严格按照《中国共产党基层组织选举工作条例》规定的程序，按期完成支部换届选举工作。<#break>
<#case "development">严把党员发展质量关。坚持把政治标准放在首位，<@counts p.facts/>。<#break>
<#case "education">加强党员教育管理和关心关爱。<@counts p.facts/><@people p/>。<#break>
<#case "dues">规范党费收缴管理。严格执行党费收缴有关规定，${period}<@counts p.facts/>。<#break>
<#case "commendation">发挥先进典型示范作用。<@counts p.facts/>，激励党员比学赶超。<#break>
<#case "warning">深化警示教育。<@counts p.facts/><@people p/>，筑牢拒腐防变思想防线。<#break>
<#case "reminders">抓好日常监督提醒。<@counts p.facts/>，把纪律和规矩挺在前面。<#break>
<#case "deeds">扎实开展“我为群众办实事”实践活动。<@counts p.facts/>，着力解决群众急难愁盼问题。<#break>
<#case "volunteer">组织党员参与志愿服务。${period}<@counts p.facts/><@people p/>。<#break>
<#case "research">深入开展调查研究。<@counts p.facts/>，以调研成果推动工作落实。<#break>
<#case "publicity">加强党建宣传。<@counts p.facts/>，讲好支部党建故事。<#break>
<#case "rectification">坚持即知即改。<@counts p.facts/>，做到立行立改、举一反三。<#break>
<#default>扎实推进各项工作。${period}<@counts p.facts/><@people p/>。</#switch></#macro>

<#-- 支委会3月、8月未按期召开 / 党小组会全年未召开 / 组织生活会尚未召开 -->
<#macro missed m><#local v = held[m.key]!"开展">${noun(m)}<#if m.open>尚未${v}<#elseif m.whole>${period}未${v}<#else>${m.labels}未按期${v}</#if></#macro>
<#-- How a list of obligations names one, where the noun alone would not say the activity. -->
<#assign named = {"dues_collection": "党费收缴"}>
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
<#case "silence">针对${p.silence.label}组织生活断档的问题，年初制定支部全年工作计划，把“三会一课”、主题党日等规定动作逐月排进计划，每月对照检查，确保组织生活不断档、不走样。<#break>
<#case "meetings">严格执行《中国共产党支部工作条例（试行）》，针对<@nouns p.misses/>未按期开展的问题，年初制定计划、每月对照提醒，确保按期召开、按时讲授，推动“三会一课”经常化、规范化。<#break>
<#case "theme_day">固定每月主题党日时间，提前谋划活动主题，紧扣学习教育和中心工作开展活动，做到每月有主题、次次有实效。<#break>
<#case "yearly">对照年度工作安排，按时完成<@nouns p.misses/>等工作，认真开展批评与自我批评，切实提高党内政治生活质量。<#break>
<#case "dues">严格执行党费收缴、使用和管理的有关规定，明确专人负责，按月收缴、及时上缴，做到账目清楚、公开透明。<#break>
<#case "records">活动开展后及时在支部群内向党建助手记录时间、人数和主题，做到随做随记，确保年终总结有据可查。<#break>
<#default>对照年度计划，按期开展<@nouns p.misses/>等工作，做到件件有着落、事事有回音。</#switch></#macro>

<#-- General problems and plans, used only when the data shows fewer than two: [lead, detail, plan lead, plan text]. -->
<#assign general = [
  ["理论学习的深度和系统性还不够", "有时存在以会代学、以文件落实文件的现象，学用结合不够紧密，运用党的创新理论指导实践、推动工作的能力有待提升。",
   "持续强化理论武装", "坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，落实“第一议题”制度，制定年度学习计划，推动学习往深里走、往实里走、往心里走。"],
  ["党建与业务融合还不够紧密", "在推动党建工作与业务工作同谋划、同部署、同落实方面办法不多，党建引领作用发挥还不够充分。",
   "推动党建与业务深度融合", "坚持围绕中心抓党建、抓好党建促发展，探索党建与业务融合的有效载体，以党建成效推动各项工作提质增效。"],
  ["组织生活的形式还不够丰富", "主题党日等活动形式较为单一，吸引力和感染力有待增强。",
   "创新组织生活方式", "结合重要时间节点和支部实际，丰富主题党日活动内容和形式，增强组织生活的吸引力和实效性。"]
]>

<#-- Numbers of parts and plans past the ones the model numbered. -->
<#assign cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"]>

<#-- Marks what the data could not ground; the Word draft highlights it. -->
<#assign toEdit = "【请根据实际修改】">
