<#--
  党建工作总结: the branch's account (支部…), never 本人. A 基本情况 line, then the full ledger by work area with one
  cumulative count per point and the dated events members logged, the branch's problems (attendance dips are data
  too), plans with who carries them, and the 三会一课 table after the organisation part: it is filed with the 台账,
  which its last line names when the year's records carry evidence.
  The lines this template writes become the draft (see DraftText): blank lines separate blocks; "# " title, "## "
  heading, "### " a （一） heading that opens the lines after it, "**…**" a bold claim, "[表] " the 三会一课 table,
  ">> " the signature and date. Shared wording lives in phrases.ftl, words by kind of organisation in kinds.ftl.
-->
<#import "phrases.ftl" as w>
<#assign k = w.k>
<#assign leads = {"committee": "发挥支委会作用", "planning": "加强统筹谋划", "supervision": "加强督促指导",
  "ideology": "落实意识形态工作责任制", "study": "强化理论武装", "training": "丰富学习形式", "red_education": "用好红色资源",
  "study_notes": "推动学用结合", "meetings": "落实“三会一课”", "theme_day": "用好主题党日载体", "political_life": "严肃党内政治生活",
  "election": "规范换届选举", "development": "做好发展党员工作", "education": "加强党员教育关怀", "dues": "严格党费管理",
  "commendation": "选树先进典型", "warning": "筑牢廉洁防线", "reminders": "抓好日常提醒", "deeds": "践行为民宗旨",
  "volunteer": "发挥先锋模范作用", "research": "深入基层一线", "publicity": "讲好支部故事", "rectification": "抓好问题整改"}>
# ${branch}${year}年度党建工作总结

<#if framing.milestone?has_content>${year}年是${framing.milestone}。</#if>${branch}坚持以习近平新时代中国特色社会主义思想为指导，${framing.guidance}，${k.aim}，${k.bulwark}。现将${year}年度党建工作总结如下<#if !yearComplete>（数据统计至${throughText}）</#if>：

<#if partyMembers gt 0 || w.has("new_member") || w.has("full_membership") || w.has("activist_training") || organisation.carriers?has_content>
<#if partyMembers gt 0>支部现有党员${partyMembers}名<#if organisation.committee == "yes">，设支部委员会<#elseif organisation.committee == "no">，不设支部委员会，由支部书记主持日常工作</#if><#if organisation.secretary?has_content>，书记${organisation.secretary}<#if organisation.predecessor?has_content>（${organisation.secretaryFrom}接任，此前为${organisation.predecessor}）</#if></#if>。</#if><#if w.has("activist_training") || w.has("development_target") || w.has("new_member") || w.has("full_membership")>年内<#list ["activist_training", "development_target", "new_member", "full_membership"]?filter(x -> w.has(x)) as x><#assign f = w.fact(x)>${f.monthsLabel}${w.verb(f)}${w.noun(f)}${f.quantity}<#sep>，</#list>。</#if><@w.division/>
</#if>
<@w.notices/><#nt>

## 一、主要工作

<#list parts as part>
### （${part.number}）<#switch part.section><#case "politics">加强政治建设，落实管党治党责任<#break><#case "theory">抓好理论学习，筑牢思想根基<#break><#case "organization">严格组织生活，夯实支部基础<#break><#case "integrity">加强党风廉政建设，严守纪律规矩<#break><#case "service">围绕${k.centre}，服务${k.people}<#break><#case "rectification">坚持问题导向，抓好整改落实<#break><#case "carried">抓好上年度问题整改<#break><#default>推进其他各项工作</#switch>。
<#if part.section == "carried"><@w.carriedText "branch"/><#else><#switch part.section><#case "politics">${k.politics}。<#break><#case "theory">${k.theory}。<#break><#case "organization">${k.organise}。<#break><#case "integrity">支部${k.integrity}。<#break><#case "service">支部引导${k.members}${k.serve}。<@w.centre/><#break><#default></#switch><#list part.points as p><@point p/></#list><#list part.highlights as h><#if h?is_first>其中，</#if>${h}。</#list></#if><#nt>

