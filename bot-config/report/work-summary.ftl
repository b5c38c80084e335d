<#--
  党建工作总结: the branch speaks (支部…), organised by work area, never 本人. It is filed with the 台账, so the
  三会一课 completion table follows the organisation part.
  The lines this template writes become the draft (see DraftText): blank lines separate blocks; "# " title, "## "
  heading, "### " a （一） heading that opens the lines after it, "**…**" a bold claim, "[表] " the 三会一课 table,
  ">> " the signature and date. Wording shared with the duty report lives in phrases.ftl.
-->
<#import "phrases.ftl" as w>
# ${branch}${year}年度党建工作总结

<#if framing.milestone?has_content>${year}年是${framing.milestone}。</#if><#if yearComplete>一年来<#else>今年以来</#if>，${branch}坚持以习近平新时代中国特色社会主义思想为指导，${framing.guidance}，全面落实新时代党的建设总要求，以提升组织力为重点，突出政治功能，扎实推进支部各项工作。现将${year}年度党建工作总结如下<#if !yearComplete>（数据统计至${throughText}）</#if>：

## 一、主要工作

<#list parts as part>
### （${part.number}）<#switch part.section><#case "politics">加强政治建设，压实管党治党主体责任<#break><#case "theory">坚持学思践悟，持续深化理论武装<#break><#case "organization">严肃党内政治生活，全面加强组织建设<#break><#case "integrity">加强党风廉政建设，持之以恒正风肃纪<#break><#case "service">服务中心大局，扎实为群众办实事<#break><#case "rectification">坚持问题导向，抓好整改落实<#break><#case "carried">抓好上年度问题整改，推动问题动态清零<#break><#default>扎实推进各项工作</#switch>。
<#if part.section == "carried"><@w.carriedText "branch"/><#else><@w.intro part.section "branch"/><#list part.points as p><@w.point p "branch"/></#list><@w.partHighlights part/></#if><#nt>

<#if part.section == "organization" && table.shown>
[表] 表1　${year}年“三会一课”和主题党日开展情况（按月）

</#if>
</#list>
<#if !parts?has_content>
经查，党建助手中未记录本支部${year}年度开展的活动，主要工作请根据实际补充。${w.toEdit}

</#if>
## 二、存在的问题及原因

<#if parts?has_content>在肯定成绩的同时，对照上级要求，支部工作还存在一些不足，主要表现在：<#else>对照上级要求，支部工作还存在一些不足，主要表现在：</#if>

<#list problems as p>
**${p.ordinal}<@w.problemLead p/>。**<@w.problemDetail p/>

</#list>
<#list 0..<generalProblems as i>
**${w.cn[problems?size + i]}是${w.general[i][0]}。**${w.general[i][1]}${w.toEdit}

</#list>
<@w.causes "branch"/><#nt>

## 三、下步工作打算

<#if nextFraming.milestone?has_content>${year + 1}年是${nextFraming.milestone}。</#if>支部将坚持以习近平新时代中国特色社会主义思想为指导，${nextFraming.guidance}，围绕中心、建设队伍、服务群众，针对存在的不足，重点抓好以下工作：

### （一）坚持政治引领，深化理论武装。
把学习贯彻${nextFraming.focus}作为首要政治任务，落实“第一议题”制度，通过集中学习、专题研讨、党课辅导等形式，推动党员干部学深悟透、学以致用。

### （二）严格组织生活，夯实支部基础。
严格执行《中国共产党支部工作条例（试行）》，${year + 1}年<@w.nextCalendar/>。支委会年初制定全年计划，逐月对照落实，确保规定动作不缺项、不走样。

<#list problems as p>
### （${w.cn[p?index + 2]}）<@w.planLead p/>。
<@w.planText p/><#nt>

</#list>
<#list 0..<generalProblems as i>
### （${w.cn[problems?size + i + 2]}）${w.general[i][2]}。
${w.general[i][3]}${w.toEdit}

</#list>
<#assign plans = 2 + problems?size + generalProblems>
<#list ["integrity", "service"] as section>
<#if w.factsOf(section)?has_content>
<@w.keepUp section "branch" w.cn[plans]/><#nt>
<#assign plans = plans + 1>

</#if>
</#list>
>> ${branch}

>> ${dated}
