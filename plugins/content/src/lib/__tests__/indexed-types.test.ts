import { INDEXED_TYPES, plainText } from "../indexed-types"

describe("plainText", () => {
  it("joins the leaves of each block, a block a line, and drops empty ones", () => {
    const blocks = [
      { type: "paragraph", children: [{ type: "text", text: "十年" }, { type: "link", children: [{ type: "text", text: "美甲" }] }, { type: "text", text: "经验" }] },
      { type: "paragraph", children: [{ type: "text", text: "  " }] },
      { type: "list", children: [{ type: "list-item", children: [{ type: "text", text: "上门服务" }] }] },
    ]
    expect(plainText(blocks)).toBe("十年美甲经验\n上门服务")
    expect(plainText(null)).toBe("")
  })
})

describe("INDEXED_TYPES", () => {
  it("indexes a beautician profile under the beautician's id, with what a listing shows", () => {
    const row = INDEXED_TYPES["beautician-profile"].row({
      documentId: "d1",
      beautician_id: "bea_1",
      merchant_handle: "jingan-lumiere",
      display_name: "林小雨",
      bio: [{ type: "paragraph", children: [{ type: "text", text: "擅长日式美甲" }] }],
      specialties: [{ name: "美甲" }, { name: "手部护理" }],
      languages: [{ name: "普通话" }],
      avatar: { url: "/uploads/a.jpg", formats: { small: { url: "/uploads/small_a.jpg" } }, alternativeText: null },
      years_experience: 6,
    })
    expect(row).toEqual({
      ref: "bea_1",
      merchant_handle: "jingan-lumiere",
      title: "林小雨",
      text: "美甲 手部护理\n擅长日式美甲",
      data: { avatar: { url: "/uploads/a.jpg", thumbnail_url: "/uploads/small_a.jpg", alt: null }, specialties: ["美甲", "手部护理"], languages: ["普通话"], years_experience: 6 },
    })
  })

  it("leaves out entries that name nothing commerce knows", () => {
    expect(INDEXED_TYPES["beautician-profile"].row({ documentId: "d1", display_name: "x" })).toBeNull()
    expect(INDEXED_TYPES.article.row({ documentId: "d2", title: "x" })).toBeNull()
  })

  it("treats a service's empty studio as the platform's own", () => {
    const row = INDEXED_TYPES["service-content"].row({ documentId: "s1", handle: "tuina-massage", merchant_handle: "", title: "中式推拿", subtitle: "60 分钟", steps: [{ title: "问诊", detail: "了解身体状况" }] })
    expect(row).toMatchObject({ ref: "tuina-massage", merchant_handle: null, title: "中式推拿", text: "60 分钟\n问诊\n了解身体状况" })
  })
})
