/**
 * Event material: how often each kind occurs, its categories (those of the department feeds,
 * feeds/CONTRACT.md, where a feed carries the kind) and a few summaries per category.
 */
import { DemoEvent } from './demo.types';

type Kind = DemoEvent['kind'];

/** Relative frequency of each kind. */
// prettier-ignore
export const EVENT_KINDS: readonly (readonly [Kind, number])[] = [
  ['DISPUTE', 30], ['PETITION', 15], ['INCIDENT', 25], ['MEDIATION', 15], ['HAZARD', 8], ['REQUEST', 7],
];

const DISPUTES = '邻里纠纷 婚姻家庭 土地宅基地 劳动争议 物业纠纷 损害赔偿';

/** Categories of each kind, most common first. */
export const EVENT_CATEGORIES: Record<Kind, string[]> = {
  DISPUTE: DISPUTES.split(' '),
  MEDIATION: DISPUTES.split(' '),
  PETITION: '城乡建设 涉法涉诉 农村农业 卫生健康 劳动社保 环境保护 土地征收'.split(' '),
  INCIDENT: '纠纷 盗窃 诈骗 求助 交通 噪音扰民 打架斗殴'.split(' '),
  HAZARD: '消防安全 道路交通 危房 地质灾害 燃气安全 食品安全'.split(' '),
  REQUEST: '困难救助 政策咨询 环境卫生 设施维修 求助'.split(' '),
};

/** Summaries by category; a summary is prefixed with the village where it happened. */
export const EVENT_SUMMARIES: Record<string, string[]> = {
  邻里纠纷: ['两户因排水沟走向发生争执', '邻居间因院墙加高影响采光产生矛盾', '双方因琐事发生争执'],
  婚姻家庭: ['夫妻因赡养老人问题发生矛盾', '兄弟之间因老人赡养费分摊产生纠纷'],
  土地宅基地: ['两户因宅基地边界发生争执', '村民对承包地调整结果有异议'],
  劳动争议: ['务工人员反映工程款被拖欠', '工人因工伤赔偿与雇主协商不成'],
  物业纠纷: ['业主因物业费收费标准与物业公司争执', '小区停车位分配引发矛盾'],
  损害赔偿: ['家禽误食农药死亡，双方就赔偿协商不成', '车辆剐蹭后双方对赔偿金额有分歧'],
  城乡建设: ['反映道路硬化工程质量问题', '反映旧村改造补偿标准'],
  涉法涉诉: ['对法院判决执行进度不满', '反映民事判决长期未执行'],
  农村农业: ['反映惠农补贴发放问题', '反映村集体土地承包费使用情况'],
  卫生健康: ['反映村卫生室服务问题', '反映新农合报销问题'],
  劳动社保: ['反映养老保险缴费年限认定问题', '反映被拖欠工资'],
  环境保护: ['反映养殖场气味扰民', '反映石料厂粉尘污染'],
  土地征收: ['对土地征收补偿标准有异议', '反映征地补偿款分配问题'],
  纠纷: ['报警称与邻居发生口角', '报警称因债务纠纷发生争执'],
  盗窃: ['报警称家中财物被盗', '报警称电动车被盗'],
  诈骗: ['报警称遭遇网络刷单诈骗', '报警称接到冒充客服电话被骗'],
  求助: ['报警称老人走失', '求助称家中燃气泄漏'],
  交通: ['报警称发生交通事故', '报警称车辆堵塞村道'],
  噪音扰民: ['报警称夜间施工噪音扰民', '报警称广场舞音响声音过大'],
  打架斗殴: ['报警称有人在饭店内打架', '报警称多人在集市斗殴'],
  消防安全: ['发现楼道堆放杂物占用消防通道', '发现电动车入户充电'],
  道路交通: ['村道路口缺少减速带', '桥梁护栏损坏'],
  危房: ['发现老旧房屋墙体开裂', '独居老人住房存在倒塌风险'],
  地质灾害: ['山体出现裂缝', '雨后河堤局部坍塌'],
  燃气安全: ['发现燃气管道老化', '餐馆液化气瓶存放不规范'],
  食品安全: ['反映集市摊点售卖过期食品', '学校周边流动摊贩卫生不达标'],
  困难救助: ['因病致贫申请临时救助', '残疾人家庭申请生活补助'],
  政策咨询: ['咨询养老保险缴费政策', '咨询宅基地审批政策'],
  环境卫生: ['反映垃圾清运不及时', '反映污水外溢'],
  设施维修: ['反映路灯损坏', '反映自来水管道破裂'],
};
