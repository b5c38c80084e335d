<#--
  述职报告: what the secretary did as the branch's 第一责任人 and where they fell short, read aloud at the 述职评议
  meeting. 本人 throughout: the secretary's own acts first and mostly (the lectures they gave, the meetings they
  chaired, the talks they held), the branch's work in one sentence per part, few numbers, no completion rate and no
  table. It opens, as the seeds do, with what became of last year's 述职评议 problems.
  The lines this template writes become the draft (see DraftText): blank lines separate blocks; "# " title, "## "
  heading, "### " a （一） heading that opens the lines after it, "**…**" a bold claim, ">> " the signature and date.
  Shared wording lives in phrases.ftl, words by kind of organisation in kinds.ftl.
-->
<#import "phrases.ftl" as w>
<#assign k = w.k>
<#function highlightsOf sections><#local found = []><#list parts as part><#if sections?seq_contains(part.section)><#local found = found + part.highlights></#if></#list><#return found></#function>
<#function present keys><#return keys?filter(x -> w.has(x))?map(x -> w.fact(x))></#function>
<#function mine key><#return w.has(key) && w.fact(key).own gt 0></#function>
<#assign lectures = w.has("party_lecture")?then(w.fact("party_lecture").moments?filter(m -> m.secretarys), [])>
<#assign theory = present(["central_group_study", "collective_study", "seminar", "reading_class", "expert_lecture", "knowledge_test", "red_education", "study_notes"])>
<#assign branchMeetings = present((organisation.predecessor?has_content && organisation.committee != "no")?then(["branch_committee_meeting"], []) + ["branch_member_meeting", "party_group_meeting", "theme_party_day"])?filter(f -> f.key != "branch_member_meeting" || f.own lt f.count)>
<#assign team = present(["activist_training", "development_target", "new_member", "full_membership"])>
<#assign clean = present(["warning_education", "integrity_lecture", "integrity_talk", "commitment_letter"])>
<#assign care = present(["member_training", "political_birthday", "care_visit", "commendation"])>
<#assign service = present(["practical_deed", "volunteer_service", "field_research", "research_report", "publicity_article"])>
<#assign onTime = completion.required gt 0 && completion.met == completion.required>
<#-- a 书记 who took over during the year tells their own acts since then, the branch's for the whole year -->
<#assign ownPeriod = organisation.predecessor?has_content?then("任职以来", w.period)>
# ${branch}书记
${year}年度抓党建工作述职报告

<#if framing.milestone?has_content>${year}年是${framing.milestone}。</#if><#if organisation.predecessor?has_content>本人自${organisation.secretaryFrom}起任${branch}书记，此前由${organisation.predecessor}同志任书记并主持支部工作，本报告一并述及支部全年工作。<#else>${yearComplete?then("一年来", "今年以来")}，</#if>本人带领<#if partyMembers gt 0>支部${partyMembers}名党员<#else>支部党员</#if>，围绕${k.centre}抓党建，${k.aim}，履行支部书记抓党建工作第一责任人职责。现将本人${year}年度抓党建工作情况报告如下<#if !yearComplete>（数据统计至${throughText}）</#if>：
<@w.notices/><#nt>

## 一、上年度述职评议问题整改情况

<#if carried?has_content>
<@w.carriedText "duty"/><#nt>

<#else>
${k.review}及本人的整改情况，党建助手中没有记录，请据实补充：问题是什么，采取了哪些措施，目前是否整改到位。

${w.toEdit}

</#if>
## 二、履职情况

<#assign n = 0>
<#if lectures?has_content || theory?has_content || highlightsOf(["theory"])?has_content>
<#assign n = n + 1>
### （${w.cn[n - 1]}）${k.studyHead}。
${k.study}。<#if lectures?has_content>本人${ownPeriod}为党员讲党课${w.fact("party_lecture").own}次：<#list lectures as m>${m.month}讲${m.quotedTopic}<#sep>，</#list><#if w.fact("party_lecture").own gt lectures?size>等</#if>。<#elseif mine("party_lecture")>本人${ownPeriod}为党员讲党课${w.fact("party_lecture").own}次。</#if><#if theory?has_content>在本人推动下，支部<#if organisation.said("第一议题")>落实“第一议题”制度，</#if><#if theory?filter(f -> !w.whole(f))?has_content>${w.period}</#if><@w.tell theory/>。</#if><#list highlightsOf(["theory"]) as h>${h}。</#list>

