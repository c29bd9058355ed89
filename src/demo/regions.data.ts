/**
 * Place-name material for the demo county 371326 (平邑县, 临沂市, 山东省). The towns and streets
 * carry the county's own names in the code order the feed samples use; village names are
 * composed from common northern place-name parts, so they sound real without copying a register.
 */

/** The county's region code and the prefix every feed address starts with. */
export const COUNTY = {
  code: '371326000000',
  name: '平邑县',
  addressPrefix: '山东省临沂市平邑县',
} as const;

/** Towns (镇) and the street (街道) in code order 001…014. */
export const TOWNS: readonly string[] =
  '平邑街道 仲村镇 武台镇 保太镇 柏林镇 卞桥镇 地方镇 铜石镇 温水镇 流峪镇 郑城镇 白彦镇 临涧镇 丰阳镇'.split(' ');

/** Parts of village names: a direction and a landform (东关, 后岭), a clan (王家庄), or a name. */
export const PLACE_PARTS = {
  directions: '东 西 南 北 前 后 上 下 大 小 中 新'.split(' '),
  landforms: '关 庄 岭 峪 沟 河 店 营 洼 埠 楼 寨 坡 湖 官庄 王庄 李庄 张庄 桥 山 泉 旺'.split(' '),
  clans: '王 李 张 刘 陈 杨 赵 孙 徐 马 高 朱 郭 于 董 石 蒋 颜 公 魏 田 卢 姜 唐 毛'.split(' '),
  clanForms: '家庄 家沟 家峪 庄 家岭 家洼'.split(' '),
  names: (
    '杏园 白马 凤凰 金山 小河 新华 前进 红旗 大庄 柳林 桃园 石门 青龙 黄崖 红石 双泉 龙泉 ' +
    '松林 梨园 枣园 水泉 卧龙 莲花 浚河 光明 和平 府前 金花 太平 永安'
  ).split(' '),
} as const;
