<#--
  述职报告: the secretary speaks (本人…). The lines this template writes become the draft (see DraftText):
  blank lines separate blocks; "# " title, "## " heading, "### " a （一） heading that opens the lines after it,
  "**…**" a bold claim, "[图] " the chart and its caption, ">> " a line set to the right. Wording shared with the
  work summary lives in phrases.ftl.
-->
<#import "phrases.ftl" as w>
# ${branch}书记
${year}年度抓党建工作述职报告

<#if yearComplete>${year}年<#else>${year}年以来</#if>，本人坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，认真履行党支部书记抓党建工作第一责任人职责，团结带领支部党员扎实推进各项工作。现将本人${year}年度抓党建工作情况报告如下<#if !yearComplete>（统计截至${throughText}）</#if>：

## 一、履职情况

<#list parts as part>
### （${part.number}）<#switch part.section><#case "responsibility">履行第一责任人职责，从严从实抓好党建工作<#break><#case "theory">强化理论武装，筑牢思想根基<#break><#case "organization">严格落实组织制度，夯实基层组织基础<#break><#case "integrity">落实全面从严治党要求，营造风清气正良好氛围<#break><#case "service">坚持党建引领，践行为民服务宗旨<#break><#case "rectification">狠抓问题整改，推动党建工作提质增效<#break><#default>扎实推进各项工作</#switch>。
<#list part.points as p><@w.point p/></#list><#nt>

<#if part.section == "organization" && chart.shown>
[图] 图1　${year}年“三会一课”和主题党日开展情况（按月）

</#if>
</#list>
<#if !parts?has_content>
经查，党建助手中未记录本支部${year}年度开展的活动，履职情况请根据实际补充。${w.toEdit}

</#if>
## 二、存在问题

<#if parts?has_content><#if yearComplete>${year}年<#else>${year}年以来</#if>，本人抓党建工作取得了一定成效，但对照上级要求和党员群众期盼，还存在一些差距和不足：<#else>对照上级要求和党员群众期盼，本人抓党建工作还存在一些差距和不足：</#if>

<#list problems as p>
**${p.ordinal}<@w.problemLead p/>。**<@w.problemDetail p/>

</#list>
<#list 0..<generalProblems as i>
**${w.cn[problems?size + i]}是${w.general[i][0]}。**${w.general[i][1]}${w.toEdit}

</#list>
## 三、下步打算

${year + 1}年，本人将进一步提高政治站位，切实履行抓党建工作第一责任人职责，针对存在的问题，重点抓好以下工作：

<#list problems as p>
### （${w.cn[p?index]}）<@w.planLead p/>。
<@w.planText p/><#nt>

</#list>
<#list 0..<generalProblems as i>
### （${w.cn[problems?size + i]}）${w.general[i][2]}。
${w.general[i][3]}${w.toEdit}

</#list>