<#if part.section == "organization" && table.shown>
[表] 表1　${year}年“三会一课”和主题党日开展情况（●为当月已开展<#if firstMonth gt 1 && firstMonth lte 12>，—为使用党建助手前</#if>）

</#if>
</#list>
<#if !parts?has_content>
经查，党建助手中未记录本支部${year}年度开展的活动，主要工作请根据实际补充。

${w.toEdit}

</#if>
## 二、存在的问题及原因

<#list problems as p>
**${p.ordinal}<@w.problemLead p "branch"/>。**<@w.problemDetail p "branch"/>

</#list>
<#if !problems?has_content>
对照支部的规定动作，${yearComplete?then("全年", "截至" + throughText)}未发现缺项。支部工作中的其他不足请根据实际补充。

${w.toEdit}

</#if>
<#if problems?has_content><@w.causes "branch"/><#nt>

</#if>
## 三、下步工作打算

<#if nextFraming.milestone?has_content>${year + 1}年是${nextFraming.milestone}。</#if>${year + 1}年，支部将坚持以习近平新时代中国特色社会主义思想为指导，<#if nextFraming.plan?has_content>${nextFraming.plan}<#else>${nextFraming.guidance}</#if>，重点抓好以下工作：

### （一）严格执行组织生活制度。
${year + 1}年<@w.nextCalendar/>。支部书记年初拟定全年计划，<#if organisation.committee == "yes">组织委员逐月对照落实<#else>每月对照检查落实情况</#if>。

<#list problems as p>
### （${w.cn[p?index + 1]}）<@w.planLead p/>。
<@w.planText p "branch"/><@w.owner p/><#nt>

</#list>
<#assign more = 0>
<#if w.has("activist_training") || w.has("development_target") || w.has("new_member") || w.has("full_membership")>
<#assign more = 1>
### （${w.cn[problems?size + 1]}）加强党员队伍建设。
${k.teamPlan}，严格落实发展党员工作程序。由支部书记负责。

</#if>
### （${w.cn[problems?size + 1 + more]}）推动党建与${k.centre}融合。
${k.fusion}。<@w.centrePlan "branch"/>由支部书记负责。

<#if evidenceFiles gt 0>
（附：${year}年度党建工作台账，佐证材料${evidenceFiles}份）

</#if>
>> ${branch}

>> ${dated}
<#--
  The events of an activity in the branch's voice: what the 书记 logged of their own doing is said as theirs
  (5月书记陈立召开职工座谈会…), the rest as the members told it.
