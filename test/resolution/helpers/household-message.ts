/** A civil-assistance household message (`dept.civil.assistance`) with a head and no members, in village 371326008002. */
export const householdMessage = (key: string, head: Record<string, unknown>, updated: string) => ({
  key,
  value: {
    户编号: key,
    救助类型: '低保',
    ...head,
    区划代码: '371326008002',
    起始年月: '2024-02',
    状态: '在保',
    成员: [],
    更新时间: updated,
  },
});