</#if>
<#assign n = n + 1>
### （${w.cn[n - 1]}）${k.lifeHead}。
${k.life}，<#if organisation.committee == "yes">重要工作提交支委会集体研究，</#if>日常工作亲自安排、亲自督促。<#assign chairsCommittee = w.has("branch_committee_meeting") && organisation.committee != "no" && !organisation.predecessor?has_content><#if chairsCommittee || mine("branch_member_meeting")>本人主持召开<#if chairsCommittee>支委会${w.fact("branch_committee_meeting").count}次<#if w.fact("branch_committee_meeting").everyMonth>（每月至少一次）</#if></#if><#if chairsCommittee && mine("branch_member_meeting")>、</#if><#if mine("branch_member_meeting")><#assign mm = w.fact("branch_member_meeting")>支部党员大会${mm.own}次<#if mm.months lte 4 && mm.own == mm.count>（${mm.monthsLabel}）</#if><#assign withLecture = mm.chronicle?filter(m -> m.alongside?seq_contains("party_lecture"))><#if withLecture?has_content>，其中<#list withLecture as m>${m.month}<#sep>、</#list>的会上同时讲党课</#if></#if>。<#assign decided = chairsCommittee?then(w.fact("branch_committee_meeting").chronicle?filter(m -> m.said?has_content), [])><#assign agenda = mine("branch_member_meeting")?then(w.fact("branch_member_meeting").chronicle?filter(m -> m.secretarys && m.said?has_content), [])><#if decided?has_content>支委会上，<#list decided as m>${m.month}${m.said}<#sep>，</#list><#if agenda?has_content>；<#else>。</#if></#if><#if agenda?has_content>党员大会上，<#list agenda as m>${m.month}${m.said}<#sep>，</#list>。</#if></#if><#if w.has("party_building_meeting")><#assign planned = w.fact("party_building_meeting").chronicle?filter(m -> m.secretarys && m.said?has_content)><#if planned?has_content>本人<#list planned as m>${m.month}${m.said}<#sep>；</#list>。<#else>${w.fact("party_building_meeting").monthsLabel}主持召开党建工作专题会议，<#if w.fact("party_building_meeting").topics?has_content>${w.fact("party_building_meeting").topics[0]}<#else>研究部署支部年度工作</#if>。</#if></#if><#if w.has("organizational_life_meeting")>${w.fact("organizational_life_meeting").monthsLabel}组织召开组织生活会，本人带头${k.check}开展批评与自我批评<#assign life = w.fact("organizational_life_meeting").chronicle?filter(m -> m.said?has_content)><#if life?has_content>，<#list life as m>${m.said}<#sep>，</#list></#if><#if w.has("democratic_evaluation")>，会后组织开展民主评议党员</#if>。<#elseif w.has("democratic_evaluation")>${w.fact("democratic_evaluation").monthsLabel}组织开展民主评议党员。</#if><#if mine("heart_to_heart_talk")><#assign talks = w.fact("heart_to_heart_talk")><#assign talked = talks.chronicle?filter(m -> m.secretarys && m.said?has_content)><#if talked?has_content>本人<#list talked as m>${m.month}${m.said}<#sep>；</#list>，共${talks.ownQuantity}<#if partyMembers gt 0 && talks.own gte partyMembers>，覆盖支部全体党员</#if>。<#else>本人<#if talks.own == talks.count && talks.months lte 2>${talks.monthsLabel}</#if>与党员谈心谈话${talks.ownQuantity}<#if partyMembers gt 0 && talks.own gte partyMembers>，覆盖支部全体党员</#if>，${k.talk}。</#if></#if><#if branchMeetings?has_content><#if chairsCommittee>在支委会推动下，</#if>支部${w.period}<@w.ledger branchMeetings/><#if w.has("theme_party_day")><@w.centreCounts/><@w.chronicle w.fact("theme_party_day") true/></#if>。<#if onTime>“三会一课”和主题党日均按期开展。</#if></#if><#if w.has("dues_collection")>党费${w.fact("dues_collection").everyMonth?then("按月收缴", "全年收缴" + w.fact("dues_collection").quantity)}<#if w.fact("dues_collection").everyMonth>，全年${w.fact("dues_collection").quantity}</#if>。</#if><#list highlightsOf(["politics", "organization", "rectification"]) as h>${h}。</#list><#if !w.has("branch_committee_meeting") && !w.has("party_building_meeting") && !w.has("organizational_life_meeting") && !w.has("democratic_evaluation") && !mine("heart_to_heart_talk") && !branchMeetings?has_content && !w.has("dues_collection") && !highlightsOf(["politics", "organization", "rectification"])?has_content>本人主持支部日常工作的情况，党建助手中尚无记录，请据实补充。</#if>

<#if !w.has("branch_committee_meeting") && !w.has("party_building_meeting") && !w.has("organizational_life_meeting") && !w.has("democratic_evaluation") && !mine("heart_to_heart_talk") && !branchMeetings?has_content && !w.has("dues_collection") && !highlightsOf(["politics", "organization", "rectification"])?has_content>
${w.toEdit}

