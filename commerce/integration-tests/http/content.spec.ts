import crypto from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { CONTENT_MODULE } from "@doorstep/content/modules/content"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { forgetCms, pointCommerceAt, startCms, type RunningCms } from "../helpers/cms"
import { beauticianToken, eventually, lujiazui, prepareBooking, settle, staffAccount, type Booking } from "../helpers/booking"

jest.setTimeout(240 * 1000)

/**
 * Commerce and the real cms kept in step (issue 7): draft profiles for
 * beauticians, signed webhooks on publishing, the index search reads, and the
 * reconciliation that repairs what webhooks missed.
 *
 * The cms must know where commerce's webhooks go before commerce is up, so it
 * posts them to a relay on loopback that passes the exact bytes on to
 * commerce once it listens (or, "cut", answers 404 as if lost on the way).
 */
let cms: RunningCms
let commerceUrl: string | undefined
let cut = false
const relay = http.createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on("data", (chunk) => chunks.push(chunk))
  req.on("end", () => {
    if (cut || !commerceUrl) return void res.writeHead(404).end()
    fetch(`${commerceUrl}${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) }).then(
      async (answer) => res.writeHead(answer.status, { "content-type": "application/json" }).end(await answer.text()),
      () => res.writeHead(502).end(),
    )
  })
})

beforeAll(async () => {
  await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve))
  cms = await startCms({ commerceUrl: `http://127.0.0.1:${(relay.address() as AddressInfo).port}` })
  // Read by medusa-config when commerce starts, after this.
  pointCommerceAt(cms)
})

afterAll(async () => {
  forgetCms()
  await cms?.destroy()
  await new Promise((resolve) => relay.close(resolve))
})

/** The cms as commerce's token sees it (drafts included). */
const cmsGet = async (path: string) => (await fetch(`${cms.url}${path}`, { headers: { authorization: `Bearer ${cms.token}` } })).json()
const profilesOf = async (beauticianId: string) => (await cmsGet(`/api/beautician-profiles?status=draft&filters[beautician_id][$eq]=${beauticianId}`)).data as Array<Record<string, any>>

/** A cms editor at work in the admin panel's API: the demo reviewer, who may correct and publish everything. */
async function reviewer() {
  const login = await fetch(`${cms.url}/admin/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "reviewer@doorstep.local", password: "Doorstep2026!" }),
  })
  const token = ((await login.json()) as { data: { token: string } }).data.token
  const call = async (method: string, path: string, body?: unknown) => {
    const answer = await fetch(`${cms.url}/content-manager/collection-types/api::beautician-profile.beautician-profile${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    expect(answer.status).toBe(200)
    return await answer.json()
  }
  return {
    write: (documentId: string, data: Record<string, unknown>) => call("PUT", `/${documentId}?locale=zh-CN`, data),
    publish: (documentId: string) => call("POST", `/${documentId}/actions/publish?locale=zh-CN`, {}),
    unpublish: (documentId: string) => call("POST", `/${documentId}/actions/unpublish?locale=zh-CN`, {}),
  }
}

const sign = (body: string, timestamp: number, secret = cms.webhookSecret) => `sha256=${crypto.createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let booking: Booking
    let platform: string
    let manager: string
    let productId: string
    const auth = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
    const search = async (q: string, extra = "") => (await api.get(`/store/search?q=${encodeURIComponent(q)}${extra}`, booking.store())).data.results as Array<Record<string, any>>
    const reconcile = async () => (await api.post("/admin/content/reconcile", {}, auth(platform))).data.reconciliation

    beforeAll(async () => {
      commerceUrl = api.defaults.baseURL!.replace(/\/$/, "")
      booking = await prepareBooking(api, getContainer())
      productId = (await api.get(`/store/products?handle=tuina-massage&fields=id`, booking.store())).data.products[0].id
      platform = await staffAccount(api, getContainer(), "content@doorstep.local", { role: "platform_admin" })
      manager = await staffAccount(api, getContainer(), "manager.jingan@studio.example.cn", { role: "merchant_manager", merchant_handle: "jingan-lumiere" })
    })

    /** A beautician the studio puts forward and both approve, as the back office does it. */
    async function newBeautician(name: string, idNumber: string) {
      const path = "/admin/merchants/jingan-lumiere/beautician-applications"
      const submitted = await api.post(
        path,
        {
          display_name: name,
          email: `${idNumber}@studio.example.cn`,
          phone: `+86138${idNumber.slice(-8)}`,
          id_number: idNumber,
          certificates: [{ name: "美容师职业资格证书（四级）", url: "https://files.example.cn/certs/x.jpg" }],
          background_check_consent: true,
          home: { lat: lujiazui.lat, lng: lujiazui.lng },
          service_radius_km: 8,
          skill_product_ids: [productId],
        },
        auth(manager),
      )
      const { id, beautician_id } = submitted.data.application
      return {
        id: beautician_id as string,
        approve: async () => {
          await api.post(`${path}/${id}/decide`, { decision: "approve" }, auth(manager))
          await api.post(`${path}/${id}/decide`, { decision: "approve" }, auth(platform))
        },
      }
    }
    const beautician = async (id: string) => (await getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listBeauticians({ id }))[0]

    it("makes a beautician who applies a draft profile in the cms, for their studio, and keeps it one through approval", async () => {
      const lin = await newBeautician("林晓", "110101199003077416")
      const linked = await eventually(() => beautician(lin.id), (b) => Boolean(b.cms_document_id))
      const [profile] = await profilesOf(lin.id)
      expect(profile).toMatchObject({ documentId: linked.cms_document_id, display_name: "林晓", merchant_handle: "jingan-lumiere", publishedAt: null })

      await lin.approve()
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(await profilesOf(lin.id)).toHaveLength(1)
      // A draft is nobody's to find.
      expect(await search("林晓")).toEqual([])
    })

    it("finds a profile the cms publishes, through its signed webhook, and forgets it when unpublished", async () => {
      const su = await newBeautician("苏晴", "110101199003077432")
      await su.approve()
      const { cms_document_id: documentId } = await eventually(() => beautician(su.id), (b) => Boolean(b.cms_document_id))
      const editor = await reviewer()
      await editor.write(documentId!, { display_name: "苏晴", bio: [{ type: "paragraph", children: [{ type: "text", text: "擅长敏感肌修护与头皮理疗" }] }], merchant_handle: "jingan-lumiere" })
      await editor.publish(documentId!)

      const found = await eventually(() => search("头皮理疗"), (results) => results.length > 0)
      expect(found).toEqual([expect.objectContaining({ type: "beautician", beautician_id: su.id, title: "苏晴", merchant_handle: "jingan-lumiere" })])
      expect(await search("头皮理疗", "&type=article")).toEqual([])

      // A suspended beautician is not offered to customers, whatever the cms says.
      await getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE).updateBeauticians({ id: su.id, status: "suspended" })
      expect(await search("头皮理疗")).toEqual([])
      await getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE).updateBeauticians({ id: su.id, status: "active" })

      await editor.unpublish(documentId!)
      expect(await eventually(() => search("头皮理疗"), (results) => results.length === 0)).toEqual([])
    })

    it("refuses webhooks that are unsigned, forged or old, and changes nothing", async () => {
      const { rows: [{ count: before }] } = await dbConnection.raw(`select count(*)::int as "count" from "content_entry"`)
      const body = JSON.stringify({ event: "entry.publish", model: "service-content", documentId: "planted", locale: "zh-CN", entry: { documentId: "planted" } })
      const now = Math.floor(Date.now() / 1000)
      const hook = (headers: Record<string, string>, raw = body) => settle(api.post("/hooks/cms", raw, { headers: { "content-type": "application/json", ...headers } }))
      for (const [headers, code] of [
        [{}, "UNSIGNED_WEBHOOK"],
        [{ "x-doorstep-timestamp": String(now), "x-doorstep-signature": sign(body, now, "not-the-secret") }, "INVALID_SIGNATURE"],
        [{ "x-doorstep-timestamp": String(now), "x-doorstep-signature": sign(body.replace("zh-CN", "en"), now) }, "INVALID_SIGNATURE"],
        [{ "x-doorstep-timestamp": String(now - 600), "x-doorstep-signature": sign(body, now - 600) }, "STALE_WEBHOOK"],
      ] as const) {
        const answer = await hook(headers)
        expect({ code, status: answer.status, answered: answer.data.code }).toEqual({ code, status: 401, answered: code })
      }
      // Signed, it is heard — and commerce believes the cms, not the webhook: there is no such entry.
      const signed = await hook({ "x-doorstep-timestamp": String(now), "x-doorstep-signature": sign(body, now) })
      expect(signed.status).toBe(200)
      expect(signed.data.refreshed).toEqual({ "zh-CN": "not indexed" })
      const { rows: [{ count: after }] } = await dbConnection.raw(`select count(*)::int as "count" from "content_entry"`)
      expect(after).toBe(before)

      // While the cms refuses commerce's token, a webhook is answered "try again later", so the cms sends it again.
      const connection = getContainer().resolve<{ cms: { token: string } }>(CONTENT_MODULE).cms
      const token = connection.token
      connection.token = "revoked"
      try {
        const refused = await hook({ "x-doorstep-timestamp": String(now), "x-doorstep-signature": sign(body, now) })
        expect({ status: refused.status, code: refused.data.code }).toEqual({ status: 503, code: "CMS_UNAVAILABLE" })
      } finally {
        connection.token = token
      }
    })

    it("repairs drift either way: missing profiles, a studio changed, lost webhooks, a stale index", async () => {
      const appointments = getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
      const first = await reconcile()
      // The demo beauticians were seeded straight into commerce: each gets its draft, linked, and the published services are indexed.
      const demo = await appointments.listBeauticians({}, { select: ["id", "cms_document_id", "merchant_handle"] })
      expect(demo.length).toBeGreaterThan(3)
      for (const { id, cms_document_id } of demo) expect((await profilesOf(id)).map((profile) => profile.documentId)).toEqual([cms_document_id])
      expect(first.indexed).toBeGreaterThan(0)
      expect((await search("推拿", "&type=service"))[0]).toMatchObject({ type: "service", handle: "tuina-massage", product_id: productId, title: "中式推拿" })
      expect((await search("tuina", "&type=service&locale=en"))[0]).toMatchObject({ handle: "tuina-massage", title: "Chinese Tuina Massage" })

      // What a customer narrows by comes from commerce: the service's category and prices in fen, the synonym, the typo.
      const massage = (await api.get(`/store/search?q=${encodeURIComponent("按摩")}&type=service&category=massage&facets=category,type&sort=price_asc`, booking.store())).data
      expect(massage).toMatchObject({ engine: "postgres", offset: 0, limit: 20, facets: { category: { massage: massage.count }, type: { service: massage.count } } })
      expect(massage.results.find((hit: Record<string, any>) => hit.handle === "tuina-massage")).toMatchObject({ category: "massage", price_min: 21800, price_max: 31800 })
      expect(await search("推拿", "&type=service&max_price=10000")).toEqual([])
      expect((await search("masage", "&type=service&locale=en")).map((hit) => hit.handle)).toContain("tuina-massage")
      const refused = await api.get("/store/search?q=x&sort=distance", booking.store()).catch((error: { response: { status: number; data: { code: string } } }) => error.response)
      expect([refused.status, refused.data.code]).toEqual([400, "NEAR_REQUIRED"])

      // Again, nothing to do.
      expect(await reconcile()).toMatchObject({ profiles_created: 0, profiles_repaired: 0, unindexed: 0 })

      // Commerce moved a beautician to another studio; the cms learns it.
      const moved = demo.find((b) => b.merchant_handle !== "xuhui-qingyu")!
      await appointments.updateBeauticians({ id: moved.id, merchant_handle: "xuhui-qingyu" })
      expect((await reconcile()).profiles_repaired).toBe(1)
      expect((await profilesOf(moved.id))[0].merchant_handle).toBe("xuhui-qingyu")

      // A publish whose webhook was lost on the way, and a row nobody published: both put right.
      const { cms_document_id: documentId } = (await appointments.listBeauticians({ id: moved.id }))[0]
      const editor = await reviewer()
      cut = true
      try {
        await editor.write(documentId!, { display_name: "基准", bio: [{ type: "paragraph", children: [{ type: "text", text: "芳香精油淋巴排毒" }] }], merchant_handle: "xuhui-qingyu" })
        await editor.publish(documentId!)
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(await search("淋巴排毒")).toEqual([])
      } finally {
        cut = false
      }
      await dbConnection.raw(
        `insert into "content_entry" ("id", "model", "document_id", "locale", "ref", "title", "text", "data", "published_at") values ('cnt_stale', 'article', 'gone', 'zh-CN', 'gone', '已删除的文章', '淋巴排毒', '{}', now())`,
      )
      const repaired = await reconcile()
      expect(repaired.unindexed).toBe(1)
      expect((await search("淋巴排毒")).map((hit) => hit.type)).toEqual(["beautician"])
    })

    it("stores a beautician's service-record photo in the cms's media, and only a photo", async () => {
      const pro = await beauticianToken(api, getContainer(), booking.beauticianId, "test-every-day@doorstep.local")
      // A 1×1 PNG, sent as a phone does: the name and stated type are the phone's, the bytes decide.
      const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64")
      const upload = (content: Buffer, name: string, type: string, token?: string) => {
        const form = new FormData()
        form.append("file", new Blob([new Uint8Array(content)], { type }), name)
        return fetch(`${commerceUrl}/pro/uploads`, { method: "POST", headers: token ? { authorization: `Bearer ${token}` } : {}, body: form })
      }
      const stored = await upload(png, "IMG_0001.PNG", "application/octet-stream", pro)
      expect(stored.status).toBe(201)
      const { file } = (await stored.json()) as { file: { url: string; mime: string } }
      expect(file).toMatchObject({ url: expect.stringMatching(new RegExp(`^${cms.url}/uploads/job_.+\\.png$`)), mime: "image/png" })
      const served = await fetch(file.url)
      expect(served.status).toBe(200)
      expect(served.headers.get("content-type")).toBe("image/png")

      const svg = await upload(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"), "before.jpg", "image/jpeg", pro)
      expect(svg.status).toBe(400)
      expect(((await svg.json()) as { code: string }).code).toBe("UNSUPPORTED_FILE")
      expect((await upload(png, "a.png", "image/png")).status).toBe(401)
      // A body cut short is a bad upload, not the server's failure.
      const cutShort = await fetch(`${commerceUrl}/pro/uploads`, {
        method: "POST",
        headers: { authorization: `Bearer ${pro}`, "content-type": "multipart/form-data; boundary=----doorstep" },
        body: '------doorstep\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG',
      })
      expect({ status: cutShort.status, code: ((await cutShort.json()) as { code: string }).code }).toEqual({ status: 400, code: "INVALID_UPLOAD" })
    })

    it("lets only the platform run it, and says so while the cms is down; applications go on", async () => {
      expect((await settle(api.post("/admin/content/reconcile", {}, auth(manager)))).status).toBe(403)
      await cms.stop()
      const down = await settle(api.post("/admin/content/reconcile", {}, auth(platform)))
      expect(down.status).toBe(503)
      expect(down.data.code).toBe("CMS_UNAVAILABLE")
      const late = await newBeautician("周宁", "110101199003077459")
      expect(late.id).toMatch(/^bea_/)
      expect((await beautician(late.id)).cms_document_id).toBeNull()
    })
  },
})
