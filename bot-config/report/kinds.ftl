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
    study, life, team   what the secretary puts first in a 述职报告's parts on study, organisational life and the
               members (本人把…): a stance, never a claim the records could contradict
    politics, theory, organise   how a 工作总结's parts on political building, study and organisational life open
    slack      the secretary's own cause behind missed meetings, for 原因分析 (marked for the secretary to check)
    absent     why members may have missed a meeting, where attendance dipped (a cause to be checked)
    timing     when to hold meetings so that members can come, for the plans
    gaps       the branch's own cause behind missed meetings, for a 工作总结's 原因分析 (to be checked)
    studyHead, lifeHead   the headings of a 述职报告's parts on study and on organisational life
    lecturePlan, teamPlan   next year's plans for the secretary's lectures and for the members' education
    talk       what the secretary learns in talks with the members (谈心谈话，…)
    check      what members hold themselves against at the 组织生活会 (本人带头…对照检查)
    review     who held last year's 述职评议, for the part the secretary fills in on its 整改
    dayEffect  what a month without a 主题党日 costs this kind of branch, in the problems
    concerns   what this kind of organisation's year is about: a theme day whose topic or members' words hold one
               of a concern's words is told under the concern's lead in the part on serving the centre (the
               工作总结) and counted there (the 述职报告); the first concern that matches takes it
