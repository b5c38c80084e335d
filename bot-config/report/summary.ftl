<#--
  The short chat message sent with the Word draft: the key counts and the problems found. DingTalk Markdown:
  headings, bold, lists; no tables.
-->
<#import "phrases.ftl" as w>
#### ${branch}${year}年度${kindName}（草稿）

<#if recordCount == 0>
党建助手中尚无本支部${year}年度的活动记录，草稿只列出了框架，请根据实际补充。
<#else>
${year}年<#if !yearComplete>1月1日至${throughText}</#if>共记录活动${recordCount}条，主要有：

<#list (keyFacts?has_content)?then(keyFacts, facts?values) as f>
<#if f?index lt 8>
- ${f.name}${f.quantity}<#if f.participants gt 0 && f.unit == "次">，参加${f.participants}人次</#if>
</#if>
</#list>
</#if>

**发现的问题**

<#list problems as p>
${p?counter}. <@w.problemLead p/>：<@w.problemDetail p/>
</#list>
<#if !problems?has_content>
对照支部的规定动作，${w.period}未发现缺项。
</#if>

完整草稿见随后发送的Word文件。数字均来自支部的活动记录，请核实、补充后使用。
