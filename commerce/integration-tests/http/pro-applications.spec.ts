import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { MERCHANT_MODULE, type MerchantModuleService } from "@doorstep/studios/modules/merchant"
import type { IAuthModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { demo, phoneToken, prepareBooking, settle, staffAccount, type Booking, type Response } from "../helpers/booking"

jest.setTimeout(180 * 1000)

const ID = "310106199205181237"
const OTHER_ID = "310104198802114561"
/** The first bytes of a JPEG: enough for the upload to know it for one. */
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("JFIF-doorstep-test-photo")])
const jingan = { lat: 31.2286, lng: 121.4544 }

/**
 * Someone who is not a beautician yet applies to a studio from the portal:
 * signs in by phone code, picks an approved studio, uploads photos of their
 * ID card and certificates (kept privately), and hands in the application,
 * which the studio and then the platform decide as any other; then they work.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let booking: Booking
    let platform: string
    let manager: string
    let staff: string
    let productId: string
    const auth = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
    const appointments = () => getContainer().resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    const merchants = () => getContainer().resolve<MerchantModuleService>(MERCHANT_MODULE)
    const signIn = (phone: string) => phoneToken(api, getContainer(), phone)

    beforeAll(async () => {
      booking = await prepareBooking(api, getContainer())
      const { email, password } = demo.accounts.commerce_admin
      platform = (await api.post("/auth/user/emailpass", { email, password })).data.token
      manager = await staffAccount(api, getContainer(), "manager.jingan@studio.example.cn", { role: "merchant_manager", merchant_handle: "jingan-lumiere" })
      staff = await staffAccount(api, getContainer(), "staff.jingan@studio.example.cn", { role: "merchant_staff", merchant_handle: "jingan-lumiere" })
      productId = (await api.get(`/store/products?handle=tuina-massage&fields=id`, booking.store())).data.products[0].id
    })

    const upload = (token: string | undefined, kind: string, content: Buffer = JPEG) => {
      const form = new FormData()
      form.append("kind", kind)
      form.append("file", new Blob([new Uint8Array(content)], { type: "image/jpeg" }), "photo.jpg")
      return settle(api.post("/pro/application/documents", form, token ? auth(token) : {}))
    }
    const uploaded = async (token: string, kind: string) => {
      const answer = await upload(token, kind)
      if (answer.status !== 201) throw new Error(JSON.stringify(answer.data))
      return answer.data.document.id as string
    }
    /** A whole application with fresh photos. */
    const application = async (token: string, overrides: Record<string, unknown> = {}) => ({
      merchant_handle: "jingan-lumiere",
      display_name: "周小满",
      bio: "从业 5 年，擅长推拿和肩颈放松。",
      id_number: ID,
      id_document_ids: [await uploaded(token, "id_card"), await uploaded(token, "id_card")],
      certificates: [{ name: "保健按摩师（四级）", document_id: await uploaded(token, "certificate") }],
      background_check_consent: true,
      district: "静安区",
      home: jingan,
      service_radius_km: 6,
      skill_product_ids: [productId],
      ...overrides,
    })
    const apply = (token: string, body: Record<string, unknown>) => settle(api.post("/pro/application", body, auth(token)))
    const status = async (token: string) => (await api.get("/pro/application", auth(token))).data
    const decide = (id: string, token: string, body: Record<string, unknown>) => settle(api.post(`/admin/merchants/jingan-lumiere/beautician-applications/${id}/decide`, body, auth(token)))
    const linkedBeautician = async (token: string) => {
      const { auth_identity_id } = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString())
      return (await getContainer().resolve<IAuthModuleService>(Modules.AUTH).retrieveAuthIdentity(auth_identity_id)).app_metadata?.beautician_id
    }

    it("applies from the portal: the studio lists it with its photos, decides, and the person then works", async () => {
      const token = await signIn("+8613700001111")
      expect((await settle(api.get("/pro/me", auth(token)))).status).toBe(401)
      expect(await status(token)).toEqual({ beautician: null, application: null })

      const { studios } = (await api.get("/pro/studios", auth(token))).data
      expect(studios.map((s: { handle: string }) => s.handle).sort()).toEqual(["jingan-lumiere", "pudong-mosu", "xuhui-qingyu"])
      const studio = studios.find((s: { handle: string }) => s.handle === "jingan-lumiere")
      expect(studio.services).toContainEqual(expect.objectContaining({ id: productId, title: expect.objectContaining({ "zh-CN": expect.any(String) }) }))

      const body = await application(token)
      const submitted = await apply(token, body)
      expect(submitted.status).toBe(201)
      expect(submitted.data.application).toMatchObject({ status: "submitted", reason: null, studio: { handle: "jingan-lumiere" }, display_name: "周小满" })
      expect(JSON.stringify(submitted.data)).not.toContain(ID)

      // The studio sees it among its applications, with the person's own phone and the photos.
      const listed = (await api.get("/admin/merchants/jingan-lumiere/beautician-applications", auth(staff))).data.applications
      const mine = listed.find((a: { id: string }) => a.id === submitted.data.application.id)
      expect(mine).toMatchObject({ bio: body.bio, id_number_last4: "1237", certificates: [{ name: "保健按摩师（四级）", document_id: body.certificates[0].document_id }] })
      expect(mine.documents.map((d: { kind: string }) => d.kind)).toEqual(["id_card", "id_card", "certificate"])
      const photo = await settle(api.get(`/admin/merchants/jingan-lumiere/beautician-applications/${mine.id}/documents/${body.id_document_ids[0]}`, { ...auth(staff), responseType: "arraybuffer" }))
      expect(photo.status).toBe(200)
      expect(photo.headers!["content-type"]).toBe("image/jpeg")
      expect(photo.headers!["cache-control"]).toBe("private, no-store")
      expect(Buffer.from(photo.data as unknown as ArrayBuffer).equals(JPEG)).toBe(true)
      const [beautician] = await appointments().listBeauticians({ id: mine.beautician_id })
      expect(beautician).toMatchObject({ status: "pending", phone: "+8613700001111", email: "8613700001111@phone.doorstep.invalid", home_district: "静安区", service_radius_km: 6 })

      // Their sign-in now names the pending beautician; a refreshed token reaches the portal, which says pending.
      expect(await linkedBeautician(token)).toBe(mine.beautician_id)
      const refreshed = (await api.post("/auth/token/refresh", {}, auth(token))).data.token
      expect((await api.get("/pro/me", auth(refreshed))).data.beautician).toMatchObject({ id: mine.beautician_id, status: "pending" })

      expect((await decide(mine.id, manager, { decision: "approve" })).status).toBe(200)
      expect((await status(token)).application.status).toBe("merchant_approved")
      expect((await decide(mine.id, platform, { decision: "approve" })).status).toBe(200)
      expect(await status(refreshed)).toMatchObject({ beautician: { id: mine.beautician_id, status: "active" }, application: { status: "approved" } })

      // Next time, the phone signs straight in to the portal.
      const later = await signIn("+8613700001111")
      expect((await api.get("/pro/me", auth(later))).data.beautician).toMatchObject({ id: mine.beautician_id, status: "active" })
    })

    it("refuses a bad application with its code and keeps nothing", async () => {
      const token = await signIn("+8613700002222")
      const other = await signIn("+8613700003333")
      const body = await application(token)
      const count = async () => ({
        beauticians: (await appointments().listBeauticians({})).length,
        applications: (await merchants().listBeauticianApplications({})).length,
        loose: (await merchants().listApplicationDocuments({ application_id: null }, { select: ["id"] })).length,
      })
      const before = await count()
      const refusals: Array<[Record<string, unknown>, number, string, string?]> = [
        [{ id_number: "310106199205181238" }, 400, "INVALID_ID_NUMBER", "id_number"],
        [{ background_check_consent: false }, 400, "INVALID_INPUT", "background_check_consent"],
        [{ merchant_handle: "no-such-studio" }, 400, "UNKNOWN_STUDIO", "merchant_handle"],
        [{ skill_product_ids: ["prod_missing"] }, 400, "UNKNOWN_SERVICE", "skill_product_ids"],
        [{ id_document_ids: [await uploaded(other, "id_card")] }, 400, "UNKNOWN_DOCUMENT", "id_document_ids.0"],
        [{ id_document_ids: [body.certificates[0].document_id] }, 400, "INVALID_INPUT", "certificates"],
        [{ id_document_ids: [body.id_document_ids[0]], certificates: [{ name: "证书", document_id: body.id_document_ids[1] }] }, 400, "UNKNOWN_DOCUMENT", "certificates.0.document_id"],
        [{ district: "" }, 400, "INVALID_INPUT", "district"],
        [{ phone: "+8613911112222" }, 400, "INVALID_INPUT", "phone"],
      ]
      for (const [overrides, code, name, field] of refusals) {
        const answer = await apply(token, { ...body, ...overrides })
        expect([overrides, answer.status, answer.data.code, answer.data.field]).toEqual([overrides, code, name, field])
      }
      // Another studio's own service is not theirs to perform here (the platform's are everyone's).
      const ownOfXuhui = await settle(
        api.post(
          "/admin/merchants/xuhui-qingyu/services",
          { title: { "zh-CN": "徐汇店头疗", en: "Xuhui head spa" }, category: "massage", status: "published", variants: [{ title: { "zh-CN": "60 分钟", en: "60 min" }, duration_minutes: 60, price_fen: 19800 }] },
          auth(platform),
        ),
      )
      expect((await apply(token, { ...body, skill_product_ids: [ownOfXuhui.data.service.id] })).data.code).toBe("SKILL_OF_ANOTHER_STUDIO")
      expect(await count()).toEqual({ ...before, loose: before.loose + 1 })
      expect(await linkedBeautician(token)).toBeUndefined()
      // A customer's token, or none, does not reach it at all.
      expect((await settle(api.post("/pro/application", body, auth(booking.customerToken)))).status).toBe(401)
      expect((await settle(api.post("/pro/application", body))).status).toBe(401)
      // The same photos still make a good application.
      expect((await apply(token, body)).status).toBe(201)
    })

    it("takes one application per person, even two sent at once", async () => {
      const token = await signIn("+8613700004444")
      const bodies = [await application(token), await application(token, { id_number: OTHER_ID })]
      const [first, second] = await Promise.all(bodies.map((body) => apply(token, body)))
      expect([first.status, second.status].sort()).toEqual([201, 409])
      expect([first, second].find((a) => a.status === 409)!.data.code).toBe("ALREADY_APPLIED")
      const again = await apply(token, await application(token, { id_number: OTHER_ID }))
      expect([again.status, again.data.code]).toEqual([409, "ALREADY_APPLIED"])
      // Nor may someone else hand in the same person's ID number.
      const impostor = await signIn("+8613700005555")
      const idOfTheOneKept = (first.status === 201 ? ID : OTHER_ID) as string
      expect((await apply(impostor, await application(impostor, { id_number: idOfTheOneKept }))).data.code).toBe("ALREADY_APPLIED")
      // A working beautician's phone signs in to them, and they cannot apply.
      const working = await signIn(demo.beauticians[0].phone as string)
      expect((await apply(working, await application(working, { id_number: "440305199507307898" }))).data.code).toBe("ALREADY_APPLIED")
    })

    it("tells a rejected applicant why, and lets them apply again", async () => {
      const token = await signIn("+8613700006666")
      const first = (await apply(token, await application(token))).data.application
      expect((await decide(first.id, manager, { decision: "reject", reason: "证书照片看不清，请重新拍摄" })).status).toBe(200)
      expect((await status(token)).application).toMatchObject({ id: first.id, status: "rejected", reason: "证书照片看不清，请重新拍摄" })
      const second = await apply(token, await application(token))
      expect(second.status).toBe(201)
      expect((await status(token)).application).toMatchObject({ id: second.data.application.id, status: "submitted", reason: null })
      expect(await linkedBeautician(token)).toBe(second.data.application.beautician_id)
    })

    it("keeps ID photos private: photos only, answered with an id, at most twelve waiting", async () => {
      const token = await signIn("+8613700007777")
      const stored = await upload(token, "id_card")
      expect(stored.status).toBe(201)
      expect(stored.data).toEqual({ document: { id: expect.stringMatching(/^adoc_/), kind: "id_card", mime: "image/jpeg", size_bytes: JPEG.length } })
      const refusals: Array<[Response, string]> = [
        [await upload(token, "id_card", Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>")), "UNSUPPORTED_FILE"],
        [await upload(token, "passport"), "INVALID_INPUT"],
      ]
      expect(refusals.map(([answer, code]) => [answer.status, answer.data.code, code])).toEqual(refusals.map(([, code]) => [400, code, code]))
      expect((await upload(booking.customerToken, "id_card")).status).toBe(401)
      expect((await upload(undefined, "id_card")).status).toBe(401)
      for (let i = 1; i < 12; i++) expect((await upload(token, "certificate")).status).toBe(201)
      const thirteenth = await upload(token, "certificate")
      expect([thirteenth.status, thirteenth.data.code]).toEqual([409, "TOO_MANY_DOCUMENTS"])
      expect(await merchants().listApplicationDocuments({ auth_identity_id: JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()).auth_identity_id })).toHaveLength(12)
    })
  },
})
