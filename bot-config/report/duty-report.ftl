<#--
  述职报告: the secretary's own account as the branch's 第一责任人, read aloud at the 述职评议 meeting. 本人 throughout
  section 一: each part opens with what the secretary did in person (主持召开支委会, 带头讲党课, 以普通党员身份参加组织生活会,
  带头谈心谈话), then the branch's work. No table: it is read, not filed.
  The lines this template writes become the draft (see DraftText): blank lines separate blocks; "# " title, "## "
  heading, "### " a （一） heading that opens the lines after it, "**…**" a bold claim, "[表] " the 三会一课 table,
  ">> " the signature and date. Wording shared with the work summary lives in phrases.ftl.
-->
<#import "phrases.ftl" as w>
# ${branch}书记
${year}年度抓党建工作述职报告

<#if framing.milestone?has_content>${year}年是${framing.milestone}。</#if><#if yearComplete>一年来<#else>今年以来</#if>，本人坚持以习近平新时代中国特色社会主义思想为指导，${framing.guidance}，认真履行党支部书记抓党建工作第一责任人职责，团结带领支部党员扎实推进各项工作<#if highlights?has_content>，支部建设取得新的进展</#if>。现将本人${year}年度抓党建工作情况报告如下<#if !yearComplete>（数据统计至${throughText}）</#if>：

## 一、履职情况

<#list parts as part>
### （${part.number}）<#switch part.section><#case "politics">扛牢政治责任，从严从实履行管党治党主体责任<#break><#case "theory">带头强化理论武装，筑牢思想根基<#break><#case "organization">严格落实组织制度，夯实基层组织基础<#break><#case "integrity">落实全面从严治党要求，营造风清气正良好氛围<#break><#case "service">坚持党建引领，践行为民服务宗旨<#break><#case "rectification">狠抓问题整改，推动党建工作提质增效<#break><#case "carried">抓好上年度问题整改，推动问题动态清零<#break><#default>扎实推进各项工作</#switch>。
<#if part.section == "carried"><@w.carriedText "duty"/><#else><@w.own part/><#list part.points as p><@w.point p "duty"/></#list><@w.partHighlights part/></#if><#nt>

</#list>
<#if !parts?has_content>
经查，党建助手中未记录本支部${year}年度开展的活动，履职情况请根据实际补充。${w.toEdit}

</#if>
## 二、存在的问题及原因

<#if parts?has_content>${year}年，本人履行抓党建工作职责取得了一定成效，但对照上级要求和党员群众期盼，还存在一些差距和不足，主要表现在：<#else>对照上级要求和党员群众期盼，本人抓党建工作还存在一些差距和不足，主要是：</#if>

<#list problems as p>
**${p.ordinal}<@w.problemLead p/>。**<@w.problemDetail p/>

</#list>
<#list 0..<generalProblems as i>
**${w.cn[problems?size + i]}是${w.general[i][0]}。**${w.general[i][1]}${w.toEdit}

</#list>
<@w.causes "duty"/><#nt>

## 三、下步打算

<#if nextFraming.milestone?has_content>${year + 1}年是${nextFraming.milestone}。</#if>本人将坚持以习近平新时代中国特色社会主义思想为指导，${nextFraming.guidance}，切实履行抓党建工作第一责任人职责，针对存在的问题，重点抓好以下工作：

### （一）强化政治引领，推动学习往深里走。
把学习贯彻${nextFraming.focus}作为首要政治任务，落实“第一议题”制度，本人带头讲好专题党课，推动支部党员学深悟透、学以致用。

### （二）对标年度任务，抓实组织生活制度。
按照《中国共产党支部工作条例（试行）》，${year + 1}年<@w.nextCalendar/>。年初制定全年计划，本人逐月对照检查，确保规定动作不缺项、不走样。

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
<@w.keepUp section "duty" w.cn[plans]/><#nt>
<#assign plans = plans + 1>

</#if>
</#list>
>> ${branch}书记

>> ${dated}