-->
<#assign kinds = {
  "机关": {
    "centre": "业务工作", "people": "群众", "members": "党员干部",
    "aim": "建设让党中央放心、让人民群众满意的模范机关",
    "bulwark": "发挥支部战斗堡垒作用和党员先锋模范作用，推动党建与业务同部署、同落实",
    "busy": "支部党员大多承担繁重的业务工作，征期、专项检查期间人员难以集中",
    "fusion": "把党建工作与业务工作同谋划、同部署、同检查，以党建成效推动业务工作提质增效",
    "serve": "立足岗位职责为服务对象和群众办实事、解难题",
    "integrity": "教育党员干部严守纪律规矩、廉洁用权",
    "study": "本人把带头学、带头讲作为第一责任人的首要职责，推动党员干部把学习成果转化为履职尽责的本领",
    "life": "本人把支部建设作为机关党建的基础工程，严格执行组织生活制度",
    "team": "本人坚持从严管理党员、从严要求自己，带头遵守机关纪律和廉洁从政各项规定",
    "politics": "支部把党的政治建设摆在首位，引导党员干部在履职尽责中体现对党忠诚",
    "theory": "支部坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，把理论学习同业务学习结合起来",
    "organise": "支部以建设模范机关为目标，按照《中国共产党支部工作条例（试行）》规范组织生活",
    "slack": "有时把党建当作业务之外的工作，抓业务的劲头比抓党建足",
    "lecturePlan": "结合机关业务工作中的实际问题确定党课题目，讲给身边的党员干部听",
    "teamPlan": "严格党员日常教育管理，引导党员干部在业务工作中当标兵、作表率",
    "studyHead": "带头学习，推动党员干部学思践悟",
    "lifeHead": "履行第一责任人职责，建设模范机关支部",
    "absent": "部分党员因出差、值班等原因缺席",
    "timing": "避开业务集中办理时段",
    "gaps": "组织生活让位于业务工作的情况时有发生，出现缺项后未能及时补上",
    "talk": "了解党员干部的思想状况、工作压力和家庭困难",
    "check": "对照党章党规和岗位职责",
    "review": "上年度机关党委述职评议指出的问题",
    "dayEffect": "机关党员走出办公室、联系服务群众的机会随之减少",
    "concerns": [{"name": "服务群众", "words": ["社区", "群众", "居民", "义诊", "理发", "诈骗"], "lead": "组织党员走出机关、走进社区，为群众做实事"}, {"name": "业务工作", "words": ["纳税人", "办税", "营商", "窗口", "审批", "业务"], "lead": "把党员作用体现在业务一线"}]
  },
  "国有企业": {
    "centre": "生产经营", "people": "职工群众", "members": "党员",
    "aim": "把党的政治优势、组织优势转化为企业的发展优势",
    "bulwark": "发挥支部战斗堡垒作用，引导党员在生产经营一线当先锋、作表率",
    "busy": "党员分布在生产经营一线，倒班作业多，全体党员能同时离岗的时段很少",
    "fusion": "围绕生产经营任务开展党员先锋岗、党员责任区等活动，把党建成效体现到安全生产和提质增效上",
    "serve": "关心职工急难愁盼，推动解决职工身边的具体问题",
    "integrity": "聚焦采购、工程等关键环节加强廉洁教育",
    "study": "本人把带头学、带头讲作为第一责任人的首要职责，推动党员把学习成果转化为干事创业、提质增效的实际行动",
    "life": "本人坚持把支部建在生产经营一线，严格执行组织生活制度",
    "team": "本人坚持从严管理党员、从严要求自己，在生产经营各环节守住廉洁底线",
    "politics": "支部把党的政治建设摆在首位，引导党员在完成生产经营任务中体现政治担当",
    "theory": "支部坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，学习与生产经营实践相结合",
    "organise": "支部按照《中国共产党支部工作条例（试行）》开展组织生活，把组织生活与生产经营任务统筹安排",
    "slack": "有时以生产经营任务重为由，把支部活动往后放",
    "lecturePlan": "结合生产经营和安全生产中的实际问题确定党课题目",
    "teamPlan": "把生产经营骨干培养成党员、把党员培养成生产经营骨干",
    "studyHead": "带头学习，用党的创新理论武装一线党员",
    "lifeHead": "履行第一责任人职责，把支部建在生产经营一线",
    "absent": "部分党员因倒班、生产任务等原因缺席",
    "timing": "结合生产计划和班次安排活动时间",
    "gaps": "组织生活与生产经营计划衔接不够，出现缺项后未能及时补上",
    "talk": "了解党员在岗位上的思想动态和工作生活中的困难",
    "check": "对照党员标准和岗位履职情况",
    "review": "上年度企业党委述职评议指出的问题",
    "dayEffect": "党员在生产一线亮身份、作表率的载体随之减少",
    "concerns": [{"name": "安全生产", "words": ["安全", "隐患", "消防", "演练"], "lead": "把安全生产作为党员责任区的首要内容"}, {"name": "提质增效", "words": ["技术", "比武", "攻关", "示范岗", "降本", "提质", "技能"], "lead": "以党员先锋岗带动提质增效"}]
  },
  "非公企业": {
    "centre": "生产经营", "people": "职工", "members": "党员",
    "aim": "以党建引领企业健康发展，促进职工与企业共同成长",
    "bulwark": "发挥支部政治引领作用和党员先锋模范作用，团结凝聚职工推动企业发展",
    "busy": "企业实行倒班生产，党员分在不同车间和班组，生产旺季全体党员很难同时离岗",
    "fusion": "围绕企业生产经营开展党员示范岗、技术攻关、安全生产等活动，把党建工作融入企业发展",
    "serve": "倾听职工意见建议，帮助职工解决工作和生活中的实际困难",
    "integrity": "教育党员遵纪守法、诚信经营，自觉抵制不正之风",
    "study": "本人把带头学、带头讲作为第一责任人的首要职责，引导党员在学习中坚定理想信念、在岗位上发挥先锋作用",
    "life": "本人坚持在企业生产经营中抓支部建设，组织生活与生产安排统筹考虑",
    "team": "本人坚持从严管理党员、从严要求自己，带头遵纪守法、诚信经营",
    "politics": "支部把党的政治建设摆在首位，发挥政治引领作用，引导企业依法经营、健康发展",
    "theory": "支部坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，学习安排兼顾生产节奏和党员实际",
    "organise": "支部按照《中国共产党支部工作条例（试行）》开展组织生活，在党员岗位分散、生产任务重的情况下坚持按计划开展",
    "slack": "有时以生产任务重为由，把支部活动往后推",
    "lecturePlan": "结合企业生产经营和职工关心的实际问题确定党课题目",
    "teamPlan": "注重在生产骨干和青年职工中发现、培养入党积极分子",
    "studyHead": "带头学习，用党的创新理论凝聚党员职工",
    "lifeHead": "履行第一责任人职责，在企业中抓实组织生活",
    "absent": "部分党员因倒班、赶工等原因缺席",
    "timing": "结合生产计划和班次安排活动时间，避开赶工时段",
    "gaps": "组织生活与企业生产安排衔接不够，出现缺项后未能及时补上",
    "talk": "了解党员在岗位上的想法和家庭困难",
    "check": "对照党员标准和岗位表现",
    "review": "上年度上级党组织述职评议指出的问题",
    "dayEffect": "党员在车间亮身份、当示范的载体随之减少",
    "concerns": [{"name": "安全生产", "words": ["安全", "隐患", "消防", "演练"], "lead": "把安全生产作为党员在企业发挥作用的第一阵地"}, {"name": "岗位建功", "words": ["技术", "比武", "示范岗", "攻关", "岗位能手", "技能"], "lead": "以党员示范岗带动职工比技术、比质量"}, {"name": "企业发展", "words": ["发展规划", "企业发展", "经营", "订单", "转型"], "lead": "引导党员为企业发展出主意、想办法"}]
  },
  "农村": {
    "centre": "乡村振兴", "people": "群众", "members": "党员",
    "aim": "以党建引领乡村振兴，建设宜居宜业和美乡村",
    "bulwark": "发挥村党支部战斗堡垒作用，带领党员群众共同致富",
    "busy": "农村党员年龄偏大、外出务工多，春耕秋收时节人员难以到齐",
    "fusion": "围绕产业发展、人居环境整治和乡风文明建设，引导党员带头致富、带领群众致富",
    "serve": "经常走访困难群众和老党员，帮助群众解决生产生活中的实际困难",
    "integrity": "推进村务公开和民主管理，教育党员干部廉洁用权",
    "study": "本人把带头学、带头讲作为第一责任人的首要职责，带动党员群众听党话、感党恩、跟党走",
    "life": "本人把村党支部建设作为乡村振兴的基础，严格执行组织生活制度",
    "team": "本人坚持从严管理党员、从严要求自己，带头廉洁用权，接受党员群众监督",
    "politics": "支部把党的政治建设摆在首位，把党的方针政策落实到村里的各项工作中",
    "theory": "支部坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，学习内容贴近农村实际、贴近群众生活",
    "organise": "支部按照《中国共产党支部工作条例（试行）》开展组织生活，结合农时和党员外出务工情况安排活动",
    "slack": "有时忙于村里的具体事务，把支部活动往后放",
    "lecturePlan": "结合乡村振兴和群众关心的实际问题确定党课题目",
    "teamPlan": "注重在致富能手、返乡青年中发现、培养入党积极分子",
    "studyHead": "带头学习，用党的创新理论武装农村党员",
    "lifeHead": "履行第一责任人职责，建强村党支部战斗堡垒",
    "absent": "部分党员因外出务工、农忙等原因缺席",
    "timing": "避开农忙时节，外出务工党员可通过线上方式参加",
    "gaps": "组织生活没有结合农时提前排定，出现缺项后未能及时补上",
    "talk": "了解党员家里的生产生活情况和外出务工党员的去向",
    "check": "对照党员义务和为群众办事情况",
    "review": "上年度乡镇党委述职评议指出的问题",
    "dayEffect": "党员带头为村里办事的集中行动随之减少",
    "concerns": [{"name": "人居环境", "words": ["植树", "护绿", "人居环境", "垃圾", "河道", "村容", "卫生"], "lead": "带领群众改善村容村貌"}, {"name": "防汛减灾", "words": ["防汛", "巡堤", "抢险", "防火", "救灾"], "lead": "在防汛等急难险重任务中冲在前面"}, {"name": "产业发展", "words": ["产业", "种植", "养殖", "致富", "大棚", "集体经济", "合作社", "农业"], "lead": "带领群众发展产业、增收致富"}, {"name": "敬老帮困", "words": ["敬老", "老人", "困难群众", "危房", "留守", "孤寡"], "lead": "关心村里的老人和困难群众"}]
  },
  "社区": {
    "centre": "社区治理", "people": "居民", "members": "党员",
    "aim": "以党建引领基层治理，建设和谐宜居社区",
    "bulwark": "发挥社区党组织战斗堡垒作用，凝聚在职党员和居民共建共治",
    "busy": "社区党员中退休党员和流动党员较多，在职党员工作日难以参加",
    "fusion": "把党建工作融入网格治理和为民服务，推动在职党员到社区报到服务",
    "serve": "围绕居民急难愁盼开展志愿服务，做好一老一小和困难群众的关心关爱",
    "integrity": "教育党员廉洁自律，推进居务公开",
    "study": "本人把带头学、带头讲作为第一责任人的首要职责，引导党员在社区治理和为民服务中践行初心使命",
    "life": "本人把支部建设作为社区治理的基础，严格执行组织生活制度",
    "team": "本人坚持从严管理党员、从严要求自己，带头廉洁自律，接受居民监督",
    "politics": "支部把党的政治建设摆在首位，发挥党组织在社区治理中的引领作用",
    "theory": "支部坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，学习与社区工作实际相结合",
    "organise": "支部按照《中国共产党支部工作条例（试行）》开展组织生活，兼顾在职党员和退休党员的时间安排活动",
    "slack": "有时忙于社区日常事务，把支部活动往后放",
    "lecturePlan": "结合社区治理和居民关心的实际问题确定党课题目",
    "teamPlan": "加强退休党员和流动党员的教育管理，引导在职党员到社区报到服务",
    "studyHead": "带头学习，推动党员在社区治理中学用结合",
    "lifeHead": "履行第一责任人职责，建强社区党支部",
    "absent": "部分在职党员和流动党员因工作、外出等原因缺席",
    "timing": "兼顾在职党员和退休党员的时间",
    "gaps": "在职党员、退休党员和流动党员的组织生活统筹不够，出现缺项后未能及时补上",
    "talk": "了解党员的思想状况和居家生活中的困难",
    "check": "对照党员义务和服务居民情况",
    "review": "上年度街道党工委述职评议指出的问题",
    "dayEffect": "党员在网格中亮身份、为居民服务的集中行动随之减少",
    "concerns": [{"name": "网格治理", "words": ["网格", "楼栋", "物业", "矛盾", "调解", "治理"], "lead": "推动党员在网格治理中发挥作用"}, {"name": "一老一小", "words": ["敬老", "老人", "儿童", "托管", "助餐", "独居"], "lead": "做好一老一小的关心关爱"}]
  },
  "学校": {
    "centre": "教育教学", "people": "师生", "members": "党员教师",
    "aim": "坚持立德树人，以高质量党建引领学校高质量发展",
    "bulwark": "发挥支部战斗堡垒作用和党员教师先锋模范作用，把党建工作融入教书育人全过程",
    "busy": "党员教师教学任务重，课表各不相同，考试和假期前后难以集中",
    "fusion": "把党建工作与教育教学、师德师风建设结合起来，推动党员教师在教学科研中当先锋",
    "serve": "关心师生学习工作生活，帮助解决师生身边的实际问题",
    "integrity": "加强师德师风和廉洁从教教育",
    "study": "本人把带头学、带头讲作为第一责任人的首要职责，推动党员教师把学习成果转化为立德树人的实际行动",
    "life": "本人把支部建设作为学校党建的基础，组织生活与教学安排统筹考虑",
    "team": "本人坚持从严管理党员、从严要求自己，带头遵守师德规范",
    "politics": "支部把党的政治建设摆在首位，坚持社会主义办学方向",
    "theory": "支部坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，学习与教育教学实际相结合",
    "organise": "支部按照《中国共产党支部工作条例（试行）》开展组织生活，结合教学周期安排活动",
    "slack": "有时忙于教学和学校日常事务，把支部活动往后放",
    "lecturePlan": "结合教育教学和师德师风建设中的实际问题确定党课题目",
    "teamPlan": "注重在青年教师和学科骨干中发现、培养入党积极分子",
    "studyHead": "带头学习，推动党员教师学思践悟",
    "lifeHead": "履行第一责任人职责，抓实教师党支部组织生活",
    "absent": "部分党员教师因教学任务等原因缺席",
    "timing": "结合教学周期，避开考试和假期",
    "gaps": "组织生活与教学安排、寒暑假衔接不够，出现缺项后未能及时补上",
    "talk": "了解党员教师的思想状况和教学科研中的困难",
    "check": "对照党员标准和师德规范",
    "review": "上年度学校党委述职评议指出的问题",
    "dayEffect": "党员教师在教书育人中亮身份、作示范的载体随之减少",
    "concerns": [{"name": "立德树人", "words": ["课堂", "教学", "学生", "师德", "备课", "育人"], "lead": "推动党员教师在立德树人中当先锋"}]
  },
  "事业单位": {
    "centre": "业务工作", "people": "服务对象", "members": "党员",
    "aim": "以党建引领提升公益服务水平",
    "bulwark": "发挥支部战斗堡垒作用和党员先锋模范作用，推动党建与业务工作深度融合",
    "busy": "支部党员承担的业务工作较多，服务高峰期间人员难以集中",
    "fusion": "把党建工作与业务工作同部署、同落实，以党建成效推动公益服务提质增效",
    "serve": "立足岗位为服务对象办实事、解难题",
    "integrity": "加强廉洁从业教育，严守纪律规矩",
    "study": "本人把带头学、带头讲作为第一责任人的首要职责，推动党员把学习成果转化为提升公益服务水平的实际行动",
    "life": "本人把支部建设作为单位党建的基础，严格执行组织生活制度",
    "team": "本人坚持从严管理党员、从严要求自己，带头廉洁从业",
    "politics": "支部把党的政治建设摆在首位，保证单位公益服务方向",
    "theory": "支部坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，学习与业务工作相结合",
    "organise": "支部按照《中国共产党支部工作条例（试行）》开展组织生活，与业务工作统筹安排",
    "slack": "有时忙于业务工作，把支部活动往后放",
    "lecturePlan": "结合业务工作和服务对象关心的实际问题确定党课题目",
    "teamPlan": "注重在业务骨干中发现、培养入党积极分子",
    "studyHead": "带头学习，推动党员学用结合",
    "lifeHead": "履行第一责任人职责，抓实支部组织生活",
    "absent": "部分党员因业务工作等原因缺席",
    "timing": "避开业务高峰时段",
    "gaps": "组织生活与业务工作统筹不够，出现缺项后未能及时补上",
    "talk": "了解党员的思想状况和工作生活中的困难",
    "check": "对照党员标准和岗位职责",
    "review": "上年度上级党组织述职评议指出的问题",
    "dayEffect": "党员在公益服务中亮身份、作表率的载体随之减少",
    "concerns": [{"name": "公益服务", "words": ["服务对象", "窗口", "便民", "义诊", "公益"], "lead": "推动党员在公益服务一线作表率"}]
  },
  "": {
    "centre": "中心工作", "people": "群众", "members": "党员",
    "aim": "以高质量党建推动各项工作",
    "bulwark": "发挥支部战斗堡垒作用和党员先锋模范作用",
    "busy": "支部党员工作任务较重，集中开展组织生活的时间不易统筹",
    "fusion": "把党建工作与中心工作同部署、同落实，以党建成效推动中心工作",
    "serve": "立足岗位为群众办实事、解难题",
    "integrity": "教育党员严守纪律规矩",
    "study": "本人把带头学、带头讲作为第一责任人的首要职责",
    "life": "本人把抓好组织生活作为支部建设的基础",
    "team": "本人坚持从严管理党员、从严要求自己",
    "politics": "支部把党的政治建设摆在首位，围绕中心工作谋划和推进党建工作",
    "theory": "支部把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，集中学习与个人自学相结合",
    "organise": "支部按照《中国共产党支部工作条例（试行）》开展组织生活，做好党员发展、教育和管理",
    "slack": "工作忙时存在先放一放的想法",
    "lecturePlan": "结合中心工作中的实际问题确定党课题目",
    "teamPlan": "加强党员日常教育管理",
    "studyHead": "带头学习，抓好支部理论武装",
    "lifeHead": "履行第一责任人职责，抓实组织生活",
    "absent": "部分党员因工作等原因缺席",
    "timing": "避开集中工作时段",
    "gaps": "组织生活缺少逐月计划和跟踪提醒，出现缺项后未能及时补上",
    "talk": "了解党员思想和工作生活情况",
    "check": "对照党章党规",
    "review": "上年度述职评议指出的问题",
    "dayEffect": "党员集中活动出现空档",
    "concerns": []
  }
}>
<#assign k = kinds[organisation.kind]!kinds[""]>