-->
<#macro byWhom f><#list f.moments as m><@who m f/><#sep>；</#list></#macro>
<#macro who m f><#if m.said?has_content && m.secretarys && w.agentive(m) && organisation.secretary?has_content>${m.month}书记${organisation.secretary}${m.said}<#else><@w.moment m f/></#if></#macro>
<#-- A count with the events members told of it; an activity of one month told in its words only (w.whole). -->
<#macro told items><#local counted = items?filter(f -> !w.whole(f))><#local inCount = w.byDay(counted)><#local wholes = w.byDay(items?filter(f -> w.whole(f)))><#if counted?has_content><@w.ledger counted/><#if inCount?has_content>，其中</#if><#list inCount as t><@who t.m t.f/><#sep>；</#list><#if wholes?has_content>；</#if></#if><#list wholes as t><@who t.m t.f/><#sep>；</#list></#macro>
<#-- One point of a themed part: what the records say, then the events members logged, in the branch's voice. -->
<#macro point p><#local f = p.facts[0]><#if p.ordinal?has_content>${p.ordinal}${leads[p.key]!"推进其他工作"}。</#if><#switch p.key>
<#case "committee">全年<@w.ledger p.facts/><#if f.everyMonth>，做到每月一次</#if>，集体研究支部重要事项。<#break>
<#case "planning"><#if f.moments?has_content && p.facts?size == 1><@byWhom f/><#else><@w.ledger p.facts/>，研究部署年度党建工作</#if>。<#break>
<#case "supervision"><@w.ledger p.facts/>，督促工作任务落实。<#break>
<#case "ideology"><@w.ledger p.facts/>，压实意识形态工作责任。<#break>
<#case "study"><#if organisation.said("第一议题")>落实“第一议题”制度，</#if><#if p.facts?filter(x -> !w.whole(x))?has_content>${w.period}<@w.ledger p.facts/><@w.attendance p.facts/><#list p.facts?filter(x -> x.moments?has_content) as x><#if x?is_first>，其中</#if><@w.moments x/><#sep>；</#list><#else><#list p.facts as x><@w.moments x/><#sep>；</#list></#if>。<#break>
<#case "training"><@told p.facts/>。<#break>
<#case "red_education"><#list p.facts?filter(x -> x.moments?has_content) as x><@w.moments x/><#sep>；</#list><#if !p.facts?filter(x -> x.moments?has_content)?has_content><@w.ledger p.facts/></#if>，用红色资源开展党性教育。<#break>
<#case "study_notes">党员<@w.ledger p.facts/>，交流学习收获。<#break>
<#case "meetings">${w.period}<@w.ledger p.facts/><#if w.has("party_lecture") && w.fact("party_lecture").topics?has_content><#assign pl = w.fact("party_lecture")><#if pl.moreThanTopics>，题目有${pl.quotedTopics}等<#else>，题目${(pl.topics?size gt 1)?then("分别为", "为")}${pl.quotedTopics}</#if></#if><#if w.has("integrity_lecture")>（另讲廉政党课${w.fact("integrity_lecture").quantity}，计入“三会一课”）</#if><@w.attendance p.facts/>。<@w.completed/><#break>
<#case "theme_day"><#if f.everyMonth>坚持每月固定党日，</#if>${w.period}<@w.ledger p.facts/><@w.chronicle f parts?filter(x -> x.section == "service")?has_content/>。<#break>
<#case "political_life"><#if w.has("organizational_life_meeting")>${w.fact("organizational_life_meeting").monthsLabel}</#if><@w.ledger p.facts/>，开展批评与自我批评<#if w.has("organizational_life_meeting")><#list w.fact("organizational_life_meeting").chronicle?filter(m -> m.said?has_content) as m>，${m.said}</#list></#if><#if w.has("heart_to_heart_talk") && partyMembers gt 0 && w.fact("heart_to_heart_talk").count gte partyMembers>，谈心谈话覆盖全体党员</#if>。<#break>
<#case "election">按照《中国共产党基层组织选举工作条例》规定的程序，${f.monthsLabel}完成支部换届选举。<#break>
<#case "development"><#list p.facts as x>${x.monthsLabel}${w.verb(x)}${w.noun(x)}${x.quantity}<#sep>，</#list>，坚持把政治标准放在首位。<#break>
<#case "education"><@told p.facts/>。<#break>
<#case "dues">${w.period}收缴党费${f.quantity}<#if f.everyMonth>，做到按月收缴、及时上缴</#if>。<#break>
<#case "commendation"><@told p.facts/>。<#break>
<#case "warning"><@told p.facts/>。<#break>
<#case "reminders"><@told p.facts/>。<#break>
<#case "deeds"><@w.ledger p.facts/><#if f.moments?has_content>：<@byWhom f/></#if>。<#break>
<#case "volunteer"><@told p.facts/>。<#break>
<#case "research"><@told p.facts/>。<#break>
<#case "publicity"><@w.ledger p.facts/>。<#break>
<#case "rectification"><@w.ledger p.facts/>。<#break>
<#default><@w.ledger p.facts/>。</#switch></#macro>
