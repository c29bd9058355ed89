/**
 * Name material for generated people: common surnames with rough national frequencies (per
 * mille) and given names by era, most common first. Skewed on purpose: namesakes like 张伟 must
 * be frequent, because the hub has to keep different people with one name apart.
 */

/** `surname weight` pairs; compound surnames are rare but make 3–4 character names occur. */
export const SURNAMES =
  '王74 李72 张70 刘55 陈45 杨31 赵23 黄22 吴20 周19 徐16 孙16 胡13 朱13 高12 林11 何11 郭11 ' +
  '马11 罗9 梁8 宋7 郑7 谢6 韩6 唐6 冯6 于6 董6 程5 曹5 袁5 邓5 许5 傅4 沈4 曾4 彭4 吕4 苏4 ' +
  '卢4 蒋4 蔡4 贾4 丁4 魏4 薛3 叶3 阎3 余3 潘3 杜3 戴3 夏3 钟3 汪3 田3 任3 姜3 范3 方3 石3 ' +
  '姚3 谭2 廖2 邹2 熊2 金2 陆2 郝2 孔2 白2 崔2 康2 毛2 邱2 秦2 江2 史2 顾2 侯2 邵2 孟2 龙2 ' +
  '万2 段2 雷2 钱2 汤2 尹2 颜1 易1 常1 武1 乔1 贺1 赖1 龚1 公1 庞1 欧阳0.3 司马0.1 上官0.1';

/** Given names by gender and birth era (born up to 1965, to 1985, to 2000, after 2000). */
export const GIVEN_NAMES = {
  MALE: [
    '建国 国庆 建华 建军 志强 德胜 保国 振华 文明 玉林 树林 永福 长青 学文 立新 卫东 红旗 德明 福田 庆云',
    '伟 强 磊 军 勇 杰 涛 斌 超 明 刚 平 辉 鹏 华 飞 波 宁 峰 海涛 建平 东 志刚 文 建伟',
    '浩 宇 帅 鹏 晨 俊杰 鑫 磊 旭 阳 振宇 浩然 子豪 博 凯 亮 健 龙 帆 晓东',
    '子涵 浩然 宇轩 梓轩 一诺 子轩 浩宇 俊熙 宇航 皓轩 子墨 梓豪 铭轩 睿 泽宇 沐阳 奕辰',
  ],
  FEMALE: [
    '秀英 桂英 秀兰 玉兰 桂兰 凤英 玉珍 秀珍 兰英 淑珍 春梅 桂芳 玉梅 秀云 凤兰 素芳',
    '芳 娜 敏 静 丽 艳 娟 霞 燕 玲 红 梅 丹 萍 海燕 丽娟 秀芳 晓燕 莉 英',
    '婷 雪 倩 璐 欣 佳 颖 晶 琳 悦 丹丹 婷婷 雪梅 晓丽 慧 洁',
    '欣怡 梓涵 诗涵 雨桐 子涵 一诺 可馨 梓萱 语桐 思涵 雨萱 佳怡 紫涵 若汐 欣妍 梦瑶',
  ],
} as const;

/** Characters composed into less common two-character given names, for variety beyond the lists. */
export const GIVEN_CHARS = {
  MALE: ['志建国明永文海金家宏俊立振德春晓新兴成庆天世', '伟强军平东华林生龙峰刚涛杰斌辉亮波忠安胜'],
  FEMALE: ['秀丽玉春美晓雪翠慧红淑静金海彩月凤桂婉', '英兰芳华梅霞萍玲燕娟琴云珍莲红洁敏香'],
} as const;

/** Uyghur-style given names; a minority name is `given·father's name`, joined by a middle dot. */
export const MINORITY_NAMES = {
  MALE: '买买提 艾力 艾尼瓦尔 阿不都 吐尔逊 努尔 阿里木 亚森 伊力哈木 卡德尔',
  FEMALE: '阿依古丽 古丽娜尔 热依拉 米热古丽 帕提古丽 努尔尼沙 再努尔 阿依努尔',
  FATHER: '艾力 吐尔逊 卡德尔 阿不都 买买提 热合曼 艾买提 肉孜 尼亚孜 司马义',
} as const;
