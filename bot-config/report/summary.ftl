<#--
  The short chat message sent with the Word draft: what kind of document it is, the key counts, what is notable
  (发展党员, highlights), the problems found and last year's rectification. DingTalk Markdown: headings, bold, lists;
  no tables.
-->
<#import "phrases.ftl" as w>
#### ${branch}${year}年度${kindName}（草稿）

<#if kind == "duty-report">
述职报告以书记本人口吻写成：每部分先写本人履职（主持召开支委会、带头讲党课、带头谈心谈话等），再写支部工作，适合在述职评议会上宣读。
<#else>
工作总结以支部口吻按工作领域写成，附“三会一课”和主题党日按月完成情况表，可直接归入党建工作台账。
</#if>

<#if recordCount == 0>
党建助手中尚无本支部${year}年度的活动记录，草稿只列出了框架，请根据实际补充。
<#else>
${year}年<#if !yearComplete>1月1日至${throughText}</#if>共记录活动${recordCount}条（${eventCount}项活动，一条消息记下的为一项）<#if !yearComplete>，数据统计至上月底；${openMonth}月的活动在月底后重新生成草稿即可计入</#if>，主要有（括号内是每个数字所依据的记录编号和日期，管理后台的草稿数据也逐项列出）：

<#list (keyFacts?has_content)?then(keyFacts, facts?values) as f>
<#if f?index lt 8>
- ${f.name}${f.quantity}<#if f.sessions gt 0>，<#if f.count gt 1>平均每次</#if>参加${f.average}人</#if>（${f.recordsLabel}）
</#if>
</#list>
</#if>

<#assign development = ["activist_training", "development_target", "new_member", "full_membership"]?filter(k -> facts[k]??)>
<#if development?has_content || highlights?has_content>
**值得写进草稿的**

<#if development?has_content>
- 发展党员工作：<#list development as k>${w.verb(facts[k])}${w.noun(facts[k])}${facts[k].quantity}（${facts[k].recordsLabel}）<#sep>，</#list>
</#if>
<#list highlights as h>
- 亮点：${md(h)}
</#list>
</#if>

**发现的问题**

<#list problems as p>
${p?counter}. <@w.problemLead p/>：<@w.problemDetail p/>
</#list>
<#if !problems?has_content>
对照支部的规定动作，<#if yearComplete>全年</#if>未发现缺项。
</#if>
<#if carried?has_content>

**上年度问题整改**

<#list carried as c>
- <@w.carriedBefore c/>：<#if c.met>已整改（<@w.carriedNow c/>）<#else>仍需整改（<@w.carriedNow c/>）</#if>
</#list>
</#if>

完整草稿见随后发送的Word文件。数字均来自支部的活动记录，标有“【请根据实际修改】”的内容请核实、补充后使用。
