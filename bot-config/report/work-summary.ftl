<#--
  党建工作总结: the branch speaks. The lines this template writes become the draft (see DraftText):
  blank lines separate blocks; "# " title, "## " heading, "### " a （一） heading that opens the lines after it,
  "**…**" a bold claim, "[图] " the chart and its caption, ">> " a line set to the right. Wording shared with the
  duty report lives in phrases.ftl.
-->
<#import "phrases.ftl" as w>
# ${branch}${year}年度党建工作总结

<#if yearComplete>${year}年<#else>${year}年以来</#if>，${branch}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，全面落实新时代党的建设总要求，以提升组织力为重点，突出政治功能，扎实推进支部各项工作。现将${year}年度党建工作总结如下<#if !yearComplete>（统计截至${throughText}）</#if>：

## 一、主要工作

<#list parts as part>
### （${part.number}）<#switch part.section><#case "responsibility">压实管党治党责任，推动党建工作落地落实<#break><#case "theory">坚持学思践悟，持续深化理论武装<#break><#case "organization">严肃党内政治生活，全面加强组织建设<#break><#case "integrity">加强党风廉政建设，持之以恒正风肃纪<#break><#case "service">践行初心使命，扎实为群众办实事<#break><#case "rectification">坚持问题导向，抓好整改落实<#break><#default>扎实推进各项工作</#switch>。
<#list part.points as p><@w.point p/></#list><#nt>

<#if part.section == "organization" && chart.shown>
[图] 图1　${year}年“三会一课”和主题党日开展情况（按月）

</#if>
</#list>
<#if !parts?has_content>
经查，党建助手中未记录本支部${year}年度开展的活动，主要工作请根据实际补充。${w.toEdit}

</#if>
## 二、存在的不足

<#if parts?has_content>在肯定成绩的同时，支部工作还存在一些不足，主要表现在：<#else>对照上级要求，支部工作还存在一些不足，主要表现在：</#if>

<#list problems as p>
**${p.ordinal}<@w.problemLead p/>。**<@w.problemDetail p/>

</#list>
<#list 0..<generalProblems as i>
**${w.cn[problems?size + i]}是${w.general[i][0]}。**${w.general[i][1]}${w.toEdit}

</#list>
## 三、下一步工作打算

${year + 1}年，支部将坚持以习近平新时代中国特色社会主义思想为指导，围绕中心、建设队伍、服务群众，针对存在的不足，重点抓好以下工作：

<#list problems as p>
### （${w.cn[p?index]}）<@w.planLead p/>。
<@w.planText p/><#nt>

</#list>
<#list 0..<generalProblems as i>
### （${w.cn[problems?size + i]}）${w.general[i][2]}。
${w.general[i][3]}${w.toEdit}

</#list>
>> ${branch}

>> ${dated}
