<#--
  Words that depend on the kind of organisation a branch lives in (kind in branches.yml, per branch or in defaults).
  A factory's branch writes of 生产经营 and 职工, a village's of 乡村振兴 and 群众, a 机关's of 业务工作. Change them
  freely, add a kind by adding an entry; a branch whose kind is not configured, or not listed here, gets "".
  Each entry:
    centre     the work the branch serves (党建与<centre>融合, 围绕<centre>)
    people     whom its members serve (服务<people>)
    members    how its members are called where a sentence names them as a group
    aim        the standing goal of its party building, said in the opening and the plans
    bulwark    what the branch is to be (战斗堡垒 everywhere; words around it differ)
    busy       the objective condition behind gaps in organisational life: a cause to be checked, not a fact
    fusion     the plan that ties party work to the organisation's own work
    serve      the plan for serving the people around it
    integrity  how clean-governance work is said (八项规定 is said only where a member or highlight said it)
-->
<#assign kinds = {
  "机关": {
    "centre": "业务工作", "people": "群众", "members": "党员干部",
    "aim": "建设让党中央放心、让人民群众满意的模范机关",
    "bulwark": "发挥支部战斗堡垒作用和党员先锋模范作用，推动党建与业务同部署、同落实",
    "busy": "支部党员大多承担繁重的业务工作，集中开展组织生活的时间不易统筹",
    "fusion": "把党建工作与业务工作同谋划、同部署、同检查，以党建成效推动业务工作提质增效",
    "serve": "立足岗位职责为服务对象和群众办实事、解难题",
    "integrity": "教育党员干部严守纪律规矩、廉洁用权"
  },
  "国有企业": {
    "centre": "生产经营", "people": "职工群众", "members": "党员",
    "aim": "把党的政治优势、组织优势转化为企业的发展优势",
    "bulwark": "发挥支部战斗堡垒作用，引导党员在生产经营一线当先锋、作表率",
    "busy": "党员分布在生产经营一线，倒班作业多，集中开展组织生活的时间不易统筹",
    "fusion": "围绕生产经营任务开展党员先锋岗、党员责任区等活动，把党建成效体现到安全生产和提质增效上",
    "serve": "关心职工急难愁盼，推动解决职工身边的具体问题",
    "integrity": "聚焦采购、工程等关键环节加强廉洁教育"
  },
  "非公企业": {
    "centre": "生产经营", "people": "职工", "members": "党员",
    "aim": "以党建引领企业健康发展，促进职工与企业共同成长",
    "bulwark": "发挥支部政治引领作用和党员先锋模范作用，团结凝聚职工推动企业发展",
    "busy": "党员分散在各班组和岗位，生产任务重、倒班多，集中开展组织生活的时间不易统筹",
    "fusion": "围绕企业生产经营开展党员示范岗、技术攻关、安全生产等活动，把党建工作融入企业发展",
    "serve": "倾听职工意见建议，帮助职工解决工作和生活中的实际困难",
    "integrity": "教育党员遵纪守法、诚信经营，自觉抵制不正之风"
  },
  "农村": {
    "centre": "乡村振兴", "people": "群众", "members": "党员",
    "aim": "以党建引领乡村振兴，建设宜居宜业和美乡村",
    "bulwark": "发挥村党支部战斗堡垒作用，带领党员群众共同致富",
    "busy": "农村党员年龄偏大、外出务工多，农忙时节集中开展组织生活的时间不易统筹",
    "fusion": "围绕产业发展、人居环境整治和乡风文明建设，引导党员带头致富、带领群众致富",
    "serve": "经常走访困难群众和老党员，帮助群众解决生产生活中的实际困难",
    "integrity": "推进村务公开和民主管理，教育党员干部廉洁用权"
  },
  "社区": {
    "centre": "社区治理", "people": "居民", "members": "党员",
    "aim": "以党建引领基层治理，建设和谐宜居社区",
    "bulwark": "发挥社区党组织战斗堡垒作用，凝聚在职党员和居民共建共治",
    "busy": "社区党员中退休党员和流动党员较多，集中开展组织生活的时间不易统筹",
    "fusion": "把党建工作融入网格治理和为民服务，推动在职党员到社区报到服务",
    "serve": "围绕居民急难愁盼开展志愿服务，做好一老一小和困难群众的关心关爱",
    "integrity": "教育党员廉洁自律，推进居务公开"
  },
  "学校": {
    "centre": "教育教学", "people": "师生", "members": "党员教师",
    "aim": "坚持立德树人，以高质量党建引领学校高质量发展",
    "bulwark": "发挥支部战斗堡垒作用和党员教师先锋模范作用，把党建工作融入教书育人全过程",
    "busy": "党员教师承担教学任务较重，集中开展组织生活的时间不易统筹",
    "fusion": "把党建工作与教育教学、师德师风建设结合起来，推动党员教师在教学科研中当先锋",
    "serve": "关心师生学习工作生活，帮助解决师生身边的实际问题",
    "integrity": "加强师德师风和廉洁从教教育"
  },
  "事业单位": {
    "centre": "业务工作", "people": "服务对象", "members": "党员",
    "aim": "以党建引领提升公益服务水平",
    "bulwark": "发挥支部战斗堡垒作用和党员先锋模范作用，推动党建与业务工作深度融合",
    "busy": "支部党员承担的业务工作较多，集中开展组织生活的时间不易统筹",
    "fusion": "把党建工作与业务工作同部署、同落实，以党建成效推动公益服务提质增效",
    "serve": "立足岗位为服务对象办实事、解难题",
    "integrity": "加强廉洁从业教育，严守纪律规矩"
  },
  "": {
    "centre": "中心工作", "people": "群众", "members": "党员",
    "aim": "以高质量党建推动各项工作",
    "bulwark": "发挥支部战斗堡垒作用和党员先锋模范作用",
    "busy": "支部党员工作任务较重，集中开展组织生活的时间不易统筹",
    "fusion": "把党建工作与中心工作同部署、同落实，以党建成效推动中心工作",
    "serve": "立足岗位为群众办实事、解难题",
    "integrity": "教育党员严守纪律规矩"
  }
}>
<#assign k = kinds[organisation.kind]!kinds[""]>