</#if>
<#if team?has_content || care?has_content || clean?has_content || highlightsOf(["integrity"])?has_content>
<#assign n = n + 1>
### （${w.cn[n - 1]}）抓好队伍建设和作风建设。
${k.team}。<#if team?has_content>本人严把党员入口关，<#list team as f><#assign steps = f.chronicle?filter(m -> m.said?has_content)><#if steps?has_content><#list steps as m>${m.month}${m.said}<#sep>，</#list><#else>${f.monthsLabel}${w.verb(f)}${w.noun(f)}${f.quantity}</#if><#sep>，</#list>。</#if><#if care?has_content><#list care as f><#if f.own == f.count><#if f?is_first || care[f?index - 1].own != care[f?index - 1].count>本人</#if><#elseif f?is_first && !(w.whole(f) && f.moments?filter(m -> m.said?contains("支部"))?has_content)>支部</#if><#if w.whole(f)><@w.moments f/><#else>${w.verb(f)}${w.noun(f)}${f.quantity}<#if f.moments?has_content>，其中<@w.moments f/></#if></#if><#sep>；</#list>。</#if><#if mine("integrity_lecture")><#assign il = w.fact("integrity_lecture")><#if il.own == il.count && il.ownTopics?has_content>本人${il.monthsLabel}为党员讲廉政党课${il.ownTopics}。<#else>本人讲廉政党课${il.own}次。</#if></#if><#assign others = clean?filter(f -> f.key != "integrity_lecture" || f.own lt f.count)><#if others?has_content><#if !others?filter(f -> !w.whole(f))?has_content><@w.tell others/><#else>组织党员<@w.tell others/></#if>。</#if><#list highlightsOf(["integrity"]) as h>${h}。</#list>

</#if>
<#if service?has_content || highlightsOf(["service"])?has_content>
<#assign n = n + 1>
### （${w.cn[n - 1]}）带领党员服务${k.people}。
本人带领党员${k.serve}。<#assign ownDeeds = []><#list service as f><#assign ownDeeds = ownDeeds + f.moments?filter(m -> m.secretarys && m.said?has_content && w.agentive(m))></#list><#if ownDeeds?has_content>本人<#list ownDeeds?sort_by("day") as m>${m.month}${m.said}<#sep>；</#list>。<#elseif mine("field_research")>本人带头开展调查研究${w.fact("field_research").ownQuantity}。</#if><#assign others = service?filter(f -> f.key != "field_research" || f.own lt f.count)><#if others?has_content>支部<@w.ledger others/><#assign told = others?filter(f -> f.moments?filter(m -> !m.secretarys || !m.said?has_content || !w.agentive(m))?has_content)><#list told as f><#if f?is_first>：</#if><#list f.moments?filter(m -> !m.secretarys || !m.said?has_content || !w.agentive(m)) as m><@w.moment m f/><#sep>；</#list><#sep>；</#list>。</#if><#list highlightsOf(["service"]) as h>${h}。</#list>

</#if>
## 三、存在的问题及原因

<#list problems as p>
**${p.ordinal}<@w.problemLead p "duty"/>。**<@w.problemDetail p "duty"/>

</#list>
<#if !problems?has_content>
对照支部的规定动作，${yearComplete?then("全年", "截至" + throughText)}未发现缺项。本人履职中的不足，如理论学习的深度、党建与${k.centre}结合的紧密程度等，请据实补充。

${w.toEdit}

</#if>
<#if problems?has_content><@w.causes "duty"/><#nt>

</#if>
## 四、下步打算

<#if nextFraming.milestone?has_content>${year + 1}年是${nextFraming.milestone}。</#if>${year + 1}年，本人将<#if nextFraming.plan?has_content>${nextFraming.plan}<#else>把学习贯彻${nextFraming.focus}作为首要政治任务</#if>，重点做好以下工作：

### （一）带头学习，讲好党课。
<#if mine("party_lecture")>${year}年本人讲党课${w.fact("party_lecture").own}次，${year + 1}年</#if>本人每季度为党员讲一次党课，${k.lecturePlan}。

### （二）按计划抓好组织生活。
${year + 1}年<@w.nextCalendar/>。本人年初拟定全年计划，每月对照检查。

<#list problems as p>
### （${w.cn[p?index + 2]}）<@w.planLead p/>。
<@w.planText p "duty"/><#nt>

</#list>
<#assign more = 0>
<#if team?has_content>
<#assign more = 1>
### （${w.cn[problems?size + 2]}）抓好党员队伍建设。
${k.teamPlan}，发展党员严格按程序办理，本人负责把好政治关。

</#if>
### （${w.cn[problems?size + 2 + more]}）推动党建与${k.centre}融合。
${k.fusion}。<@w.centrePlan "duty"/>

>> ${branch}书记<#if organisation.secretary?has_content>　${organisation.secretary}</#if>

>> ${dated}
